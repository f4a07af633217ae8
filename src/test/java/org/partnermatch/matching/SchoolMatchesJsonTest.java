package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService.PlainBudget;
import org.partnermatch.matching.MatchingService.SchoolMatchesJson;

class SchoolMatchesJsonTest {

    private static final String JSON = "{\"schoolId\":\"x\",\"results\":[" + "{\"score\":72.5},".repeat(200) + "{}]}";

    @Test
    void thePlainJsonIsKeptOutsideTheHeapWithinTheBudgetAndEachCallerGetsItsOwnView() throws IOException {
        SchoolMatchesJson json = new SchoolMatchesJson(gzip(JSON), new PlainBudget(null, 1 << 20));

        ByteBuffer first = json.plain();
        ByteBuffer second = json.plain();

        assertThat(first.isDirect()).isTrue();
        assertThat(first.isReadOnly()).isTrue();
        assertThat(text(first)).isEqualTo(JSON);
        assertThat(second.position()).isZero(); // reading the first view moved only its own position
        assertThat(text(second)).isEqualTo(JSON);
    }

    @Test
    void pastTheBudgetEveryCallInflatesOnTheHeap() throws IOException {
        PlainBudget budget = new PlainBudget(null, JSON.length() + 10);
        SchoolMatchesJson kept = new SchoolMatchesJson(gzip(JSON), budget);
        SchoolMatchesJson overBudget = new SchoolMatchesJson(gzip(JSON), budget);

        assertThat(kept.plain().isDirect()).isTrue();
        ByteBuffer inflated = overBudget.plain();
        assertThat(inflated.isDirect()).isFalse();
        assertThat(text(inflated)).isEqualTo(JSON);
        assertThat(text(overBudget.plain())).isEqualTo(JSON);
        assertThat(new SchoolMatchesJson(gzip(JSON), new PlainBudget(null, 0)).plain().isDirect()).isFalse();
    }

    private static String text(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
