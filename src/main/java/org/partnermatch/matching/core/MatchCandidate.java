package org.partnermatch.matching.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;

/**
 * An offering together with its organization, with everything the hot scoring loop needs computed once: the cheap
 * hard constraints as plain fields, interned category codes with their hashes and bits, the service area in
 * radians, text stems as sorted 64-bit keys tagged with their credit, languages as keys tagged with who speaks them
 * (offering, staff, communities named), the timing bit mask, and what depends on the candidate alone (track
 * record, leadership).
 *
 * <p>Build one per offering with {@link #of} when the candidate index is loaded, and rebuild it when the offering
 * or its organization changes. Immutable and thread-safe. Not a record on purpose: its derived fields must always
 * agree with the offering and organization, so only the factory can build one.
 */
public final class MatchCandidate {

    /** Credit for a need key word found in the offering's name. */
    static final double NAME_CREDIT = 1.0;
    /** Credit for a need key word found in the offering's description. */
    static final double OFFERING_TEXT_CREDIT = 0.8;
    /** Credit for a need key word found in the organization's description or communities served. */
    static final double ORGANIZATION_TEXT_CREDIT = 0.6;

    static final int TERM_FLAG_BITS = 2;
    static final long TIER_ORGANIZATION = 1;
    static final long TIER_OFFERING = 2;
    static final long TIER_NAME = 3;

    static final int LANGUAGE_FLAG_BITS = 3;
    static final long OFFERED_IN = 1;
    static final long STAFF_SPEAK = 2;
    static final long COMMUNITY_NAMED = 4;
    /** The language is spoken with the students: offered in it, or the staff speak it. */
    static final long SPOKEN = OFFERED_IN | STAFF_SPEAK;
    /** The language is shared with the families: the staff speak it, or a community served is named by it. */
    static final long SHARED = STAFF_SPEAK | COMMUNITY_NAMED;

    private final OfferingProfile offering;
    private final OrganizationProfile organization;
    private final OrganizationPart part;

    // hard constraints, cheapest first
    /** approved, active and with capacity left, folded into one flag. */
    private final boolean open;
    private final int gradeLow;
    private final int gradeHigh;
    private final String[] categories;
    private final int[] categoryHashes;
    /** One bit per category (hash mod 64): a quick "certainly not" before comparing codes. */
    private final long categoryBits;
    private final Modality modality;
    private final boolean hasLocation;
    private final double latRad;
    private final double lonRad;
    private final double cosLat;
    /** Radius in km, or 0 when the organization has no usable radius. */
    private final double radiusKm;

    // soft factors
    /**
     * Text stems as sorted keys, each with its credit tier in the low 2 bits ({@link #TIER_ORGANIZATION},
     * {@link #TIER_OFFERING}, {@link #TIER_NAME}): one array, read sequentially.
     */
    private final long[] terms;
    /** {@link Keys#signatureBit} of every term key ORed: most need words are ruled out by one AND, without a search. */
    private final long termSignature;
    /**
     * Languages as keys with flags in the low 3 bits: {@link #OFFERED_IN}, {@link #STAFF_SPEAK},
     * {@link #COMMUNITY_NAMED}. One small array serves the languages factor and cultural fit.
     */
    private final long[] languages;
    /**
     * Signatures ({@link Keys#signatureBit}) of the languages with {@link #OFFERED_IN} or {@link #STAFF_SPEAK}, and of
     * those with {@link #STAFF_SPEAK} or {@link #COMMUNITY_NAMED}: a need's language whose bit is missing is certainly
     * not spoken (or shared), so most pairs skip the look-up.
     */
    private final long spokenSignature;
    private final long sharedSignature;
    private final int timingMask;
    private final int timingCount;
    private final double trackRecordScore;
    private final double responsivenessScore;
    private final boolean communityLed;
    private final boolean anyLeadership;

    /** The older of the offering's and the organization's last confirmation; null when neither is known. */
    private final Instant confirmedAt;
    /** Confirmed before the overdue cutoff the candidate was built with: ranked lower, and told so. */
    private final boolean overdue;

    /**
     * What a candidate takes from its organization alone (its regions, its communities' word grams, the stems of its
     * description and communities, the languages its staff speak and its communities name), worked out once and
     * shared by the candidates of all its offerings. Immutable.
     */
    public static final class OrganizationPart {
        private final OrganizationProfile organization;
        private final Set<String> regionsLower;
        private final List<Set<String>> gramsByPhrase;
        /** The stems of its description, then of its communities served, in that order. */
        private final List<String> terms;
        private final List<String> communityLanguages;

        private OrganizationPart(OrganizationProfile organization) {
            this.organization = organization;
            Set<String> regions = new HashSet<>();
            for (String r : organization.serviceRegions()) {
                regions.add(r.toLowerCase(Locale.ROOT));
            }
            this.regionsLower = Set.copyOf(regions);
            List<String> stems = new ArrayList<>(Terms.of(organization.description()));
            for (String phrase : organization.communitiesServed()) {
                stems.addAll(Terms.of(phrase));
            }
            this.terms = List.copyOf(stems);
            Set<String> grams = new HashSet<>();
            List<Set<String>> byPhrase = new ArrayList<>();
            for (String phrase : organization.communitiesServed()) {
                Set<String> g = CommunityWords.grams(phrase);
                grams.addAll(g);
                byPhrase.add(Set.copyOf(g));
            }
            this.gramsByPhrase = List.copyOf(byPhrase);
            this.communityLanguages = List.copyOf(CommunityWords.languagesNamedBy(grams));
        }

        /** The part of {@code organization}, for every candidate of its offerings. */
        public static OrganizationPart of(OrganizationProfile organization) {
            return new OrganizationPart(Objects.requireNonNull(organization, "organization"));
        }

        public OrganizationProfile organization() {
            return organization;
        }
    }

    private MatchCandidate(OfferingProfile offering, OrganizationPart part, Instant overdueBefore) {
        OrganizationProfile organization = part.organization;
        this.part = part;
        this.offering = offering;
        this.organization = organization;
        this.confirmedAt = older(offering.lastVerifiedAt(), organization.lastVerifiedAt());
        this.overdue = overdueBefore != null && confirmedAt != null && confirmedAt.isBefore(overdueBefore);

        this.open = organization.approved() && offering.active() && offering.capacityRemaining() > 0;
        this.gradeLow = offering.gradeLow();
        this.gradeHigh = offering.gradeHigh();
        this.categories = Normalize.sorted(offering.categories());
        this.categoryHashes = new int[categories.length];
        long bits = 0;
        for (int i = 0; i < categories.length; i++) {
            // interned: the candidate pool compares category codes by reference, without touching the strings
            categories[i] = categories[i].intern();
            categoryHashes[i] = categories[i].hashCode();
            bits |= categoryBit(categoryHashes[i]);
        }
        this.categoryBits = bits;
        this.modality = offering.modality();
        this.hasLocation = organization.hasLocation();
        this.latRad = hasLocation ? Math.toRadians(organization.latitude()) : Double.NaN;
        this.lonRad = hasLocation ? Math.toRadians(organization.longitude()) : Double.NaN;
        this.cosLat = Math.cos(latRad);
        this.radiusKm = organization.hasServiceRadius() ? organization.serviceRadiusKm() : 0.0;

        // the best credit tier each stem earns: the offering's name counts most, the organization's own words least
        Map<String, Long> tier = new HashMap<>();
        for (String t : part.terms) {
            tier.put(t, TIER_ORGANIZATION);
        }
        for (String t : Terms.of(offering.description())) {
            tier.put(t, TIER_OFFERING);
        }
        for (String t : Terms.of(offering.name())) {
            tier.put(t, TIER_NAME);
        }
        this.terms = new long[tier.size()];
        int at = 0;
        for (Map.Entry<String, Long> e : tier.entrySet()) {
            terms[at++] = Keys.masked(e.getKey(), TERM_FLAG_BITS) | e.getValue();
        }
        Arrays.sort(terms);
        long signature = 0;
        for (long entry : terms) {
            signature |= Keys.signatureBit(entry);
        }
        this.termSignature = signature;

        this.timingMask = Normalize.mask(offering.timings());
        this.timingCount = offering.timings().size();

        Map<Long, Long> flags = new HashMap<>();
        for (String code : offering.languages()) {
            flags.merge(Keys.masked(code, LANGUAGE_FLAG_BITS), OFFERED_IN, (a, b) -> a | b);
        }
        for (String code : organization.staffLanguages()) {
            flags.merge(Keys.masked(code, LANGUAGE_FLAG_BITS), STAFF_SPEAK, (a, b) -> a | b);
        }
        for (String code : part.communityLanguages) {
            flags.merge(Keys.masked(code, LANGUAGE_FLAG_BITS), COMMUNITY_NAMED, (a, b) -> a | b);
        }
        this.languages = new long[flags.size()];
        at = 0;
        long spoken = 0;
        long shared = 0;
        for (Map.Entry<Long, Long> e : flags.entrySet()) {
            languages[at++] = e.getKey() | e.getValue();
            if ((e.getValue() & SPOKEN) != 0) {
                spoken |= Keys.signatureBit(e.getKey());
            }
            if ((e.getValue() & SHARED) != 0) {
                shared |= Keys.signatureBit(e.getKey());
            }
        }
        Arrays.sort(languages);
        this.spokenSignature = spoken;
        this.sharedSignature = shared;

        this.trackRecordScore = organization.trackRecord().score();
        this.responsivenessScore = organization.responsiveness().score();
        boolean led = false;
        for (Leadership l : organization.leadership()) {
            led |= l.isCommunity();
        }
        this.communityLed = led;
        this.anyLeadership = !organization.leadership().isEmpty();
    }

    /**
     * Prepares an offering and its organization for scoring.
     *
     * @throws IllegalArgumentException when the offering belongs to another organization
     */
    public static MatchCandidate of(OfferingProfile offering, OrganizationProfile organization) {
        return of(offering, organization, null);
    }

    /**
     * Prepares an offering and its organization for scoring, as of an overdue cutoff: when the offering or its
     * organization was last confirmed before {@code overdueBefore}, the candidate is {@linkplain #overdue() overdue}
     * (ranked lower, see {@link OverduePenalty}). A null cutoff counts nothing as overdue. The cutoff moves with the
     * clock, so the caller rebuilds a candidate when it crosses {@link #overdueFrom}.
     *
     * @throws IllegalArgumentException when the offering belongs to another organization
     */
    public static MatchCandidate of(OfferingProfile offering, OrganizationProfile organization,
            Instant overdueBefore) {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(organization, "organization");
        return of(offering, OrganizationPart.of(organization), overdueBefore);
    }

    /**
     * As {@link #of(OfferingProfile, OrganizationProfile, Instant)}, with its organization's part worked out once
     * for all of the organization's offerings.
     *
     * @throws IllegalArgumentException when the offering belongs to another organization
     */
    public static MatchCandidate of(OfferingProfile offering, OrganizationPart organization, Instant overdueBefore) {
        Objects.requireNonNull(offering, "offering");
        if (!offering.organizationId().equals(organization.organization.id())) {
            throw new IllegalArgumentException("offering " + offering.id() + " belongs to organization "
                    + offering.organizationId() + ", not to " + organization.organization.id());
        }
        return new MatchCandidate(offering, organization, overdueBefore);
    }

    /** Its organization's part, which the candidates of the organization's other offerings can share. */
    public OrganizationPart organizationPart() {
        return part;
    }

    private static Instant older(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** The older of the offering's and the organization's last confirmation; null when neither is known. */
    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** Whether the listing was last confirmed before the overdue cutoff this candidate was built with. */
    public boolean overdue() {
        return overdue;
    }

    public OfferingProfile offering() {
        return offering;
    }

    public OrganizationProfile organization() {
        return organization;
    }

    boolean open() {
        return open;
    }

    boolean approved() {
        return organization.approved();
    }

    boolean active() {
        return offering.active();
    }

    int capacityRemaining() {
        return offering.capacityRemaining();
    }

    CapacityUnit capacityUnit() {
        return offering.capacityUnit();
    }

    Cost cost() {
        return offering.cost();
    }

    int gradeLow() {
        return gradeLow;
    }

    int gradeHigh() {
        return gradeHigh;
    }

    String[] categoryArray() {
        return categories;
    }

    int[] categoryHashes() {
        return categoryHashes;
    }

    long categoryBits() {
        return categoryBits;
    }

    /** The bit of a category hash in {@link #categoryBits()}. */
    static long categoryBit(int hash) {
        return 1L << (hash & 63);
    }

    Modality modality() {
        return modality;
    }

    boolean hasLocation() {
        return hasLocation;
    }

    double latRad() {
        return latRad;
    }

    double lonRad() {
        return lonRad;
    }

    double cosLat() {
        return cosLat;
    }

    double radiusKm() {
        return radiusKm;
    }

    boolean servesRegion(String regionLower) {
        return regionLower != null && part.regionsLower.contains(regionLower);
    }

    /** Sorted stem keys with credit tiers in the low bits; see {@link #credit(long)}. */
    long[] terms() {
        return terms;
    }

    /** See {@link Keys#signatureBit}. */
    long termSignature() {
        return termSignature;
    }

    /** The credit of a term entry's tier. */
    static double credit(long termEntry) {
        int tier = (int) (termEntry & ((1L << TERM_FLAG_BITS) - 1));
        return switch (tier) {
            case (int) TIER_NAME -> NAME_CREDIT;
            case (int) TIER_OFFERING -> OFFERING_TEXT_CREDIT;
            case (int) TIER_ORGANIZATION -> ORGANIZATION_TEXT_CREDIT;
            default -> 0.0;
        };
    }

    /** Credit a (masked) stem key earns in this candidate's texts, 0 when absent (for reasons; the hot path searches). */
    double termCredit(long key) {
        for (long entry : terms) {
            if ((entry & -(1L << TERM_FLAG_BITS)) == key) {
                return credit(entry);
            }
        }
        return 0.0;
    }

    /** Whether the language (a masked key) is {@link #SPOKEN}: what the languages factor counts. */
    boolean speaks(long maskedKey) {
        return (spokenSignature & Keys.signatureBit(maskedKey)) != 0 && (languageFlags(maskedKey) & SPOKEN) != 0;
    }

    /** Whether the language (a masked key) is {@link #SHARED}: what cultural fit counts. */
    boolean shares(long maskedKey) {
        return (sharedSignature & Keys.signatureBit(maskedKey)) != 0 && (languageFlags(maskedKey) & SHARED) != 0;
    }

    /** Flags ({@link #OFFERED_IN}, {@link #STAFF_SPEAK}, {@link #COMMUNITY_NAMED}) of a masked language key. */
    long languageFlags(long maskedKey) {
        for (long entry : languages) {
            if ((entry & -(1L << LANGUAGE_FLAG_BITS)) == maskedKey) {
                return entry & ((1L << LANGUAGE_FLAG_BITS) - 1);
            }
        }
        return 0;
    }

    int timingMask() {
        return timingMask;
    }

    int timingCount() {
        return timingCount;
    }

    double trackRecordScore() {
        return trackRecordScore;
    }

    double responsivenessScore() {
        return responsivenessScore;
    }

    boolean communityLed() {
        return communityLed;
    }

    boolean anyLeadership() {
        return anyLeadership;
    }

    List<Set<String>> gramsByPhrase() {
        return part.gramsByPhrase;
    }
}
