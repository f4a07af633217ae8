package org.partnermatch.common;

/**
 * An in-memory index of the database (the matching index, the search index) that can start loading as soon as the
 * schema is migrated ({@link IndexLoadAfterMigration}), beside the rest of the start; readiness waits for the load.
 */
public interface EarlyLoadedIndex {

    /** The change feed whose first load builds the index. */
    ChangeFeed changeFeed();

    /** Starts loading now, ahead of the start-up event, which then only waits for what is left of the load. */
    default void startLoading() {
        changeFeed().startAtMigration();
    }

    /** Whether this start began loading right after migration rather than at the start-up event. */
    default boolean loadingStartedAtMigration() {
        return changeFeed().startedAtMigration();
    }
}
