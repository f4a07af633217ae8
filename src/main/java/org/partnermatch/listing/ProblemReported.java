package org.partnermatch.listing;

import java.util.UUID;

/** A problem was reported on a listing (fired inside the transaction that stored it), or resolved. */
public record ProblemReported(UUID reportId, boolean resolved) {
}
