package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Form problems in the words of the page, in the reader's language. */
@QuarkusTest
class PlainWordsTest {

    private final WebMessages english = MessageBundles.get(WebMessages.class);
    private final WebMessages spanish = MessageBundles.get(WebMessages.class, Localized.Literal.of("es"));

    @Test
    void fieldsByTheirNameOnThePage() {
        assertThat(PlainWords.label("studentsToServe", english)).isEqualTo("Students to serve");
        assertThat(PlainWords.label("needIds", english)).isEqualTo("Needs");
        assertThat(PlainWords.label("address.postalCode", english)).isEqualTo("ZIP code");
        assertThat(PlainWords.label("contact.email", english)).isEqualTo("E-mail");
        assertThat(PlainWords.label("description", english)).isEqualTo("Description");
        assertThat(PlainWords.label("someOtherField", english)).isEqualTo("Some other field");
        assertThat(PlainWords.label("target-2", english)).isEqualTo("Target of outcome 2");
    }

    @Test
    void validatorDefaultsAsWhatToDoAndPeoplesMessagesUnchanged() {
        assertThat(PlainWords.message("must not be null", english)).isEqualTo("please fill this in");
        assertThat(PlainWords.message("must be greater than or equal to 1", english)).isEqualTo("must be at least 1");
        assertThat(PlainWords.message("must be less than or equal to 12", english)).isEqualTo("must be at most 12");
        assertThat(PlainWords.message("size must be between 0 and 200", english)).isEqualTo("is too long: at most 200");
        assertThat(PlainWords.message("unknown region 'X'; the regions are A, B", english))
                .isEqualTo("unknown region 'X'; the regions are A, B");
    }

    @Test
    void inSpanish() {
        assertThat(PlainWords.label("studentsAffected", spanish)).isEqualTo("Cuántos estudiantes");
        assertThat(PlainWords.label("address.postalCode", spanish)).isEqualTo("Código postal");
        assertThat(PlainWords.message("must not be blank", spanish)).isEqualTo("por favor, complete este campo");
        assertThat(PlainWords.message("must be greater than or equal to 1", spanish)).isEqualTo("debe ser al menos 1");
        assertThat(spanish.form_field_problem(PlainWords.label("title", spanish), PlainWords.message("must not be blank", spanish)))
                .isEqualTo("Título: por favor, complete este campo");
    }
}
