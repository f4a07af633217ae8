package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Operation ids read as a verb and a noun, each once; an operation without one is refused at build time. */
class OperationIdsTest {

    @Test
    void everyIdIsAVerbAndANounAndUnique() {
        assertThat(OperationIds.IDS.values()).allMatch(id -> id.matches("[a-z]+(?:[A-Z][a-z]+)+"),
                "verbNoun in camel case");
        assertThat(new HashSet<>(OperationIds.IDS.values())).hasSameSizeAs(OperationIds.IDS.values());
        assertThat(OperationIds.IDS.keySet()).allMatch(op -> op.matches("(GET|POST|PUT|DELETE|PATCH) /api/v1/.*"));
    }

    @Test
    void anUnnamedOperationIsRefused() {
        assertThat(OperationIds.of("GET /api/v1/schools")).isEqualTo("listSchools");
        assertThatThrownBy(() -> OperationIds.of("GET /api/v1/unnamed")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /api/v1/unnamed");
    }
}
