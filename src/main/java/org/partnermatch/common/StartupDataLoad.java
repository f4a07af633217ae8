package org.partnermatch.common;

/**
 * Something that writes data at the start-up event (the demo directory): while one will, the matching index waits
 * for it instead of loading right after the schema migrates ({@link IndexLoadAfterMigration}), so the first load
 * includes that data. Declared here so matching needs to know nothing of who loads what.
 */
public interface StartupDataLoad {

    /** Whether this start writes data at the start-up event. */
    boolean loadsAtStartup();
}
