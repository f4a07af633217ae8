package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.NativeSql;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.organization.OnboardingDtos.OnboardingFlagResponse;
import org.partnermatch.organization.OnboardingDtos.OnboardingItemRequest;
import org.partnermatch.organization.OnboardingDtos.OnboardingItemResponse;
import org.partnermatch.organization.OnboardingDtos.OnboardingResponse;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.OnboardingKind;
import org.partnermatch.vocabulary.SchoolYear;

/**
 * Onboarding items of organizations: district staff record them (one per kind, with an expiry date); the district
 * and the organization's own staff read them. An item past its expiry flags the organization in the onboarding
 * report; it does not change vetting by itself — suspending stays a district decision.
 */
@ApplicationScoped
public class OnboardingService {

    /** Expiry dates are calendar dates in the district's time zone. */


    private final OnboardingItemRepository items;
    private final OrganizationService organizations;
    private final Caller caller;
    private final AuditService audit;

    public OnboardingService(OnboardingItemRepository items, OrganizationService organizations, Caller caller,
                             AuditService audit) {
        this.items = items;
        this.organizations = organizations;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public OnboardingResponse status(UUID organizationId) {
        Organization org = organizations.get(organizationId);
        if (!caller.mayManageOrganization(org.id)) {
            // Onboarding is between the organization and the district; others may not even see pending ones.
            if (organizations.visible(org)) {
                throw ProblemException.forbidden("Only district staff or this organization's staff may see its onboarding.");
            }
            throw ProblemException.notFound("organization", organizationId);
        }
        LocalDate today = today();
        List<OnboardingItemResponse> views = new ArrayList<>();
        EnumSet<OnboardingKind> missing = EnumSet.allOf(OnboardingKind.class);
        List<OnboardingKind> expired = new ArrayList<>();
        for (OnboardingItem item : items.forOrganization(org.id)) {
            OnboardingItemResponse view = OnboardingItemResponse.from(item, today);
            views.add(view);
            missing.remove(item.kind);
            if (view.expired()) {
                expired.add(item.kind);
            }
        }
        return new OnboardingResponse(org.id, org.vettingStatus, views, List.copyOf(missing), expired,
                !expired.isEmpty());
    }

    /** Records an item, or replaces it (If-Match needed then). */
    @Transactional
    public OnboardingItem put(UUID organizationId, OnboardingKind kind, OnboardingItemRequest request, String ifMatch) {
        Organization org = organizations.get(organizationId);
        if (request.schoolYear() != null && SchoolYear.parse(request.schoolYear()) == null) {
            throw ProblemException.badRequest("schoolYear", SchoolYear.FORMAT);
        }
        if (request.receivedOn() != null && request.expiresOn().isBefore(request.receivedOn())) {
            throw ProblemException.badRequest("expiresOn", "must not be before receivedOn");
        }
        Optional<OnboardingItem> existing = items.find(org.id, kind);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OnboardingItemResponse before = null;
        OnboardingItem item;
        if (existing.isPresent()) {
            item = existing.get();
            ETags.requireMatch(ifMatch, item.version);
            before = OnboardingItemResponse.from(item, today());
        } else {
            item = new OnboardingItem();
            item.id = UUID.randomUUID();
            item.organizationId = org.id;
            item.kind = kind;
            item.createdAt = now;
        }
        item.receivedOn = request.receivedOn();
        item.expiresOn = request.expiresOn();
        item.note = request.note();
        // A data-sharing agreement is renewed each school year: the year it covers is said, or the one it ends in.
        item.schoolYear = request.schoolYear() != null ? SchoolYear.parse(request.schoolYear()).toString()
                : kind == OnboardingKind.data_sharing_agreement
                        ? SchoolYear.of(request.expiresOn().minusDays(1)).toString() : null;
        item.updatedAt = now;
        if (existing.isEmpty()) {
            items.persist(item);
        }
        items.flush();
        audit.record("organization.onboarding_recorded", "organization", org.id, before,
                OnboardingItemResponse.from(item, today()));
        return item;
    }

    @Transactional
    public void delete(UUID organizationId, OnboardingKind kind) {
        Organization org = organizations.get(organizationId);
        OnboardingItem item = items.find(org.id, kind).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not found", "No " + kind + " item is on file for organization " + organizationId + "."));
        audit.record("organization.onboarding_removed", "organization", org.id,
                OnboardingItemResponse.from(item, today()), null);
        items.delete(item);
    }

    /** Organizations with at least one expired item (view organization_onboarding_flag), earliest expiry first. */
    @Transactional
    public PageResponse<OnboardingFlagResponse> flags(PageQuery page) {
        var em = items.getEntityManager();
        long total = NativeSql.on(em, """
                SELECT count(DISTINCT organization_id) AS total FROM onboarding_item WHERE expires_on < :today""")
                .bind("today", today()).one(row -> row.longValue("total"));
        List<OnboardingFlagResponse> flags = NativeSql.on(em, """
                SELECT o.id, o.name, o.vetting_status, string_agg(i.kind, ',' ORDER BY i.kind) AS expired,
                       min(i.expires_on) AS expired_since
                FROM organization o JOIN onboarding_item i ON i.organization_id = o.id
                WHERE i.expires_on < :today GROUP BY o.id, o.name, o.vetting_status
                ORDER BY min(i.expires_on), o.name, o.id LIMIT :size OFFSET :offset""")
                .bind("today", today()).bind("size", page.size()).bind("offset", page.offset())
                .list(row -> new OnboardingFlagResponse(row.uuid("id"), row.string("name"),
                        org.partnermatch.vocabulary.VettingStatus.valueOf(row.string("vetting_status")),
                        java.util.Arrays.stream(row.string("expired").split(",")).map(OnboardingKind::valueOf).toList(),
                        row.date("expired_since")));
        return PageResponse.of(flags, flag -> flag, page, total);
    }

    /** An onboarding item and its organization, for expiry reminders (package notification). */
    public record ExpiringItem(UUID organizationId, String organizationName, OnboardingKind kind, LocalDate expiresOn) {
    }

    /** Items whose expiry date lies in [from, to], earliest first: no caller checks (a scheduled job asks). */
    @Transactional
    public List<ExpiringItem> expiringBetween(LocalDate from, LocalDate to) {
        return NativeSql.on(items.getEntityManager(), """
                SELECT o.id, o.name, i.kind, i.expires_on FROM onboarding_item i
                JOIN organization o ON o.id = i.organization_id
                WHERE i.expires_on BETWEEN :from AND :to ORDER BY i.expires_on, o.id, i.kind""")
                .bind("from", from).bind("to", to)
                .list(row -> new ExpiringItem(row.uuid("id"), row.string("name"), OnboardingKind.valueOf(row.string("kind")),
                        row.date("expires_on")));
    }

    /** Today in the district's time zone: the day onboarding expiry dates are compared with. */
    public static LocalDate districtToday() {
        return today();
    }

    static LocalDate today() {
        return org.partnermatch.common.DistrictTime.today();
    }
}
