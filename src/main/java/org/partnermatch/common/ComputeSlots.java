package org.partnermatch.common;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Admission control: at most {@code partnermatch.http.compute-slots} API and page requests compute at once (each
 * holds a slot from its last request filter until its resource has answered, {@link #done}); the others wait their
 * turn in arrival order, not runnable, instead of all sharing the machine's cores at once. A request that waits
 * longer than {@code partnermatch.http.compute-wait} is answered 503 with Retry-After. Metrics:
 * {@code partnermatch_http_compute_waiting}, {@code _busy} (gauges) and {@code _refused_total}.
 *
 * <p>Why: past its capacity a service whose every request is a runnable thread splits the CPU between all of them,
 * so each takes as long as all of them together, and a thread that must finish promptly (the allocation builder,
 * which other requests wait for) gets one share among dozens. With a few slots the CPU goes to a few requests at a
 * time, each finishes sooner, the queue is where waiting happens, and what runs outside the slots runs at the share
 * of one slot. Outside the slots, by their own bounds: a request for an allocation plan ({@link OwnBound}: its
 * builders, {@code partnermatch.allocation.builders}, are the bound and others wait for them), and requests served on
 * the event loop (which never block). A write's read-your-writes wait comes after {@link #done}.
 */
@ApplicationScoped
public class ComputeSlots {

    private static final String HELD = ComputeSlots.class.getName() + ".held";

    /**
     * A resource method whose request holds no slot: it has a bound of its own that requests wait for (an allocation
     * plan's builders), so holding a slot while it waits would keep others from computing, and its turn would come
     * twice.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface OwnBound {
    }

    private final Semaphore slots;
    private final int size;
    private final Duration maxWait;
    private final MeterRegistry metrics;

    ComputeSlots(@ConfigProperty(name = "partnermatch.http.compute-slots", defaultValue = "0") int configured,
                 @ConfigProperty(name = "partnermatch.http.compute-wait", defaultValue = "PT20S") Duration wait,
                 MeterRegistry metrics) {
        this.size = configured < 0 ? 0 : configured == 0 ? 2 * Runtime.getRuntime().availableProcessors() : configured;
        this.slots = new Semaphore(Math.max(1, size), true);
        this.maxWait = wait;
        this.metrics = metrics;
        if (size > 0) {
            Gauge.builder("partnermatch.http.compute.waiting", slots, Semaphore::getQueueLength)
                    .description("Requests waiting for a compute slot").register(metrics);
            Gauge.builder("partnermatch.http.compute.busy", slots, s -> size - s.availablePermits())
                    .description("Compute slots taken").register(metrics);
        }
    }

    /** Slots in all (0: switched off). */
    public int size() {
        return size;
    }

    /** The longest a request waits for its turn before it is told to come back (503, or 429 for a plan). */
    public Duration maxWait() {
        return maxWait;
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return slots.getQueueLength();
    }

    /** The slots themselves, for tests that hold them. */
    Semaphore semaphore() {
        return slots;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 1000) // after the rate limits: a refusal is prompt
    public Response admit(ContainerRequestContext request, UriInfo uri, ResourceInfo resource, RoutingContext routing) {
        if (size == 0 || Context.isOnEventLoopThread()
                || resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(OwnBound.class)) {
            return null;
        }
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            metrics.counter("partnermatch.http.compute.refused").increment();
            return ProblemMappers.build(503, "busy", "Service busy",
                            "The service is answering as many requests as it can; retry after the Retry-After seconds.",
                            uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, 2).build();
        }
        Slot slot = new Slot();
        request.setProperty(HELD, slot);
        routing.addEndHandler(ended -> slot.giveBack());
        if (routing.response().closed() || routing.response().ended()) {
            slot.giveBack(); // the client left while this request waited: its end has passed, no handler will run
        }
        return null;
    }

    /**
     * The request's work is done (the resource has answered; what is left is writing the answer, or a wait for
     * something that is not CPU): its slot is another's. Idempotent; the end of the request gives it back otherwise.
     */
    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public void done(ContainerRequestContext request) {
        if (request.getProperty(HELD) instanceof Slot slot) {
            slot.giveBack();
        }
    }

    /** A request's slot: given back once, by whichever comes first of {@link #done} and the request's end. */
    private final class Slot {
        private final AtomicBoolean held = new AtomicBoolean(true);

        void giveBack() {
            if (held.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
