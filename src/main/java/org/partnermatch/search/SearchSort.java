package org.partnermatch.search;

/** Orders of a search: best match first, nearest first, by name, or most recently updated first. */
public enum SearchSort {
    relevance, distance, name, updated
}
