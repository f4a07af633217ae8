package org.partnermatch.vocabulary;

import java.util.Locale;

/**
 * Grade levels, the one place that knows them: PK = -1, K = 0, then 1 to 12. Ranges are written the way people and
 * the API write them, "K-5", "PK-8", "6-8" (a single grade alone: "K"), in pages, reasons, exports and imports alike.
 */
public final class Grades {

    public static final int PRE_K = -1;
    public static final int KINDERGARTEN = 0;
    public static final int MAX = 12;

    /** What a grade range cell or value must look like. */
    public static final String RANGE_FORMAT = "must be a grade range such as K-5, PK-8 or 6-8 (PK, K or 1-12)";

    /** What a range whose high end lies below its low end is told (on its gradeHigh field). */
    public static final String ORDER = "must not be below gradeLow";

    private Grades() {
    }

    /** Whether {@code grade} is a grade the district knows (PK to 12). */
    public static boolean isValid(int grade) {
        return grade >= PRE_K && grade <= MAX;
    }

    /** Whether a range's ends are in order (an end not given yet is in order). */
    public static boolean ordered(Integer low, Integer high) {
        return low == null || high == null || high >= low;
    }

    /** "PK", "K", or the number. */
    public static String label(int grade) {
        return switch (grade) {
            case PRE_K -> "PK";
            case KINDERGARTEN -> "K";
            default -> Integer.toString(grade);
        };
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

    /** Refuses a range outside PK..12 or out of order (profiles built from stored rows, which the schema checks). */
    public static void requireRange(int low, int high, String what) {
        if (!isValid(low) || !isValid(high) || low > high) {
            throw new IllegalArgumentException(
                    what + " grade range must lie within PK..12 with low <= high, was " + low + ".." + high);
        }
    }

    /** A grade range as people write it: "K-5", "PK-8", "6-8", "9 to 12", "K"; null when it is not one. */
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

    /** A single grade: PK, K or a number (an ordinal suffix such as 6th is allowed); null when it is not one. */
    public static Integer parse(String token) {
        return switch (token) {
            case "PK", "P", "PREK" -> PRE_K;
            case "K", "KG", "KINDERGARTEN" -> KINDERGARTEN;
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
