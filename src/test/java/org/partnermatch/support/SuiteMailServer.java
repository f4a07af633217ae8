package org.partnermatch.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the suite's single SMTP server (GreenMail) for every @QuarkusTest. */
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
public final class SuiteMailServer {

    private SuiteMailServer() {
    }
}
