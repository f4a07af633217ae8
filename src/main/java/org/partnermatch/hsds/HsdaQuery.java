package org.partnermatch.hsds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
    static final int SEARCH_MAX = 200;

    @QueryParam("page")
    @Min(1)
    @Max(PageQuery.MAX_PAGE)
    @Parameter(description = "Page number, from 1 (HSDA).", example = "1")
    Integer page;

    @QueryParam("per_page")
    @Min(1)
    @Max(PageQuery.MAX_SIZE)
    @Parameter(description = "Records per page, 1 to 100 (default 20).", example = "20")
    Integer perPage;

    @QueryParam("search")
    @Size(max = SEARCH_MAX)
    @Parameter(description = "Only records whose name or description holds this text (any case).", example = "tutoring")
    String search;

    @QueryParam("modified_after")
    @Parameter(description = "Only records modified on or after this date-time (ISO 8601; a date alone is its start "
            + "in the district's time zone).", example = "2026-09-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Size(max = 35)
    String modifiedAfter;

    public HsdaQuery() {
    }

    HsdaQuery(int page, int perPage) {
        this.page = page;
        this.perPage = perPage;
    }

    /** 1-based. */
    public int pageNumber() {
        int value = page == null ? 1 : page;
        if (value < 1 || value > PageQuery.MAX_PAGE) {
            throw ProblemException.badRequest("page", "must be between 1 and 1000000 (HSDA pages start at 1)");
        }
        return value;
    }

    public int perPage() {
        int value = perPage == null ? DEFAULT_PER_PAGE : perPage;
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
        if (text != null && text.length() > SEARCH_MAX) {
            throw ProblemException.badRequest("search", "must be at most " + SEARCH_MAX + " characters");
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
}
