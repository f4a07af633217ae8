package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnermatch.vocabulary.Languages;

/**
 * Words by which an organization's "communities served" can refer to the speakers of a home language: a school
 * whose families speak Somali is served by an organization that names "Somali" or "East African" communities.
 *
 * <p>A short curated list for the languages the district's families speak most; for every language the English
 * name also counts ("Nepali"). Words are compared as stems, one or two words long.
 */
final class CommunityWords {

    private static final Map<String, List<String>> CURATED = Map.ofEntries(
            Map.entry("so", List.of("somali", "east african")),
            Map.entry("am", List.of("ethiopian", "amharic", "habesha", "east african")),
            Map.entry("ti", List.of("eritrean", "tigrinya", "ethiopian", "habesha", "east african")),
            Map.entry("om", List.of("oromo", "ethiopian", "east african")),
            Map.entry("sw", List.of("swahili", "congolese", "east african")),
            Map.entry("es", List.of("latino", "latina", "latinx", "latine", "hispanic", "spanish speaking",
                    "mexican", "central american")),
            Map.entry("vi", List.of("vietnamese")),
            Map.entry("zh", List.of("chinese", "mandarin")),
            Map.entry("cmn", List.of("chinese", "mandarin")),
            Map.entry("yue", List.of("chinese", "cantonese")),
            Map.entry("tl", List.of("filipino", "tagalog")),
            Map.entry("fil", List.of("filipino", "tagalog")),
            Map.entry("ko", List.of("korean")),
            Map.entry("ja", List.of("japanese")),
            Map.entry("km", List.of("cambodian", "khmer")),
            Map.entry("lo", List.of("lao", "laotian")),
            Map.entry("hmn", List.of("hmong")),
            Map.entry("kar", List.of("karen", "burmese")),
            Map.entry("my", List.of("burmese")),
            Map.entry("ne", List.of("nepali", "bhutanese")),
            Map.entry("ru", List.of("russian", "slavic")),
            Map.entry("uk", List.of("ukrainian", "slavic")),
            Map.entry("ar", List.of("arab", "arabic", "middle eastern")),
            Map.entry("fa", List.of("persian", "iranian", "afghan")),
            Map.entry("ps", List.of("pashto", "afghan")),
            Map.entry("ht", List.of("haitian")),
            Map.entry("pt", List.of("brazilian", "portuguese")),
            Map.entry("pa", List.of("punjabi", "sikh", "south asian")),
            Map.entry("hi", List.of("indian", "south asian")),
            Map.entry("ur", List.of("pakistani", "south asian")),
            Map.entry("mam", List.of("mam", "maya", "mayan", "guatemalan", "indigenous")),
            Map.entry("sm", List.of("samoan", "pacific islander")),
            Map.entry("to", List.of("tongan", "pacific islander")),
            Map.entry("chk", List.of("chuukese", "micronesian", "pacific islander")),
            Map.entry("mh", List.of("marshallese", "pacific islander")),
            Map.entry("haw", List.of("hawaiian", "native hawaiian", "pacific islander")));

    /** Reverse of {@link #forLanguage}: stemmed community word → language codes it names. Immutable. */
    private static final Map<String, List<String>> LANGUAGES_BY_WORD = reverseIndex();

    private CommunityWords() {
    }

    /** Stemmed one- or two-word phrases that name the community of speakers of {@code languageCode}. */
    static String[] forLanguage(String languageCode) {
        Set<String> out = new LinkedHashSet<>();
        for (String phrase : CURATED.getOrDefault(languageCode, List.of())) {
            out.add(stemPhrase(phrase));
        }
        String name = Languages.name(languageCode);
        if (name != null && !name.equals(languageCode)) {
            List<String> words = Terms.words(name);
            // only plain one- or two-word names ("Somali", "Haitian Creole"), never "Modern Greek (1453-)"
            if (!words.isEmpty() && words.size() <= 2 && words.get(0).length() >= 3 && isPlain(name)) {
                out.add(stemPhrase(name));
            }
        }
        return out.toArray(new String[0]);
    }

    /** The language codes whose communities a set of grams (from {@link #grams}) names, sorted. */
    static Set<String> languagesNamedBy(Set<String> grams) {
        Set<String> out = new TreeSet<>();
        for (String gram : grams) {
            out.addAll(LANGUAGES_BY_WORD.getOrDefault(gram, List.of()));
        }
        return out;
    }

    /** The stemmed single words and adjacent word pairs of a free phrase ("East African families"). */
    static Set<String> grams(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        List<String> stems = new ArrayList<>();
        for (String word : Terms.words(phrase)) {
            stems.add(Terms.stem(word));
        }
        for (int i = 0; i < stems.size(); i++) {
            out.add(stems.get(i));
            if (i + 1 < stems.size()) {
                out.add(stems.get(i) + " " + stems.get(i + 1));
            }
        }
        return out;
    }

    private static Map<String, List<String>> reverseIndex() {
        Set<String> codes = new TreeSet<>(Languages.codes());
        codes.addAll(CURATED.keySet());
        Map<String, List<String>> index = new HashMap<>();
        for (String code : codes) {
            for (String word : forLanguage(code)) {
                index.computeIfAbsent(word, k -> new ArrayList<>()).add(code);
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        index.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String stemPhrase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String word : Terms.words(phrase.toLowerCase(Locale.ROOT))) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Terms.stem(word));
        }
        return b.toString();
    }
}
