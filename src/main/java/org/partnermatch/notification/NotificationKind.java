package org.partnermatch.notification;

/**
 * The kinds of e-mail a person can switch on or off, each with its own one-click unsubscribe. The per-event kinds are
 * on until switched off; the weekly digest is off until switched on.
 */
public enum NotificationKind {
    partnership_request("A school asks your organization for a partnership", true),
    partnership_answer("A partner accepts or declines your school's request", true),
    partnership_progress("A partnership starts, is completed, is cancelled or expires", true),
    request_reminder("A request to your organization expires in 3 days, and in 1 day, without an answer", true),
    vetting_queue("A new organization registered and waits for vetting (district staff)", true),
    vetting_decision("Your organization is approved or suspended", true),
    onboarding_expiry("An onboarding document expires in 30 days, and when it expires", true),
    invitation("Invitations to join a school, an organization or the district", true),
    listing_verification("Please confirm your organization's listings are still correct (every 6 months), with reminders", true),
    listing_problem("Someone reported a problem with a listing (your organization's; district staff: every report)", true),
    needs_digest("Weekly digest: new open needs that fit your organization's offerings", false);

    private final String description;
    private final boolean onByDefault;

    NotificationKind(String description, boolean onByDefault) {
        this.description = description;
        this.onByDefault = onByDefault;
    }

    public String description() {
        return description;
    }

    public boolean onByDefault() {
        return onByDefault;
    }
}
