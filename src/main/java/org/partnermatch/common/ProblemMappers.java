package org.partnermatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problems. Bodies never carry exception class names, stack traces
 * or SQL; unexpected failures are logged with a reference the client can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Refusals refusals;

    public ProblemMappers(Refusals refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (e.status() == 401 || e.status() == 403) {
            refusals.record(e.status(), request.getMethod(), uri == null ? "?" : uri.getPath());
        }
        Response.ResponseBuilder builder = build(e.status(), e.type(), e.title(), e.getMessage(), uri, e.violations());
        if (e.retryAfterSeconds() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        // A length bound beside a pattern says the same thing once (the bound is there for the contract's maxLength).
        violations = new ArrayList<>(new java.util.LinkedHashSet<>(violations));
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
        return build(400, "validation", "Invalid request", detail, uri, violations).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return build(400, "validation", "Invalid request", field + ": unknown property", uri,
                List.of(new Problem.Violation(field, "unknown property"))).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = describe(e.getTargetType());
        return build(400, "validation", "Invalid request", field + ": " + expected, uri,
                List.of(new Problem.Violation(field, expected))).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badMapping(e, uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response badMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return build(400, "malformed-json", "Malformed JSON",
                    "The request body is not a JSON document of the expected shape.", uri, List.of()).build();
        }
        return build(400, "validation", "Invalid request", field + ": has the wrong type or shape", uri,
                List.of(new Problem.Violation(field, "has the wrong type or shape"))).build();
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return build(400, "malformed-json", "Malformed JSON", "The request body is not well-formed JSON.", uri,
                List.of()).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(uri);
    }

    private Response staleWrite(UriInfo uri) {
        return build(412, "precondition-failed", "Precondition failed",
                "The resource was changed by someone else at the same time. Read it again and re-apply your change.",
                uri, List.of()).build();
    }

    @ServerExceptionMapper(priority = 2)
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (e instanceof OptimisticLockException) {
            return staleWrite(uri);
        }
        SQLException sql = findCause(e, SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        if ("23505".equals(state)) {
            return build(409, "conflict", "Conflict", "A record with the same unique value already exists.", uri,
                    List.of()).build();
        }
        if ("23503".equals(state)) {
            return build(409, "conflict", "Conflict",
                    "The change refers to, or removes, a record that other records depend on.", uri, List.of())
                    .build();
        }
        if ("23514".equals(state) || "23502".equals(state) || (state != null && state.startsWith("22"))) {
            return build(400, "validation", "Invalid request", "A value is outside what the record allows.", uri,
                    List.of()).build();
        }
        if (databaseUnavailable(e)) {
            return unexpected(e, uri);
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return build(409, "conflict", "Conflict", "A concurrent change got in the way. Please retry.", uri,
                    List.of()).build();
        }
        return unexpected(e, uri);
    }

    /** A path, query or header parameter the one converter ({@link ParameterConverters}) could not read. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidParameter(ParameterConverters.InvalidParameterException e, UriInfo uri,
                                     jakarta.ws.rs.core.Request request) {
        return problem(e.problem(), uri, request);
    }

    @ServerExceptionMapper(priority = 10)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping ? badMapping(mapping, uri) : malformedJson(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot produce the requested media type.";
            case 415 -> "Send the body in a media type this operation accepts: application/json (text/csv for imports).";
            case 401 -> "Authentication is required: send a valid bearer token.";
            case 403 -> "You are not allowed to do this.";
            case 413 -> "The request body is too large.";
            default -> title + ".";
        };
        Response.ResponseBuilder builder = build(status, slug(title), title, detail, uri, List.of());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.getClass().getSimpleName());
            return build(503, "service-unavailable", "Service unavailable",
                    "The database cannot be reached right now. Please retry shortly.", uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        SQLException sql = findCause(e, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // a data exception (bad encoding, out-of-range value) from a hand-written query: the input, not a bug
            return build(400, "validation", "Invalid request",
                    "A parameter or field holds a value the database cannot accept.", uri, List.of()).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", reference, uri == null ? "?" : uri.getPath());
        return build(500, "internal", "Internal error",
                "Something went wrong on our side. Quote reference " + reference + " when reporting it.", uri,
                List.of()).build();
    }

    /**
     * A lost or unreachable database (connection errors, the server shutting down, pool acquisition timeouts), as
     * opposed to a bug. Looks through causes and suppressed exceptions: a commit that fails because the server went
     * away arrives as a RollbackException whose PostgreSQL error is a suppressed XAException's cause.
     */
    static boolean databaseUnavailable(Throwable e) {
        ArrayDeque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(e);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (current == null || !seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
            if (current instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            String message = current.getMessage();
            if (current instanceof SQLException && message != null && message.contains("acquisition timeout")) {
                return true;
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
            pending.addAll(Arrays.asList(current.getSuppressed()));
        }
        return false;
    }

    /** 08: connection exceptions; 57P01-03: server shutting down or not accepting connections yet; 53300: full. */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    public static Response.ResponseBuilder build(int status, String type, String title, String detail, UriInfo uri,
                                          List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem body = new Problem("/problems/" + type, title, status, detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /**
     * The same problem, written straight onto the Vert.x response: for the HTTP layer's own answers, given before any
     * resource (or JAX-RS at all) runs. {@code close} ends the connection after the answer, for a request whose
     * body is left unread.
     */
    public static void send(RoutingContext routing, int status, String type, String title, String detail,
                            boolean close) {
        HttpServerResponse response = routing.response();
        if (response.headWritten()) {
            routing.request().connection().close();
            return;
        }
        Problem body = new Problem("/problems/" + type, title, status, detail, routing.request().path(), List.of());
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader("Connection", "close");
            response.endHandler(done -> routing.request().connection().close());
        }
        response.end(Json.encode(body));
    }

    /** The reason phrase of a status as a problem type: 404 is {@code not-found}, 405 {@code method-not-allowed}. */
    public static String typeOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return slug(known != null ? known.getReasonPhrase() : "Request failed");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The request-relative field of a violation: the bean path after the method and parameter nodes. */
    public static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            // a property of a list's element: its index belongs to the list ("outcomes[0].measure")
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() == 0) {
            return parameter == null ? "request" : parameter;
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder allowed = new StringBuilder();
            for (Object constant : constants) {
                if (allowed.length() > 0) {
                    allowed.append(", ");
                }
                allowed.append(constant);
            }
            return "must be one of: " + allowed;
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "has the wrong type";
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        Throwable current = e;
        while (current != null) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }
}
