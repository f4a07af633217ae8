package org.partnermatch.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.Vocab;
import org.partnermatch.need.NeedDtos.NeedRequest;
import org.partnermatch.need.NeedDtos.NeedResponse;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Priority;

/** Owns needs: they belong to a school, fit its grades and name a known category. */
@ApplicationScoped
public class NeedService {

    private final NeedRepository needs;
    private final SchoolService schools;
    private final TaxonomyService taxonomy;
    private final Caller caller;
    private final AuditService audit;

    public NeedService(NeedRepository needs, SchoolService schools, TaxonomyService taxonomy, Caller caller,
                       AuditService audit) {
        this.needs = needs;
        this.schools = schools;
        this.taxonomy = taxonomy;
        this.caller = caller;
        this.audit = audit;
    }

    /** Filters of the need lists; null means "any". */
    public record NeedFilter(UUID schoolId, NeedStatus status, String category, Priority priority, String region) {
        /** One school's needs, in one status ({@code null}: any). */
        public static NeedFilter ofSchool(UUID schoolId, NeedStatus status) {
            return new NeedFilter(schoolId, status, null, null, null);
        }
    }

    @Transactional
    public PageResponse<NeedResponse> list(NeedFilter filter, PageQuery page) {
        Set<String> categories = filter.category() == null ? null : taxonomy.expand("category", filter.category());
        Filter where = new Filter()
                .where("schoolId = :schoolId", "schoolId", filter.schoolId())
                .where("status = :status", "status", filter.status())
                .where("categoryCode in :categories", "categories", categories)
                .where("priority = :priority", "priority", filter.priority())
                .where("schoolId in (select s.id from School s where lower(s.region) = lower(:region))", "region",
                        filter.region());
        if (!caller.district()) {
            // Met and closed needs are the school's own business: others see open needs only.
            where.where("(status = :open or schoolId in :ownSchools)")
                    .param("open", NeedStatus.open)
                    .param("ownSchools", Filter.orNone(caller.schoolIds()));
        }
        var query = needs.find(where.query() + " order by createdAt desc, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), NeedResponse::from, page, total);
    }

    /** 404 unless the school exists: an unknown school's need list is not an empty list. */
    public void requireSchool(UUID schoolId) {
        schools.get(schoolId);
    }

    @Transactional
    public Need get(UUID id) {
        Need need = needs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("need", id));
        if (need.status != NeedStatus.open && !caller.mayManageSchool(need.schoolId)) {
            throw ProblemException.notFound("need", id);
        }
        return need;
    }

    /** Needs by id, whatever their status and whoever asks (for notifications about partnerships that name them). */
    @Transactional
    public List<Need> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : needs.list("id in ?1 order by title", new java.util.ArrayList<>(ids));
    }

    /** The school's open needs, read fresh (matching ranks against what the school states right now). */
    @Transactional
    public List<Need> openNeedsOf(UUID schoolId) {
        return needs.list("schoolId = ?1 and status = ?2 order by createdAt, id", schoolId, NeedStatus.open);
    }

    @Transactional
    public Need create(UUID schoolId, NeedRequest request) {
        School school = schools.get(schoolId);
        caller.requireSchool(school.id);
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.schoolId = school.id;
        apply(need, school, request);
        needs.persist(need);
        needs.flush();
        audit.record("need.created", "need", need.id, null, NeedResponse.from(need));
        return need;
    }

    @Transactional
    public Need update(UUID id, NeedRequest request, String ifMatch) {
        Need need = get(id);
        caller.requireSchool(need.schoolId);
        ETags.requireMatch(ifMatch, need.version);
        NeedResponse before = NeedResponse.from(need);
        apply(need, schools.get(need.schoolId), request);
        needs.flush();
        audit.record("need.updated", "need", need.id, before, NeedResponse.from(need));
        return need;
    }

    @Transactional
    public void delete(UUID id) {
        Need need = get(id);
        caller.requireSchool(need.schoolId);
        audit.record("need.deleted", "need", need.id, NeedResponse.from(need), null);
        needs.delete(need);
        // Flush here so a partnership still referring to it is a 409 now, not a failure at commit.
        needs.flush();
    }

    private void apply(Need need, School school, NeedRequest request) {
        if (!Grades.ordered(request.gradeLow(), request.gradeHigh())) {
            throw ProblemException.badRequest("gradeHigh", Grades.ORDER);
        }
        taxonomy.requireKnown("category", request.category());
        // Household-level needs (basic needs, family engagement, early learning) concern younger siblings and
        // parents too, so any grade PK-12 or AE (adult education, for the parents) is allowed; the others stay within
        // the school's grades.
        boolean household = taxonomy.isHousehold(request.category());
        if (!household && (request.gradeLow() == Grades.ADULT || request.gradeHigh() == Grades.ADULT)) {
            throw ProblemException.badRequest(request.gradeLow() == Grades.ADULT ? "gradeLow" : "gradeHigh",
                    "AE (adult education) is only for household-level categories such as basic needs, family "
                            + "engagement and early learning; '" + request.category() + "' is not one");
        }
        boolean outside = request.gradeLow() < school.gradeLow || request.gradeHigh() > school.gradeHigh;
        if (outside && !household) {
            throw ProblemException.badRequest(request.gradeLow() < school.gradeLow ? "gradeLow" : "gradeHigh",
                    "must lie within the school's grades (" + Grades.range(school.gradeLow, school.gradeHigh)
                            + "); only household-level categories such as basic needs, family engagement and "
                            + "early learning may go beyond them");
        }
        need.categoryCode = request.category();
        need.title = request.title().trim();
        need.description = request.description();
        need.gradeLow = request.gradeLow().shortValue();
        need.gradeHigh = request.gradeHigh().shortValue();
        need.studentsAffected = request.studentsAffected();
        need.priority = request.priority();
        need.timings = Vocab.names(request.timings());
        need.languages = Vocab.distinct(request.languages());
        if (request.status() != null) {
            need.status = request.status();
        } else if (need.status == null) {
            need.status = NeedStatus.open;
        }
    }
}
