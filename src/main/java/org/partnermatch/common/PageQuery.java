package org.partnermatch.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, checked before any query runs: the one
 * converter ({@link ParameterConverters}) reads the ranges below, which the contract also shows.
 */
public class PageQuery {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number.", example = "0")
    Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100 (default 20).", example = "20")
    Integer size;

    public PageQuery() {
    }

    /** A page chosen in code (web pages, exports); held to the same ranges as the query parameters. */
    public PageQuery(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        int value = page == null ? 0 : page;
        if (value < 0 || value > MAX_PAGE) {
            throw ProblemException.badRequest("page", "must be between 0 and " + MAX_PAGE);
        }
        return value;
    }

    public int size() {
        int value = size == null ? DEFAULT_SIZE : size;
        if (value < 1 || value > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return value;
    }

    public int offset() {
        return page() * size();
    }
}
