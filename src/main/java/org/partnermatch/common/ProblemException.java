package org.partnermatch.common;

import java.util.List;

/**
 * A domain failure that the API reports as an RFC 9457 problem. Services throw these; {@link ProblemMappers} turns
 * them into {@code application/problem+json}. Messages are written for API clients: never exception text or SQL.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), null);
    }

    public ProblemException(int status, String type, String title, String detail,
                            List<Problem.Violation> violations, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id " + id + ".");
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message)), null);
    }

    /** A 400 naming several fields at once. */
    public static ProblemException badRequest(List<Problem.Violation> violations) {
        return new ProblemException(400, "validation", "Invalid request", violations.stream()
                .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("The request is invalid."),
                violations, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "This update needs an If-Match header carrying the ETag from your last read of the resource.");
    }

    public static ProblemException preconditionFailed(String currentEtag) {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it (current ETag " + currentEtag
                        + "). Read it again and re-apply your change.");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
