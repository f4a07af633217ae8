package org.partnermatch.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the suite's single embedded PostgreSQL for every @QuarkusTest. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class SuiteDatabase {

    private SuiteDatabase() {
    }
}
