package org.partnermatch.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, as problem+json, so the contract lists them without
 * repeating a dozen annotations on each method. Which errors apply follows from the operation: path ids give
 * 400/404, bodies 400/413, writes 409 and 429, If-Match updates 412/428, protected operations 401/403, and every
 * operation 406 (an Accept header it cannot satisfy).
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
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), entry.getKey(), entry.getValue());
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
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "412", "If-Match does not match the current ETag: someone changed it since you read it.");
            add(responses, "428", "If-Match is required: send the ETag from your last read.");
        }
        if (hasBody) {
            add(responses, "413", "The request body is too large.");
            add(responses, "415", "The body must be application/json.");
        }
        if (write) {
            add(responses, "429", "Too many writes from this caller; retry after the Retry-After seconds.");
        }
        add(responses, "500", "Unexpected failure; the detail carries a reference to quote.");
        add(responses, "503", "The database is unavailable; retry after the Retry-After seconds.");
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(code, response);
    }
}
