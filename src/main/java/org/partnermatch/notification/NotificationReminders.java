package org.partnermatch.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.partnermatch.listing.ListingService;
import org.partnermatch.organization.OnboardingService;
import org.partnermatch.organization.OnboardingService.ExpiringItem;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.PartnershipService;

/**
 * Looks for what is about to lapse and queues reminders: requests still unanswered a few days before they expire (to
 * the partner) and onboarding documents that expire within 30 days or expired in the last week (to the organization
 * and the district). Each reminder's event key names what it reminds of, so running again (every hour, on every
 * replica, after a restart) never queues it twice.
 */
@ApplicationScoped
public class NotificationReminders {

    private static final Logger LOG = Logger.getLogger(NotificationReminders.class);
    /** Expired documents are told about within this many days of expiry (a job that was down catches up). */
    private static final int EXPIRED_LOOKBACK_DAYS = 7;

    private final PartnershipService partnerships;
    private final OnboardingService onboarding;
    private final Notifier notifier;
    private final NotificationSettings settings;
    private final ListingService listings;

    public NotificationReminders(PartnershipService partnerships, OnboardingService onboarding, Notifier notifier,
                                 NotificationSettings settings, ListingService listings) {
        this.listings = listings;
        this.partnerships = partnerships;
        this.onboarding = onboarding;
        this.notifier = notifier;
        this.settings = settings;
    }

    @Scheduled(identity = "notification-reminders", every = "${partnermatch.notifications.remind-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            remindUnanswered(Instant.now());
            remindOnboarding(OnboardingService.districtToday());
            askToConfirmListings(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Looking for reminders failed; will look again on the next run", e);
        }
    }

    /**
     * Reminds partners of requests that expire within each configured number of days (3 and 1): a request expiring
     * in 2½ days gets the 3-day reminder, one expiring in 20 hours the 1-day one. Returns how many were queued.
     */
    @Transactional
    public int remindUnanswered(Instant now) {
        List<Integer> days = settings.requestReminderDays().stream().filter(d -> d > 0).distinct().sorted().toList();
        int queued = 0;
        for (int i = 0; i < days.size(); i++) {
            int d = days.get(i);
            Instant after = i == 0 ? now : now.plus(Duration.ofDays(days.get(i - 1)));
            for (Partnership p : partnerships.unansweredExpiring(after, now.plus(Duration.ofDays(d)))) {
                queued += notifier.remindUnanswered(p, d);
            }
        }
        return queued;
    }

    /** Warns of onboarding documents expiring within the warning period, and of those that expired. */
    @Transactional
    public int remindOnboarding(LocalDate today) {
        int queued = 0;
        int warning = settings.onboardingWarningDays();
        for (ExpiringItem item : onboarding.expiringBetween(today, today.plusDays(warning))) {
            queued += notifier.onboardingExpiry(item.organizationId(), item.organizationName(), document(item),
                    item.expiresOn(), today);
        }
        for (ExpiringItem item : onboarding.expiringBetween(today.minusDays(EXPIRED_LOOKBACK_DAYS), today.minusDays(1))) {
            queued += notifier.onboardingExpiry(item.organizationId(), item.organizationName(), document(item),
                    item.expiresOn(), today);
        }
        return queued;
    }

    /**
     * Asks organizations to confirm their stale listings, and reminds them (docs/listings.md); each e-mail is claimed
     * once ({@link ListingService#claimAsks}). Returns how many e-mails were queued.
     */
    @Transactional
    public int askToConfirmListings(Instant now) {
        int queued = 0;
        for (ListingService.DueAsk due : listings.claimAsks(now)) {
            queued += notifier.askToConfirmListings(due);
        }
        return queued;
    }

    private static String document(ExpiringItem item) {
        return switch (item.kind()) {
            case data_sharing_agreement -> "data-sharing agreement";
            case insurance -> "insurance certificate";
            case background_checks -> "background checks";
        };
    }
}
