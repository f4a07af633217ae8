package org.partnermatch.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.partnermatch.account.MembershipService;
import org.partnermatch.matching.MatchDtos.CoveredNeed;
import org.partnermatch.matching.MatchDtos.Opportunity;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedService;
import org.partnermatch.notification.MailContent.Fact;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * The weekly, opt-in digest: for each approved organization with someone who switched it on, the open needs stated
 * in the last 7 days that its offerings fit (the opportunities ranking), highest-need schools first. Nothing is sent
 * to an organization with no fitting new need. One digest per organization and ISO week (the event key).
 */
@ApplicationScoped
public class NotificationDigest {

    private static final Logger LOG = Logger.getLogger(NotificationDigest.class);
    private static final int MAX_SCHOOLS = 100;

    private final NotificationPreferenceRepository preferences;
    private final MembershipService memberships;
    private final OrganizationService organizations;
    private final MatchingService matching;
    private final NeedService needs;
    private final NotificationService notifications;
    private final Notifier notifier;

    public NotificationDigest(NotificationPreferenceRepository preferences, MembershipService memberships,
                              OrganizationService organizations, MatchingService matching, NeedService needs,
                              NotificationService notifications, Notifier notifier) {
        this.preferences = preferences;
        this.memberships = memberships;
        this.organizations = organizations;
        this.matching = matching;
        this.needs = needs;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    @Scheduled(identity = "notification-digest", cron = "${partnermatch.notifications.digest-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            sendWeekly(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("The weekly digest failed; it runs again next week, or after a restart at the next run", e);
        }
    }

    /** Queues this week's digests; returns how many e-mails were queued. */
    @Transactional
    public int sendWeekly(Instant now) {
        List<String> optedIn = preferences.optedIn(NotificationKind.needs_digest);
        Set<UUID> candidates = new HashSet<>(memberships.organizationsOf(optedIn));
        candidates.addAll(organizations.approvedWithContactAddress(optedIn));
        Instant since = now.minus(Duration.ofDays(7));
        var week = now.atZone(Notifier.districtZone());
        String weekKey = week.get(IsoFields.WEEK_BASED_YEAR) + "-W" + week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int queued = 0;
        for (Organization org : organizations.byIds(candidates).values()) {
            if (org.vettingStatus == VettingStatus.approved) {
                queued += digest(org, since, weekKey);
            }
        }
        return queued;
    }

    private int digest(Organization org, Instant since, String weekKey) {
        List<Opportunity> found = matching.opportunitiesForDigest(org.id, MAX_SCHOOLS).results();
        Set<UUID> needIds = found.stream().flatMap(o -> o.needs().stream()).map(CoveredNeed::needId)
                .collect(Collectors.toSet());
        Map<UUID, Need> fresh = needs.byIds(needIds).stream().filter(n -> n.createdAt != null
                && n.createdAt.isAfter(since)).collect(Collectors.toMap(n -> n.id, Function.identity()));
        List<Fact> schools = new ArrayList<>();
        int count = 0;
        for (Opportunity o : found.stream().sorted(Comparator.comparingDouble((Opportunity o) -> o.school().needIndex())
                .reversed().thenComparing(o -> o.school().name())).toList()) {
            List<String> lines = new ArrayList<>();
            for (CoveredNeed c : o.needs()) {
                Need n = fresh.get(c.needId());
                if (n != null) {
                    lines.add(n.title + " (" + n.studentsAffected + " students, " + n.priority + " priority) — fits "
                            + (c.offering() == null ? "your offerings" : c.offering().offeringName()));
                }
            }
            if (!lines.isEmpty()) {
                count += lines.size();
                schools.add(new Fact(o.school().name() + " (need index " + Math.round(o.school().needIndex())
                        + (Boolean.TRUE.equals(o.school().titleI()) ? ", Title I" : "") + ")", String.join("; ", lines)));
            }
        }
        if (schools.isEmpty()) {
            return 0;
        }
        return notifications.enqueue("digest:" + org.id + ":" + weekKey, NotificationKind.needs_digest,
                notifier.partnerSide(org),
                new MailContent(org.name + ": " + count + (count == 1 ? " new need fits" : " new needs fit")
                        + " your offerings this week",
                        "New needs that fit " + org.name,
                        List.of("Schools stated these needs in the last 7 days, and the offerings of " + org.name
                                + " fit them. Schools with the highest need come first.",
                                "You get this weekly digest because you switched it on."),
                        schools, "See every opportunity", "/organizations/" + org.id + "/manage"));
    }
}
