package org.partnermatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives HTTP load at a fixed rate without coordinated omission: request i is due at start + i/rate, and its
 * latency is measured from that due time, so a stalled server shows up as latency instead of fewer requests.
 * Also measures saturation throughput with a closed loop of concurrent clients.
 */
public final class LoadDriver {

    /** What one run measured (latencies in microseconds). */
    public record Result(String scenario, double rate, long requests, long errors, Histogram latency, double seconds) {
        public double throughput() {
            return requests / seconds;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;
    /** Sent as Accept-Encoding on every request when set (e.g. "gzip", as browsers and most HTTP clients do). */
    private final String acceptEncoding;

    public LoadDriver(String base, String token) {
        this(base, token, null);
    }

    public LoadDriver(String base, String token, String acceptEncoding) {
        this.base = base;
        this.token = token;
        this.acceptEncoding = acceptEncoding;
    }

    /** One request; true when the status is 2xx. {@code path} may vary per call (index i). */
    private boolean send(IntFunction<HttpRequest> requests, int i) {
        try {
            HttpResponse<Void> response = client.send(requests.apply(i), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (Exception e) {
            return false;
        }
    }

    /** A scenario made of one request per call. */
    public IntPredicate each(IntFunction<HttpRequest> requests) {
        return i -> send(requests, i);
    }

    /** One exchange with its body; null when no answer came. For scenarios of several steps. */
    public HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    /** A request as the driver's caller: a GET when {@code body} is null, else a POST (of no body when empty). */
    public HttpRequest request(String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (acceptEncoding != null) {
            builder.header("Accept-Encoding", acceptEncoding);
        }
        if (body == null) {
            return builder.GET().build();
        }
        if (body.isEmpty()) {
            return builder.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public IntFunction<HttpRequest> get(List<String> paths) {
        return i -> HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Fixed-rate open loop for {@code seconds}, with up to {@code workers} requests in flight. */
    public Result fixedRate(String scenario, IntFunction<HttpRequest> requests, double rate, double seconds, int workers)
            throws InterruptedException {
        return fixedRate(scenario, each(requests), rate, seconds, workers);
    }

    /** Fixed-rate open loop of {@code operation} (true = success), with up to {@code workers} in flight. */
    public Result fixedRate(String scenario, IntPredicate operation, double rate, double seconds, int workers)
            throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        int total = (int) Math.round(rate * seconds);
        long intervalNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                    boolean ok = operation.test(i);
                    long micros = (System.nanoTime() - due) / 1000;
                    latency.recordValue(Math.max(1, micros));
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) seconds + 120, TimeUnit.SECONDS);
        return new Result(scenario, rate, total, errors.get(), latency, (System.nanoTime() - start) / 1e9);
    }

    /** Closed loop: {@code clients} back-to-back request loops for {@code seconds}; throughput at saturation. */
    public Result saturate(String scenario, IntFunction<HttpRequest> requests, int clients, double seconds)
            throws InterruptedException {
        return saturate(scenario, each(requests), clients, seconds);
    }

    /** Closed loop of {@code operation} with {@code clients} loops for {@code seconds}. */
    public Result saturate(String scenario, IntPredicate operation, int clients, double seconds)
            throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong count = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok = operation.test(next.getAndIncrement());
                    latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    count.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) seconds + 120, TimeUnit.SECONDS);
        return new Result(scenario, 0, count.get(), errors.get(), latency, (System.nanoTime() - start) / 1e9);
    }

    /** Warms the JIT and connection pools on a scenario before measuring it. */
    public void warm(IntFunction<HttpRequest> requests, int count) {
        warm(each(requests), count);
    }

    public void warm(IntPredicate operation, int count) {
        for (int i = 0; i < count; i++) {
            operation.test(i);
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
