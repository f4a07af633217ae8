package org.partnermatch.security;

import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemMappers;

/**
 * Request body cap (413), NUL characters in query parameters (400) and per-caller write rate limit (429 with
 * Retry-After), all as problem+json. Callers are
 * keyed by token subject, or by client address when anonymous; idle entries are dropped every minute.
 */
@ApplicationScoped
public class AbuseFilters {

    /** Where Quarkus's request reading looks for the body limit of this request. */
    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    private final AbuseLimits limits;
    private final Caller caller;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public AbuseFilters(AbuseLimits limits, Caller caller) {
        this.limits = limits;
        this.caller = caller;
    }

    /**
     * Bodies are capped at {@code partnermatch.limits.max-body-bytes}, except where an endpoint reads its body as a
     * stream and takes larger files ({@link AbuseLimits#STREAMED_BODY_PATHS}: the HSDS import). The HTTP layer's own cap
     * ({@code quarkus.http.limits.max-body-size}) is the largest of these; this filter brings every other route back
     * down, for declared lengths here and for chunked bodies through the request's read limit.
     */
    @ServerRequestFilter(preMatching = true)
    public Response capBody(ContainerRequestContext request, UriInfo uri, RoutingContext routing) {
        boolean streamed = "POST".equals(request.getMethod())
                && AbuseLimits.STREAMED_BODY_PATHS.contains(uri.getPath());
        long cap = streamed ? limits.maxStreamedBodyBytes() : limits.maxBodyBytes();
        // Read by Quarkus when a body is streamed; one byte over the cap so the endpoint's own count answers first.
        routing.put(MAX_REQUEST_SIZE_KEY, cap + 1);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > cap) {
                    return ProblemMappers.build(413, "payload-too-large", "Payload too large",
                            "Request bodies are limited to " + cap + " bytes.", uri, List.of()).build();
                }
            } catch (NumberFormatException e) {
                return ProblemMappers.build(400, "validation", "Invalid request", "Content-Length is not a number.",
                        uri, List.of()).build();
            }
        }
        return null;
    }

    /**
     * PostgreSQL text cannot hold U+0000, so a NUL in a query parameter is refused up front with the parameter's
     * name (otherwise it would surface as a database error deep inside a search or report).
     */
    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInQuery(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0) {
                    String field = parameter.getKey().indexOf('\u0000') >= 0 ? "query" : parameter.getKey();
                    return ProblemMappers.build(400, "validation", "Invalid request",
                            field + ": must not contain NUL characters", uri,
                            List.of(new Problem.Violation(field, "must not contain NUL characters"))).build();
                }
            }
        }
        return null;
    }

    /**
     * Writes and reads each have a bucket per caller: the token's subject, or the client's address when anonymous.
     * Behind a proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} and {@code trusted-proxies}: the address
     * is then the forwarded client's (only when the request came from a trusted proxy), not the proxy's.
     */
    @ServerRequestFilter
    public Response limitRate(ContainerRequestContext request, UriInfo uri, RoutingContext routing) {
        boolean read = isRead(request.getMethod());
        AbuseLimits.Limit rate = read ? limits.reads() : limits.writes();
        if (!rate.enabled()) {
            return null;
        }
        String key = (read ? "r:" : "w:") + (caller.anonymous()
                ? "ip:" + (routing.request().remoteAddress() == null ? "?" : routing.request().remoteAddress().hostAddress())
                : "sub:" + caller.subject());
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(key,
                k -> new TokenBucket(rate.burst(), rate.perMinute() / 60.0, now));
        long wait = bucket.tryTake(now);
        if (wait == 0) {
            return null;
        }
        return ProblemMappers.build(429, "too-many-requests", "Too many requests",
                (read ? "Too many requests" : "Too many changes") + " in a short time; retry in " + wait + " s.", uri,
                List.of()).header(HttpHeaders.RETRY_AFTER, wait).build();
    }

    @Scheduled(every = "60s", delayed = "60s")
    void dropIdleCallers() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(entry -> entry.getValue().idle(now));
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
