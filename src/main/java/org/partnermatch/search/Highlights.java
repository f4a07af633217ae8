package org.partnermatch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnermatch.common.PlainText;

/**
 * Builds a hit's {@link Highlight} from its plain text and which of its words match, computed apart from the text:
 * nothing is ever marked inside the text and then parsed back out, so a record holding control characters or
 * markup cannot forge, unbalance or inject a mark. The marks are offsets; the HTML snippet is made from them, with
 * everything else escaped.
 *
 * <p>The search index's query says which of the text's words it finds (stemmed either way, as a synonym, a prefix
 * or within a typo: {@link SearchQuery#matchedWords}); up to two passages around the first matches are kept.
 */
public final class Highlights {

    /** Passages kept around matches, words per passage, and words shown before a passage's first match. */
    static final int MAX_PASSAGES = 2;
    static final int PASSAGE_WORDS = 18;
    static final int WORDS_BEFORE = 3;
    /** Characters of a hit's text looked at: bounds what each page row carries and costs. */
    static final int MAX_TEXT = 10_000;
    static final String ELLIPSIS = "…";

    /** A word as highlights see it: letters (with their combining marks) and digits; anything else separates. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Highlights() {
    }

    /** The first {@value #MAX_TEXT} characters of {@code text}: what a highlight is cut from. */
    public static String cut(String text) {
        return text.codePointCount(0, text.length()) <= MAX_TEXT ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
    }

    /**
     * The highlight of a full-text hit: up to {@value #MAX_PASSAGES} passages of {@code text} around the first of
     * its words that are in {@code matchedWords} (compared ignoring case), those words marked.
     */
    public static Highlight matching(String text, String[] matchedWords) {
        if (text == null) {
            return null;
        }
        Set<String> matched = matchedWords == null ? Set.of()
                : Arrays.stream(matchedWords).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String plain = plain(text);
        List<Word> words = words(plain);
        List<int[]> passages = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < words.size() && passages.size() < MAX_PASSAGES; i++) {
            if (i >= from && matched.contains(words.get(i).lower())) {
                // a few words of context before the match, more when the text ends soon after it
                int start = Math.max(from, Math.min(i - WORDS_BEFORE, words.size() - PASSAGE_WORDS));
                int end = Math.min(words.size(), start + PASSAGE_WORDS);
                if (!passages.isEmpty() && passages.get(passages.size() - 1)[1] == start) {
                    passages.get(passages.size() - 1)[1] = end;
                } else {
                    passages.add(new int[] {start, end});
                }
                from = end;
            }
        }
        if (passages.isEmpty()) {
            passages.add(new int[] {0, Math.min(words.size(), PASSAGE_WORDS)});
        }
        Builder excerpt = new Builder();
        for (int p = 0; p < passages.size(); p++) {
            int first = passages.get(p)[0];
            int last = passages.get(p)[1];
            if (p > 0) {
                excerpt.plain(" " + ELLIPSIS + " ");
            } else if (first > 0) {
                excerpt.plain(ELLIPSIS + " ");
            }
            int at = first == 0 || words.isEmpty() ? 0 : words.get(first).start();
            for (int i = first; i < last; i++) {
                Word word = words.get(i);
                excerpt.plain(plain.substring(at, word.start()));
                excerpt.word(plain.substring(word.start(), word.end()), matched.contains(word.lower()));
                at = word.end();
            }
            if (last == words.size()) {
                excerpt.plain(plain.substring(at));
            } else if (p == passages.size() - 1) {
                excerpt.plain(" " + ELLIPSIS);
            }
        }
        return excerpt.highlight();
    }

    /**
     * Text as an excerpt shows it: runs of white space made one space, and anything plain text refuses (control
     * characters stored before they were refused) shown as a space too.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean blank = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || PlainText.Rule.refused(codePoint);
            if (blank) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return out.toString();
    }

    private record Word(int start, int end, String lower) {
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.start(), matcher.end(), matcher.group().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** Appends an excerpt piece by piece, noting where the marked words are. */
    private static final class Builder {

        private final StringBuilder excerpt = new StringBuilder();
        private final List<Highlight.Mark> marks = new ArrayList<>();
        private final List<String> terms = new ArrayList<>();

        void plain(String text) {
            excerpt.append(text);
        }

        void word(String word, boolean marked) {
            if (marked) {
                marks.add(new Highlight.Mark(excerpt.length(), excerpt.length() + word.length()));
                String term = word.toLowerCase(Locale.ROOT);
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
            excerpt.append(word);
        }

        Highlight highlight() {
            String text = excerpt.toString();
            StringBuilder snippet = new StringBuilder(text.length() + 13 * marks.size());
            int at = 0;
            for (Highlight.Mark mark : marks) {
                escape(snippet, text, at, mark.start());
                snippet.append("<mark>");
                escape(snippet, text, mark.start(), mark.end());
                snippet.append("</mark>");
                at = mark.end();
            }
            escape(snippet, text, at, text.length());
            return new Highlight(snippet.toString(), List.copyOf(terms), text, List.copyOf(marks));
        }

        private static void escape(StringBuilder out, String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
        }
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
