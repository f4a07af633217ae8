package org.partnermatch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The three ways every text field is indexed and every search word is read: {@link #ENGLISH} (stop words dropped,
 * Porter-stemmed: "tutors" and "tutoring" meet at "tutor"), {@link #SPANISH} (Spanish stop words, light Spanish
 * stemming, accents folded: "tareas" and "tarea" meet) and {@link #RAW} (lower-cased, accents folded, unstemmed: for
 * prefixes and typo tolerance, which work on the words as written).
 */
public final class SearchAnalyzers {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    public static final String RAW = "raw";
    public static final List<String> VARIANTS = List.of(ENGLISH, SPANISH, RAW);

    static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    static final CharArraySet SPANISH_STOP = SpanishAnalyzer.getDefaultStopSet();

    private static final Analyzer ENGLISH_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, ENGLISH_STOP);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private static final Analyzer SPANISH_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, SPANISH_STOP);
            result = new SpanishLightStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private static final Analyzer RAW_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private SearchAnalyzers() {
    }

    /** The analyzer of a variant. */
    public static Analyzer of(String variant) {
        return switch (variant) {
            case ENGLISH -> ENGLISH_ANALYZER;
            case SPANISH -> SPANISH_ANALYZER;
            default -> RAW_ANALYZER;
        };
    }

    /** The field of {@code field} indexed by {@code variant}. */
    public static String field(String field, String variant) {
        return field + "_" + variant;
    }

    /** An analyzer for documents whose text fields are named {@code <field>_<variant>}. */
    static Analyzer perField(List<String> fields) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (String field : fields) {
            for (String variant : VARIANTS) {
                analyzers.put(field(field, variant), of(variant));
            }
        }
        return new PerFieldAnalyzerWrapper(RAW_ANALYZER, analyzers);
    }

    /** A token of analysed text: its term and where it stands in the text. */
    public record Token(String term, int start, int end) {
    }

    /** {@code text} analysed by {@code variant}. */
    public static List<Token> tokens(String variant, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = of(variant).tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return tokens;
    }

    /** The terms of {@code text} analysed by {@code variant}. */
    public static List<String> terms(String variant, String text) {
        return tokens(variant, text).stream().map(Token::term).toList();
    }

    /**
     * Words of a search that say nothing about what is looked for: function words, as PostgreSQL's english list has
     * them ("after school music" looks for school and music; the timing filter says when).
     */
    static final CharArraySet QUERY_STOP = new CharArraySet(java.util.List.of("after", "before", "during", "about",
            "all", "any", "some", "from", "up", "out", "over", "under", "again", "once", "here", "there", "when", "where",
            "why", "how", "more", "most", "other", "own", "same", "so", "than", "too", "very", "can", "just", "should",
            "now", "i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "its", "what", "which",
            "who", "whom", "am", "were", "been", "being", "have", "has", "had", "do", "does", "did", "would", "could"),
            false);

    /** Whether a word of a search is a stop word in English or Spanish (it says nothing about what is looked for). */
    static boolean isStopWord(String word) {
        return ENGLISH_STOP.contains(word) || SPANISH_STOP.contains(word) || QUERY_STOP.contains(word);
    }
}
