package org.partnermatch.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnermatch.common.ProblemMappers;
import org.partnermatch.common.Refusals;

/**
 * The HTTP request limits, answered as problem+json before anything else runs
 * (authentication, resources): 413, 414 and 431 name the limit and its size, the connection is closed, and the
 * refusal is logged as one line by {@link Refusals} (method and path only). Bodies are capped at
 * {@code partnermatch.limits.body-size} (256 KiB), CSV files to import ({@value #IMPORTS}…) at {@code import-size}
 * (16 MiB), bodies read as a stream ({@link AbuseLimits#STREAMED_BODY_PATHS}) at {@code streamed-size} (50 MiB; such
 * a body without a length is counted by its endpoint as it reads, never buffered here); Quarkus's own
 * {@code quarkus.http.limits.max-body-size} is just above the largest. The request line and headers are capped at
 * {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}.
 * <p>
 * Bodies: a declared {@code Content-Length} over the cap is refused before a byte of the body is read; a streamed
 * (chunked) body is read here, counted as it arrives, and refused as soon as it passes the cap, so no resource ever
 * parses an over-limit body. Request line and headers: Vert.x's decoder refuses an over-long line or header block
 * itself, before routing and with an empty body, and Quarkus 3.34 offers no hook for that answer (Vert.x's
 * {@code HttpServer#invalidRequestHandler} is set inside Quarkus's own server start). So the decoder's own limits are
 * raised to {@link #DECODER_CEILING} times the configured ones and the configured limits are enforced here; only a
 * request beyond the ceiling still gets the decoder's bare 414/431.
 */
@ApplicationScoped
public class RequestLimits implements HttpServerOptionsCustomizer {

    /** The decoder's own limits, as a multiple of the configured ones (memory a connection may hold while decoding). */
    static final int DECODER_CEILING = 4;

    /** Paths whose bodies may be as large as Quarkus's own cap: files to import. */
    static final String IMPORTS = "/api/v1/imports/";

    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final long maxStreamedBytes;
    private final int maxRequestLine;
    private final long maxHeaderBytes;
    private final Refusals refusals;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize httpCap,
                  AbuseLimits limits,
                  @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int maxRequestLine,
                  @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize maxHeaders,
                  Refusals refusals) {
        long cap = httpCap.asLongValue();
        this.maxStreamedBytes = Math.min(limits.streamedSize().asLongValue(), cap);
        this.maxImportBytes = Math.min(limits.importSize().asLongValue(), cap);
        this.maxBodyBytes = Math.min(limits.bodySize().asLongValue(), cap);
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaders.asLongValue();
        this.refusals = refusals;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raiseDecoderLimits(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raiseDecoderLimits(options);
    }

    private void raiseDecoderLimits(HttpServerOptions options) {
        options.setMaxInitialLineLength(saturatedInt((long) maxRequestLine * DECODER_CEILING));
        options.setMaxHeaderSize(saturatedInt(maxHeaderBytes * DECODER_CEILING));
    }

    void onRouter(@Observes Router router) {
        BodyHandler streamedBody = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        BodyHandler streamedImport = BodyHandler.create(false).setBodyLimit(maxImportBytes);
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            String path = routing.request().path();
            if (AbuseLimits.STREAMED_BODY_PATHS.contains(path)) {
                // read as a stream by its endpoint, which counts the bytes itself: never buffered here
                check(routing, null, maxStreamedBytes);
            } else if (path.startsWith(IMPORTS)) {
                check(routing, streamedImport, maxImportBytes);
            } else {
                check(routing, streamedBody, maxBodyBytes);
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onStreamedBodyOverCap);
    }

    private void check(RoutingContext routing, BodyHandler streamedBody, long cap) {
        HttpServerRequest request = routing.request();
        // as the decoder counts: "GET /path?query HTTP/1.1", and each header line "Name: value"
        long requestLine = request.method().name().length() + 1L + request.uri().length() + 1 + 8;
        if (requestLine > maxRequestLine) {
            refuse(routing, 414, "uri-too-long", "URI too long", "The request line (method, path and query) is limited to "
                    + maxRequestLine + " bytes; send long criteria in a request body instead.");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + 2L + header.getValue().length();
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(routing, 431, "request-header-fields-too-large", "Request header fields too large",
                    "Request headers are limited to " + maxHeaderBytes + " bytes in all.");
            return;
        }
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(routing, 400, "validation", "Invalid request", "Content-Length is not a number.");
                return;
            }
            if (declared > cap) {
                bodyOverCap(routing);
                return;
            }
            routing.next();
        } else if (streamedBody != null && carriesBody(request)
                && (request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)
                || (request.version() == HttpVersion.HTTP_2 && !request.isEnded()))) {
            // no length to check up front: read the body here, counting; past the cap it fails with 413
            streamedBody.handle(routing);
        } else {
            routing.next();
        }
    }

    /**
     * Whether the request's method carries a body the service reads. A GET over HTTP/2 (a client that upgraded with
     * h2c) may leave its stream open after the headers; its (empty) body must not be read here, or the later reading
     * of the request fails with "Request has already been read".
     */
    private static boolean carriesBody(HttpServerRequest request) {
        String method = request.method().name();
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private void onStreamedBodyOverCap(RoutingContext routing) {
        if (routing.failure() == null && routing.statusCode() == 413) {
            bodyOverCap(routing);
        } else {
            routing.next();
        }
    }

    private void bodyOverCap(RoutingContext routing) {
        String path = routing.request().path();
        refuse(routing, 413, "payload-too-large", "Payload too large", AbuseLimits.STREAMED_BODY_PATHS.contains(path)
                ? "Files to import are limited to " + maxStreamedBytes + " bytes; split the file."
                : path.startsWith(IMPORTS) ? "Files to import are limited to " + maxImportBytes + " bytes; split the file."
                : "Request bodies are limited to " + maxBodyBytes + " bytes.");
    }

    /** The problem, and the connection closed after it: the rest of the request is never read. */
    private void refuse(RoutingContext routing, int status, String type, String title, String detail) {
        refusals.record(status, routing.request().method().name(), routing.request().path());
        ProblemMappers.send(routing, status, type, title, detail, true);
    }

    private static int saturatedInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
