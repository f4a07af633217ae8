package org.partnermatch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Languages as people write them: codes, English names, names in the language itself, with or without accents. */
class LanguagesTest {

    @Test
    void codesAndEnglishNamesInAnyCase() {
        assertThat(Languages.code("so")).isEqualTo("so");
        assertThat(Languages.code(" Somali ")).isEqualTo("so");
        assertThat(Languages.code("VIETNAMESE")).isEqualTo("vi");
        assertThat(Languages.code("Cantonese")).isEqualTo("yue");
    }

    @Test
    void namesInTheLanguageItselfWithOrWithoutAccents() {
        assertThat(Languages.code("Soomaali")).isEqualTo("so");
        assertThat(Languages.code("español")).isEqualTo("es");
        assertThat(Languages.code("Espanol")).isEqualTo("es");
        assertThat(Languages.code("Tiếng Việt")).isEqualTo("vi");
        assertThat(Languages.code("አማርኛ")).isEqualTo("am");
        assertThat(Languages.ownName("so")).isEqualTo("Soomaali");
    }

    @Test
    void englishNamesWinOverAnotherLanguagesOwnNameAndUnknownsAreNull() {
        assertThat(Languages.code("Dutch")).isEqualTo("nl");
        assertThat(Languages.code("Klingonish")).isNull();
        assertThat(Languages.code("")).isNull();
        assertThat(Languages.code(null)).isNull();
    }
}
