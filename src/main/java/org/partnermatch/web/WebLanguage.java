package org.partnermatch.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the pages are written in: English and Spanish complete, Somali, Vietnamese, Traditional Chinese and
 * Amharic for the public pages (anything they lack shows in English, key by key; see docs/languages.md).
 *
 * @param tag     the BCP 47 tag: the {@code lang} attribute, the cookie's value and the message file's suffix
 * @param ownName the language's name in itself, as the switcher shows it
 */
public record WebLanguage(String tag, String ownName) {

    public static final WebLanguage ENGLISH = new WebLanguage("en", "English");
    public static final WebLanguage SPANISH = new WebLanguage("es", "Español");

    /** Every language offered, in the switcher's order. */
    public static final List<WebLanguage> ALL = List.of(ENGLISH, SPANISH, new WebLanguage("so", "Soomaali"),
            new WebLanguage("vi", "Tiếng Việt"), new WebLanguage("zh-Hant", "繁體中文"), new WebLanguage("am", "አማርኛ"));

    /**
     * Key prefixes of {@link WebMessages} for the public pages (the shared layout, home, search, an organization's
     * page and the words they share): every offered language has them all; only English and Spanish have the rest.
     */
    public static final List<String> PUBLIC_GROUPS = List.of("lang_", "layout_", "home_", "search_", "org_", "map_",
            "label_", "error_", "common_");

    /** The language with this tag (exactly as offered, case aside), if it is offered. */
    public static Optional<WebLanguage> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }

    /** The pages' words in this language (a key it lacks in English). */
    public WebMessages messages() {
        return english() ? io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class)
                : io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(tag));
    }

    /** The words of the pages people use at work in this language (a key it lacks in English). */
    public WorkMessages work() {
        return english() ? io.quarkus.qute.i18n.MessageBundles.get(WorkMessages.class)
                : io.quarkus.qute.i18n.MessageBundles.get(WorkMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(tag));
    }

    /** The listings pages' words in this language (a bundle of its own: {@link ListingMessages}). */
    public ListingMessages listingMessages() {
        return english() ? io.quarkus.qute.i18n.MessageBundles.get(ListingMessages.class)
                : io.quarkus.qute.i18n.MessageBundles.get(ListingMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(tag));
    }

    /**
     * The district staff's pages' words in this language (a bundle of its own: {@link DistrictMessages}), or in
     * English for a language with no district_&lt;tag&gt;.properties.
     */
    public DistrictMessages district() {
        return orEnglish(DistrictMessages.class);
    }

    /**
     * Match reasons' words in this language (a bundle of its own: {@link ReasonMessages}), or in English for a
     * language with no reason_&lt;tag&gt;.properties yet.
     */
    public ReasonMessages reasons() {
        return orEnglish(ReasonMessages.class);
    }

    /** A bundle in this language, or in English when the language has no file for it. */
    private <T> T orEnglish(Class<T> bundle) {
        if (!english()) {
            try {
                return io.quarkus.qute.i18n.MessageBundles.get(bundle, io.quarkus.qute.i18n.Localized.Literal.of(tag));
            } catch (IllegalStateException notTranslated) {
                // falls through to English
            }
        }
        return io.quarkus.qute.i18n.MessageBundles.get(bundle);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean english() {
        return this == ENGLISH || "en".equals(tag);
    }

    /**
     * The language for a request: the switcher's cookie when it names an offered language, else the first offered
     * one the browser's {@code Accept-Language} asks for (by quality), else the district's own language, else English.
     */
    public static WebLanguage choose(String cookie, String acceptLanguage, Locale district) {
        Optional<WebLanguage> chosen = of(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    Optional<WebLanguage> match = matching(Locale.forLanguageTag(range.getRange()));
                    if (match.isPresent()) {
                        return match.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header we cannot read: as if the browser had not sent one
            }
        }
        return district == null ? ENGLISH : matching(district).orElse(ENGLISH);
    }

    /**
     * The offered language for a locale: by language, except that Chinese is offered in Traditional characters only,
     * so only zh-Hant, zh-TW, zh-HK and zh-MO (and a bare "zh") choose it; Simplified (zh-CN, zh-Hans) goes on down the list.
     */
    static Optional<WebLanguage> matching(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return Optional.empty();
        }
        if (language.equals("zh")) {
            String script = locale.getScript();
            String region = locale.getCountry();
            boolean traditional = script.equalsIgnoreCase("Hant")
                    || (script.isEmpty() && (region.isEmpty() || List.of("TW", "HK", "MO").contains(region)));
            return traditional ? of("zh-Hant") : Optional.empty();
        }
        return ALL.stream().filter(l -> l.tag.equals(language)).findFirst();
    }
}
