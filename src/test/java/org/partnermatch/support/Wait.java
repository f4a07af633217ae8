package org.partnermatch.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waits for something that happens on another thread, polled every 10 ms. */
public final class Wait {

    private Wait() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when it does not within {@code limit}. */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + limit.toSeconds() + " s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
