package org.partnermatch.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A region of the district ("Southeast"): the vocabulary schools and organizations pick from. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    public UUID id;

    /** Unique whatever the case; schools and organizations store this spelling. */
    public String name;

    /** Five-digit ZIP codes that lie in the region; a ZIP code belongs to at most one region. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_zip_code", joinColumns = @JoinColumn(name = "region_id"))
    @Column(name = "postal_code")
    public Set<String> zipCodes = new TreeSet<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
