package org.partnermatch.hsds;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.partnermatch.common.DistrictTime;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;

/**
 * The query parameters of the HSDS export as the Human Services Data API (HSDA, HSDS 3.0's openapi.json) names them:
 * {@code page} from 1, {@code per_page} (1–100, default 20), {@code search} (words in the name or description),
 * {@code modified_after} (a date-time, or a date read as its start in the district's time zone) and, for services,
 * {@code organization_id}. Each bad value is a 400 naming the parameter.
 */
public class HsdaQuery {

    static final int DEFAULT_PER_PAGE = 20;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1 (HSDA).", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("per_page")
    @Parameter(description = "Records per page, 1 to 100 (default 20).", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String perPage;

    @QueryParam("search")
    @Parameter(description = "Only records whose name or description holds this text (any case).", example = "tutoring",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String search;

    @QueryParam("modified_after")
    @Parameter(description = "Only records modified on or after this date-time (ISO 8601; a date alone is its start "
            + "in the district's time zone).", example = "2026-09-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String modifiedAfter;

    public HsdaQuery() {
    }

    HsdaQuery(int page, int perPage) {
        this.page = Integer.toString(page);
        this.perPage = Integer.toString(perPage);
    }

    /** 1-based. */
    public int pageNumber() {
        int value = QueryParams.integer("page", page, 1);
        if (value < 1 || value > 1_000_000) {
            throw ProblemException.badRequest("page", "must be between 1 and 1000000 (HSDA pages start at 1)");
        }
        return value;
    }

    public int perPage() {
        int value = QueryParams.integer("per_page", perPage, DEFAULT_PER_PAGE);
        if (value < 1 || value > PageQuery.MAX_SIZE) {
            throw ProblemException.badRequest("per_page", "must be between 1 and " + PageQuery.MAX_SIZE);
        }
        return value;
    }

    /** The same page as this API's zero-based paging reads it. */
    public PageQuery zeroBased() {
        return new PageQuery(pageNumber() - 1, perPage());
    }

    /** Lower-case search text, or null, escaped for LIKE: {@code %}, {@code _} and a backslash match themselves. */
    public String search() {
        String text = QueryParams.text(search);
        if (text != null && text.length() > 200) {
            throw ProblemException.badRequest("search", "must be at most 200 characters");
        }
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Instant modifiedAfter() {
        String text = QueryParams.text(modifiedAfter);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(DistrictTime.zone()).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("modified_after",
                    "must be an ISO 8601 date-time such as 2026-09-01T00:00:00Z, or a date such as 2026-09-01");
        }
    }

    static UUID organizationId(String raw) {
        return QueryParams.uuid("organization_id", raw);
    }
}
