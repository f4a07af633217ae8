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

    public String description;

    @Column(name = "sort_order")
    public int sortOrder;

    /** Household-level: needs concern the students' households and may name grades outside the school's own. */
    public boolean household;

    @Version
    public long version;
}
