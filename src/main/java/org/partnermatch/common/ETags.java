package org.partnermatch.common;

/**
 * Strong ETags derived from a row's version column, and the If-Match rules for updates: a missing If-Match is 428,
 * a stale one 412. {@code *} matches any current version.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an If-Match header against the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(current);
    }
}
