package org.partnermatch.vocabulary;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 639 language codes: two-letter ISO 639-1 codes and three-letter ISO 639-2/3 codes for languages that have
 * no two-letter code but are spoken by families in the district (Cantonese, Mam, Karen, Hmong, ...).
 */
public final class Languages {

    private static final Map<String, String> NAMES;
    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

    static {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(Locale.ENGLISH);
            names.put(code, name);
            try {
                names.putIfAbsent(locale.getISO3Language(), name);
            } catch (java.util.MissingResourceException ignored) {
                // a two-letter code without a three-letter form: keep the two-letter one only
            }
        }
        // Languages without an ISO 639-1 code that the district's families speak.
        names.put("yue", "Cantonese");
        names.put("cmn", "Mandarin");
        names.put("mam", "Mam");
        names.put("kar", "Karen");
        names.put("hmn", "Hmong");
        names.put("chk", "Chuukese");
        names.put("mh", "Marshallese");
        names.put("sgn", "Sign language");
        names.put("ase", "American Sign Language");
        names.put("fil", "Filipino");
        names.put("haw", "Hawaiian");
        names.put("lus", "Mizo");
        NAMES = Collections.unmodifiableMap(names);
        // The shortest code wins (ISO 639-1 "vi" over ISO 639-2 "vie"), then the first alphabetically.
        for (String code : new java.util.TreeSet<>(NAMES.keySet())) {
            CODE_BY_NAME.merge(NAMES.get(code).toLowerCase(Locale.ROOT), code,
                    (kept, other) -> other.length() < kept.length() ? other : kept);
        }
    }

    private Languages() {
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** English name of a language code, or the code itself when unknown. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** The code of a language given as an ISO 639 code or an English name ("so", "Somali"); null when unknown. */
    public static String code(String codeOrName) {
        if (codeOrName == null) {
            return null;
        }
        String lower = codeOrName.strip().toLowerCase(Locale.ROOT);
        return isKnown(lower) ? lower : CODE_BY_NAME.get(lower);
    }

    public static Set<String> codes() {
        return NAMES.keySet();
    }
}
