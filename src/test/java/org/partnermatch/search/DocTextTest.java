package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** A document's text, its fingerprint and the Lucene document built from it agree. */
class DocTextTest {

    private static final UUID ID = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");

    @Test
    void theFingerprintIsTheOneTheSavedCopyHoldsForTheDocument() {
        SearchIndex.DocText text = new SearchIndex.DocText(SearchIndex.OFFERING, ID)
                .text("name", "After-school math tutoring")
                .text("description", "   ") // blank: no field
                .text("communities", "Somali · Oromo families")
                .text("languages", null);
        Document doc = text.document();
        assertThat(text.key()).isEqualTo("offering:" + ID);
        // every variant of each non-blank field, nothing for blank or missing text
        List<String> names = new ArrayList<>();
        for (IndexableField field : doc) {
            if (field instanceof TextField) {
                names.add(field.name());
            }
        }
        List<String> expected = new ArrayList<>();
        for (String field : List.of("name", "communities")) {
            for (String variant : SearchAnalyzers.VARIANTS) {
                expected.add(SearchAnalyzers.field(field, variant));
            }
        }
        assertThat(names).isEqualTo(expected);
        // the fingerprint stored with the document is FNV-1a over the key and the first variant's fields, in order
        long hash = fnv(fnv(0xcbf29ce484222325L, "key"), "offering:" + ID);
        hash = fnv(fnv(hash, SearchAnalyzers.field("name", SearchAnalyzers.VARIANTS.get(0))), "After-school math tutoring");
        hash = fnv(fnv(hash, SearchAnalyzers.field("communities", SearchAnalyzers.VARIANTS.get(0))), "Somali · Oromo families");
        assertThat(text.fingerprint()).isEqualTo(hash);
        assertThat(doc.getField("fingerprint").numericValue().longValue()).isEqualTo(hash);
    }

    @Test
    void anyChangeOfTextOrFieldChangesTheFingerprint() {
        long base = new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("name", "Rising Youth").fingerprint();
        assertThat(new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("name", "Rising Youth").fingerprint())
                .isEqualTo(base);
        assertThat(new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("name", "Rising youth").fingerprint())
                .isNotEqualTo(base);
        assertThat(new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("description", "Rising Youth").fingerprint())
                .isNotEqualTo(base);
        assertThat(new SearchIndex.DocText(SearchIndex.OFFERING, ID).text("name", "Rising Youth").fingerprint())
                .isNotEqualTo(base);
        // field boundaries count: "ab" + "c" is not "a" + "bc"
        assertThat(new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("name", "ab").text("description", "c").fingerprint())
                .isNotEqualTo(new SearchIndex.DocText(SearchIndex.ORGANIZATION, ID).text("name", "a").text("description", "bc").fingerprint());
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ (0x10000L + text.length())) * 0x100000001b3L;
    }
}
