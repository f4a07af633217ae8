package org.partnermatch.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemException;
import org.partnermatch.geo.Locations.Placed;
import org.partnermatch.geo.Locations;
import org.partnermatch.region.RegionService;
import org.partnermatch.school.SchoolDtos.EquityProfile;
import org.partnermatch.school.SchoolDtos.SchoolRequest;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.Grades;
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
        /** Every school. */
        public static SchoolFilter all() {
            return new SchoolFilter(null, null, null, null);
        }
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
    /** The schools among these that have coordinates, by id (the district map). */
    public java.util.Map<UUID, School> located(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return schools.list("id in ?1 and latitude is not null and longitude is not null", List.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id, s -> s));
    }

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
        RegionService.Vocabulary vocabulary = regions.vocabulary();
        check(null, request, vocabulary);
        School school = insert(request, vocabulary);
        // Flush here so a constraint the checks could not see is this request's 409, not a failure at commit.
        schools.flush();
        return school;
    }

    /**
     * Creates a school whose request the caller has just checked against the whole directory ({@link Directory}):
     * an import of thousands of rows, written without a query or flush per row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public School createChecked(SchoolRequest request, Directory directory) {
        return insert(request, directory.vocabulary);
    }

    private School insert(SchoolRequest request, RegionService.Vocabulary vocabulary) {
        School school = new School();
        school.id = UUID.randomUUID();
        apply(school, request, vocabulary);
        schools.persist(school);
        audit.record("school.created", "school", school.id, null, SchoolResponse.from(school));
        return school;
    }

    @Transactional
    public School update(UUID id, SchoolRequest request, String ifMatch) {
        RegionService.Vocabulary vocabulary = regions.vocabulary();
        check(id, request, vocabulary);
        School school = change(id, request, ifMatch, vocabulary);
        schools.flush();
        return school;
    }

    /** {@link #update} for a request the caller has just checked against the whole directory (imports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public School updateChecked(UUID id, SchoolRequest request, String ifMatch, Directory directory) {
        return change(id, request, ifMatch, directory.vocabulary);
    }

    private School change(UUID id, SchoolRequest request, String ifMatch, RegionService.Vocabulary vocabulary) {
        School school = get(id);
        caller.requireSchool(school.id);
        ETags.requireMatch(ifMatch, school.version);
        if (!caller.district()) {
            requireDistrictFiguresUnchanged(school, request);
        }
        SchoolResponse before = SchoolResponse.from(school);
        apply(school, request, vocabulary);
        audit.record("school.updated", "school", school.id, before, SchoolResponse.from(school));
        return school;
    }

    /**
     * Equity figures and the quality rank are the district's (and its imports'): they move partners' opportunities
     * and the district's allocation. A school's own staff edit the rest of the profile and must send these unchanged.
     */
    private static void requireDistrictFiguresUnchanged(School school, SchoolRequest request) {
        EquityProfile equity = request.equityOrUnknown();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(school.enrollment, request.enrollment())) {
            changed.add("enrollment");
        }
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
        if (!Objects.equals(school.homeLanguages == null ? null : List.of(school.homeLanguages), equity.homeLanguages())) {
            changed.add("equity.homeLanguages");
        }
        if (equity.source() != null || equity.schoolYear() != null) {
            changed.add("equity.source");
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
        check(id, request, regions.vocabulary());
    }

    /** Where the school is and its region, as the request gives or implies them. */
    private record Placement(Placed location, String region) {
    }

    private void check(UUID id, SchoolRequest request, RegionService.Vocabulary vocabulary) {
        if (!Grades.ordered(request.gradeLow(), request.gradeHigh())) {
            throw ProblemException.badRequest("gradeHigh", Grades.ORDER);
        }
        if (schools.nameTaken(request.name(), id)) {
            throw ProblemException.conflict("A school named '" + request.name().trim() + "' already exists.");
        }
        if (request.ncesId() != null && schools.ncesIdTaken(request.ncesId(), id)) {
            throw ProblemException.conflict("Another school has NCES id " + request.ncesId() + ".");
        }
        if (request.stateCode() != null && schools.stateCodeTaken(request.stateCode().trim(), id)) {
            throw ProblemException.conflict("Another school has state school code " + request.stateCode().trim() + ".");
        }
        place(request, vocabulary);
    }

    /**
     * Every school of the district, looked up once, for checking a whole import file in memory: the same rules as
     * {@link #check}, answered from maps instead of a query per row.
     */
    @Transactional
    public Directory directory() {
        return new Directory(schools.listAll(), regions.vocabulary());
    }

    /** The district's schools by id, name, NCES id and state code, as one import sees them. */
    public static final class Directory {

        private final Map<UUID, School> byId = new java.util.HashMap<>();
        private final Map<String, School> byName = new java.util.HashMap<>();
        private final Map<String, School> byNces = new java.util.HashMap<>();
        private final Map<String, School> byCode = new java.util.HashMap<>();
        private final RegionService.Vocabulary vocabulary;

        Directory(List<School> all, RegionService.Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            for (School school : all) {
                byId.put(school.id, school);
                byName.put(nameKey(school.name), school);
                if (school.ncesId != null) {
                    byNces.put(school.ncesId, school);
                }
                if (school.stateCode != null) {
                    byCode.put(school.stateCode.toLowerCase(java.util.Locale.ROOT), school);
                }
            }
        }

        private static String nameKey(String name) {
            return name.trim().toLowerCase(java.util.Locale.ROOT);
        }

        public Optional<School> byId(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        public Optional<School> byName(String name) {
            return Optional.ofNullable(byName.get(nameKey(name)));
        }

        public Optional<School> byNcesId(String ncesId) {
            return Optional.ofNullable(byNces.get(ncesId.trim()));
        }

        public Optional<School> byStateCode(String code) {
            return Optional.ofNullable(byCode.get(code.trim().toLowerCase(java.util.Locale.ROOT)));
        }

        /** {@link SchoolService#check}, against the schools and regions as they were when the import began. */
        public void check(UUID id, SchoolRequest request) {
            if (!Grades.ordered(request.gradeLow(), request.gradeHigh())) {
                throw ProblemException.badRequest("gradeHigh", Grades.ORDER);
            }
            place(request, vocabulary);
            if (other(byName.get(nameKey(request.name())), id)) {
                throw ProblemException.conflict("A school named '" + request.name().trim() + "' already exists.");
            }
            if (request.ncesId() != null && other(byNces.get(request.ncesId().trim()), id)) {
                throw ProblemException.conflict("Another school has NCES id " + request.ncesId() + ".");
            }
            if (request.stateCode() != null
                    && other(byCode.get(request.stateCode().trim().toLowerCase(java.util.Locale.ROOT)), id)) {
                throw ProblemException.conflict("Another school has state school code " + request.stateCode().trim() + ".");
            }
            // Later rows of the same file may not claim these identifiers again.
            School claimant = id == null ? new School() : byId.get(id);
            if (claimant != null && claimant.id == null) {
                claimant.id = UUID.randomUUID();
            }
            if (claimant != null && request.ncesId() != null) {
                byNces.put(request.ncesId().trim(), claimant);
            }
            if (claimant != null && request.stateCode() != null) {
                byCode.put(request.stateCode().trim().toLowerCase(java.util.Locale.ROOT), claimant);
            }
        }

        /** The request as the school would be stored, with the regions as they were when the import began. */
        public SchoolRequest asStored(SchoolRequest request) {
            return stored(request, vocabulary);
        }

        private static boolean other(School found, UUID id) {
            return found != null && !found.id.equals(id);
        }
    }

    /**
     * The request as the school would be stored: the region named or derived, in the district's spelling, and an
     * approximate location as no coordinates (it follows the ZIP code). Imports compare a row with the school by it.
     */
    private static SchoolRequest stored(SchoolRequest request, RegionService.Vocabulary vocabulary) {
        Placement placement = place(request, vocabulary);
        boolean given = placement.location() != null && placement.location().precision() == LocationPrecision.exact;
        return new SchoolRequest(request.name(), request.gradeLow(), request.gradeHigh(), request.type(),
                request.ncesId(), request.stateCode(), request.address(),
                given ? placement.location().latitude() : null, given ? placement.location().longitude() : null,
                placement.region(), request.enrollment(), request.equity());
    }

    /**
     * Where the school is and its region: the coordinates given, else the ZIP code's centre (400 when the ZIP code is
     * not in the table), else unknown (null: a school may be listed before anyone says where it is); the region named (any case; 400 listing the regions when unknown), else the one whose ZIP codes
     * list the school's ZIP code, else unknown.
     */
    private static Placement place(SchoolRequest request, RegionService.Vocabulary vocabulary) {
        String postalCode = request.address() == null ? null : request.address().postalCode();
        // Both are judged, so a refused request (or CSV row) names every field that needs fixing at once.
        List<Problem.Violation> violations = new ArrayList<>();
        Placed location = null;
        String region = null;
        try {
            location = Locations.place(request.latitude(), request.longitude(), postalCode).orElse(null);
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        try {
            region = request.region() == null || request.region().isBlank() ? vocabulary.ofZip(postalCode).orElse(null)
                    : vocabulary.canonical("region", request.region());
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

    private void apply(School school, SchoolRequest request, RegionService.Vocabulary vocabulary) {
        Placement placement = place(request, vocabulary);
        school.name = request.name().trim();
        school.gradeLow = request.gradeLow().shortValue();
        school.gradeHigh = request.gradeHigh().shortValue();
        school.schoolType = blankToNull(request.type());
        school.ncesId = blankToNull(request.ncesId());
        school.stateCode = blankToNull(request.stateCode());
        if (request.address() != null) {
            school.street = request.address().street();
            school.city = request.address().city();
            school.state = request.address().state();
            school.postalCode = request.address().postalCode();
        } else {
            school.street = school.city = school.state = school.postalCode = null;
        }
        Placed location = placement.location();
        school.latitude = location == null ? null : location.latitude();
        school.longitude = location == null ? null : location.longitude();
        school.locationPrecision = location == null ? LocationPrecision.unknown : location.precision();
        school.region = placement.region();
        EquityProfile equity = request.equityOrUnknown();
        FigureSources sources = new FigureSources(school, equity);
        school.enrollment = sources.track("enrollment", school.enrollment, request.enrollment());
        school.titleI = sources.track("titleI", school.titleI, equity.titleI());
        school.frlPercent = sources.track("freeReducedLunchPercent", school.frlPercent, equity.freeReducedLunchPercent());
        school.ellPercent = sources.track("englishLearnerPercent", school.ellPercent, equity.englishLearnerPercent());
        String[] languages = equity.homeLanguages() == null ? null
                : equity.homeLanguages().stream().distinct().toArray(String[]::new);
        school.homeLanguages = sources.track("homeLanguages", school.homeLanguages, languages);
        school.qualityRank = sources.track("qualityRank", school.qualityRank,
                equity.qualityRank() == null ? null : equity.qualityRank().shortValue());
        school.equitySources = sources.result();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Keeps, for each equity figure, where its current value came from: a figure that changes takes the request's
     * source and school year (or "entered in PartnerMatch"); one that becomes unknown loses its entry.
     */
    private static final class FigureSources {

        private final Map<String, Map<String, String>> sources;
        private final Map<String, String> entry;

        FigureSources(School school, EquityProfile equity) {
            this.sources = new LinkedHashMap<>(school.equitySources == null ? Map.of() : school.equitySources);
            Map<String, String> e = new LinkedHashMap<>();
            e.put("source", equity.source() == null || equity.source().isBlank() ? "entered in PartnerMatch"
                    : equity.source().trim());
            if (equity.schoolYear() != null) {
                e.put("schoolYear", equity.schoolYear());
            }
            e.put("recordedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            this.entry = Map.copyOf(e);
        }

        <T> T track(String figure, T old, T sent) {
            if (sent == null) {
                sources.remove(figure);
            } else if (!same(old, sent)) {
                sources.put(figure, entry);
            }
            return sent;
        }

        private static boolean same(Object old, Object sent) {
            if (old instanceof BigDecimal a && sent instanceof BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            if (old instanceof String[] a && sent instanceof String[] b) {
                return Arrays.equals(a, b);
            }
            return Objects.equals(old, sent);
        }

        Map<String, Map<String, String>> result() {
            return sources;
        }
    }
}
