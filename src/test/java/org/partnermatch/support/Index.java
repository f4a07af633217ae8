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
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.test(index.snapshot())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the matching index did not catch up within 20 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void awaitCandidate(CandidateIndex index, UUID offeringId) {
        await(index, s -> s.candidates().containsKey(offeringId));
    }
}
