package org.partnermatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the database marked into a {@link Highlight}: HTML-escaped text with {@code <mark>} around matches.
 * PostgreSQL's {@code ts_headline} marks full-text matches with two control characters (never HTML, so a name
 * holding markup cannot inject any); names found by resemblance are marked here, word by word.
 */
public final class Highlights {

    static final char START = '\u0001';
    static final char STOP = '\u0002';

    /** Options for {@code ts_headline}: up to two short fragments, marked with the sentinels. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \"";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Highlights() {
    }

    /** The highlight of a {@code ts_headline} result (null when there is none). */
    public static Highlight fromHeadline(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder snippet = new StringBuilder();
        List<String> terms = new ArrayList<>();
        StringBuilder marked = null;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START) {
                snippet.append("<mark>");
                marked = new StringBuilder();
            } else if (c == STOP) {
                snippet.append("</mark>");
                if (marked != null) {
                    addTerm(terms, marked.toString());
                }
                marked = null;
            } else {
                escape(snippet, c);
                if (marked != null) {
                    marked.append(c);
                }
            }
        }
        return new Highlight(snippet.toString().strip(), terms);
    }

    /**
     * The highlight of a hit found by resemblance: {@code text} with each word marked that is close to a word of
     * the search (same start, or one edit away — two for long words — counting a swap of neighbours as one).
     */
    public static Highlight resembling(String text, List<String> words) {
        StringBuilder snippet = new StringBuilder();
        List<String> terms = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int last = 0;
        while (matcher.find()) {
            escape(snippet, text.substring(last, matcher.start()));
            String word = matcher.group();
            if (resembles(word.toLowerCase(Locale.ROOT), words)) {
                snippet.append("<mark>");
                escape(snippet, word);
                snippet.append("</mark>");
                addTerm(terms, word);
            } else {
                escape(snippet, word);
            }
            last = matcher.end();
        }
        escape(snippet, text.substring(last));
        return new Highlight(snippet.toString(), terms);
    }

    static boolean resembles(String candidate, List<String> words) {
        for (String word : words) {
            if (candidate.length() >= SearchText.MIN_PREFIX_LENGTH && word.length() >= SearchText.MIN_PREFIX_LENGTH
                    && candidate.startsWith(word)) {
                return true;
            }
            if (word.length() >= SearchText.MIN_FUZZY_LENGTH
                    && editDistance(candidate, word) <= (word.length() >= 8 ? 2 : 1)) {
                return true;
            }
        }
        return false;
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

    private static void addTerm(List<String> terms, String term) {
        String normalized = term.strip().toLowerCase(Locale.ROOT);
        if (!normalized.isEmpty() && !terms.contains(normalized)) {
            terms.add(normalized);
        }
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            escape(out, text.charAt(i));
        }
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                if (c >= ' ' || c == '\n' || c == '\t') {
                    out.append(c);
                }
            }
        }
    }
}
