package org.secondopinion.web.api;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what every operation shares, so that a resource declares only what is its
 * own: each operation that needs a signed-in caller answers 401 and 403, and every 4xx answer an operation declares
 * without a body is an RFC 9457 problem ({@code application/problem+json}, the {@code Problem} schema), described
 * as {@link ApiDocs} says when the resource gave no description; every POST declares the {@code Idempotency-Key}
 * header ({@link IdempotencyKeyDocs}). Registered as {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    /**
     * The paths anyone may call without signing in: the health check, and the token endpoint, where a client
     * authenticates itself and answers its own errors as RFC 6749 section 5.2 says ({@code application/json}).
     */
    static final Set<String> ANONYMOUS = Set.of("/health", "/oauth/token");

    static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", ApiDocs.INVALID,
            "401", ApiDocs.UNAUTHORIZED,
            "403", ApiDocs.FORBIDDEN,
            "404", ApiDocs.NOT_FOUND,
            "409", ApiDocs.CONFLICT,
            "413", ApiDocs.TOO_LARGE,
            "422", ApiDocs.REFUSED);

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** Only one filter can be named in the configuration: this one also declares the Idempotency-Key header. */
    private final IdempotencyKeyDocs idempotencyKeyDocs = new IdempotencyKeyDocs();

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        return idempotencyKeyDocs.filterPathItem(pathItem);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> complete(path, item));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
    }

    private static void complete(String path, PathItem item) {
        boolean anonymous = ANONYMOUS.stream().anyMatch(path::endsWith);
        for (Operation operation : item.getOperations().values()) {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            if (!anonymous) {
                for (String code : new String[] {"401", "403"}) {
                    if (!responses.hasAPIResponse(code)) {
                        responses.addAPIResponse(code, OASFactory.createAPIResponse());
                    }
                }
            }
            Map<String, APIResponse> byCode = responses.getAPIResponses();
            if (byCode != null) {
                byCode.forEach(ProblemResponses::asProblem);
            }
        }
    }

    /** The {@link Problem} record as a schema, for when no resource names it itself. */
    static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text())
                .addProperty("message", text());
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; errors names each field at fault, incident ties a server"
                        + " error to its log line")
                .addProperty("type", text())
                .addProperty("title", text())
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text())
                .addProperty("instance", text())
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("incident", text());
    }

    private static Schema text() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    /** A 4xx answer with no body of its own is a problem detail, with the shared description if it has none. */
    static void asProblem(String code, APIResponse response) {
        if (!code.startsWith("4")) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(code, "A problem detail"));
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
