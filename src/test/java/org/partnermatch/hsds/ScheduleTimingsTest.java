package org.partnermatch.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnermatch.hsds.HsdsRecords.Findings;
import org.partnermatch.vocabulary.Timing;

/** HSDS schedules read as the times of a school day. */
class ScheduleTimingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<Timing> read(String schedules, Findings f) throws Exception {
        return ScheduleTimings.of(JSON.readTree(schedules), "schedules", f);
    }

    private static Set<Timing> read(String schedules) throws Exception {
        return read(schedules, new Findings());
    }

    @Test
    void weekdayHoursCountForEachPartOfTheDayTheyOverlapByHalfAnHour() throws Exception {
        assertThat(read("[{\"byday\":\"MO,WE\",\"opens_at\":\"15:30\",\"closes_at\":\"17:30\"}]"))
                .containsExactly(Timing.after_school);
        assertThat(read("[{\"byday\":\"TU\",\"opens_at\":\"07:00\",\"closes_at\":\"08:15\"}]"))
                .containsExactly(Timing.before_school);
        // An office open 9 to 5 is there during and after school; 17:45 to 20:00 is evening (15 min after school).
        assertThat(read("[{\"byday\":\"MO,TU,WE,TH,FR\",\"opens_at\":\"09:00\",\"closes_at\":\"17:00\"},"
                + "{\"byday\":\"TH\",\"opens_at\":\"17:45:00-07:00\",\"closes_at\":\"20:00:00-07:00\"}]"))
                .containsExactly(Timing.during_school, Timing.after_school, Timing.evening);
        // No days given: weekdays are assumed for the hours.
        assertThat(read("[{\"opens_at\":\"18:00\",\"closes_at\":\"21:00\"}]")).containsExactly(Timing.evening);
    }

    @Test
    void weekendDaysAndSummerDatesAreTheirOwnTimings() throws Exception {
        assertThat(read("[{\"byday\":\"SA\",\"opens_at\":\"10:00\",\"closes_at\":\"14:00\"}]"))
                .containsExactly(Timing.weekend);
        assertThat(read("[{\"freq\":\"MONTHLY\",\"byday\":\"1SU\"}]")).containsExactly(Timing.weekend);
        assertThat(read("[{\"valid_from\":\"2026-06-22\",\"valid_to\":\"2026-08-14\",\"byday\":\"MO,TU\","
                + "\"opens_at\":\"09:00\",\"closes_at\":\"15:00\"}]")).containsExactly(Timing.summer);
        // A school-year schedule is not summer, whatever its hours.
        assertThat(read("[{\"valid_from\":\"2026-09-01\",\"valid_to\":\"2027-06-15\",\"byday\":\"MO\","
                + "\"opens_at\":\"15:00\",\"closes_at\":\"16:30\"}]")).containsExactly(Timing.after_school);
    }

    @Test
    void overnightHoursRunToMidnightAndUnreadableHoursAreAWarningNotAGuess() throws Exception {
        assertThat(read("[{\"byday\":\"FR\",\"opens_at\":\"20:00\",\"closes_at\":\"02:00\"}]"))
                .containsExactly(Timing.evening);
        Findings f = new Findings();
        assertThat(read("[{\"byday\":\"MO\",\"opens_at\":\"3pm\",\"closes_at\":\"17:00\"}]", f)).isEmpty();
        assertThat(f.warnings).extracting(v -> v.field()).containsExactly("schedules[0].opens_at");
        assertThat(f.errors).isEmpty();
    }

    @Test
    void schedulesWithoutHoursOrDatesSayNothing() throws Exception {
        assertThat(read("[{\"byday\":\"MO,TU\",\"description\":\"By appointment\"}]")).isEmpty();
        assertThat(read("[]")).isEmpty();
        assertThat(ScheduleTimings.of((JsonNode) null, "schedules", new Findings())).isEmpty();
        assertThat(read("{\"opens_at\":\"15:00\"}")).isEmpty();
    }
}
