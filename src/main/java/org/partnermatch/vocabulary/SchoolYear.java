package org.partnermatch.vocabulary;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A school year, July 1 to June 30, written as people write it: "2026-27".
 *
 * @param startYear the calendar year it starts in (2026 for 2026-27)
 */
public record SchoolYear(int startYear) {

    /** What a school year must look like. */
    public static final String FORMAT = "must be a school year like 2026-27";
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");

    /** The school year a text names, or null when it names none ("2026-27"; the second part must follow the first). */
    public static SchoolYear parse(String text) {
        if (text == null) {
            return null;
        }
        var m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (start + 1) % 100 ? new SchoolYear(start) : null;
    }

    /** The school year a day falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    /** July 1 of its first year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    /** June 30 of its second year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
