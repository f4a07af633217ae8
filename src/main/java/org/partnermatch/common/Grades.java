package org.partnermatch.common;

/** Grade levels as the district writes them: PK = -1, K = 0, then 1 to 12. */
public final class Grades {

    private Grades() {
    }

    public static String label(int grade) {
        return switch (grade) {
            case -1 -> "PK";
            case 0 -> "K";
            default -> Integer.toString(grade);
        };
    }

    public static String range(int low, int high) {
        return low == high ? label(low) : label(low) + "-" + label(high);
    }

    /** Rejects a range whose high end is below its low end, naming the field a client should fix. */
    public static void checkRange(Integer low, Integer high) {
        if (low != null && high != null && high < low) {
            throw ProblemException.badRequest("gradeHigh", "must not be below gradeLow");
        }
    }
}
