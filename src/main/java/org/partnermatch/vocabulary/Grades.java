package org.partnermatch.vocabulary;

import java.util.Locale;

/**
 * Grade levels, the one place that knows them: PK = -1, K = 0, then 1 to 12, and AE = 13 for adult education (the
 * parents of a household need, and the offerings that serve them). Ranges are written the way people and the API
 * write them, "K-5", "PK-8", "6-8", "9-AE" (a single grade alone: "K", "AE"), in pages, reasons, exports and imports
 * alike. A school's own grades are PK to 12 ({@link #isValid}); needs and offerings may reach AE
 * ({@link #isValidListing}), needs only in household-level categories.
 */
public final class Grades {

    public static final int PRE_K = -1;
    public static final int KINDERGARTEN = 0;
    /** The highest grade a school teaches. */
    public static final int MAX = 12;
    /** Adult education, "AE": after grade 12, never one of a school's own grades. */
    public static final int ADULT = 13;

    /** What a grade range cell or value must look like. */
    public static final String RANGE_FORMAT =
            "must be a grade range such as K-5, PK-8, 6-8 or AE (PK, K, 1-12, or AE for adult education)";

    /** What a school's grade that is not PK..12 is told. */
    public static final String SCHOOL_GRADE = "must be PK, K or 1-12 (-1 to 12): a school's grades never include "
            + "AE (adult education)";

    /** What a range whose high end lies below its low end is told (on its gradeHigh field). */
    public static final String ORDER = "must not be below gradeLow";

    private Grades() {
    }

    /** Whether {@code grade} is a school grade (PK to 12). */
    public static boolean isValid(int grade) {
        return grade >= PRE_K && grade <= MAX;
    }

    /** Whether {@code grade} may bound a need's or an offering's range (PK to 12, or AE). */
    public static boolean isValidListing(int grade) {
        return grade >= PRE_K && grade <= ADULT;
    }

    /** Whether a range's ends are in order (an end not given yet is in order). */
    public static boolean ordered(Integer low, Integer high) {
        return low == null || high == null || high >= low;
    }

    /** "PK", "K", "AE", or the number. */
    public static String label(int grade) {
        return switch (grade) {
            case PRE_K -> "PK";
            case KINDERGARTEN -> "K";
            case ADULT -> "AE";
            default -> Integer.toString(grade);
        };
    }

    /** In a sentence: "grade 6", "grades 6-8", "adult education", "grades 9-12 and adult education". */
    public static String phrase(int low, int high) {
        if (low == ADULT && high == ADULT) {
            return "adult education";
        }
        if (high == ADULT) {
            return (low == MAX ? "grade " : "grades ") + range(low, MAX) + " and adult education";
        }
        return (low == high ? "grade " : "grades ") + range(low, high);
    }

    /** "6-8", or a single label when low equals high. */
    public static String range(int low, int high) {
        return low == high ? label(low) : label(low) + "-" + label(high);
    }

    /** Number of grades in an inclusive range (0 when empty). */
    public static int count(int low, int high) {
        return Math.max(0, high - low + 1);
    }

    /** Number of grades two inclusive ranges share (0 when disjoint). */
    public static int overlap(int lowA, int highA, int lowB, int highB) {
        return count(Math.max(lowA, lowB), Math.min(highA, highB));
    }

    /**
     * Refuses a need's or offering's range outside PK..AE or out of order (profiles built from stored rows, which the
     * schema checks).
     */
    public static void requireRange(int low, int high, String what) {
        if (!isValidListing(low) || !isValidListing(high) || low > high) {
            throw new IllegalArgumentException(
                    what + " grade range must lie within PK..AE with low <= high, was " + low + ".." + high);
        }
    }

    /**
     * A grade range as people write it: "K-5", "PK-8", "6-8", "9 to 12", "K", "AE", "9-Adult"; null when it is not
     * one. Bounds are not checked: a school's range must then be PK..12, a listing's PK..AE.
     */
    public static int[] parseRange(String value) {
        String text = value.toUpperCase(Locale.ROOT).strip().replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+TO\\s+", "-").replace("PRE-K", "PK").replace("PREK", "PK").replace(" ", "");
        String[] parts = text.split("-", -1);
        if (parts.length > 2) {
            return null;
        }
        Integer low = parse(parts[0]);
        Integer high = parts.length == 2 ? parse(parts[1]) : low;
        return low == null || high == null ? null : new int[] {low, high};
    }

    /**
     * A single grade: PK, K, AE (or Adult, Adult education) or a number (an ordinal suffix such as 6th is allowed);
     * null when it is not one. Upper case, as {@link #parseRange} and the callers pass it.
     */
    public static Integer parse(String token) {
        return switch (token) {
            case "PK", "P", "PREK" -> PRE_K;
            case "K", "KG", "KINDERGARTEN" -> KINDERGARTEN;
            case "AE", "ADULT", "ADULTS", "ADULTED", "ADULTEDUCATION" -> ADULT;
            default -> {
                String digits = token.replaceAll("(ST|ND|RD|TH)$", "");
                if (!digits.matches("-?[0-9]{1,2}")) {
                    yield null;
                }
                yield Integer.parseInt(digits);
            }
        };
    }
}
