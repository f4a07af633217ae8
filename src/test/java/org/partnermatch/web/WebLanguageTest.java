package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a page is written in: the switcher's cookie, else Accept-Language, else the district's, else English. */
class WebLanguageTest {

    private static final Locale US = Locale.US;

    @Test
    void theCookieWins() {
        assertThat(WebLanguage.choose("es", "vi,en;q=0.5", US).tag()).isEqualTo("es");
        assertThat(WebLanguage.choose("zh-hant", null, US).tag()).isEqualTo("zh-Hant");
    }

    @Test
    void anUnknownCookieIsIgnored() {
        assertThat(WebLanguage.choose("fr", "so", US).tag()).isEqualTo("so");
        assertThat(WebLanguage.choose("<script>", null, US).tag()).isEqualTo("en");
    }

    @Test
    void acceptLanguageByQualityThenTheDistrict() {
        assertThat(WebLanguage.choose(null, "fr-FR,es-MX;q=0.8,en;q=0.5", US).tag()).isEqualTo("es");
        assertThat(WebLanguage.choose(null, "en;q=0.4,am;q=0.9", US).tag()).isEqualTo("am");
        assertThat(WebLanguage.choose(null, "fr", US).tag()).isEqualTo("en");
        assertThat(WebLanguage.choose(null, "fr", Locale.forLanguageTag("es-US")).tag()).isEqualTo("es");
        assertThat(WebLanguage.choose(null, null, null).tag()).isEqualTo("en");
        assertThat(WebLanguage.choose(null, "es;q=0", US).tag()).isEqualTo("en");
    }

    @Test
    void chineseIsOfferedInTraditionalCharacters() {
        assertThat(WebLanguage.choose(null, "zh-TW", US).tag()).isEqualTo("zh-Hant");
        assertThat(WebLanguage.choose(null, "zh-Hant-HK", US).tag()).isEqualTo("zh-Hant");
        assertThat(WebLanguage.choose(null, "zh-CN,es;q=0.5", US).tag()).isEqualTo("es");
        assertThat(WebLanguage.choose(null, "zh-Hans", US).tag()).isEqualTo("en");
    }

    @Test
    void aMalformedHeaderIsAsIfAbsent() {
        assertThat(WebLanguage.choose(null, ";;;q=x,,", Locale.forLanguageTag("vi-US")).tag()).isEqualTo("vi");
    }
}
