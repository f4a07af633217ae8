package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Form problems in the words of the page. */
class PlainWordsTest {

    @Test
    void fieldsByTheirNameOnThePage() {
        assertThat(PlainWords.label("studentsToServe")).isEqualTo("Students to serve");
        assertThat(PlainWords.label("needIds")).isEqualTo("Needs");
        assertThat(PlainWords.label("address.postalCode")).isEqualTo("ZIP code");
        assertThat(PlainWords.label("contact.email")).isEqualTo("E-mail");
        assertThat(PlainWords.label("description")).isEqualTo("Description");
    }

    @Test
    void validatorDefaultsAsWhatToDoAndPeoplesMessagesUnchanged() {
        assertThat(PlainWords.message("must not be null")).isEqualTo("please fill this in");
        assertThat(PlainWords.message("must be greater than or equal to 1")).isEqualTo("must be at least 1");
        assertThat(PlainWords.message("must be less than or equal to 12")).isEqualTo("must be at most 12");
        assertThat(PlainWords.message("size must be between 0 and 200")).isEqualTo("is too long: at most 200");
        assertThat(PlainWords.message("unknown region 'X'; the regions are A, B")).isEqualTo("unknown region 'X'; the regions are A, B");
    }
}
