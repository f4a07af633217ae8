package org.partnermatch.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Mailboxes.contactOf;
import static org.partnermatch.support.Mailboxes.html;
import static org.partnermatch.support.Mailboxes.member;
import static org.partnermatch.support.Mailboxes.paths;
import static org.partnermatch.support.Mailboxes.subject;
import static org.partnermatch.support.Mailboxes.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.organization.OnboardingService;
import org.partnermatch.support.Index;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.MailServer;
import org.partnermatch.support.Mailboxes;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/**
 * E-mail notifications end to end against a real SMTP server (GreenMail): who gets what, both parts, the one-click
 * unsubscribe (RFC 8058), links that open the right page, no second send after a redelivery, and an outage that
 * delays without losing anything or failing the request.
 */
@QuarkusTest
class NotificationMailTest {

    private static final String SESSION = "pm_session";

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    NotificationReminders reminders;

    @Inject
    NotificationTriggers triggers;

    @Inject
    NotificationDigest digest;

    @Inject
    MatchingService matching;

    private MimeMessage only(String address) {
        List<MimeMessage> received = MailServer.receivedFor(address);
        assertThat(received).as("e-mails to " + address).hasSize(1);
        return received.get(0);
    }

    @Test
    void aRequestReachesThePartnersMembersAndContactWithBothPartsAndALinkToAnswerIt() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        String contact = contactOf(s.organization());
        String principal = member("school", s.school(), "principal");
        String schoolName = Db.text("SELECT name FROM school WHERE id = '" + s.school() + "'");
        String orgName = Db.text("SELECT name FROM organization WHERE id = '" + s.organization() + "'");

        UUID partnership = s.request(12);
        dispatcher.deliverAllDue();

        for (String to : List.of(owner, contact)) {
            MimeMessage mail = only(to);
            assertThat(mail.getSubject()).contains(schoolName).contains(orgName).startsWith("Partnership request");
            String text = text(mail);
            String html = html(mail);
            assertThat(text).contains(schoolName).contains("Could you take some of our students this spring?")
                    .contains("Students to serve: 12").contains("Answer by")
                    .contains("Math tutoring after school (40 students, grades 6-8)");
            assertThat(html).contains("<h1").contains("Could you take some of our students this spring?");
            assertThat(paths(text)).contains("/partnerships/" + partnership);
            assertThat(paths(html)).contains("/partnerships/" + partnership);
            assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://partnermatch\\.test/unsubscribe/[0-9a-f-]{36}\\.[0-9a-f]{64}>");
            assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        }
        // the school side made the change: it is not told about its own request
        assertThat(MailServer.receivedFor(principal)).isEmpty();
        // the link opens the request's page for the partner, who may answer it there
        given().cookie(SESSION, s.partner()).get("/partnerships/" + partnership).then().statusCode(200);
    }

    @Test
    void theRequestWritesOneTriggerAndTheWorkerTurnsItIntoEmailsOnce() {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        UUID partnership = s.request(5);
        String event = "(SELECT id FROM partnership_event WHERE partnership_id = '" + partnership + "')";
        // the request's transaction wrote the trigger beside its event, and no e-mail yet
        assertThat(Db.number("SELECT count(*) FROM notification_trigger WHERE event_id = " + event)).isEqualTo(1);
        assertThat(Db.number("SELECT count(*) FROM notification WHERE recipient = '" + owner + "'")).isZero();
        triggers.expandDue();
        triggers.expandDue();
        assertThat(Db.number("SELECT count(*) FROM notification_trigger WHERE event_id = " + event)).isZero();
        assertThat(Db.text("SELECT kind || ' ' || state FROM notification WHERE recipient = '" + owner + "'"))
                .isEqualTo("partnership_request pending");
        // the same event noticed again (a trigger restored from a backup, say) queues nothing new
        Db.update("INSERT INTO notification_trigger (event_id) SELECT id FROM partnership_event WHERE partnership_id = '"
                + partnership + "'");
        triggers.expandDue();
        assertThat(Db.number("SELECT count(*) FROM notification WHERE recipient = '" + owner + "'")).isEqualTo(1);
    }

    @Test
    void answersGoToTheSchoolWithTheReason() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String principal = member("school", s.school(), "principal");
        String owner = member("organization", s.organization(), "owner");
        UUID accepted = s.request(5);
        Partnerships.act(accepted, "accept", s.partner(), null);
        Setup second = s.withNewOffering(100, "students");
        UUID declined = second.request(5);
        Partnerships.act(declined, "decline", s.partner(), Map.of("reason", "Our spring cohort is full"));
        dispatcher.deliverAllDue();

        List<MimeMessage> toSchool = MailServer.receivedFor(principal);
        assertThat(toSchool).extracting(Mailboxes::subject)
                .anySatisfy(subject -> assertThat(subject).contains("accepted"))
                .anySatisfy(subject -> assertThat(subject).contains("declined"));
        MimeMessage decline = toSchool.stream().filter(m -> subject(m).contains("declined")).findFirst().orElseThrow();
        assertThat(text(decline)).contains("Reason: Our spring cohort is full");
        assertThat(paths(text(decline))).contains("/partnerships/" + declined);
        given().cookie(SESSION, s.principal()).get("/partnerships/" + declined).then().statusCode(200);
        // the partner answered: it gets its two request e-mails, no copy of its own answers
        assertThat(MailServer.receivedFor(owner)).hasSize(2);
    }

    @Test
    void anEventNoticedTwiceAndARestartAfterAClaimSendOnce() {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        UUID partnership = s.request(5);
        triggers.expandDue();
        Db.update("UPDATE partnership SET expires_at = now() + INTERVAL '2 days' WHERE id = '" + partnership + "'");
        // the reminder sweep runs twice (two replicas, or a restart mid-run): one reminder row
        reminders.remindUnanswered(Instant.now());
        reminders.remindUnanswered(Instant.now());
        assertThat(Db.number("SELECT count(*) FROM notification WHERE event_key = 'reminder-3d:" + partnership
                + "' AND recipient = '" + owner + "'")).isEqualTo(1);
        // a worker claimed the rows and died before sending: after the lease they are sent, once
        Db.update("UPDATE notification SET attempts = 1, next_attempt_at = now() + INTERVAL '2 minutes'"
                + " WHERE recipient = '" + owner + "'");
        dispatcher.deliverAllDue();
        assertThat(MailServer.receivedFor(owner)).isEmpty();
        Db.update("UPDATE notification SET next_attempt_at = now() WHERE recipient = '" + owner + "'");
        dispatcher.deliverAllDue();
        dispatcher.deliverAllDue();
        List<MimeMessage> received = MailServer.receivedFor(owner);
        assertThat(received).hasSize(2); // the request and the 3-day reminder
        assertThat(received).extracting(Mailboxes::subject).anySatisfy(subject -> assertThat(subject).startsWith("Reminder:").contains("in 3 days"));
        assertThat(Db.number("SELECT count(*) FROM notification WHERE recipient = '" + owner
                + "' AND state = 'sent'")).isEqualTo(2);
    }

    @Test
    void anSmtpOutageDelaysTheEmailAndNeverTheRequest() {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        MailServer.down();
        UUID partnership;
        try {
            partnership = s.request(5); // 201 while the mail server is down
            dispatcher.deliverAllDue();
            assertThat(Db.text("SELECT state || ' ' || attempts || ' ' || (next_attempt_at > now())"
                    + " FROM notification WHERE recipient = '" + owner + "'")).isEqualTo("pending 1 true");
            assertThat(Db.text("SELECT last_error FROM notification WHERE recipient = '" + owner + "'"))
                    .isNotBlank().doesNotContain(owner);
        } finally {
            MailServer.up();
        }
        // as if the backoff had passed, round after round: a connection the mailer pooled before the outage may
        // fail the first round after it, and that e-mail is simply tried again
        for (int round = 0; round < 3 && MailServer.receivedFor(owner).isEmpty(); round++) {
            Db.update("UPDATE notification SET next_attempt_at = now() WHERE recipient = '" + owner
                    + "' AND state = 'pending'");
            dispatcher.deliverAllDue();
        }
        dispatcher.deliverAllDue();
        assertThat(MailServer.receivedFor(owner)).hasSize(1);
        assertThat(Db.text("SELECT state FROM notification WHERE recipient = '" + owner + "'")).isEqualTo("sent");
        assertThat(Db.number("SELECT attempts FROM notification WHERE recipient = '" + owner + "'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(partnership).isNotNull();
    }

    @Test
    void oneClickUnsubscribeStopsThatKindOnly() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        s.request(5);
        dispatcher.deliverAllDue();
        String header = only(owner).getHeader("List-Unsubscribe")[0];
        String path = header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);

        // the page names the kind and changes nothing by itself (link scanners open links)
        given().get(path).then().statusCode(200).contentType(ContentType.HTML);
        assertThat(Db.number("SELECT count(*) FROM notification_preference WHERE address = '" + owner + "'"))
                .isZero();
        // RFC 8058: the mail program posts List-Unsubscribe=One-Click, with no cookie and no sign-in
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path).then()
                .statusCode(200);
        assertThat(Db.text("SELECT kind || ' ' || enabled FROM notification_preference WHERE address = '" + owner
                + "'")).isEqualTo("partnership_request false");

        Setup second = s.withNewOffering(100, "students");
        UUID next = second.request(5);
        Partnerships.act(next, "cancel", s.principal(), Map.of("reason", "Plans changed"));
        dispatcher.deliverAllDue();
        List<MimeMessage> received = MailServer.receivedFor(owner);
        assertThat(received).hasSize(2); // the first request, and the cancellation (another kind)
        assertThat(received.get(1).getSubject()).startsWith("Partnership cancelled");

        // a forged or altered link is refused
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post(path.substring(0, path.length() - 2) + "00").then().statusCode(404);
    }

    @Test
    void registrationTellsTheDistrictAndVettingTellsTheMembers() throws Exception {
        String staff = member("district", null, "staff");
        Map<String, Object> body = Api.organization();
        String name = (String) body.get("name");
        UUID org = UUID.fromString(Api.district().body(body).post("/api/v1/organizations").then()
                .statusCode(201).extract().path("id"));
        String owner = member("organization", org, "owner");
        Api.district().body(Map.of("status", "approved", "note", "Insurance on file"))
                .post("/api/v1/organizations/" + org + "/vetting").then().statusCode(200);
        dispatcher.deliverAllDue();

        MimeMessage waiting = MailServer.receivedFor(staff).stream().filter(m -> subject(m).startsWith("New organization waits for vetting"))
                .filter(m -> subject(m).endsWith(name)).findFirst().orElseThrow();
        assertThat(text(waiting)).contains("/district#vetting").contains(name);
        MimeMessage approved = only(owner);
        assertThat(approved.getSubject()).endsWith("is approved on PartnerMatch");
        assertThat(text(approved)).contains("Note from the district: Insurance on file");
        assertThat(paths(text(approved))).contains("/organizations/" + org + "/manage");
    }

    @Test
    void anInvitationEmailCarriesTheLinkThatOpensTheInvitation() throws Exception {
        UUID school = Api.createSchool();
        String invited = "inv-" + UUID.randomUUID().toString().substring(0, 12) + "@mail.partnermatch.test";
        String link = Api.district().body(Map.of("email", invited, "scope", "school", "schoolId", school,
                "role", "principal")).post("/api/v1/invitations").then().statusCode(201).extract().path("link");
        dispatcher.deliverAllDue();
        MimeMessage mail = only(invited);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(mail.getSubject()).startsWith("Invitation to join");
        assertThat(paths(text(mail))).contains("/invitations/" + token);
        assertThat(paths(html(mail))).contains("/invitations/" + token);
        given().get("/invitations/" + token).then().statusCode(200);
    }

    @Test
    void onboardingExpiryWarnsTheOrganizationAndTheDistrictOnce() {
        UUID org = Api.createOrganization(true);
        String owner = member("organization", org, "owner");
        String staff = member("district", null, "staff");
        java.time.LocalDate today = OnboardingService.districtToday();
        Db.update("INSERT INTO onboarding_item (id, organization_id, kind, received_on, expires_on) VALUES ('"
                + UUID.randomUUID() + "', '" + org + "', 'insurance', '" + today.minusYears(1) + "', '"
                + today.plusDays(20) + "')");
        reminders.remindOnboarding(today);
        reminders.remindOnboarding(today);
        reminders.remindOnboarding(today.plusDays(21)); // the day after it expired
        dispatcher.deliverAllDue();
        List<MimeMessage> toOwner = MailServer.receivedFor(owner).stream().filter(m -> subject(m).contains("insurance certificate")).toList();
        assertThat(toOwner).extracting(Mailboxes::subject).containsExactlyInAnyOrder(
                Db.text("SELECT name FROM organization WHERE id = '" + org + "'") + ": insurance certificate expires in 20 days",
                Db.text("SELECT name FROM organization WHERE id = '" + org + "'") + ": insurance certificate has expired");
        assertThat(MailServer.receivedFor(staff).stream().filter(m -> subject(m).contains("insurance certificate")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyDistrictStaffReadTheOutbox() {
        UUID invited = Api.createSchool();
        String address = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.partnermatch.test";
        Api.district().body(Map.of("email", address, "scope", "school", "schoolId", invited, "role", "staff"))
                .post("/api/v1/invitations").then().statusCode(201);
        String page = given().cookie(SESSION, Tokens.district()).get("/district/outbox").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains(address).contains("Invitation to join");
        UUID school = Api.createSchool();
        given().cookie(SESSION, Tokens.principal(school)).get("/district/outbox").then().statusCode(403);
        given().cookie(SESSION, Tokens.newPartner()).get("/district/outbox").then().statusCode(403);
        given().redirects().follow(false).get("/district/outbox").then().statusCode(401);
    }

    @Test
    void theWeeklyDigestListsNewFittingNeedsToThoseWhoSwitchedItOnOnce() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String subscriber = member("organization", s.organization(), "owner");
        String colleague = member("organization", s.organization(), "member");
        Db.update("INSERT INTO notification_preference (address, kind, enabled) VALUES ('" + subscriber
                + "', 'needs_digest', true)");
        Index.awaitCandidate(matching.index(), s.offering());
        Index.await(matching.index(), snap -> snap.openNeeds().containsKey(s.need()));
        as(s.partner()).get("/api/v1/organizations/" + s.organization() + "/opportunities?limit=100").then()
                .statusCode(200).body("results.needs.flatten().needId", org.hamcrest.Matchers.hasItem(s.need().toString()));

        digest.sendWeekly(Instant.now());
        digest.sendWeekly(Instant.now()); // a second run in the same week queues nothing new
        dispatcher.deliverAllDue();

        MimeMessage mail = only(subscriber);
        String orgName = Db.text("SELECT name FROM organization WHERE id = '" + s.organization() + "'");
        String schoolName = Db.text("SELECT name FROM school WHERE id = '" + s.school() + "'");
        String needTitle = Db.text("SELECT title FROM need WHERE id = '" + s.need() + "'");
        assertThat(subject(mail)).startsWith(orgName + ": ").contains("this week");
        assertThat(text(mail)).contains(schoolName).contains(needTitle);
        assertThat(paths(text(mail))).contains("/organizations/" + s.organization() + "/manage");
        // off by default: a colleague who never switched it on gets nothing
        assertThat(MailServer.receivedFor(colleague)).isEmpty();
        // a week later the same need is no longer new
        Db.update("UPDATE need SET created_at = now() - INTERVAL '8 days' WHERE id = '" + s.need() + "'");
        assertThat(digest.sendWeekly(Instant.now().plus(java.time.Duration.ofDays(7)))).isZero();
    }
}
