package org.partnermatch.hsds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The district's decision about one HSDS taxonomy term: which PartnerMatch category it means, or none (known and
 * deliberately left out). {@code taxonomy} '' matches a term of any taxonomy; both keys are stored in lower case.
 */
@Entity
@Table(name = "hsds_term_mapping")
@IdClass(HsdsTermMapping.Key.class)
public class HsdsTermMapping {

    @Id
    public String taxonomy;

    @Id
    public String term;

    @Column(name = "category_code")
    public String categoryCode;

    /** The composite key (taxonomy, term). */
    public static class Key implements Serializable {

        public String taxonomy;
        public String term;

        public Key() {
        }

        public Key(String taxonomy, String term) {
            this.taxonomy = taxonomy;
            this.term = term;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(taxonomy, key.taxonomy) && Objects.equals(term, key.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taxonomy, term);
        }
    }
}
