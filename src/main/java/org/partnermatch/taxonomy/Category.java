package org.partnermatch.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A term of the two-level taxonomy shared by needs and offerings, identified by a stable slug code. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public String name;

    /** The name in other languages (ISO 639 code → name), shown to readers of that language. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "category_name_translation",
            joinColumns = @jakarta.persistence.JoinColumn(name = "category_code"))
    @jakarta.persistence.MapKeyColumn(name = "language")
    @Column(name = "name")
    @org.hibernate.annotations.BatchSize(size = 100)
    public java.util.Map<String, String> nameTranslations = new java.util.TreeMap<>();

    public String description;

    @Column(name = "sort_order")
    public int sortOrder;

    /** Household-level: needs concern the students' households and may name grades outside the school's own. */
    public boolean household;

    @Version
    public long version;
}
