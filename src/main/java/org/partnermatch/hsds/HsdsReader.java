package org.partnermatch.hsds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import org.partnermatch.common.ProblemException;

/**
 * Reads an HSDS file one record at a time with Jackson's streaming parser, so memory holds one organization (with
 * its services) however large the file is. Accepted shapes: an HSDA page ({@code {total_items, ..., contents: [...]}}),
 * a top-level array, or a single organization or service ({@code organization_full.json}). A file that is not JSON,
 * or not one of these shapes, is a 400 naming {@code body}; more than {@code maxBytes} is a 413.
 */
final class HsdsReader {

    private final ObjectMapper json;
    private final long maxBytes;

    HsdsReader(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** Hands each record to {@code each} with its JSON path ("contents[3]", "[3]", or "" for a single record). */
    void read(InputStream body, BiConsumer<String, JsonNode> each) {
        try (JsonParser parser = json.getFactory().createParser(new Capped(body, maxBytes))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ProblemException.badRequest("body", "is empty: send HSDS JSON (an HSDA page, an array of "
                        + "organizations or services, or one organization or service)");
            }
            if (first == JsonToken.START_ARRAY) {
                items(parser, "", each);
            } else if (first == JsonToken.START_OBJECT) {
                ObjectNode rest = json.createObjectNode();
                boolean paged = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("contents".equals(field) && value == JsonToken.START_ARRAY) {
                        paged = true;
                        items(parser, "contents", each);
                    } else {
                        rest.set(field, json.readTree(parser));
                    }
                }
                if (!paged) {
                    if (!rest.has("id") && !rest.has("name")) {
                        // neither a page nor a record: not HSDS at all ({} or {"a": 1})
                        throw ProblemException.badRequest("body", "must be HSDS JSON: an HSDA page ({\"total_items\": "
                                + "..., \"contents\": [...]}), an array of organizations or services, or one "
                                + "organization or service (with an id and a name)");
                    }
                    each.accept("", rest);
                }
            } else {
                throw ProblemException.badRequest("body", "must be HSDS JSON: an HSDA page ({\"total_items\": ..., "
                        + "\"contents\": [...]}), an array of organizations or services, or one organization or service");
            }
            if (parser.nextToken() != null) {
                throw ProblemException.badRequest("body", "has more after the end of the JSON document at line "
                        + parser.currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("body", "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void items(JsonParser parser, String path, BiConsumer<String, JsonNode> each) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode item = json.readTree(parser);
            each.accept(path + "[" + index++ + "]", item);
        }
    }

    /** Counts bytes as they are read and stops at the limit: chunked bodies have no Content-Length to check first. */
    private static final class Capped extends FilterInputStream {

        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "HSDS files are limited to " + max + " bytes (partnermatch.limits.max-streamed-body-bytes); split the "
                        + "file by pages.");
    }
}
