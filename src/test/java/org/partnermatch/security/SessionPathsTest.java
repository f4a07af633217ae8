package org.partnermatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw paths a browser session may sign in: pages only, and only when written plainly. */
class SessionPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search", "/principal", "/schools/5c000000-0000-4000-8000-000000000001",
            "/organizations/0a000000-0000-4000-8000-000000000003/manage", "/web/site.css", "/sign-in/provider",
            "/invitations/9f86d081884c7d659a2feaa0c55ad015", "/apiary", "/quiz"})
    void plainPagePathsArePages(String path) {
        assertThat(SessionPaths.isPage(path)).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/v1/partnerships", "/api;x=y/v1/partnerships", "/api;/v1/audit",
            "//api/v1/audit", "/%61pi/v1/audit", "/API/v1/audit", "/Api/v1/audit", "/api/v1;x/audit",
            "/./api/v1/audit", "/web/../api/v1/audit", "/api/./v1", "/q/metrics", "/q/health", "/q;/metrics",
            "/search;jsessionid=x", "/search//x", "/sch%6fols", "", "api/v1", "/web/..", "/.", "/..",
            "/api\\v1"})
    void everyOtherSpellingIsNot(String path) {
        assertThat(SessionPaths.isPage(path)).as(path).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullIsNotAPage() {
        assertThat(SessionPaths.isPage(null)).isFalse();
    }
}
