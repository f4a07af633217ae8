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
    /** Codes by name as people write them: English names and names in the language itself, see {@link #key}. */
    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();
    /** The language's name in itself ("Soomaali", "español"), where the JDK knows it and it differs from English. */
    private static final Map<String, String> OWN_NAMES = new HashMap<>();

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
            CODE_BY_NAME.merge(key(NAMES.get(code)), code,
                    (kept, other) -> other.length() < kept.length() ? other : kept);
        }
        for (String code : new java.util.TreeSet<>(NAMES.keySet())) {
            Locale locale = Locale.forLanguageTag(code);
            String own = locale.getDisplayLanguage(locale);
            if (!own.isBlank() && !own.equalsIgnoreCase(code) && !own.equals(NAMES.get(code))) {
                OWN_NAMES.putIfAbsent(code, own);
                // An English name keeps its code: "Dutch" is nl, whatever a language calls itself.
                CODE_BY_NAME.putIfAbsent(key(own), code);
            }
        }
    }

    /** A name as looked up: trimmed, lower case, without accents ("Español", "espanol" and "ESPAÑOL" are one). */
    private static String key(String name) {
        String plain = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT);
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

    /**
     * The code of a language given as an ISO 639 code, its English name or its name in itself ("so", "Somali",
     * "Soomaali"; any case, accents optional); null when unknown.
     */
    public static String code(String codeOrName) {
        if (codeOrName == null) {
            return null;
        }
        String lower = codeOrName.strip().toLowerCase(Locale.ROOT);
        return isKnown(lower) ? lower : CODE_BY_NAME.get(key(lower));
    }

    /** The language's name in itself ("Soomaali" for so), or null when the JDK does not know one beyond English. */
    public static String ownName(String code) {
        return OWN_NAMES.get(code);
    }

    public static Set<String> codes() {
        return NAMES.keySet();
    }
}
