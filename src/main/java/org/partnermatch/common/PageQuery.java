package org.partnermatch.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list, checked before any query runs. */
public class PageQuery {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Zero-based page number.", example = "0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to 100 (default 20).", example = "20")
    String size;

    public PageQuery() {
    }

    public PageQuery(int page, int size) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
    }

    public int page() {
        int value = QueryParams.integer("page", page, 0);
        if (value < 0) {
            throw ProblemException.badRequest("page", "must be 0 or greater");
        }
        if (value > 1_000_000) {
            throw ProblemException.badRequest("page", "must be at most 1000000");
        }
        return value;
    }

    public int size() {
        int value = QueryParams.integer("size", size, 20);
        if (value < 1 || value > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return value;
    }

    public int offset() {
        return page() * size();
    }
}
