package org.partnermatch.search;

import java.util.Arrays;

/**
 * What the organization search tests of each organization, in arrays by its slot ({@link Slots}), as
 * {@link OfferingColumns} does for offerings: whether anyone may see it, its staff's languages and what its active
 * offerings add up to ({@link Listed.Shelf.Contents}) as masks, and when it last confirmed its profile. Written when
 * the index puts or removes the organization and whenever its shelf changes; the record is read only for what the
 * arrays do not hold (a filter on vetting, leadership, region, community or place, a value numbered 64 or above,
 * the page's rows); an offering filter reads its offerings' slots here and their values from
 * {@link OfferingColumns}. A search reads {@link SearchIndex#organizationColumns()} once, after the text's matches, and
 * the offering columns after it.
 */
public final class OrganizationColumns {

    private static final int APPROVED = 1;
    /** Its staff's languages and its active offerings' values are all numbered below 64: the masks hold them. */
    private static final int NARROW = 2;
    private static final int ACTIVE_VIRTUAL = 4;
    /** Its service regions are all numbered below 64: the region mask holds them. */
    private static final int REGIONS_MASKED = 8;

    private final Listed.Organization[] records;
    private final int[] flags;
    private final long[] staffLanguages;
    private final long[] categories;
    private final long[] timings;
    private final long[] costs;
    private final long[] filed;
    private final long[] filedInEvery;
    private final long[] timingsInEvery;
    private final long[] verified;
    private final long[] regions;
    private final int[][] shelves;

    OrganizationColumns(int capacity) {
        this(new Listed.Organization[capacity], new int[capacity], new long[capacity], new long[capacity],
                new long[capacity], new long[capacity], new long[capacity], new long[capacity], new long[capacity],
                new long[capacity], new long[capacity], new int[capacity][]);
    }

    private OrganizationColumns(Listed.Organization[] records, int[] flags, long[] staffLanguages, long[] categories,
                                long[] timings, long[] costs, long[] filed, long[] filedInEvery, long[] timingsInEvery,
                                long[] verified, long[] regions, int[][] shelves) {
        this.records = records;
        this.flags = flags;
        this.staffLanguages = staffLanguages;
        this.categories = categories;
        this.timings = timings;
        this.costs = costs;
        this.filed = filed;
        this.filedInEvery = filedInEvery;
        this.timingsInEvery = timingsInEvery;
        this.verified = verified;
        this.regions = regions;
        this.shelves = shelves;
    }

    /** These columns with room for slots below {@code capacity} (this one when it has). */
    OrganizationColumns withRoomFor(int capacity) {
        if (capacity <= records.length) {
            return this;
        }
        int n = Math.max(capacity, records.length * 2);
        return new OrganizationColumns(Arrays.copyOf(records, n), Arrays.copyOf(flags, n),
                Arrays.copyOf(staffLanguages, n), Arrays.copyOf(categories, n), Arrays.copyOf(timings, n),
                Arrays.copyOf(costs, n), Arrays.copyOf(filed, n), Arrays.copyOf(filedInEvery, n),
                Arrays.copyOf(timingsInEvery, n), Arrays.copyOf(verified, n), Arrays.copyOf(regions, n),
                Arrays.copyOf(shelves, n));
    }

    /**
     * Writes {@code organization} into its slot with its shelf as it is now (null: empties {@code slot}); the record
     * last, once its values are in.
     */
    void write(int slot, Listed.Organization organization) {
        if (organization == null) {
            records[slot] = null;
            flags[slot] = 0;
            shelves[slot] = null;
            return;
        }
        Listed.Shelf.Contents contents = organization.shelf().contents();
        boolean narrow = contents.narrow() && Listed.fits(organization.staffLanguageIds());
        flags[slot] = (organization.approved() ? APPROVED : 0) | (narrow ? NARROW : 0)
                | (contents.activeVirtual() ? ACTIVE_VIRTUAL : 0)
                | (Listed.fits(organization.regionIds()) ? REGIONS_MASKED : 0);
        regions[slot] = Listed.mask(organization.regionIds());
        staffLanguages[slot] = Listed.mask(organization.staffLanguageIds());
        categories[slot] = contents.categoryMask();
        timings[slot] = contents.timingMask();
        costs[slot] = contents.costMask();
        filed[slot] = contents.filedMask();
        filedInEvery[slot] = contents.filedInEvery();
        timingsInEvery[slot] = contents.timingInEvery();
        verified[slot] = organization.verifiedAt();
        shelves[slot] = contents.slots();
        records[slot] = organization;
    }

    /** The organization now in {@code slot}, or null. */
    public Listed.Organization record(int slot) {
        return records[slot];
    }

    /** See {@link Listed.Organization#approved()}. */
    public boolean approved(int slot) {
        return (flags[slot] & APPROVED) != 0;
    }

    /** Every value of its staff's languages and its active offerings is in the masks. */
    public boolean narrow(int slot) {
        return (flags[slot] & NARROW) != 0;
    }

    /** One of its active offerings is online: it serves every school. */
    public boolean activeVirtual(int slot) {
        return (flags[slot] & ACTIVE_VIRTUAL) != 0;
    }

    /** Its staff's languages as a mask of their numbers (those below 64). */
    public long staffLanguageMask(int slot) {
        return staffLanguages[slot];
    }

    /** See {@link Listed.Shelf.Contents#categoryMask()}. */
    public long categoryMask(int slot) {
        return categories[slot];
    }

    public long timingMask(int slot) {
        return timings[slot];
    }

    public long costMask(int slot) {
        return costs[slot];
    }

    /** See {@link Listed.Shelf.Contents#filedMask()}. */
    public long filedMask(int slot) {
        return filed[slot];
    }

    /** See {@link Listed.Shelf.Contents#filedInEvery()}. */
    public long filedInEvery(int slot) {
        return filedInEvery[slot];
    }

    /** See {@link Listed.Shelf.Contents#timingInEvery()}. */
    public long timingInEvery(int slot) {
        return timingsInEvery[slot];
    }

    /** Its offerings' slots in {@link OfferingColumns}, active or not ({@link Listed.Shelf.Contents#slots()}). */
    public int[] shelf(int slot) {
        return shelves[slot];
    }

    /**
     * Whether it serves the region numbered {@code region} ({@link Listed.Vocabulary#regions()}; -1: one no
     * organization has had), from the mask when it holds all its regions, else from its record.
     */
    public boolean servesRegion(int slot, int region, String name) {
        if ((flags[slot] & REGIONS_MASKED) != 0) {
            return region >= 0 && region < 64 && (regions[slot] & (1L << region)) != 0;
        }
        return Listed.contains(records[slot].serviceRegions(), name);
    }

    /** See {@link Listed.Organization#verifiedAt()}. */
    public long verifiedAt(int slot) {
        return verified[slot];
    }
}
