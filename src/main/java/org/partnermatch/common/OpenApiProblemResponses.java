package org.partnermatch.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, as problem+json, so the contract lists them without
 * repeating a dozen annotations on each method. Which errors apply follows from the operation: path ids give
 * 400/404, bodies 400/413, writes 409, If-Match updates 412/428, protected operations 401/403, and every operation
 * 406 (an Accept header it cannot satisfy) and 429 (reads and writes are rate-limited per caller).
 *
 * <p>Runs once, at build time: the document it produces is fixed, and a runtime filter (mp.openapi.filter) would
 * make every start-up parse and filter the whole document again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Headers most responses carry are written once, under components, and referred to.
        SHARED_HEADERS.forEach((name, header) -> openAPI.getComponents().addHeader(name, header));
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                entry.getValue().setOperationId(OperationIds.of(entry.getKey() + " " + path.getKey()));
                document(path.getKey(), entry.getKey(), entry.getValue());
                declareHeaders(path.getKey(), entry.getValue());
            }
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean protectedOp = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasId = path.contains("{");
        boolean hasQuery = operation.getParameters() != null && !operation.getParameters().isEmpty();

        if (hasBody || hasId || hasQuery) {
            add(responses, "400", "Invalid request: malformed JSON, a wrong or unknown field, or a bad parameter. `violations` names each field.");
        }
        add(responses, "401", "Missing, expired or untrusted bearer token.");
        if (protectedOp || hasQuery) {
            add(responses, "403", "The caller's role or ownership does not allow this.");
        }
        if (hasId) {
            add(responses, "404", "No such resource, or one the caller may not see.");
        }
        add(responses, "406", "The Accept header names no media type this operation can produce.");
        if (write) {
            add(responses, "409", "Conflicts with the current state (a duplicate, or a record still in use).");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            add(responses, "422", "This Idempotency-Key was already used with a different request.");
        }
        if (ifMatch(operation) != null) {
            add(responses, "412", "If-Match does not match the current ETag: someone changed it since you read it.");
            add(responses, "428", "If-Match is required: send the ETag from your last read.");
        }
        if (hasBody) {
            add(responses, "413", "The request body is too large.");
            add(responses, "415", "The body must be application/json.");
        }
        // Reads and writes each have a per-caller allowance (security.AbuseFilters).
        add(responses, "429", write ? "Too many writes from this caller; retry after the Retry-After seconds."
                : "Too many requests from this caller; retry after the Retry-After seconds.");
        add(responses, "500", "Unexpected failure; the detail carries a reference to quote.");
        // common.ComputeSlots: a request that waited its longest for its turn
        add(responses, "503", "The database is unavailable, or the service is busy (every request it can answer at "
                + "once is running and this one waited its longest); retry after the Retry-After seconds.");
        // An error an operation documents itself (a 404 for a body's reference) is problem+json like the rest.
        for (Map.Entry<String, APIResponse> declared : responses.getAPIResponses().entrySet()) {
            if (declared.getKey().startsWith("4") && declared.getValue().getContent() == null) {
                declared.getValue().content(problemContent());
            }
        }
        if (!protectedOp) {
            // Public, but a signed-in caller may get more (contacts, their own closed needs): clients send the token
            // when they have one.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
    }

    /**
     * The response headers the service sends: Location on 201, Link and X-Total-Count on a page of a list,
     * WWW-Authenticate on 401, Retry-After on 429 and 503, Idempotent-Replayed where an Idempotency-Key is honoured,
     * and the caller's rate-limit allowance (RateLimit-Limit, -Remaining, -Reset) on 2XX and 4XX answers.
     * If-Match is required where a missing one is answered 428, that is everywhere but on a create-or-replace (a
     * webhook's settings, an onboarding item), where only replacing needs it.
     */
    private static void declareHeaders(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        header(responses.getAPIResponse("201"), "Location", "The new resource's URL.");
        header(responses.getAPIResponse("202"), "Location", "The job to poll.");
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && ok.getContent() != null && ok.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null
                        && (m.getSchema().getRef().contains("/PageResponse") || m.getSchema().getRef().contains("/SearchPage")))) {
            header(ok, "Link", "RFC 8288 links to the first, previous, next and last pages.");
            header(ok, "X-Total-Count", "Items matching the filters over all pages.",
                    integer("int64", 0, Long.MAX_VALUE));
        }
        header(responses.getAPIResponse("401"), "WWW-Authenticate", "Bearer.");
        // The caller's read or write allowance (security.AbuseFilters), on every answer the limit check saw.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("4")) {
                for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                    sharedHeader(response, name);
                }
            }
        });
        sharedHeader(responses.getAPIResponse("429"), "Retry-After");
        sharedHeader(responses.getAPIResponse("503"), "Retry-After");
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            for (String code : List.of("200", "201")) {
                header(responses.getAPIResponse(code), "Idempotent-Replayed",
                        "true when this is the stored answer to an earlier request with the same Idempotency-Key.");
            }
        }
        Parameter ifMatch = ifMatch(operation);
        if (ifMatch != null && !path.endsWith("/webhook") && !path.contains("/onboarding-items/")) {
            ifMatch.setRequired(true);
        }
    }

    private static Parameter ifMatch(Operation operation) {
        return operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().orElse(null);
    }

    /** The headers under components.headers, by name. */
    private static final Map<String, org.eclipse.microprofile.openapi.models.headers.Header> SHARED_HEADERS =
            new java.util.LinkedHashMap<>(); // in a fixed order, so the contract is the same on every build

    static {
        SHARED_HEADERS.put("RateLimit-Limit", OASFactory.createHeader().description("Requests of this kind (reads "
                + "or writes) the caller may send at once (the burst); the allowance refills at "
                + "partnermatch.limits.*.per-minute.").schema(integer("int32", 1, Integer.MAX_VALUE)));
        SHARED_HEADERS.put("RateLimit-Remaining", OASFactory.createHeader()
                .description("Requests of this kind the caller may still send now.")
                .schema(integer("int32", 0, Integer.MAX_VALUE)));
        SHARED_HEADERS.put("RateLimit-Reset", OASFactory.createHeader()
                .description("Seconds until the allowance is full again.")
                .schema(integer("int32", 0, Integer.MAX_VALUE)));
        // in whole seconds: the longest wait the service asks for is an hour (a rate limit's window)
        SHARED_HEADERS.put("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying.")
                .schema(integer("int32", 0, 3600)));
    }

    private static void sharedHeader(APIResponse response, String name) {
        if (response == null || (response.getHeaders() != null && response.getHeaders().containsKey(name))) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().ref(name));
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema integer(String format, long min, long max) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format(format)
                .minimum(java.math.BigDecimal.valueOf(min)).maximum(java.math.BigDecimal.valueOf(max));
    }

    private static void header(APIResponse response, String name, String description) {
        header(response, name, description, OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static void header(APIResponse response, String name, String description,
                               org.eclipse.microprofile.openapi.models.media.Schema schema) {
        if (response == null || (response.getHeaders() != null && response.getHeaders().containsKey(name))) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
