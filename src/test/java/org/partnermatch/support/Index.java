package org.partnermatch.support;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.partnermatch.matching.CandidateIndex;

/** Waits (bounded) for the asynchronously refreshed matching index to reflect a change. */
public final class Index {

    private Index() {
    }

    public static void await(CandidateIndex index, Predicate<CandidateIndex.Snapshot> condition) {
        Wait.until("the matching index did not catch up", Duration.ofSeconds(20), () -> condition.test(index.snapshot()));
    }

    public static void awaitCandidate(CandidateIndex index, UUID offeringId) {
        await(index, s -> s.candidates().containsKey(offeringId));
    }
}
