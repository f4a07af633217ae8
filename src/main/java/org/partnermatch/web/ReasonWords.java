package org.partnermatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnermatch.matching.MatchDtos.ReasonDetail;
import org.partnermatch.vocabulary.Grades;

/**
 * A match reason in the reader's words, written from its key and arguments (docs/matching.md): category names from
 * the taxonomy in the reader's language, languages by their names in it, distances in the district's unit, dates the
 * district's way. In English it reads exactly as the API's {@code reason} sentence.
 */
final class ReasonWords {

    private final ReasonMessages m;
    private final Choices c;

    ReasonWords(ReasonMessages messages, Choices choices) {
        this.m = messages;
        this.c = choices;
    }

    String of(ReasonDetail reason) {
        if (reason == null) {
            return "";
        }
        Map<String, Object> a = reason.args();
        return switch (reason.key()) {
            case "category.exact" -> m.category_exact(category(a, "category"));
            case "category.sibling" -> m.category_sibling(category(a, "related"), category(a, "requested"));
            case "category.broader" -> m.category_broader(category(a, "related"), category(a, "requested"));
            case "category.narrower" -> m.category_narrower(category(a, "related"), category(a, "requested"));
            case "category.none" -> m.category_none();
            case "text.no_terms" -> m.text_no_terms();
            case "text.none" -> m.text_none();
            case "text.mentions" -> mentions(a);
            case "grades.none" -> m.grades_none(grades(number(a, "low"), number(a, "high")));
            case "grades.all" -> m.grades_all(grades(number(a, "low"), number(a, "high")));
            case "grades.some" -> m.grades_some(grades(number(a, "low"), number(a, "high")), number(a, "covered"),
                    number(a, "requested"));
            case "languages.none_requested" -> m.languages_none_requested();
            case "languages.none" -> m.languages_none(languages(a, "notOffered"), number(a, "requested"));
            case "languages.spoken" -> spoken(a);
            case "timing.any" -> m.timing_any();
            case "timing.not_listed" -> m.timing_not_listed();
            case "timing.none" -> m.timing_none(number(a, "requested"));
            case "timing.runs" -> m.timing_runs(timings(list(a, "timings")), number(a, "shared"), number(a, "requested"));
            case "distance.virtual" -> m.distance_virtual();
            case "distance.region" -> located(a, m.distance_region(text(a, "region")));
            case "distance.inside_area" -> located(a, m.distance_inside_area(c.distance(decimal(a, "km")),
                    c.radius(decimal(a, "radiusKm"))));
            case "distance.away_in_region" -> located(a, m.distance_away_in_region(c.distance(decimal(a, "km")),
                    text(a, "region")));
            case "cost.free" -> cost(a, m.cost_free());
            case "cost.sliding_scale" -> cost(a, m.cost_sliding_scale());
            case "cost.fee" -> cost(a, m.cost_fee());
            case "capacity.schools" -> number(a, "remaining") == 1 ? m.capacity_school_one()
                    : m.capacity_schools(number(a, "remaining"));
            case "capacity.students" -> students(a);
            case "cultural_fit.no_home_languages" -> m.fit_no_home_languages();
            case "cultural_fit.led" -> capitalize(led(list(a, "leadership")));
            case "cultural_fit.none_shared" -> capitalize(ledFirst(a) + m.fit_none_shared(number(a, "homeLanguages")));
            case "cultural_fit.shared" -> shared(a);
            case "track_record.none" -> m.track_none();
            case "track_record.rated" -> number(a, "count") == 1 ? m.track_rated_one(oneDecimal(decimal(a, "average")))
                    : m.track_rated(oneDecimal(decimal(a, "average")), number(a, "count"));
            case "priority.urgent" -> m.priority_urgent();
            case "priority.high" -> m.priority_high();
            case "priority.medium" -> m.priority_medium();
            case "priority.low" -> m.priority_low();
            case "responsiveness.none" -> m.resp_none();
            case "responsiveness.none_answered" -> m.resp_none_answered(capitalize(accepted(a)));
            case "responsiveness.usual" -> number(a, "days") == 1 ? m.resp_usual_day(accepted(a))
                    : m.resp_usual_days(number(a, "days"), accepted(a));
            case "overdue.ranked_lower" -> m.overdue_ranked_lower(day(a));
            case "overdue.ask" -> m.overdue_ask(day(a));
            default -> text(a, "text"); // "sentence" (a key newer than these words has no text: nothing shown)
        };
    }

    /** Why an organization is left out of a need's matches for now, with the days the district's way. */
    String leftOut(org.partnermatch.matching.MatchDtos.LeftOut left) {
        String note = left.note() == null || left.note().isBlank() ? "" : " (" + left.note() + ")";
        String day = c.day(left.at());
        String until = c.day(left.until());
        return "cancelled".equals(left.state()) ? m.left_out_cancelled(day, note, until)
                : m.left_out_declined(day, note, until);
    }

    private String mentions(Map<String, Object> a) {
        List<String> words = list(a, "words");
        int found = number(a, "found");
        String shown = String.join(", ", words) + (found > words.size() ? ", \u2026" : "");
        int inName = number(a, "inName");
        return inName > 0 ? m.text_mentions_in_name(shown, found, number(a, "total"), inName)
                : m.text_mentions(shown, found, number(a, "total"));
    }

    /** "grades 6-8", "grade K", "adult education", "grades 9-12 and adult education", as {@code Grades.phrase}. */
    private String grades(int low, int high) {
        if (low == Grades.ADULT && high == Grades.ADULT) {
            return m.grade_adult();
        }
        if (high == Grades.ADULT) {
            String range = Grades.range(low, Grades.MAX);
            return m.grade_and_adult(low == Grades.MAX ? m.grade_one(range) : m.grade_range(range));
        }
        String range = Grades.range(low, high);
        return low == high ? m.grade_one(range) : m.grade_range(range);
    }

    private String spoken(Map<String, Object> a) {
        List<String> parts = new ArrayList<>();
        if (!list(a, "staffSpeak").isEmpty()) {
            parts.add(m.languages_staff(languages(a, "staffSpeak")));
        }
        if (!list(a, "offeredIn").isEmpty()) {
            String offered = m.languages_offered(languages(a, "offeredIn"));
            parts.add(parts.isEmpty() ? capitalize(offered) : offered);
        }
        String counts = m.languages_counts(number(a, "spoken"), number(a, "requested"));
        String tail = list(a, "notOffered").isEmpty() ? "" : "; " + m.languages_not(languages(a, "notOffered"));
        return String.join("; ", parts) + " (" + counts + tail + ")";
    }

    private String timings(List<String> codes) {
        List<String> phrases = new ArrayList<>(codes.size());
        for (String code : codes) {
            phrases.add(switch (code) {
                case "before_school" -> m.timing_before_school();
                case "during_school" -> m.timing_during_school();
                case "after_school" -> m.timing_after_school();
                case "evening" -> m.timing_evening();
                case "weekend" -> m.timing_weekend();
                case "summer" -> m.timing_summer();
                default -> code;
            });
        }
        if (phrases.size() <= 1) {
            return String.join("", phrases);
        }
        return m.list_and(String.join(", ", phrases.subList(0, phrases.size() - 1)), phrases.get(phrases.size() - 1));
    }

    private String located(Map<String, Object> a, String where) {
        return Boolean.TRUE.equals(a.get("hybrid")) ? m.distance_hybrid(where) : capitalize(where);
    }

    private String cost(Map<String, Object> a, String cost) {
        return Boolean.TRUE.equals(a.get("weighsLess")) ? m.cost_weighs_less(cost) : cost;
    }

    private String students(Map<String, Object> a) {
        int remaining = number(a, "remaining");
        String room = remaining == 1 ? m.capacity_student_one() : m.capacity_students(remaining);
        int needed = number(a, "needed");
        return needed > 0 ? m.capacity_with_need(room, needed) : room;
    }

    private String led(List<String> leadership) {
        List<String> names = new ArrayList<>(leadership.size());
        for (String code : leadership) {
            names.add(switch (code) {
                case "bipoc_led" -> m.leader_bipoc_led();
                case "black_led" -> m.leader_black_led();
                case "immigrant_refugee_led" -> m.leader_immigrant_refugee_led();
                case "latinx_led" -> m.leader_latinx_led();
                case "native_led" -> m.leader_native_led();
                case "asian_pacific_islander_led" -> m.leader_asian_pacific_islander_led();
                case "lgbtq_led" -> m.leader_lgbtq_led();
                case "women_led" -> m.leader_women_led();
                case "youth_led" -> m.leader_youth_led();
                default -> code;
            });
        }
        return m.fit_led(String.join(", ", names));
    }

    /** "Black-led organization; " before the home-language part, or nothing. */
    private String ledFirst(Map<String, Object> a) {
        List<String> leadership = list(a, "leadership");
        return leadership.isEmpty() ? "" : led(leadership) + "; ";
    }

    private String shared(Map<String, Object> a) {
        List<String> how = new ArrayList<>();
        if (!list(a, "staffSpeak").isEmpty()) {
            how.add(m.fit_staff_speak(languages(a, "staffSpeak")));
        }
        if (!list(a, "communities").isEmpty()) {
            how.add(m.fit_communities(String.join(", ", list(a, "communities"))));
        }
        return capitalize(ledFirst(a) + String.join("; ", how) + " ("
                + m.fit_shared_count(number(a, "shared"), number(a, "homeLanguages")) + ")");
    }

    private String accepted(Map<String, Object> a) {
        int decided = number(a, "decided");
        return decided == 1 ? m.resp_accepted_one(number(a, "accepted")) : m.resp_accepted(number(a, "accepted"), decided);
    }

    private String day(Map<String, Object> a) {
        String iso = text(a, "confirmedOn");
        try {
            return c.day(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private String category(Map<String, Object> a, String name) {
        return c.label(text(a, name));
    }

    private String languages(Map<String, Object> a, String name) {
        return c.languages(list(a, name));
    }

    private static String text(Map<String, Object> a, String name) {
        Object value = a.get(name);
        return value == null ? "" : value.toString();
    }

    private static int number(Map<String, Object> a, String name) {
        return a.get(name) instanceof Number n ? n.intValue() : 0;
    }

    private static double decimal(Map<String, Object> a, String name) {
        return a.get(name) instanceof Number n ? n.doubleValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> a, String name) {
        return a.get(name) instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** "4.3" (half up), as the API's sentence writes it. */
    private static String oneDecimal(double value) {
        long tenths = Math.round(Math.abs(value) * 10.0);
        return (value < 0 && tenths != 0 ? "-" : "") + (tenths / 10) + "." + (tenths % 10);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
