package org.partnermatch.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Mailboxes.contactOf;
import static org.partnermatch.support.Mailboxes.member;
import static org.partnermatch.support.Mailboxes.paths;
import static org.partnermatch.support.Mailboxes.subject;
import static org.partnermatch.support.Mailboxes.text;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.MailServer;
import org.partnermatch.support.Tokens;

/**
 * Listings kept current, by e-mail (GreenMail): organizations are asked to confirm stale listings and reminded twice,
 * two weeks apart, until they confirm; a reported problem reaches the organization and the district, and its
 * resolution the reporter who left an address.
 */
@QuarkusTest
class ListingMailTest {

    @Inject
    NotificationReminders reminders;

    @Inject
    NotificationDispatcher dispatcher;

    private static List<String> subjects(String address, String containing) {
        return MailServer.receivedFor(address).stream().map(m -> subject(m)).filter(s -> s.contains(containing))
                .toList();
    }

    @Test
    void anOrganizationIsAskedToConfirmItsStaleListingsAndRemindedTwiceUntilItDoes() throws Exception {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        String owner = member("organization", org, "owner");
        String contact = contactOf(org);
        String name = Db.text("SELECT name FROM organization WHERE id = '" + org + "'");
        String offeringName = Db.text("SELECT name FROM offering WHERE id = '" + offering + "'");
        Db.update("UPDATE offering SET last_verified_at = now() - interval '200 days' WHERE id = '" + offering + "'");
        Instant now = Instant.now();

        reminders.askToConfirmListings(now);
        reminders.askToConfirmListings(now.plus(Duration.ofDays(1))); // nothing more yet
        dispatcher.deliverAllDue();
        for (String to : List.of(owner, contact)) {
            assertThat(subjects(to, name)).containsExactly("Please confirm the listings of " + name);
        }
        MimeMessage ask = MailServer.receivedFor(owner).get(0);
        assertThat(text(ask)).contains(offeringName).contains("last confirmed").contains("shown lower");
        assertThat(text(ask)).as("overdue only in 10 days").contains("Listings not confirmed by");
        assertThat(paths(text(ask))).contains("/organizations/" + org + "/listings");

        reminders.askToConfirmListings(now.plus(Duration.ofDays(15)));
        reminders.askToConfirmListings(now.plus(Duration.ofDays(30)));
        reminders.askToConfirmListings(now.plus(Duration.ofDays(45))); // two reminders at most
        dispatcher.deliverAllDue();
        assertThat(subjects(owner, name)).containsExactly("Please confirm the listings of " + name,
                "Reminder: please confirm the listings of " + name,
                "Reminder: please confirm the listings of " + name);
        // asked 15 days on, the listing is overdue by the job's clock: the reminder says it is shown lower now
        MimeMessage reminder = MailServer.receivedFor(owner).stream()
                .filter(m -> subject(m).startsWith("Reminder")).findFirst().orElseThrow();
        assertThat(text(reminder)).contains("Until they are confirmed, they are shown lower");

        // Confirmed: the round ends; when it is stale again, a new round starts with a first request.
        as(Tokens.partner(org)).post("/api/v1/offerings/" + offering + "/verification").then().statusCode(200);
        reminders.askToConfirmListings(now.plus(Duration.ofDays(46)));
        assertThat(Db.text("SELECT count(*) FROM listing_verification_ask WHERE organization_id = '" + org + "'"))
                .isEqualTo("0");
        Db.update("UPDATE offering SET last_verified_at = now() - interval '190 days' WHERE id = '" + offering + "'");
        reminders.askToConfirmListings(now.plus(Duration.ofDays(47)));
        dispatcher.deliverAllDue();
        assertThat(subjects(owner, name)).hasSize(4).last().isEqualTo("Please confirm the listings of " + name);
    }

    @Test
    void aReportedProblemReachesTheOrganizationAndTheDistrictAndItsResolutionTheReporter() throws Exception {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        String owner = member("organization", org, "owner");
        String staff = member("district", null, "staff");
        String offeringName = Db.text("SELECT name FROM offering WHERE id = '" + offering + "'");
        String reporter = "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.partnermatch.test";

        String id = anonymous().body(Map.of("offeringId", offering.toString(), "kind", "closed",
                        "message", "It stopped running in June.", "email", reporter))
                .post("/api/v1/problem-reports").then().statusCode(201).extract().path("id");
        dispatcher.deliverAllDue();
        List<MimeMessage> toOwner = MailServer.receivedFor(owner);
        assertThat(toOwner).hasSize(1);
        assertThat(subject(toOwner.get(0))).startsWith("Problem reported with the listing of " + offeringName);
        assertThat(text(toOwner.get(0))).contains("It stopped running in June.").contains("It has closed")
                .doesNotContain(reporter);
        assertThat(paths(text(toOwner.get(0)))).contains("/organizations/" + org + "/listings");
        assertThat(subjects(staff, offeringName)).containsExactly("Problem reported with a listing: " + offeringName
                + " (" + Db.text("SELECT name FROM organization WHERE id = '" + org + "'") + ")");
        assertThat(MailServer.receivedFor(reporter)).isEmpty();

        as(Tokens.partner(org)).body(Map.of("resolution", "fixed", "note", "Marked as not offered now."))
                .post("/api/v1/problem-reports/" + id + "/resolution").then().statusCode(200);
        dispatcher.deliverAllDue();
        List<MimeMessage> toReporter = MailServer.receivedFor(reporter);
        assertThat(toReporter).hasSize(1);
        assertThat(subject(toReporter.get(0))).isEqualTo("Your report on " + offeringName + " ("
                + Db.text("SELECT name FROM organization WHERE id = '" + org + "'") + ") is resolved");
        assertThat(text(toReporter.get(0))).contains("The listing was corrected.").contains("Marked as not offered now.");
    }
}
