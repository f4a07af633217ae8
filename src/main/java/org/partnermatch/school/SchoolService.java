package org.partnermatch.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.Grades;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemException;
import org.partnermatch.geo.Locations;
import org.partnermatch.geo.Locations.Placed;
import org.partnermatch.region.RegionService;
import org.partnermatch.school.SchoolDtos.EquityProfile;
import org.partnermatch.school.SchoolDtos.SchoolRequest;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.LocationPrecision;

/** Owns schools: their profile rules, uniqueness and optimistic concurrency. */
@ApplicationScoped
public class SchoolService {

    private final SchoolRepository schools;
    private final Caller caller;
    private final AuditService audit;
    private final RegionService regions;

    public SchoolService(SchoolRepository schools, Caller caller, AuditService audit, RegionService regions) {
        this.schools = schools;
        this.caller = caller;
        this.audit = audit;
        this.regions = regions;
    }

    /** Filters of the school list; null means "any". */
    public record SchoolFilter(String region, Integer grade, Boolean titleI, String nameContains) {
    }

    @Transactional
    public PageResponse<SchoolResponse> list(SchoolFilter filter, PageQuery page) {
        Filter where = new Filter()
                .where("lower(region) = lower(:region)", "region", filter.region())
                .where("gradeLow <= :grade and gradeHigh >= :grade", "grade", filter.grade() == null ? null : filter.grade().shortValue())
                .where("titleI = :titleI", "titleI", filter.titleI())
                .where("lower(name) like :name", "name", filter.nameContains() == null ? null
                        : "%" + filter.nameContains().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        var query = schools.find(where.query() + " order by name, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), SchoolResponse::from, page, total);
    }

    @Transactional
    public School get(UUID id) {
        return schools.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("school", id));
    }

    /** Where a school is, for a "serves this school" search filter; 400 naming {@code parameter} when unknown. */
    @Transactional
    public ServedSchool served(String parameter, UUID id) {
        School school = schools.findById(id);
        if (school == null) {
            throw ProblemException.badRequest(parameter, "no school with id " + id);
        }
        return new ServedSchool(school.id, school.latitude, school.longitude, school.region);
    }

    @Transactional
    public School create(SchoolRequest request) {
        School school = new School();
        school.id = UUID.randomUUID();
        apply(school, request);
        schools.persist(school);
        schools.flush();
        audit.record("school.created", "school", school.id, null, SchoolResponse.from(school));
        return school;
    }

    @Transactional
    public School update(UUID id, SchoolRequest request, String ifMatch) {
        School school = get(id);
        caller.requireSchool(school.id);
        ETags.requireMatch(ifMatch, school.version);
        if (!caller.district()) {
            requireDistrictFiguresUnchanged(school, request.equity());
        }
        SchoolResponse before = SchoolResponse.from(school);
        apply(school, request);
        schools.flush();
        audit.record("school.updated", "school", school.id, before, SchoolResponse.from(school));
        return school;
    }

    /**
     * Equity figures and the quality rank are the district's (and its imports'): they move partners' opportunities
     * and the district's allocation. A school's own staff edit the rest of the profile and must send these unchanged.
     */
    private static void requireDistrictFiguresUnchanged(School school, EquityProfile equity) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(school.titleI, equity.titleI())) {
            changed.add("equity.titleI");
        }
        if (differs(school.frlPercent, equity.freeReducedLunchPercent())) {
            changed.add("equity.freeReducedLunchPercent");
        }
        if (differs(school.ellPercent, equity.englishLearnerPercent())) {
            changed.add("equity.englishLearnerPercent");
        }
        Integer rank = school.qualityRank == null ? null : school.qualityRank.intValue();
        if (!Objects.equals(rank, equity.qualityRank())) {
            changed.add("equity.qualityRank");
        }
        if (!changed.isEmpty()) {
            throw ProblemException.forbidden("Equity figures and the quality rank are set by the district; send them "
                    + "unchanged. Changed: " + String.join(", ", changed) + ".");
        }
    }

    private static boolean differs(BigDecimal stored, BigDecimal sent) {
        return stored == null ? sent != null : sent == null || stored.compareTo(sent) != 0;
    }

    @Transactional
    public void delete(UUID id) {
        School school = get(id);
        audit.record("school.deleted", "school", school.id, SchoolResponse.from(school), null);
        schools.delete(school);
        // Flush here so a partnership still referring to it is a 409 now, not a failure at commit.
        schools.flush();
    }

    /**
     * The rules a valid request must also pass beyond its Bean Validation annotations, for the school with this id
     * (null for a new one). Changes nothing; imports call it to check a row before writing anything.
     */
    public void check(UUID id, SchoolRequest request) {
        checked(id, request);
    }

    /** Where the school is and its region, as the request gives or implies them. */
    private record Placement(Placed location, String region) {
    }

    private Placement checked(UUID id, SchoolRequest request) {
        Grades.checkRange(request.gradeLow(), request.gradeHigh());
        if (schools.nameTaken(request.name(), id)) {
            throw ProblemException.conflict("A school named '" + request.name().trim() + "' already exists.");
        }
        return place(request);
    }

    /**
     * The request as the school would be stored: the region named or derived, in the district's spelling, and an
     * approximate location as no coordinates (it follows the ZIP code). Imports compare a row with the school by it.
     */
    public SchoolRequest asStored(SchoolRequest request) {
        Placement placement = place(request);
        boolean given = placement.location().precision() != LocationPrecision.zip_centroid;
        return new SchoolRequest(request.name(), request.gradeLow(), request.gradeHigh(), request.address(),
                given ? placement.location().latitude() : null, given ? placement.location().longitude() : null,
                placement.region(), request.enrollment(), request.equity());
    }

    private Placement place(SchoolRequest request) {
        String postalCode = request.address() == null ? null : request.address().postalCode();
        // Both are judged, so a refused request (or CSV row) names every field that needs fixing at once.
        List<Problem.Violation> violations = new ArrayList<>();
        Placed location = null;
        String region = null;
        try {
            location = Locations.place(request.latitude(), request.longitude(), postalCode).orElseThrow(() ->
                    ProblemException.badRequest("latitude", "give latitude and longitude, or an address with a ZIP code"));
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        try {
            region = request.region() == null || request.region().isBlank() ? regions.ofZip("region", postalCode)
                    : regions.canonical("region", request.region());
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        return new Placement(location, region);
    }

    /** The school with this id, if any (no 404: imports report an unknown id on the row). */
    @Transactional
    public Optional<School> find(UUID id) {
        return schools.findByIdOptional(id);
    }

    /** The school with this name (compared trimmed and case-insensitively, as names are unique), if any. */
    @Transactional
    public Optional<School> findByName(String name) {
        return schools.find("lower(name) = lower(?1)", name.trim()).firstResultOptional();
    }

    private void apply(School school, SchoolRequest request) {
        Placement placement = checked(school.id, request);
        school.name = request.name().trim();
        school.gradeLow = request.gradeLow().shortValue();
        school.gradeHigh = request.gradeHigh().shortValue();
        if (request.address() != null) {
            school.street = request.address().street();
            school.city = request.address().city();
            school.state = request.address().state();
            school.postalCode = request.address().postalCode();
        } else {
            school.street = school.city = school.state = school.postalCode = null;
        }
        school.latitude = placement.location().latitude();
        school.longitude = placement.location().longitude();
        school.locationPrecision = placement.location().precision();
        school.region = placement.region();
        school.enrollment = request.enrollment();
        school.titleI = request.equity().titleI();
        school.frlPercent = request.equity().freeReducedLunchPercent();
        school.ellPercent = request.equity().englishLearnerPercent();
        school.homeLanguages = request.equity().homeLanguages() == null ? new String[0]
                : request.equity().homeLanguages().stream().distinct().toArray(String[]::new);
        school.qualityRank = request.equity().qualityRank() == null ? null : request.equity().qualityRank().shortValue();
    }
}
