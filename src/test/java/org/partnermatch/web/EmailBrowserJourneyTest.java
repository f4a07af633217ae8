package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Mailboxes.contactOf;
import static org.partnermatch.support.Mailboxes.html;
import static org.partnermatch.support.Mailboxes.member;
import static org.partnermatch.support.Mailboxes.paths;
import static org.partnermatch.support.Mailboxes.text;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.partnermatch.notification.NotificationDispatcher;
import org.partnermatch.support.BrowserTest;
import org.partnermatch.support.Db;
import org.partnermatch.support.MailServer;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;

/**
 * The request loop by e-mail, in a real browser against the suite's real SMTP server (GreenMail): a principal asks an
 * organization for help on its page; the organization's members and contact address get an e-mail whose link opens
 * the request, where the partner (on a phone) accepts it; the principal gets the answer by e-mail and its link opens
 * the same partnership. Nobody is e-mailed about their own action.
 */
@QuarkusTest
class EmailBrowserJourneyTest extends BrowserTest {
    @Inject
    NotificationDispatcher dispatcher;

    @Test
    void aRequestAndItsAnswerArriveByEmailAndTheirLinksOpenThePartnership() throws Exception {
        Setup s = Partnerships.setup(100, "students");
        String owner = member("organization", s.organization(), "owner");
        String contact = contactOf(s.organization());
        String principal = member("school", s.school(), "principal");
        String schoolName = Db.text("SELECT name FROM school WHERE id = '" + s.school() + "'");
        String orgName = Db.text("SELECT name FROM organization WHERE id = '" + s.organization() + "'");

        // The principal asks the organization for help from its page.
        browser.signInWithToken(base.toString(), s.principal());
        driver.get(url("/organizations/" + s.organization()));
        browser.click(driver.findElement(By.linkText("Ask them for help with a need")));
        browser.click(driver.findElement(By.cssSelector("input[name=needIds][value='" + s.need() + "']")));
        browser.type("studentsToServe", "12");
        browser.type("message", "Could your tutors take 12 of our students on Tuesdays?");
        browser.click(driver.findElement(By.xpath("//button[normalize-space()='Send request']")));
        String partnershipPath = new URL(driver.getCurrentUrl()).getPath();
        assertThat(partnershipPath).matches("/partnerships/[0-9a-f-]{36}");
        assertThat(browser.text("#partnership-state")).startsWith("Waiting for the partner's answer");
        browser.signOut();

        // The partner side hears of it: every member and the contact address, one e-mail each, addressed to them alone.
        dispatcher.deliverAllDue();
        for (String to : List.of(owner, contact)) {
            MimeMessage mail = only(to);
            assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly(to);
            assertThat(mail.getSubject()).startsWith("Partnership request from " + schoolName + " to " + orgName);
            assertThat(text(mail)).contains("Could your tutors take 12 of our students on Tuesdays?")
                    .contains("Students to serve: 12");
            assertThat(paths(text(mail))).contains(partnershipPath);
            assertThat(paths(html(mail))).contains(partnershipPath);
        }
        assertThat(MailServer.receivedFor(principal)).as("no e-mail about one's own request").isEmpty();

        // The partner opens the e-mail's link on a phone, signs in and accepts.
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.signInWithToken(base.toString(), s.partner());
            driver.get(url(partnershipLink(only(contact))));
            assertThat(new URL(driver.getCurrentUrl()).getPath()).isEqualTo(partnershipPath);
            assertThat(driver.getPageSource()).contains(schoolName);
            assertThat(browser.text("#partnership-state")).startsWith("Waiting for the partner's answer");
            browser.screenshot("email-link-partner-phone");
            browser.click(browser.byId("accept"));
            assertThat(browser.text("#partnership-state")).startsWith("Accepted by the partner");
            browser.signOut();
        } finally {
            driver.manage().window().setSize(new Dimension(1000, 1300));
        }

        // The principal hears the answer; its link opens the same partnership.
        dispatcher.deliverAllDue();
        MimeMessage answer = only(principal);
        assertThat(answer.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly(principal);
        assertThat(answer.getSubject()).contains("accepted").contains(schoolName).contains(orgName);
        browser.signInWithToken(base.toString(), s.principal());
        driver.get(url(partnershipLink(answer)));
        assertThat(new URL(driver.getCurrentUrl()).getPath()).isEqualTo(partnershipPath);
        assertThat(browser.text("#partnership-state")).startsWith("Accepted by the partner");
        browser.signOut();
        assertThat(MailServer.receivedFor(owner)).as("no e-mail about one's own answer").hasSize(1);
    }

    /** The path of the e-mail's link to a partnership (its action link). */
    private static String partnershipLink(MimeMessage mail) throws Exception {
        return paths(text(mail)).stream().filter(path -> path.startsWith("/partnerships/")).findFirst().orElseThrow();
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> received = MailServer.receivedFor(address);
        assertThat(received).as("e-mails to " + address).hasSize(1);
        return received.get(0);
    }
}
