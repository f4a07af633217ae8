package org.partnermatch.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partnermatch.account.InvitationCreated;
import org.partnermatch.account.MembershipScope;
import org.partnermatch.account.MembershipService;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.listing.ListingDtos.StaleOffering;
import org.partnermatch.listing.ListingDtos.StaleOrganization;
import org.partnermatch.listing.ListingService.DueAsk;
import org.partnermatch.listing.ProblemReport;
import org.partnermatch.listing.ProblemReportService;
import org.partnermatch.listing.ProblemReported;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedService;
import org.partnermatch.notification.MailContent.Fact;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationRegistered;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.organization.OrganizationVetted;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.PartnershipChanged;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * Turns what happens into e-mails: observes the change events other features fire inside their transactions
 * (registration, vetting, invitations) and queues the e-mails in that same transaction; partnership changes, the
 * frequent ones, are queued by the worker from the trigger their transaction wrote ({@link NotificationTriggers}). Also writes the
 * reminder e-mails for {@link NotificationReminders}. Who gets what is decided here, once:
 * an organization's side is its members and its contact address; a school's side is its members; the district is its
 * staff. A partnership change goes to the side that did not make it (both sides when district staff or the system did).
 */
@ApplicationScoped
public class Notifier {

    static ZoneId districtZone() {
        return org.partnermatch.common.DistrictTime.zone();
    }
    /** "Friday, December 18, 2026" in a US district: the district's locale, in full. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
            .withLocale(org.partnermatch.common.DistrictConventions.locale());

    private final NotificationService notifications;
    private final MembershipService memberships;
    private final PartnershipService partnerships;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final NeedService needs;
    private final ProblemReportService problemReports;
    private final ListingsConfig listingsConfig;

    public Notifier(NotificationService notifications, MembershipService memberships, PartnershipService partnerships,
                    SchoolService schools, OrganizationService organizations, OfferingService offerings,
                    NeedService needs, ProblemReportService problemReports, ListingsConfig listingsConfig) {
        this.problemReports = problemReports;
        this.listingsConfig = listingsConfig;
        this.notifications = notifications;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.schools = schools;
        this.organizations = organizations;
        this.offerings = offerings;
        this.needs = needs;
    }

    // --- Partnerships ---------------------------------------------------------------------------------------------

    /** Queues the e-mails of one partnership change (the worker, from its trigger: {@link NotificationTriggers}). */
    void partnershipChanged(PartnershipChanged change) {
        Partnership p = partnerships.find(change.partnershipId());
        School school = schools.get(p.schoolId);
        Organization org = organizations.get(p.organizationId);
        Offering offering = offerings.get(p.offeringId);
        String key = "partnership:" + change.eventId();
        boolean bySchool = Roles.PRINCIPAL.equals(change.actorRole());
        boolean byPartner = Roles.PARTNER.equals(change.actorRole());
        Set<String> schoolSide = byPartner || !bySchool ? schoolSide(p.schoolId) : Set.of();
        Set<String> partnerSide = bySchool || !byPartner ? partnerSide(org) : Set.of();
        String path = "/partnerships/" + p.id;
        String pair = school.name + " and " + org.name;
        List<Fact> facts = partnershipFacts(p, school, org, offering);
        switch (change.to()) {
            case requested -> notifications.enqueue(key, NotificationKind.partnership_request, partnerSide(org),
                    new MailContent("Partnership request from " + school.name + " to " + org.name + ": " + offering.name,
                            school.name + " asks " + org.name + " for a partnership",
                            List.of(school.name + " would like to work with " + org.name + " on " + offering.name + ".",
                                    "Please accept or decline by " + day(p.expiresAt) + ". A request nobody answers "
                                            + "by then expires, and the school looks for another partner."),
                            with(facts, new Fact("Message", p.message)), "Answer the request", path));
            case accepted -> notifications.enqueue(key, NotificationKind.partnership_answer, union(schoolSide,
                            partnerSide),
                    new MailContent(org.name + " accepted the request of " + school.name + ": " + offering.name,
                            org.name + " accepted your partnership request",
                            List.of(org.name + " accepted the request of " + school.name + " for " + offering.name
                                    + ". The next step is to agree the start together; either side marks it started "
                                    + "on the partnership's page."),
                            facts, "Open the partnership", path));
            case declined -> notifications.enqueue(key, NotificationKind.partnership_answer, union(schoolSide,
                            partnerSide),
                    new MailContent(org.name + " declined the request of " + school.name + ": " + offering.name,
                            org.name + " declined your partnership request",
                            List.of(org.name + " cannot take on the request of " + school.name + " for "
                                    + offering.name + ". The school's matches page lists other partners for the "
                                    + "same needs."),
                            with(facts, new Fact("Reason", p.declineReason)), "Open the partnership", path));
            case active -> notifications.enqueue(key, NotificationKind.partnership_progress, union(schoolSide,
                            partnerSide),
                    new MailContent("Partnership started: " + pair + " (" + offering.name + ")",
                            "The partnership of " + pair + " has started",
                            List.of(offering.name + " is now under way at " + school.name + "."),
                            facts, "Open the partnership", path));
            case completed -> notifications.enqueue(key, NotificationKind.partnership_progress, union(schoolSide,
                            partnerSide),
                    new MailContent("Partnership completed: " + pair + " (" + offering.name + ")",
                            "The partnership of " + pair + " is completed",
                            List.of("The partnership for " + offering.name + " is marked completed. Feedback from "
                                    + "both sides helps other schools and partners: you can leave yours on its page."),
                            facts, "Give feedback", path));
            case cancelled -> notifications.enqueue(key, NotificationKind.partnership_progress, union(schoolSide,
                            partnerSide),
                    new MailContent("Partnership cancelled: " + pair + " (" + offering.name + ")",
                            "The partnership of " + pair + " was cancelled",
                            List.of("The partnership for " + offering.name + " was cancelled."),
                            with(facts, new Fact("Reason", p.cancelReason)), "Open the partnership", path));
            case expired -> notifications.enqueue(key, NotificationKind.partnership_progress, union(schoolSide,
                            partnerSide),
                    new MailContent("Request expired unanswered: " + pair + " (" + offering.name + ")",
                            "The request of " + school.name + " to " + org.name + " expired",
                            List.of("Nobody answered the request of " + school.name + " for " + offering.name
                                    + " in time, so it expired. The school may send a new one, to this or another "
                                    + "partner."),
                            facts, "Open the partnership", path));
            default -> {
                // no other states
            }
        }
    }

    /** The reminder that a request still waits for an answer ({@code days} before it expires). */
    int remindUnanswered(Partnership p, int days) {
        School school = schools.get(p.schoolId);
        Organization org = organizations.get(p.organizationId);
        Offering offering = offerings.get(p.offeringId);
        String when = days == 1 ? "tomorrow" : "in " + days + " days";
        return notifications.enqueue("reminder-" + days + "d:" + p.id, NotificationKind.request_reminder, partnerSide(org),
                new MailContent("Reminder: the request of " + school.name + " to " + org.name + " expires " + when,
                        "A request from " + school.name + " waits for your answer",
                        List.of(school.name + " asked " + org.name + " for a partnership (" + offering.name
                                + ") and has no answer yet. The request expires " + when + ", on " + day(p.expiresAt)
                                + ". Accepting or declining both help the school: a decline lets it ask someone else."),
                        with(partnershipFacts(p, school, org, offering), new Fact("Message", p.message)),
                        "Answer the request", "/partnerships/" + p.id));
    }

    private List<Fact> partnershipFacts(Partnership p, School school, Organization org, Offering offering) {
        List<Need> named = needs.byIds(p.needIds);
        String needList = named.stream().map(n -> n.title + " (" + n.studentsAffected + " students, "
                + Grades.phrase(n.gradeLow, n.gradeHigh) + ")").collect(Collectors.joining("; "));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("School", school.name));
        facts.add(new Fact("Organization", org.name));
        facts.add(new Fact("Offering", offering.name));
        facts.add(new Fact(named.size() == 1 ? "Need" : "Needs", needList));
        facts.add(new Fact("Students to serve", Integer.toString(p.studentsToServe)));
        if (p.startDate != null) {
            facts.add(new Fact("Dates", DAY.format(p.startDate) + (p.endDate == null ? "" : " to "
                    + DAY.format(p.endDate))));
        }
        if (p.state == PartnershipState.requested && p.expiresAt != null) {
            facts.add(new Fact("Answer by", day(p.expiresAt)));
        }
        return facts;
    }

    // --- Organizations --------------------------------------------------------------------------------------------

    void onOrganizationRegistered(@Observes OrganizationRegistered registered) {
        Organization org = organizations.get(registered.organizationId());
        notifications.enqueue("registered:" + org.id, NotificationKind.vetting_queue, districtStaff(),
                new MailContent("New organization waits for vetting: " + org.name,
                        org.name + " registered and waits for vetting",
                        List.of(org.name + " registered on PartnerMatch. Schools cannot find it until district staff "
                                + "check its onboarding documents and approve it."),
                        List.of(new Fact("Organization", org.name), new Fact("City", org.city),
                                new Fact("Contact", org.contactName), new Fact("Website", org.website)),
                        "Open the vetting queue", "/district#vetting"));
    }

    void onOrganizationVetted(@Observes OrganizationVetted vetted) {
        if (vetted.to() == VettingStatus.pending) {
            return;
        }
        Organization org = organizations.get(vetted.organizationId());
        boolean approved = vetted.to() == VettingStatus.approved;
        // One e-mail per decision: the same organization may be approved, suspended and approved again.
        String key = "vetted:" + org.id + ":" + vetted.to() + ":" + (org.vettedAt == null ? "" : org.vettedAt);
        notifications.enqueue(key, NotificationKind.vetting_decision, partnerSide(org),
                new MailContent(org.name + (approved ? " is approved on PartnerMatch" : " is suspended on PartnerMatch"),
                        approved ? org.name + " is approved" : org.name + " is suspended",
                        List.of(approved ? "District staff approved " + org.name + ". Its active offerings now appear "
                                        + "in searches and matches, and schools can send it partnership requests."
                                        : "District staff suspended " + org.name + ". Until it is approved again, "
                                        + "schools do not see it in searches and cannot send it new requests."),
                        List.of(new Fact("Note from the district", vetted.note())),
                        "Open your organization", "/organizations/" + org.id + "/manage"));
    }

    /**
     * An onboarding document expires soon, or has expired (as of {@code today}). One warning and one expiry notice per
     * document and expiry date: a renewed document (a new date) is warned about again.
     */
    int onboardingExpiry(UUID organizationId, String organizationName, String document, LocalDate expiresOn,
                         LocalDate today) {
        Organization org = organizations.get(organizationId);
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, expiresOn);
        // A document is valid through its expiry date (as the onboarding flags count it) and expired the day after.
        boolean expired = days < 0;
        String title = expired ? "has expired" : days == 0 ? "expires today" : days == 1 ? "expires tomorrow"
                : "expires in " + days + " days";
        String key = "onboarding-" + (expired ? "expired" : "warning") + ":" + organizationId + ":" + document
                + ":" + expiresOn;
        MailContent content = new MailContent(organizationName + ": " + document + " " + title,
                "The " + document + " of " + organizationName + " " + title,
                List.of(expired ? "The " + document + " on file for " + organizationName + " expired on "
                                + DAY.format(expiresOn) + ". District staff may suspend an organization whose "
                                + "onboarding is out of date: please send the renewed document."
                                : "The " + document + " on file for " + organizationName + " expires on "
                                + DAY.format(expiresOn) + ". Please send the renewed document before then."),
                List.of(new Fact("Organization", organizationName), new Fact("Document", document),
                        new Fact("Expires", DAY.format(expiresOn))),
                "Open the onboarding status", "/organizations/" + organizationId + "/manage");
        return notifications.enqueue(key, NotificationKind.onboarding_expiry,
                union(partnerSide(org), districtStaff()), content);
    }

    // --- Listings ---------------------------------------------------------------------------------------------------

    /** Asks an organization to confirm or update its stale listings (the first request, or a reminder). */
    int askToConfirmListings(DueAsk due) {
        StaleOrganization stale = due.organization();
        Organization org = organizations.get(stale.id());
        List<Fact> facts = new ArrayList<>();
        if (stale.profileStale()) {
            facts.add(new Fact("Organization profile", "last confirmed " + day(stale.lastVerifiedAt())));
        }
        for (StaleOffering offering : stale.offerings()) {
            facts.add(new Fact(offering.name(), "last confirmed " + day(offering.lastVerifiedAt())));
        }
        int count = facts.size();
        String these = count == 1 ? "One of its listings was" : count + " of its listings were";
        String lower = due.overdue()
                ? "Until they are confirmed, they are shown lower in schools' searches and matches."
                : "Listings not confirmed by " + day(due.overdueFrom()) + " are shown lower in schools' searches and "
                        + "matches until they are.";
        String subject = (due.reminder() ? "Reminder: please" : "Please") + " confirm the listings of " + org.name;
        return notifications.enqueue("listing-confirm:" + org.id + ":" + due.roundStartedAt().toEpochMilli() + ":"
                        + due.ask(), NotificationKind.listing_verification, partnerSide(org),
                new MailContent(subject, "Are the listings of " + org.name + " still right?",
                        List.of("Schools find " + org.name + " on PartnerMatch by what its listings say. " + these
                                        + " last confirmed more than " + verifyPeriod() + " ago: please check the "
                                        + "description, days and times, languages and places, and confirm or update "
                                        + "them. It takes a minute for each.", lower),
                        facts, "Confirm or update the listings", "/organizations/" + org.id + "/listings"));
    }

    /** A problem reported on a listing goes to the organization and the district; its resolution to the reporter. */
    void onProblemReported(@Observes ProblemReported event) {
        ProblemReport report = problemReports.find(event.reportId());
        Organization org = organizations.get(report.organizationId);
        String listing = report.offeringId == null ? org.name : offerings.get(report.offeringId).name + " (" + org.name + ")";
        List<Fact> facts = List.of(new Fact("Listing", listing), new Fact("Problem", report.kind.label()),
                new Fact("What they wrote", report.message));
        if (!event.resolved()) {
            notifications.enqueue("problem-report:" + report.id, NotificationKind.listing_problem, partnerSide(org),
                    new MailContent("Problem reported with the listing of " + listing,
                            "Someone reported a problem with " + listing,
                            List.of("Someone who uses PartnerMatch thinks part of this listing is wrong. Please check "
                                    + "it, correct the listing if they are right, and mark the report resolved.",
                                    "District staff see the report too."),
                            facts, "Open the listings", "/organizations/" + org.id + "/listings"));
            notifications.enqueue("problem-report-district:" + report.id, NotificationKind.listing_problem,
                    districtStaff(), new MailContent("Problem reported with a listing: " + listing,
                            "A problem was reported with " + listing,
                            List.of("A report on a listing is in the district's queue. The organization was told "
                                    + "and may resolve it itself."),
                            facts, "Open the queue", "/district/listings"));
        } else if (report.reporterEmail != null) {
            notifications.enqueue("problem-resolved:" + report.id, NotificationKind.listing_problem,
                    List.of(report.reporterEmail), new MailContent("Your report on " + listing + " is resolved",
                            "Thank you for your report on " + listing,
                            List.of(switch (report.resolution) {
                                case fixed -> "The listing was corrected.";
                                case no_change -> "The listing was checked and found to be right.";
                                case dismissed -> "The report was closed without a change.";
                            }), with(facts, new Fact("Note", report.resolutionNote)), "Open the listing",
                            "/organizations/" + org.id));
        }
    }

    /** The verification period in words: "6 months", else "45 days". */
    private String verifyPeriod() {
        long days = listingsConfig.verifyEvery().toDays();
        return days % 30 == 0 && days >= 60 ? days / 30 + " months" : days + " days";
    }

    // --- Invitations ----------------------------------------------------------------------------------------------

    void onInvitationCreated(@Observes InvitationCreated invitation) {
        String place = invitation.scope() == MembershipScope.district ? "the district's staff" : invitation.placeName();
        String role = invitation.scope() == MembershipScope.school && "principal".equals(invitation.role())
                ? "principal" : invitation.role();
        String inviter = invitation.invitedByName() == null ? "Someone" : invitation.invitedByName();
        // The link holds the invitation's token, which is never stored elsewhere: the path is the whole link.
        String link = invitation.link();
        String path = link.contains("/invitations/") ? link.substring(link.indexOf("/invitations/")) : link;
        notifications.enqueue("invitation:" + invitation.invitationId(), NotificationKind.invitation,
                List.of(invitation.email()),
                new MailContent("Invitation to join " + place + " on PartnerMatch",
                        "You are invited to join " + place,
                        List.of(inviter + " invited you to join " + place + " on PartnerMatch as " + role + ".",
                                "Open the link and sign in with the account of this e-mail address. The link works "
                                        + "once and expires on " + day(invitation.expiresAt()) + "."),
                        List.of(new Fact("Joining", place), new Fact("Role", role)),
                        "Accept the invitation", path));
    }

    // --- Recipients -----------------------------------------------------------------------------------------------

    Set<String> partnerSide(Organization org) {
        Set<String> to = new LinkedHashSet<>(memberships.memberAddresses(MembershipScope.organization, org.id));
        if (org.email != null && !org.email.isBlank()) {
            to.add(org.email.strip().toLowerCase(Locale.ROOT));
        }
        return to;
    }

    Set<String> schoolSide(UUID schoolId) {
        return new LinkedHashSet<>(memberships.memberAddresses(MembershipScope.school, schoolId));
    }

    Set<String> districtStaff() {
        return new LinkedHashSet<>(memberships.memberAddresses(MembershipScope.district, null));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Fact> with(List<Fact> facts, Fact more) {
        List<Fact> all = new ArrayList<>(facts);
        all.add(more);
        return all;
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(districtZone()));
    }
}
