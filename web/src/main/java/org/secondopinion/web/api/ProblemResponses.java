package org.secondopinion.web.api;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.secondopinion.web.requestlog.RequestId;

/**
 * Completes the OpenAPI document with what every operation shares, so that a resource declares only what is its
 * own: the answers its resource method can give whatever it declares ({@link OperationAnswers}: 401 and 403 for a
 * signed-in caller, 400, 404, 409, 422, and 503 with {@code Retry-After} while the database is unreachable, the
 * health check's DOWN in its own body), and
 * every 4xx and 503 answer an operation declares without a body is an RFC 9457 problem
 * ({@code application/problem+json}, the {@code Problem} schema), described as {@link ApiDocs} says when the
 * resource gave no description; an operation left with Payara's "default" answer gets its success code (200, or 204
 * for a method that returns nothing). Each JSON request body gets its complete schema from the type the resource
 * method reads ({@link BodySchema}): Payara's generator leaves out enumerations, dates and numbers or types them as
 * objects. Each JSON answer of a known type ({@link ApiRoutes#answer}) likewise gets the schema of what JSON-B writes
 * of it; the components are these types and {@code Problem}; a PDF or file is bytes. Every POST declares the {@code Idempotency-Key} header ({@link IdempotencyKeyDocs}). Registered as
 * {@code mp.openapi.filter}.
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
            "422", ApiDocs.REFUSED,
            "503", ApiDocs.UNAVAILABLE);

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

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
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ApiRoutes routes;
        try {
            routes = ApiRoutes.scan();
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "The resource classes could not be read; the document keeps the generated bodies",
                    unreadable);
            routes = ApiRoutes.of(List.of());
        }
        ApiRoutes found = routes;
        // by identity: the generator's operations may be equal by content
        Map<Operation, BodySchema> bodies = new java.util.IdentityHashMap<>();
        Map<Operation, Map<String, BodySchema>> answers = new java.util.IdentityHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((http, operation) -> {
            Method method = found.method(http.name(), path).orElse(null);
            complete(path, http.name(), operation, method);
            Parameter body = method == null ? null : ApiRoutes.body(method);
            if (body != null && ApiRoutes.boundFromJson(body)) {
                bodies.put(operation, BodySchema.of(body.getParameterizedType()));
            } else if (body != null && operation.getRequestBody() != null) {
                asBytes(body, operation.getRequestBody().getContent());
            }
            if (method != null && operation.getResponses().getAPIResponses() != null) {
                Map<String, BodySchema> written = new java.util.TreeMap<>();
                operation.getResponses().getAPIResponses().forEach((code, answer) -> {
                    asBytes(answer.getContent());
                    if (!jsonTypes(answer.getContent()).isEmpty()) {
                        ApiRoutes.answer(method, code).ifPresent(type -> written.put(code, BodySchema.written(type)));
                    }
                });
                answers.put(operation, written);
            }
        }));
        List<BodySchema> written = new ArrayList<>();
        answers.values().forEach(answer -> written.addAll(answer.values()));
        List<BodySchema> all = new ArrayList<>(bodies.values());
        all.addAll(written);
        Map<Class<?>, String> names = names(all);
        Map<String, Schema> made = new HashMap<>();
        describeBodies(bodies, names, made);
        describeAnswers(answers, answerNames(names, bodies.values(), written), made);
        replaceComponents(openAPI.getComponents(), made);
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
    }

    private static void complete(String path, String http, Operation operation, Method method) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (method != null && responses.hasAPIResponse(APIResponses.DEFAULT)) {
            // Payara's placeholder for an operation that declares no answer: the success the method gives
            APIResponse success = responses.getAPIResponse(APIResponses.DEFAULT);
            responses.removeAPIResponse(APIResponses.DEFAULT);
            boolean nothing = method.getReturnType() == void.class;
            if (success.getDescription() == null || success.getDescription().isBlank()
                    || success.getDescription().equals("Default Response.")) {
                success.setDescription(nothing ? "Done" : "OK");
            }
            if (nothing) {
                success.setContent(null);
            }
            responses.addAPIResponse(nothing ? "204" : "200", success);
        }
        if (method != null && operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> typeParameter(parameter, method));
        }
        if (path.endsWith("/health") && responses.hasAPIResponse("200")
                && !responses.hasAPIResponse(OperationAnswers.UNAVAILABLE)) {
            // the health check answers DOWN in its own body, not a problem
            responses.getAPIResponse("200").setDescription("UP: the database answers");
            Content health = OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType().schema(toSchema(BodySchema.written(HealthResource.Health.class), Map.of(),
                            new HashMap<>())));
            responses.getAPIResponse("200").setContent(health);
            responses.addAPIResponse(OperationAnswers.UNAVAILABLE, OASFactory.createAPIResponse()
                    .description("DOWN: the database does not answer").content(health));
        }
        for (String code : OperationAnswers.of(http, path, method)) {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse());
            }
        }
        APIResponse unavailable = responses.getAPIResponse(OperationAnswers.UNAVAILABLE);
        if (unavailable != null && (unavailable.getHeaders() == null
                || !unavailable.getHeaders().containsKey(RETRY_AFTER))) {
            unavailable.addHeader(RETRY_AFTER, OASFactory.createHeader().description(ApiDocs.RETRY_AFTER)
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(
                            java.math.BigDecimal.ONE)));
        }
        Map<String, APIResponse> byCode = responses.getAPIResponses();
        if (byCode != null) {
            byCode.forEach(ProblemResponses::asProblem);
        }
    }

    static final String RETRY_AFTER = "Retry-After";

    /** A path or query parameter typed as the method reads it (Payara writes "number" for an id), with its default. */
    private static void typeParameter(org.eclipse.microprofile.openapi.models.parameters.Parameter documented,
                                      Method method) {
        if (documented.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                && documented.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY) {
            return;
        }
        for (Parameter parameter : method.getParameters()) {
            jakarta.ws.rs.PathParam pathParam = parameter.getAnnotation(jakarta.ws.rs.PathParam.class);
            jakarta.ws.rs.QueryParam queryParam = parameter.getAnnotation(jakarta.ws.rs.QueryParam.class);
            String name = pathParam != null ? pathParam.value() : queryParam != null ? queryParam.value() : null;
            if (documented.getName().equals(name)) {
                Schema schema = toSchema(BodySchema.of(parameter.getParameterizedType()), Map.of(), new HashMap<>());
                jakarta.ws.rs.DefaultValue defaultValue = parameter.getAnnotation(jakarta.ws.rs.DefaultValue.class);
                if (defaultValue != null) {
                    schema.setDefaultValue(defaultValue.value());
                }
                documented.setSchema(schema);
                return;
            }
        }
    }

    /**
     * Each JSON request body as a named schema of the components (the type's simple name, or with its component's
     * name in front where two types share one), replacing what the generator made of it.
     */
    private static void describeBodies(Map<Operation, BodySchema> bodies, Map<Class<?>, String> names,
                                       Map<String, Schema> made) {
        bodies.forEach((operation, body) -> {
            Schema schema = toSchema(body, names, made);
            org.eclipse.microprofile.openapi.models.parameters.RequestBody request = operation.getRequestBody();
            if (request == null) {
                request = OASFactory.createRequestBody();
                operation.setRequestBody(request);
            }
            Content content = request.getContent();
            if (content == null) {
                content = OASFactory.createContent();
                request.setContent(content);
            }
            var json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json == null) {
                json = OASFactory.createMediaType();
                content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
            }
            json.setSchema(schema);
        });
    }

    /**
     * Each JSON answer whose Java type is known ({@link ApiRoutes#answer}) as JSON-B writes it, in place of what the
     * generator made of it (enumerations and dates as objects, ids as numbers without a format).
     */
    private static void describeAnswers(Map<Operation, Map<String, BodySchema>> answers, Map<Class<?>, String> names,
                                        Map<String, Schema> made) {
        answers.forEach((operation, written) -> written.forEach((code, body) -> {
            Content content = operation.getResponses().getAPIResponse(code).getContent();
            for (String mediaType : jsonTypes(content)) {
                content.getMediaType(mediaType).setSchema(toSchema(body, names, made));
            }
        }));
    }

    /**
     * The names of the types of answers: a type read in a request and written in an answer, where the two schemas
     * differ (what a caller must send is not what is always there), has its answer's schema under its name with
     * "Answer" after it.
     */
    private static Map<Class<?>, String> answerNames(Map<Class<?>, String> names, Iterable<BodySchema> read,
                                                     Iterable<BodySchema> written) {
        List<Class<?>> readTypes = new ArrayList<>();
        read.forEach(body -> objectTypes(body, readTypes));
        List<Class<?>> writtenTypes = new ArrayList<>();
        written.forEach(body -> objectTypes(body, writtenTypes));
        Map<Class<?>, String> answerNames = new HashMap<>(names);
        for (Class<?> type : writtenTypes) {
            if (readTypes.contains(type) && !BodySchema.of(type).equals(BodySchema.written(type))) {
                String name = names.get(type) + "Answer";
                while (names.containsValue(name) || answerNames.containsValue(name)) {
                    name = name + "Answer";
                }
                answerNames.put(type, name);
            }
        }
        return answerNames;
    }

    /** A document that is not JSON (a PDF, a file) the generator typed as an object without properties is bytes. */
    private static void asBytes(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((mediaType, media) -> {
            Schema schema = media.getSchema();
            if (!mediaType.contains("json") && schema != null && schema.getType() == Schema.SchemaType.OBJECT
                    && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
                media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    /** A body the method takes as sent (a stream, bytes) is documented as bytes, not as an object. */
    private static void asBytes(Parameter body, Content content) {
        Class<?> type = body.getType();
        if (content == null || content.getMediaTypes() == null
                || !(java.io.InputStream.class.isAssignableFrom(type) || type == byte[].class)) {
            return;
        }
        content.getMediaTypes().forEach((mediaType, media) -> {
            if (!mediaType.contains("json")) {
                media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    /** The JSON media types of a content, a problem detail's left out. */
    private static List<String> jsonTypes(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().keySet().stream()
                .filter(type -> type.contains("json") && !type.equals(Problem.MEDIA_TYPE)).toList();
    }

    /**
     * The components made from the Java types in place of the generator's: it names them after the types' simple
     * names, which two types may share, and adds schemas of classes no operation reads or writes (the pages' backing
     * beans). The Problem schema is kept. Nothing is removed when the resource classes could not be read.
     */
    private static void replaceComponents(Components components, Map<String, Schema> made) {
        if (components.getSchemas() != null && !made.isEmpty()) {
            new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !name.equals("Problem"))
                    .forEach(components::removeSchema);
        }
        made.forEach(components::addSchema);
    }

    private static Map<Class<?>, String> names(Iterable<BodySchema> bodies) {
        List<Class<?>> types = new ArrayList<>();
        for (BodySchema body : bodies) {
            objectTypes(body, types);
        }
        Map<String, Long> bySimpleName = new HashMap<>();
        types.forEach(t -> bySimpleName.merge(t.getSimpleName(), 1L, Long::sum));
        Map<Class<?>, String> names = new HashMap<>();
        for (Class<?> type : types) {
            String simple = type.getSimpleName();
            if (bySimpleName.get(simple) > 1) {
                // the class it is declared in (its "Resource" left out), else its business component
                Class<?> enclosing = type.getEnclosingClass();
                String prefix;
                if (enclosing != null) {
                    prefix = enclosing.getSimpleName().replaceAll("Resource$", "");
                } else {
                    String[] packages = type.getPackageName().split("\\.");
                    String component = packages.length > 2 ? packages[2] : packages[packages.length - 1];
                    prefix = Character.toUpperCase(component.charAt(0)) + component.substring(1);
                }
                simple = prefix + simple;
            }
            names.put(type, simple);
        }
        return names;
    }

    private static void objectTypes(BodySchema schema, List<Class<?>> types) {
        if (schema == null) {
            return;
        }
        if (schema.isObject() && schema.javaType() != null) {
            if (types.contains(schema.javaType())) {
                return;
            }
            types.add(schema.javaType());
            schema.properties().values().forEach(p -> objectTypes(p, types));
        }
        objectTypes(schema.items(), types);
        objectTypes(schema.values(), types);
    }

    private static Schema toSchema(BodySchema body, Map<Class<?>, String> names, Map<String, Schema> made) {
        if ("object".equals(body.type()) && body.values() != null) {
            // a free map: any key, each value of the map's value type
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(body.description())
                    .additionalPropertiesSchema(toSchema(body.values(), names, made));
        }
        if ("object".equals(body.type()) && !body.isObject()) {
            // java.lang.Object: any JSON value
            return OASFactory.createSchema().description(body.description());
        }
        if (body.isObject()) {
            // a named type once in the components, referred to; any other object inline
            String name = body.javaType() == null ? null : names.get(body.javaType());
            if (name != null && made.containsKey(name)) {
                return OASFactory.createSchema().ref("#/components/schemas/" + name);
            }
            Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(body.description());
            if (name != null) {
                made.put(name, object);
            }
            body.properties().forEach((property, schema) -> object.addProperty(property, toSchema(schema, names, made)));
            if (!body.required().isEmpty()) {
                object.required(new ArrayList<>(body.required()));
            }
            return name == null ? object : OASFactory.createSchema().ref("#/components/schemas/" + name);
        }
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.valueOf(body.type().toUpperCase(
                java.util.Locale.ROOT))).format(body.format()).description(body.description())
                .minLength(body.minLength()).maxLength(body.maxLength()).pattern(body.pattern())
                .minimum(body.minimum()).maximum(body.maximum());
        if (body.choices() != null) {
            schema.enumeration(new ArrayList<>(body.choices()));
        }
        if (body.items() != null) {
            schema.items(toSchema(body.items(), names, made));
        }
        return schema;
    }

    /**
     * Leaves out what Payara writes into every schema made from an annotation as if it were said (no property
     * allowed, lengths of 0, flags false), and types a choice as the text it is.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()
                && schema.getType() == Schema.SchemaType.OBJECT) {
            schema.setType(Schema.SchemaType.STRING);
        }
        return schema;
    }

    /** The {@link Problem} record as a schema, for when no resource names it itself. */
    static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text())
                .addProperty("message", text());
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; errors names each field at fault, incident ties a server"
                        + " error to its log line, requestId is the answer's X-Request-Id (named by its access-log line)")
                .addProperty("type", text())
                .addProperty("title", text())
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text())
                .addProperty("instance", text())
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("incident", text())
                .addProperty("requestId", text().maxLength(RequestId.MAX_LENGTH)
                        .description("the answer's X-Request-Id: quote it to IT, it names the request's log lines"));
    }

    private static Schema text() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    /** A 4xx or 503 answer with no body of its own is a problem detail, with the shared description if it has none. */
    static void asProblem(String code, APIResponse response) {
        if (!code.startsWith("4") && !code.equals(OperationAnswers.UNAVAILABLE)) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(code, "A problem detail"));
        }
        Content content = response.getContent();
        if (content != null && content.getMediaType(Problem.MEDIA_TYPE) != null) {
            // the resource named the Problem type: the generator's schema of it is a bare object
            content.getMediaType(Problem.MEDIA_TYPE).setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
