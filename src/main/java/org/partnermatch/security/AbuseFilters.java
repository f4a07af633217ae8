package org.partnermatch.security;

import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemMappers;

/**
 * NUL characters in query parameters (400) and per-caller read and write rate limits (429 with Retry-After), both as
 * problem+json, with the caller's allowance in RateLimit-* headers on every answer. Callers are keyed by token subject, or by client address when anonymous; idle entries are dropped
 * every minute. (Request sizes are {@link RequestLimits}'s, checked before any of this.)
 */
@ApplicationScoped
public class AbuseFilters {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    private static final String QUOTA = AbuseFilters.class.getName() + ".quota";

    private final AbuseLimits limits;
    private final Caller caller;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public AbuseFilters(AbuseLimits limits, Caller caller) {
        this.limits = limits;
        this.caller = caller;
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
        TokenBucket.Quota quota = bucket.take(now);
        request.setProperty(QUOTA, quota);
        long wait = quota.waitSeconds();
        if (wait == 0) {
            return null;
        }
        return ProblemMappers.build(429, "too-many-requests", "Too many requests",
                (read ? "Too many requests" : "Too many changes") + " in a short time; retry in " + wait + " s.", uri,
                List.of()).header(HttpHeaders.RETRY_AFTER, wait).build();
    }

    /**
     * Tells each rate-limited caller where it stands, on every answer its request reached the limit check with
     * (reads and writes are counted apart): {@code RateLimit-Limit} (the burst it may send at once),
     * {@code RateLimit-Remaining} (requests left now) and {@code RateLimit-Reset} (seconds until the allowance is
     * full again), as draft-ietf-httpapi-ratelimit-headers names them.
     */
    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof TokenBucket.Quota quota) {
            response.getHeaders().putSingle(LIMIT, quota.capacity());
            response.getHeaders().putSingle(REMAINING, quota.remaining());
            response.getHeaders().putSingle(RESET, quota.secondsToFull());
        }
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
