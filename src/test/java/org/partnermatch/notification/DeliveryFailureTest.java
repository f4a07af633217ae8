package org.partnermatch.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnermatch.notification.NotificationDispatcher.Failure;

/** Which failed sends are tried again: a server's 5xx refusal is final, everything else is retried. */
class DeliveryFailureTest {

    private static SMTPException reply(int code, String text) {
        return new SMTPException(code + " " + text, code, List.of(text), false);
    }

    @Test
    void aMailboxThatDoesNotExistIsGivenUpAtOnce() {
        Failure failure = Failure.of(reply(550, "5.1.1 <someone@example.org>: user unknown"));
        assertThat(failure.permanent()).isTrue();
        // the reply code only: the server's text quotes the address, which stays out of rows and logs
        assertThat(failure.reason()).isEqualTo("SMTP 550 (permanent)").doesNotContain("@");
        assertThat(Failure.of(reply(553, "5.1.3 mailbox name not allowed")).permanent()).isTrue();
    }

    @Test
    void aBusyServerOrAnOutageIsTriedAgain() {
        assertThat(Failure.of(reply(451, "4.3.0 try again later"))).isEqualTo(new Failure("SMTP 451", false));
        assertThat(Failure.of(reply(421, "4.7.0 too many connections")).permanent()).isFalse();
        assertThat(Failure.of(new ConnectException("Connection refused"))).isEqualTo(
                new Failure("ConnectException", false));
    }
}
