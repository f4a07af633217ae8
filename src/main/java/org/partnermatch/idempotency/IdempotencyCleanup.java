package org.partnermatch.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Removes Idempotency-Key records past their retention, on a schedule. */
@ApplicationScoped
public class IdempotencyCleanup {

    private final IdempotencyService idempotency;

    public IdempotencyCleanup(IdempotencyService idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(identity = "idempotency-cleanup", every = "${partnermatch.idempotency.cleanup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        idempotency.removeExpired();
    }
}
