package org.partnermatch.matching.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared two-level category taxonomy (e.g. academic › math), as the matching core needs it: each child code
 * mapped to its parent code, plus optional display names.
 *
 * <p>Codes are compared lower-case. Roots need not be listed in {@code parentOf}; a code that is nobody's child is
 * a root. Two levels only: a parent may not itself have a parent.
 *
 * @param parentOf child code → parent code
 * @param names    code → display name ("math" → "Math tutoring"); codes without a name are shown as the code
 */
public record Taxonomy(Map<String, String> parentOf, Map<String, String> names) {

    private static final Taxonomy EMPTY = new Taxonomy(Map.of(), Map.of());

    public Taxonomy {
        parentOf = lowerKeysAndValues(parentOf, "parentOf");
        names = lowerKeys(names);
        for (Map.Entry<String, String> e : parentOf.entrySet()) {
            String child = e.getKey();
            String parent = e.getValue();
            if (child.equals(parent)) {
                throw new IllegalArgumentException("category '" + child + "' cannot be its own parent");
            }
            if (parentOf.containsKey(parent)) {
                throw new IllegalArgumentException("taxonomy has two levels only: '" + child + "' has parent '"
                        + parent + "', which itself has parent '" + parentOf.get(parent) + "'");
            }
        }
    }

    /** A taxonomy with no categories: only identical codes match. */
    public static Taxonomy empty() {
        return EMPTY;
    }

    /** A taxonomy from child → parent codes, without display names. */
    public static Taxonomy of(Map<String, String> parentOf) {
        return new Taxonomy(parentOf, Map.of());
    }

    /** This taxonomy with the given display names. */
    public Taxonomy withNames(Map<String, String> displayNames) {
        return new Taxonomy(parentOf, displayNames);
    }

    /**
     * How an offering's category relates to a need's category. Fast: at most two hash lookups.
     *
     * @return EXACT for the same code; PARENT_OR_CHILD when one is the other's parent; SIBLING for two children of
     *     one parent; NONE otherwise
     */
    public CategoryRelation relation(String needCategory, String offeringCategory) {
        String need = needCategory.toLowerCase(Locale.ROOT);
        String offering = offeringCategory.toLowerCase(Locale.ROOT);
        if (need.equals(offering)) {
            return CategoryRelation.EXACT;
        }
        String offeringParent = parentOf.get(offering);
        if (need.equals(offeringParent)) {
            return CategoryRelation.PARENT_OR_CHILD;
        }
        String needParent = parentOf.get(need);
        if (offering.equals(needParent)) {
            return CategoryRelation.PARENT_OR_CHILD;
        }
        if (offeringParent != null && offeringParent.equals(needParent)) {
            return CategoryRelation.SIBLING;
        }
        return CategoryRelation.NONE;
    }

    /** The parent of a code, empty for a root or an unknown code. */
    public Optional<String> parent(String code) {
        return Optional.ofNullable(parentOf.get(code.toLowerCase(Locale.ROOT)));
    }

    /** The display name of a code, or the code itself when no name is known. */
    public String name(String code) {
        return names.getOrDefault(code.toLowerCase(Locale.ROOT), code);
    }

    /**
     * All codes that match {@code code}, with their relation: itself, its parent, its children and its siblings
     * (the parent's other children).
     */
    public Map<String, CategoryRelation> matchingCodes(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        Map<String, CategoryRelation> out = new LinkedHashMap<>();
        out.put(c, CategoryRelation.EXACT);
        String parent = parentOf.get(c);
        if (parent != null) {
            out.put(parent, CategoryRelation.PARENT_OR_CHILD);
        }
        for (Map.Entry<String, String> e : parentOf.entrySet()) {
            if (e.getValue().equals(c)) {
                out.put(e.getKey(), CategoryRelation.PARENT_OR_CHILD);
            } else if (parent != null && e.getValue().equals(parent) && !e.getKey().equals(c)) {
                out.put(e.getKey(), CategoryRelation.SIBLING);
            }
        }
        return out;
    }

    private static Map<String, String> lowerKeysAndValues(Map<String, String> in, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (in != null) {
            for (Map.Entry<String, String> e : in.entrySet()) {
                String child = Objects.requireNonNull(e.getKey(), what + " has a null code");
                String parent = e.getValue();
                if (parent == null || parent.isBlank()) {
                    continue; // listed as a root
                }
                out.put(child.trim().toLowerCase(Locale.ROOT), parent.trim().toLowerCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> lowerKeys(Map<String, String> in) {
        Map<String, String> out = new LinkedHashMap<>();
        if (in != null) {
            for (Map.Entry<String, String> e : in.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) {
                    out.put(e.getKey().trim().toLowerCase(Locale.ROOT), e.getValue());
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
