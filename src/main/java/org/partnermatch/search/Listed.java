package org.partnermatch.search;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a search filters, counts and orders by, for each offering and organization: held in memory beside their
 * Lucene documents ({@link SearchIndex}), read from the same rows and replaced with them. The offering and
 * organization searches run every filter, facet count and order over these, so PostgreSQL serves only a page's rows.
 */
public final class Listed {

    private Listed() {
    }

    /** What orders hits: the id, the name (and lower-cased, {@code sortName}) and the last update. */
    public interface Record {
        UUID id();

        String name();

        String sortName();

        Instant updatedAt();
    }

    /**
     * A record the index holds, with the fingerprint of its document's text ({@link SearchIndex#fingerprinted}) and
     * the slot its id keeps in the index ({@link Slots}): what a text found names slots, read as the record now held
     * in them, so a change that leaves the text as it was replaces the record but not the document.
     */
    public abstract static class Held implements Record {
        private final long text;
        private int slot = -1;

        Held(long text) {
            this.text = text;
        }

        /** The fingerprint of its document's text. */
        public long text() {
            return text;
        }

        /** Its id's slot in the index ({@link Slots}); set as the index puts it, before anyone else can read it. */
        public int slot() {
            return slot;
        }

        void slot(int slot) {
            this.slot = slot;
        }
    }

    /** Accents, as {@link #sortName} drops them. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A name as names are ordered: lower-cased, accents dropped ("Ávila" among the A's, not after Z). */
    public static String sortName(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * An offering as searches see it, with its organization's record. Beside its values, what a search tests for
     * each hit is held in its own fields (one object to read per hit): its facet values as bit masks of their numbers
     * ({@link FacetValues}) when all are numbered below 64 ({@code narrow}, nearly always; {@code filedMask}: its own
     * categories, {@code categoryMask}: those and their parents), whether anyone may see it, and when it was last
     * confirmed.
     */
    public static final class Offering extends Held {
        private final UUID id;
        private final UUID organizationId;
        private final Organization organization;
        private final String name;
        private final String sortName;
        private final Instant updatedAt;
        private final boolean active;
        private final String[] categories;
        private final String[] languages;
        private final String[] timings;
        private final String cost;
        private final String modality;
        private final int gradeLow;
        private final int gradeHigh;
        private final Instant lastVerified;
        private final FacetIds facets;
        private final int[] filedIds;
        private final long filedMask;
        private final long categoryMask;
        private final long languageMask;
        private final long timingMask;
        private final boolean narrow;
        private final boolean visible;
        private final long confirmedAt;
        private final int costId;

        public Offering(UUID id, UUID organizationId, Organization organization, String name, Instant updatedAt,
                        boolean active, String[] categories, String[] languages, String[] timings, String cost,
                        String modality, int gradeLow, int gradeHigh, Instant lastVerified, FacetIds facets,
                        int[] filedIds, long text) {
            super(text);
            this.id = id;
            this.organizationId = organizationId;
            this.organization = organization;
            this.name = name;
            this.sortName = Listed.sortName(name);
            this.updatedAt = updatedAt;
            this.active = active;
            this.categories = categories;
            this.languages = languages;
            this.timings = timings;
            this.cost = cost;
            this.modality = modality;
            this.gradeLow = gradeLow;
            this.gradeHigh = gradeHigh;
            this.lastVerified = lastVerified;
            this.facets = facets;
            this.filedIds = filedIds;
            this.filedMask = mask(filedIds);
            this.categoryMask = mask(facets.categories());
            this.languageMask = mask(facets.languages());
            this.timingMask = mask(facets.timings());
            this.narrow = fits(filedIds) && fits(facets.categories()) && fits(facets.languages())
                    && fits(facets.timings());
            this.visible = active && organization != null && organization.approved();
            long own = lastVerified == null ? Long.MAX_VALUE : lastVerified.toEpochMilli();
            this.confirmedAt = organization == null ? own : Math.min(own, organization.verifiedAt());
            this.costId = facets.cost();
        }

        /** The same offering with its organization's record. */
        public Offering of(Organization organization) {
            return new Offering(id, organizationId, organization, name, updatedAt, active, categories, languages,
                    timings, cost, modality, gradeLow, gradeHigh, lastVerified, facets, filedIds, text());
        }

        @Override
        public UUID id() {
            return id;
        }

        public UUID organizationId() {
            return organizationId;
        }

        public Organization organization() {
            return organization;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String sortName() {
            return sortName;
        }

        @Override
        public Instant updatedAt() {
            return updatedAt;
        }

        public boolean active() {
            return active;
        }

        /** The codes of the categories it is filed under. */
        public String[] categories() {
            return categories;
        }

        public String[] languages() {
            return languages;
        }

        public String[] timings() {
            return timings;
        }

        public String cost() {
            return cost;
        }

        public String modality() {
            return modality;
        }

        public FacetIds facets() {
            return facets;
        }

        public long filedMask() {
            return filedMask;
        }

        /** The numbers of the categories it is filed under itself ({@link Facets#CATEGORY}'s values). */
        public int[] filedIds() {
            return filedIds;
        }

        public long categoryMask() {
            return categoryMask;
        }

        public long languageMask() {
            return languageMask;
        }

        public long timingMask() {
            return timingMask;
        }

        public int costId() {
            return costId;
        }

        public int gradeLow() {
            return gradeLow;
        }

        public int gradeHigh() {
            return gradeHigh;
        }

        /** When its organization last confirmed it (null: never). */
        public Instant lastVerified() {
            return lastVerified;
        }

        /** Every facet value numbered below 64: the masks hold them all. */
        public boolean narrow() {
            return narrow;
        }

        /** Active, of an approved organization: anyone may see it. */
        public boolean visible() {
            return visible;
        }

        /**
         * When it was last confirmed, in epoch milliseconds: by its organization or for itself, whichever is older
         * ({@link Long#MAX_VALUE}: never).
         */
        public long confirmedAt() {
            return confirmedAt;
        }

        /** Filed under one of {@code codes} (already expanded to their subcategories). */
        public boolean filedUnder(String[] codes) {
            for (String code : categories) {
                if (contains(codes, code)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An offering's facet values by number ({@link FacetValues}): its categories and their parents, languages,
     * timings and cost.
     */
    public record FacetIds(int[] categories, int[] languages, int[] timings, int cost) {
    }

    static long mask(int[] ids) {
        long mask = 0;
        for (int id : ids) {
            if (id < 64) {
                mask |= 1L << id;
            }
        }
        return mask;
    }

    static boolean fits(int[] ids) {
        for (int id : ids) {
            if (id >= 64) {
                return false;
            }
        }
        return true;
    }

    /** The numbered values of the four facets, in {@link Facets}' order, and of the regions organizations serve. */
    public static final class Vocabulary {
        private final FacetValues[] facets = {new FacetValues(), new FacetValues(), new FacetValues(), new FacetValues()};
        private final FacetValues regions = new FacetValues();

        public FacetValues facet(int facet) {
            return facets[facet];
        }

        /** The regions organizations serve ({@code service_regions}), numbered as a facet's values are. */
        public FacetValues regions() {
            return regions;
        }
    }

    /**
     * An organization's offerings, active or not, as one array replaced whole on each change: its records come and
     * go, the shelf stays with the organization.
     */
    public static final class Shelf {

        private volatile Contents contents = Contents.of(new Offering[0]);

        public Offering[] offerings() {
            return contents.offerings();
        }

        /** Its offerings with what the active ones add up to, read together. */
        public Contents contents() {
            return contents;
        }

        synchronized void put(Offering offering) {
            Offering[] current = contents.offerings();
            for (int i = 0; i < current.length; i++) {
                if (current[i].id().equals(offering.id())) {
                    Offering[] replaced = current.clone();
                    replaced[i] = offering;
                    contents = Contents.of(replaced);
                    return;
                }
            }
            Offering[] grown = java.util.Arrays.copyOf(current, current.length + 1);
            grown[current.length] = offering;
            contents = Contents.of(grown);
        }

        synchronized void remove(UUID id) {
            contents = Contents.of(java.util.Arrays.stream(contents.offerings()).filter(o -> !o.id().equals(id))
                    .toArray(Offering[]::new));
        }

        /**
         * An organization's offerings (active or not), and its active ones taken together: whether any is virtual,
         * and the union of their category, timing and cost facet values as masks, so a search without offering
         * filters reads these and no offering; with the union of the categories they are filed under and the
         * categories and timings every one of them has ({@code filedInEvery}, {@code timingInEvery}; none when none
         * is active), so a search filtering on them can often tell from the masks that all of them pass a filter, or
         * none ({@link Wanted#shelfFails}). {@code narrow}: every facet value of its active offerings (languages
         * too) is numbered below 64, so the masks hold them all; otherwise a search walks the offerings. {@code slots}:
         * theirs, in the same order ({@link OfferingColumns}).
         */
        public record Contents(Offering[] offerings, int[] slots, boolean activeVirtual, boolean narrow,
                               long categoryMask, long timingMask, long costMask, long filedMask, long filedInEvery,
                               long timingInEvery) {

            static Contents of(Offering[] offerings) {
                boolean virtual = false;
                boolean narrow = true;
                long categories = 0;
                long timings = 0;
                long costs = 0;
                long filed = 0;
                long filedInEvery = -1L;
                long timingInEvery = -1L;
                boolean anyActive = false;
                for (Offering offering : offerings) {
                    if (!offering.active()) {
                        continue;
                    }
                    anyActive = true;
                    virtual |= org.partnermatch.vocabulary.Modality.virtual.name().equals(offering.modality());
                    int cost = offering.costId();
                    narrow &= offering.narrow() && cost >= 0 && cost < 64;
                    categories |= offering.categoryMask();
                    timings |= offering.timingMask();
                    filed |= offering.filedMask();
                    filedInEvery &= offering.filedMask();
                    timingInEvery &= offering.timingMask();
                    if (cost >= 0 && cost < 64) {
                        costs |= 1L << cost;
                    }
                }
                int[] slots = new int[offerings.length];
                for (int i = 0; i < offerings.length; i++) {
                    slots[i] = offerings[i].slot();
                }
                return new Contents(offerings, slots, virtual, narrow, categories, timings, costs, filed,
                        anyActive ? filedInEvery : 0, anyActive ? timingInEvery : 0);
            }
        }
    }

    /** An organization as searches see it; {@code communities} lower-cased. */
    public static final class Organization extends Held {
        private final UUID id;
        private final String name;
        private final String sortName;
        private final Instant updatedAt;
        private final String vettingStatus;
        private final String[] leadership;
        private final String[] staffLanguages;
        private final Set<String> communities;
        private final String[] serviceRegions;
        private final Double latitude;
        private final Double longitude;
        private final Double serviceRadiusKm;
        private final Instant lastVerified;
        private final int[] staffLanguageIds;
        private final int[] regionIds;
        private final Shelf shelf;

        public Organization(UUID id, String name, String sortName, Instant updatedAt, String vettingStatus,
                            String[] leadership, String[] staffLanguages, Set<String> communities,
                            String[] serviceRegions, Double latitude, Double longitude, Double serviceRadiusKm,
                            Instant lastVerified, int[] staffLanguageIds, int[] regionIds, Shelf shelf, long text) {
            super(text);
            this.id = id;
            this.name = name;
            this.sortName = sortName;
            this.updatedAt = updatedAt;
            this.vettingStatus = vettingStatus;
            this.leadership = leadership;
            this.staffLanguages = staffLanguages;
            this.communities = communities;
            this.serviceRegions = serviceRegions;
            this.latitude = latitude;
            this.longitude = longitude;
            this.serviceRadiusKm = serviceRadiusKm;
            this.lastVerified = lastVerified;
            this.staffLanguageIds = staffLanguageIds;
            this.regionIds = regionIds;
            this.shelf = shelf;
        }

        @Override
        public UUID id() {
            return id;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String sortName() {
            return sortName;
        }

        @Override
        public Instant updatedAt() {
            return updatedAt;
        }

        public String vettingStatus() {
            return vettingStatus;
        }

        public String[] leadership() {
            return leadership;
        }

        public String[] staffLanguages() {
            return staffLanguages;
        }

        public String[] serviceRegions() {
            return serviceRegions;
        }

        public Double latitude() {
            return latitude;
        }

        public Double longitude() {
            return longitude;
        }

        public int[] staffLanguageIds() {
            return staffLanguageIds;
        }

        /** Its service regions' numbers ({@link Vocabulary#regions()}). */
        public int[] regionIds() {
            return regionIds;
        }

        public Shelf shelf() {
            return shelf;
        }

        /** The communities it serves, lower-cased. */
        public Set<String> communities() {
            return communities;
        }

        public Double serviceRadiusKm() {
            return serviceRadiusKm;
        }

        /** When it last confirmed its profile (null: never). */
        public Instant lastVerified() {
            return lastVerified;
        }

        /** When it last confirmed its profile, in epoch milliseconds ({@link Long#MAX_VALUE}: never). */
        public long verifiedAt() {
            return lastVerified == null ? Long.MAX_VALUE : lastVerified.toEpochMilli();
        }

        public boolean approved() {
            return "approved".equals(vettingStatus);
        }

        /** Declares {@code community} among the communities it serves, in any case. */
        public boolean serves(String community) {
            return communities.contains(community.toLowerCase(Locale.ROOT));
        }

        /** Its distance in km from {@code point}, or null when either is unknown. */
        public Double distanceKm(GeoPoint point) {
            return point == null || latitude == null || longitude == null ? null
                    : GeoPoint.distanceKm(latitude, longitude, point.latitude(), point.longitude());
        }

        /** Located within {@code radiusKm} of {@code point}. */
        public boolean within(GeoPoint point, double radiusKm) {
            Double distance = distanceKm(point);
            return distance != null && distance <= radiusKm;
        }

        /**
         * Its service area holds the school: the school's region is one of its service regions, or the school lies
         * within its service radius of its location. The same rule matching uses.
         */
        public boolean servesSchool(ServedSchool school) {
            if (school.region() != null && contains(serviceRegions, school.region())) {
                return true;
            }
            return school.hasLocation() && serviceRadiusKm != null && latitude != null && longitude != null
                    && GeoPoint.distanceKm(latitude, longitude, school.latitude(), school.longitude()) <= serviceRadiusKm;
        }
    }

    public static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
