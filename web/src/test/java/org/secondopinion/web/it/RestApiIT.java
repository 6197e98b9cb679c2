package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.web.it.ApiClient.basic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as another system sees it over HTTP: sign-in by HTTP Basic, role checks,
 * RFC 9457 problem details naming the fields at fault, refusals in the audit log,
 * concurrent edits refused, health and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final String PASSWORD = "SecondOpinion-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void asksAnonymousCallerToSignIn() throws Exception {
        HttpResponse<String> response = send(get("api/me"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void refusesWrongPasswordWithoutSayingWhy() throws Exception {
        HttpResponse<String> response = send(get("api/me").header("Authorization", basic("billing", "not-the-password")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("not-the-password");
    }

    @Test
    void tellsCallerWhoTheyAre() throws Exception {
        HttpResponse<String> response = send(get("api/me").header("Authorization", basic("billing", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"billing\"").contains("BILLING");
        assertThat(response.headers().firstValue("Set-Cookie")).as("API calls open no session").isEmpty();
    }

    @Test
    void refusesRoleWithoutAdminAndAuditsTheRefusal() throws Exception {
        HttpResponse<String> refused = send(get("api/users").header("Authorization", basic("coordinator", PASSWORD)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"status\":403");

        HttpResponse<String> audit = send(get("api/audit/entries?actor=coordinator&action=ACCESS_DENIED")
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("/api/users").contains("DENIED");
    }

    @Test
    void namesEveryInvalidFieldInTheProblem() throws Exception {
        HttpResponse<String> response = send(post("api/users", "{\"username\":\"x\",\"fullName\":\"\",\"email\":\"not-an-email\","
                + "\"roles\":[],\"password\":\"secret-enough-password\"}").header("Authorization", basic("admin", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"field\":\"username\"").contains("\"field\":\"fullName\"")
                .contains("\"field\":\"email\"").contains("\"field\":\"roles\"")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void explainsARuleTheRequestBreaks() throws Exception {
        HttpResponse<String> response = send(post("api/users", newUser(unique("weak"), "short"))
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"password\"").contains("at least 12 characters");
    }

    @Test
    void refusesUnreadableJson() throws Exception {
        HttpResponse<String> response = send(post("api/users", "{\"username\": ").header("Authorization", basic("admin", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongKindAndListsTheAllowedChoicesWithoutJavaInternals() throws Exception {
        HttpResponse<String> badRole = send(post("api/users", "{\"username\":\"" + unique("enum")
                + "\",\"fullName\":\"Test User\",\"roles\":[\"JANITOR\"],\"password\":\"a-long-enough-password\"}")
                .header("Authorization", basic("admin", PASSWORD)));
        HttpResponse<String> badVersion = send(HttpRequest.newBuilder(uri("api/users/1"))
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":\"one\",\"fullName\":\"X\",\"roles\":[]}")));
        HttpResponse<String> badQueryChoice = send(get("api/audit/entries?action=PEEK").header("Authorization",
                basic("admin", PASSWORD)));
        HttpResponse<String> badQueryNumber = send(get("api/audit/entries?max=many").header("Authorization",
                basic("admin", PASSWORD)));
        HttpResponse<String> badPathNumber = send(get("api/users/abc").header("Authorization", basic("admin", PASSWORD)));

        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("\"field\":\"roles\"")
                .contains("must be one of COORDINATOR, SPECIALIST, BILLING, LEGAL, ADMIN");
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(badVersion.body()).contains("\"field\":\"version\"").contains("must be a whole number");
        assertThat(badQueryChoice.statusCode()).isEqualTo(400);
        assertThat(badQueryChoice.body()).contains("\"field\":\"action\"").contains("READ").contains("ACCESS_DENIED");
        assertThat(badQueryNumber.statusCode()).isEqualTo(400);
        assertThat(badQueryNumber.body()).contains("\"field\":\"max\"").contains("must be a whole number");
        assertThat(badPathNumber.statusCode()).isEqualTo(400);
        assertThat(badPathNumber.body()).contains("\"field\":\"id\"").contains("must be a whole number");
        for (HttpResponse<String> refused : List.of(badRole, badVersion, badQueryChoice, badQueryNumber, badPathNumber)) {
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("org.").doesNotContain("java.").doesNotContain("Exception")
                    .doesNotContain("No enum constant").doesNotContain("deserialize");
        }
    }

    @Test
    void refusesAnEditMadeOnAStaleVersion() throws Exception {
        String username = unique("stale");
        HttpResponse<String> created = send(post("api/users", newUser(username, "a-long-enough-password"))
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(created.statusCode()).isEqualTo(201);
        // a path unless secondopinion.public-url is set: never an address built from the request's Host header
        URI location = base.toURI().resolve(created.headers().firstValue("Location").orElseThrow());

        String change = "{\"version\":%d,\"fullName\":\"Renamed\",\"roles\":[\"COORDINATOR\"],\"active\":true}";
        HttpResponse<String> first = send(HttpRequest.newBuilder(location)
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change.formatted(1))));
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> second = send(HttpRequest.newBuilder(location)
                .header("Authorization", basic("admin", PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change.formatted(1))));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("changed by someone else");
    }

    /**
     * HTTP Basic credentials are verified once and then remembered for a few minutes, but never past a change that
     * must take effect at once: a role taken away, an account deactivated, an account locked by wrong passwords.
     */
    @Test
    void aRememberedCredentialNeverOutlivesARoleChangeADeactivationOrALockOut() throws Exception {
        String username = unique("cached");
        String password = "a-long-enough-password";
        HttpResponse<String> created = send(post("api/users", newUser(username, password))
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        URI location = base.toURI().resolve(created.headers().firstValue("Location").orElseThrow());
        String change = "{\"version\":%d,\"fullName\":\"Test User\",\"roles\":[%s],\"active\":%s}";
        java.util.function.IntSupplier version = () -> Json.createReader(new StringReader(sendQuietly(
                HttpRequest.newBuilder(location).header("Authorization", basic("admin", PASSWORD)).GET()).body()))
                .readObject().getInt("version");

        assertThat(send(get("api/users").header("Authorization", basic(username, password))).statusCode())
                .as("a coordinator lists no users").isEqualTo(403);
        assertThat(send(put(location, change.formatted(version.getAsInt(), "\"COORDINATOR\",\"ADMIN\"", true))).statusCode()).isEqualTo(200);
        assertThat(send(get("api/users").header("Authorization", basic(username, password))).statusCode())
                .as("granted ADMIN: at once").isEqualTo(200);
        assertThat(send(put(location, change.formatted(version.getAsInt(), "\"COORDINATOR\"", true))).statusCode()).isEqualTo(200);
        assertThat(send(get("api/users").header("Authorization", basic(username, password))).statusCode())
                .as("ADMIN taken away: at once, though the credential was just verified").isEqualTo(403);

        assertThat(send(get("api/me").header("Authorization", basic(username, password))).statusCode()).isEqualTo(200);
        assertThat(send(put(location, change.formatted(version.getAsInt(), "\"COORDINATOR\"", false))).statusCode()).isEqualTo(200);
        assertThat(send(get("api/me").header("Authorization", basic(username, password))).statusCode())
                .as("deactivated: at once").isEqualTo(401);
        assertThat(send(put(location, change.formatted(version.getAsInt(), "\"COORDINATOR\"", true))).statusCode()).isEqualTo(200);
        assertThat(send(get("api/me").header("Authorization", basic(username, password))).statusCode())
                .as("reactivated").isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(send(get("api/me").header("Authorization", basic(username, "wrong-" + attempt))).statusCode())
                    .isEqualTo(401);
        }
        assertThat(send(get("api/me").header("Authorization", basic(username, password))).statusCode())
                .as("locked after five wrong passwords: the remembered credential no longer signs in").isEqualTo(401);
    }

    private HttpResponse<String> sendQuietly(HttpRequest.Builder request) {
        try {
            return send(request);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder put(URI location, String json) {
        return HttpRequest.newBuilder(location).header("Authorization", basic("admin", PASSWORD))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void reportsHealthWithoutSigningIn() throws Exception {
        HttpResponse<String> response = send(get("api/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> response = send(HttpRequest.newBuilder(openapi).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Second Opinion API").contains("/users");
    }

    /**
     * Every billing operation declares its responses (none left as "default") and its request body; the estimate
     * line's body lists the No Surprises Act fields, coinsurance says percent 0–100, the estimate has its totals.
     */
    @Test
    void documentsTheBillingBodiesAndResponses() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> response = send(HttpRequest.newBuilder(openapi).header("Accept", "application/json").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), response.body());
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        List<String> billing = paths.keySet().stream()
                .filter(path -> path.matches("(/api)?/(estimates|billing|fee-schedules)(/.*)?")).toList();
        assertThat(billing).as(paths.keySet().toString()).hasSizeGreaterThanOrEqualTo(15);
        List<String> undocumented = new ArrayList<>();
        for (String path : billing) {
            for (Map.Entry<String, JsonValue> operation : paths.getJsonObject(path).entrySet()) {
                if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
                    continue;
                }
                JsonObject responses = op.getJsonObject("responses");
                if (responses.containsKey("default") || responses.keySet().stream().noneMatch(c -> c.startsWith("2"))
                        || responses.toString().contains("Default Response")) {
                    undocumented.add(operation.getKey() + " " + path + " " + responses.keySet());
                }
                if (List.of("post", "put").contains(operation.getKey()) && op.containsKey("requestBody")
                        && op.getJsonObject("requestBody").toString().contains("Default Request")) {
                    undocumented.add(operation.getKey() + " " + path + " request body");
                }
            }
        }
        assertThat(undocumented).isEmpty();

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject line = properties(schemas, "LineForm");
        assertThat(line.keySet()).contains("emergency", "ancillaryAtInNetworkFacility", "facilityNetwork", "code",
                "providerName");
        assertThat(line.getJsonObject("facilityNetwork").toString()).contains("IN_NETWORK", "OUT_OF_NETWORK");
        JsonObject coinsurance = properties(schemas, "CategoryForm").getJsonObject("inNetworkCoinsurance");
        assertThat(coinsurance.getJsonNumber("minimum").intValue()).isZero();
        assertThat(coinsurance.getJsonNumber("maximum").intValue()).isEqualTo(100);
        assertThat(coinsurance.getString("description")).contains("percent, 0 to 100");
        assertThat(properties(schemas, "Detail").keySet()).contains("total", "options", "lines");
        assertThat(properties(schemas, "TotalView").keySet())
                .contains("patientOwes", "planPays", "allowed", "low", "high");
        assertThat(properties(schemas, "OptionView").keySet()).contains("patientOwes", "planPays", "allowed",
                "low", "high", "withWorkup");
    }

    /**
     * The document's shared problem responses (the {@code ProblemResponses} filter): every operation but the health
     * check answers 401 and 403, every 4xx answer is an RFC 9457 problem with the Problem schema, and the estimate
     * operations split over four resources keep each of their own codes.
     */
    @Test
    void documentsTheProblemAnswersOfEveryOperation() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> response = send(HttpRequest.newBuilder(openapi).header("Accept", "application/json").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> operation : paths.getJsonObject(path).entrySet()) {
                if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
                    continue;
                }
                JsonObject responses = op.getJsonObject("responses");
                boolean anonymous = path.endsWith("/health");
                if (anonymous == (responses.containsKey("401") && responses.containsKey("403"))) {
                    wrong.add(operation.getKey() + " " + path + " 401/403: " + responses.keySet());
                }
                for (String code : responses.keySet()) {
                    JsonObject answer = responses.getJsonObject(code);
                    if (code.startsWith("4") && (answer.getString("description", "").isBlank()
                            || !answer.containsKey("content")
                            || !answer.getJsonObject("content").containsKey("application/problem+json"))) {
                        wrong.add(operation.getKey() + " " + path + " " + code + ": " + answer);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem").toString())
                .contains("errors", "detail", "status");

        Map<String, List<String>> expected = Map.of(
                "put /estimates/{id}", List.of("200", "400", "401", "403", "404", "409", "422"),
                "post /estimates/from-referral", List.of("201", "400", "401", "403", "404", "422"),
                "post /estimates/{id}/lines", List.of("200", "400", "401", "403", "404", "409", "422"),
                "delete /estimates/{id}/lines/{lineId}", List.of("200", "400", "401", "403", "404", "409", "422"),
                "put /estimates/{id}/lines/{lineId}/provider", List.of("200", "400", "401", "403", "404", "409", "422"),
                "post /estimates/{id}/final-bills", List.of("201", "400", "401", "403", "404", "422"),
                "get /estimates/{id}/final-bills", List.of("200", "401", "403", "404"),
                "get /estimates/{id}/good-faith-estimate.pdf", List.of("200", "401", "403", "404", "409", "422"));
        expected.forEach((operation, codes) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String suffix = operation.substring(operation.indexOf(' ') + 1);
            String path = paths.keySet().stream().filter(p -> p.equals(suffix) || p.equals("/api" + suffix))
                    .findFirst().orElseThrow(() -> new AssertionError(suffix + " not in " + paths.keySet()));
            assertThat(paths.getJsonObject(path).getJsonObject(method).getJsonObject("responses").keySet())
                    .as(operation).containsExactlyInAnyOrderElementsOf(codes);
        });
    }

    /** A schema's properties, with those it takes from the schemas it extends (allOf). */
    private static JsonObject properties(JsonObject schemas, String name) {
        assertThat(schemas.keySet()).as("schemas").contains(name);
        JsonObject schema = schemas.getJsonObject(name);
        jakarta.json.JsonObjectBuilder all = Json.createObjectBuilder();
        if (schema.containsKey("allOf")) {
            for (JsonValue part : schema.getJsonArray("allOf")) {
                JsonObject partSchema = part.asJsonObject();
                if (partSchema.containsKey("$ref")) {
                    String ref = partSchema.getString("$ref");
                    properties(schemas, ref.substring(ref.lastIndexOf('/') + 1)).forEach(all::add);
                } else if (partSchema.containsKey("properties")) {
                    partSchema.getJsonObject("properties").forEach(all::add);
                }
            }
        }
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach(all::add);
        }
        return all.build();
    }

    @Test
    void neverShowsAStackTraceForAnUnknownAddress() throws Exception {
        HttpResponse<String> response = send(get("api/no-such-resource").header("Authorization", basic("admin", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String newUser(String username, String password) {
        return "{\"username\":\"" + username + "\",\"fullName\":\"Test User\",\"roles\":[\"COORDINATOR\"],\"password\":\""
                + password + "\"}";
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
