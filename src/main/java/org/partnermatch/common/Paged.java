package org.partnermatch.common;

/** Where a page of a list stands: what {@link Responses#page} needs for the Link and X-Total-Count headers. */
public interface Paged {

    int page();

    int size();

    long totalItems();

    int totalPages();
}
