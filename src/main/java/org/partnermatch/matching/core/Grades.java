package org.partnermatch.matching.core;

/** Grade numbers as the district uses them: PK = -1, K = 0, then 1 to 12. */
public final class Grades {

    public static final int PRE_K = -1;
    public static final int KINDERGARTEN = 0;
    public static final int MAX = 12;

    private Grades() {
    }

    /** Whether {@code grade} is a grade the district knows (PK to 12). */
    public static boolean isValid(int grade) {
        return grade >= PRE_K && grade <= MAX;
    }

    /** "PK", "K", or the number. */
    public static String label(int grade) {
        if (grade == PRE_K) {
            return "PK";
        }
        if (grade == KINDERGARTEN) {
            return "K";
        }
        return Integer.toString(grade);
    }

    /** "6–8" (en dash), or a single label when low equals high. */
    public static String range(int low, int high) {
        return low == high ? label(low) : label(low) + "\u2013" + label(high);
    }

    /** Number of grades in an inclusive range (0 when empty). */
    public static int count(int low, int high) {
        return Math.max(0, high - low + 1);
    }

    /** Number of grades two inclusive ranges share (0 when disjoint). */
    public static int overlap(int lowA, int highA, int lowB, int highB) {
        return count(Math.max(lowA, lowB), Math.min(highA, highB));
    }

    static void requireRange(int low, int high, String what) {
        if (!isValid(low) || !isValid(high) || low > high) {
            throw new IllegalArgumentException(
                    what + " grade range must lie within PK..12 with low <= high, was " + low + ".." + high);
        }
    }
}
