package org.partnermatch.common;

/** Grade levels as the district writes them: PK = -1, K = 0, then 1 to 12. */
public final class Grades {

    private Grades() {
    }

    /** What a grade range cell or value must look like. */
    public static final String RANGE_FORMAT = "must be a grade range such as K-5, PK-8 or 6-8 (PK, K or 1-12)";

    /** A grade range as people write it: "K-5", "PK-8", "6-8", "9 to 12", "K"; null when it is not one. */
    public static int[] parseRange(String value) {
        String text = value.toUpperCase(java.util.Locale.ROOT).strip().replace('\u2013', '-').replace('\u2014', '-')
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
            case "PK", "P", "PREK" -> -1;
            case "K", "KG", "KINDERGARTEN" -> 0;
            default -> {
                String digits = token.replaceAll("(ST|ND|RD|TH)$", "");
                if (!digits.matches("-?[0-9]{1,2}")) {
                    yield null;
                }
                yield Integer.parseInt(digits);
            }
        };
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
