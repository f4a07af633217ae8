package org.partnermatch.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnermatch.hsds.HsdsRecords.Findings;
import org.partnermatch.vocabulary.Timing;

/**
 * When a service runs, read from its HSDS schedules as the times of a school day PartnerMatch matches on. A schedule
 * whose dates all lie in June–August is {@code summer}; Saturday or Sunday is {@code weekend}; on weekdays (or when
 * no days are given) its opening hours count for each part of the day they overlap by at least half an hour:
 * {@code before_school} until 8:30, {@code during_school} 8:30–15:00, {@code after_school} 15:00–18:00,
 * {@code evening} after 18:00. A schedule without hours or dates says nothing; one with unreadable hours is a
 * warning on its field.
 */
final class ScheduleTimings {

    static final int SCHOOL_STARTS = 8 * 60 + 30;
    static final int SCHOOL_ENDS = 15 * 60;
    static final int EVENING_STARTS = 18 * 60;
    static final int MIN_OVERLAP = 30;

    private static final Set<String> WEEKDAYS = Set.of("MO", "TU", "WE", "TH", "FR");
    private static final Set<String> WEEKEND = Set.of("SA", "SU");
    /** HH:MM or HH:MM:SS, optionally followed by a UTC offset or Z (the local time is what counts here). */
    private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-4]):([0-5][0-9])(:[0-5][0-9])?(Z|[+-].*)?$");
    /** An iCal BYDAY part: an optional ordinal (1MO, -1FR) and the day. */
    private static final Pattern DAY = Pattern.compile("^[+-]?[0-9]{0,2}([A-Za-z]{2})$");

    private ScheduleTimings() {
    }

    /** The timings of the schedules in {@code schedules} (an array; anything else is none), in the enum's order. */
    static Set<Timing> of(JsonNode schedules, String path, Findings f) {
        Set<Timing> timings = EnumSet.noneOf(Timing.class);
        for (int i = 0; schedules != null && schedules.isArray() && i < schedules.size(); i++) {
            JsonNode schedule = schedules.get(i);
            if (schedule.isObject()) {
                timings.addAll(one(schedule, HsdsRecords.at(path, "[" + i + "]"), f));
            }
        }
        return timings;
    }

    private static Set<Timing> one(JsonNode schedule, String path, Findings f) {
        Set<Timing> timings = EnumSet.noneOf(Timing.class);
        if (summerOnly(HsdsRecords.text(schedule, "valid_from"), HsdsRecords.text(schedule, "valid_to"))) {
            timings.add(Timing.summer);
            return timings;
        }
        Set<String> days = days(HsdsRecords.text(schedule, "byday"));
        String freq = HsdsRecords.text(schedule, "freq");
        boolean daily = freq != null && freq.equalsIgnoreCase("DAILY") && days.isEmpty();
        if (daily || days.stream().anyMatch(WEEKEND::contains)) {
            timings.add(Timing.weekend);
        }
        boolean weekdays = days.isEmpty() || days.stream().anyMatch(WEEKDAYS::contains);
        String opens = HsdsRecords.text(schedule, "opens_at");
        String closes = HsdsRecords.text(schedule, "closes_at");
        if (!weekdays || opens == null || closes == null) {
            return timings;
        }
        Integer open = minutes(opens);
        Integer close = minutes(closes);
        if (open == null || close == null) {
            f.warn(HsdsRecords.at(path, open == null ? "opens_at" : "closes_at"),
                    "left out: not a time as HH:MM; the service's times of day are not known from this schedule");
            return timings;
        }
        if (close <= open) {
            close = 24 * 60; // open past midnight (or all day): until the end of the day counts
        }
        if (overlap(open, close, 0, SCHOOL_STARTS)) {
            timings.add(Timing.before_school);
        }
        if (overlap(open, close, SCHOOL_STARTS, SCHOOL_ENDS)) {
            timings.add(Timing.during_school);
        }
        if (overlap(open, close, SCHOOL_ENDS, EVENING_STARTS)) {
            timings.add(Timing.after_school);
        }
        if (overlap(open, close, EVENING_STARTS, 24 * 60)) {
            timings.add(Timing.evening);
        }
        return timings;
    }

    private static boolean overlap(int from, int to, int windowFrom, int windowTo) {
        return Math.min(to, windowTo) - Math.max(from, windowFrom) >= MIN_OVERLAP;
    }

    /** Minutes after midnight, or null when the text is not a time. */
    static Integer minutes(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        return minutes > 24 * 60 ? null : minutes;
    }

    /** The two-letter days of an iCal BYDAY list ("MO,WE,1FR"), upper case; unreadable parts are left out. */
    static Set<String> days(String byday) {
        Set<String> days = new LinkedHashSet<>();
        if (byday == null) {
            return days;
        }
        for (String part : byday.split(",")) {
            Matcher m = DAY.matcher(part.strip());
            if (m.matches()) {
                String day = m.group(1).toUpperCase(Locale.ROOT);
                if (WEEKDAYS.contains(day) || WEEKEND.contains(day)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /** Both dates given, readable, in order, less than 100 days apart and each in June, July or August. */
    static boolean summerOnly(String validFrom, String validTo) {
        if (validFrom == null || validTo == null) {
            return false;
        }
        try {
            LocalDate from = LocalDate.parse(validFrom.strip().substring(0, Math.min(10, validFrom.strip().length())));
            LocalDate to = LocalDate.parse(validTo.strip().substring(0, Math.min(10, validTo.strip().length())));
            return !to.isBefore(from) && from.plusDays(100).isAfter(to) && summer(from) && summer(to);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean summer(LocalDate date) {
        return date.getMonthValue() >= 6 && date.getMonthValue() <= 8;
    }
}
