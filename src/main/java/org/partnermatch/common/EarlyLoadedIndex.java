package org.partnermatch.common;

/**
 * An in-memory index of the database (the matching index, the search index) that can start loading as soon as the
 * schema is migrated ({@link IndexLoadAfterMigration}), beside the rest of the start; readiness waits for the load.
 */
public interface EarlyLoadedIndex {

    /** Starts loading now, ahead of the start-up event, which then only waits for what is left of the load. */
    void startLoading();

    /** Whether this start began loading right after migration rather than at the start-up event. */
    boolean loadingStartedAtMigration();
}
