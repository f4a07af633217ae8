package org.partnermatch.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ProblemException;
import org.partnermatch.hsds.HsdsImportDtos.TermMapping;
import org.partnermatch.hsds.HsdsImportDtos.TermMappingEntry;
import org.partnermatch.taxonomy.TaxonomyService;

/**
 * The district's mapping of HSDS taxonomy terms to PartnerMatch categories, and the one rule that resolves a term:
 * PartnerMatch's own category terms mean their category; otherwise the mapping row for the term's taxonomy, then a
 * row for any taxonomy, each by the term's code and then its name.
 */
@ApplicationScoped
public class HsdsTermMappingService {

    private final HsdsTermMappingRepository mappings;
    private final TaxonomyService taxonomy;
    private final AuditService audit;

    public HsdsTermMappingService(HsdsTermMappingRepository mappings, TaxonomyService taxonomy, AuditService audit) {
        this.mappings = mappings;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    /** What a term resolved to: a category, deliberately none (ignored), or nothing known (unmapped). */
    public record Resolution(String category, boolean known) {

        static final Resolution UNMAPPED = new Resolution(null, false);
        static final Resolution IGNORED = new Resolution(null, true);
    }

    /** The mapping as one import reads it: loaded once, then looked up in memory. */
    public static final class Lookup {

        private final Map<String, String> categoryByKey;
        private final Set<String> categories;

        Lookup(Map<String, String> categoryByKey, Set<String> categories) {
            this.categoryByKey = categoryByKey;
            this.categories = categories;
        }

        public boolean isCategory(String code) {
            return categories.contains(code);
        }

        public Resolution resolve(String termTaxonomy, String code, String name) {
            String tax = lower(termTaxonomy);
            if (HsdsVocabulary.CATEGORY_TAXONOMY.toLowerCase(Locale.ROOT).equals(tax) && categories.contains(code)) {
                return new Resolution(code, true);
            }
            for (String scope : tax.isEmpty() ? List.of("") : List.of(tax, "")) {
                for (String term : new String[] {lower(code), lower(name)}) {
                    String key = scope + "\u0000" + term;
                    if (!term.isEmpty() && categoryByKey.containsKey(key)) {
                        String category = categoryByKey.get(key);
                        return category == null ? Resolution.IGNORED : new Resolution(category, true);
                    }
                }
            }
            return Resolution.UNMAPPED;
        }
    }

    @Transactional
    public TermMapping current() {
        List<TermMappingEntry> entries = mappings.list("order by taxonomy, term").stream()
                .map(m -> new TermMappingEntry(m.taxonomy.isEmpty() ? null : m.taxonomy, m.term, m.categoryCode))
                .toList();
        return new TermMapping(entries);
    }

    /** Replaces the whole mapping (district staff). Unknown categories and terms given twice are 400s naming the entry. */
    @Transactional
    public TermMapping replace(TermMapping request) {
        Set<String> categories = taxonomy.names().keySet();
        Set<String> seen = new HashSet<>();
        List<HsdsTermMapping> rows = new ArrayList<>();
        for (int i = 0; i < request.terms().size(); i++) {
            TermMappingEntry entry = request.terms().get(i);
            if (entry.category() != null && !categories.contains(entry.category())) {
                throw ProblemException.badRequest("terms[" + i + "].category", "unknown category '" + entry.category()
                        + "'; see GET /api/v1/categories");
            }
            HsdsTermMapping row = new HsdsTermMapping();
            row.taxonomy = lower(entry.taxonomy());
            row.term = lower(entry.term());
            row.categoryCode = entry.category();
            if (!seen.add(row.taxonomy + "\u0000" + row.term)) {
                throw ProblemException.badRequest("terms[" + i + "].term", "'" + entry.term() + "' is mapped twice"
                        + (row.taxonomy.isEmpty() ? "" : " in taxonomy '" + entry.taxonomy() + "'"));
            }
            rows.add(row);
        }
        TermMapping before = current();
        mappings.deleteAll();
        // The bulk delete bypasses the persistence context: forget the rows read above before adding their successors.
        mappings.getEntityManager().clear();
        mappings.persist(rows);
        mappings.flush();
        TermMapping after = current();
        audit.record("hsds.term_mapping.replaced", "hsds_term_mapping", "all", before, after);
        return after;
    }

    /** The mapping for one import. */
    @Transactional
    public Lookup lookup() {
        Map<String, String> byKey = new HashMap<>();
        for (HsdsTermMapping m : mappings.listAll()) {
            byKey.put(m.taxonomy + "\u0000" + m.term, m.categoryCode);
        }
        return new Lookup(byKey, Set.copyOf(taxonomy.names().keySet()));
    }

    static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
