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

    /**
     * Request ids: a caller's sane {@code X-Request-Id} comes back on the answer and in every problem's
     * {@code requestId}, whoever wrote the problem (the exception mapper, the sign-in mechanism, the idempotency
     * filter).
     */
    @Test
    void echoesASaneRequestIdOnAnswersAndInEveryProblem() throws Exception {
        String id = "it-" + UUID.randomUUID() + "_A.1";
        HttpResponse<String> me = send(get("api/me").header("Authorization", basic("billing", PASSWORD))
                .header("X-Request-Id", id));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("X-Request-Id")).containsExactly(id);

        HttpResponse<String> refused = send(get("api/users").header("Authorization", basic("coordinator", PASSWORD))
                .header("X-Request-Id", id));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().allValues("X-Request-Id")).containsExactly(id);
        assertThat(json(refused.body()).getString("requestId")).isEqualTo(id);

        HttpResponse<String> anonymous = send(get("api/me").header("X-Request-Id", id));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("X-Request-Id")).containsExactly(id);
        assertThat(json(anonymous.body()).getString("requestId")).isEqualTo(id);

        HttpResponse<String> badKey = send(post("api/users", newUser(unique("rid"), "Request-Id-2026!"))
                .header("Authorization", basic("admin", PASSWORD)).header("Idempotency-Key", "k".repeat(300))
                .header("X-Request-Id", id));
        assertThat(badKey.statusCode()).as(badKey.body()).isEqualTo(400);
        assertThat(badKey.headers().allValues("X-Request-Id")).containsExactly(id);
        assertThat(json(badKey.body()).getString("requestId")).isEqualTo(id);
    }

    @Test
    void replacesAnInsaneRequestIdWithoutEchoingIt() throws Exception {
        for (String insane : List.of("two words", "x".repeat(65), "quote\"d;<b>")) {
            HttpResponse<String> response = send(get("api/users").header("Authorization", basic("coordinator",
                    PASSWORD)).header("X-Request-Id", insane));
            assertThat(response.statusCode()).isEqualTo(403);
            String given = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(given).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
            assertThat(json(response.body()).getString("requestId")).isEqualTo(given);
            assertThat(response.body()).doesNotContain(insane);
        }
        HttpResponse<String> first = send(get("api/health"));
        HttpResponse<String> second = send(get("api/health"));
        assertThat(first.headers().firstValue("X-Request-Id")).isPresent()
                .isNotEqualTo(second.headers().firstValue("X-Request-Id"));
    }

    /** Pages, static resources, redirects to the login page and error pages carry one too; error pages show it. */
    @Test
    void everyPageAnswerCarriesARequestId() throws Exception {
        HttpResponse<String> login = send(get("login.xhtml"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Request-Id")).hasValueSatisfying(v -> assertThat(v).hasSize(36));

        HttpResponse<String> stylesheet = send(get("jakarta.faces.resource/css/app.css.xhtml"));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("X-Request-Id")).isPresent();

        HttpResponse<String> toLogin = send(get("coordinator/worklist.xhtml").header("X-Request-Id", "page-1"));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().allValues("X-Request-Id")).containsExactly("page-1");

        HttpResponse<String> missing = send(get("no-such-page.xhtml").header("X-Request-Id", "page-404-" + unique("x")));
        assertThat(missing.statusCode()).isEqualTo(404);
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).startsWith("page-404-");
        assertThat(missing.body()).as("the error page shows it").contains(id);
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

    /**
     * The scheduled jobs as the cluster ran them (one node here): every job's lease names the node that answers, the
     * audit chainer (every second) has run, and the first start's work is listed; for administrators only.
     */
    @Test
    void listsTheScheduledJobsWithTheNodeThatRanEachForAdministratorsOnly() throws Exception {
        HttpResponse<String> answer = send(get("api/scheduled-jobs").header("Authorization", basic("admin", PASSWORD)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        jakarta.json.JsonObject listed = ApiClient.object(answer.body());
        String node = listed.getString("answeredBy");
        java.util.Map<String, jakarta.json.JsonObject> jobs = listed.getJsonArray("jobs")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(job -> job.getString("job"), job -> job));
        assertThat(jobs).containsKeys("audit chainer", "turnaround watch", "deadline reminders",
                "idempotency key cleanup", "first start");
        jakarta.json.JsonObject chainer = jobs.get("audit chainer");
        assertThat(chainer.getString("lastRunBy")).isEqualTo(node);
        assertThat(chainer.getJsonNumber("runs").longValue()).isPositive();
        assertThat(java.time.Instant.parse(chainer.getString("lastRunAt"))).isAfter(java.time.Instant.now().minusSeconds(60));
        assertThat(chainer.getString("lastScheduledTime")).isNotBlank();
        jakarta.json.JsonObject firstStart = jobs.get("first start");
        assertThat(firstStart.getString("lastRunBy")).as("this node's start checked the first accounts").isEqualTo(node);
        assertThat(firstStart.getOrDefault("lastScheduledTime", jakarta.json.JsonValue.NULL)).as("not on a schedule")
                .isEqualTo(jakarta.json.JsonValue.NULL);

        assertThat(send(get("api/scheduled-jobs").header("Authorization", basic("coordinator", PASSWORD))).statusCode())
                .isEqualTo(403);
        assertThat(send(get("api/scheduled-jobs").header("Authorization", "Bearer " + accessToken("ehr-demo", PASSWORD)))
                .statusCode()).as("a machine client").isEqualTo(403);
        assertThat(send(get("api/scheduled-jobs")).statusCode()).isEqualTo(401);
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

    /** A field the request does not take is refused by name, at the top and inside a nested object. */
    @Test
    void refusesAFieldTheRequestDoesNotTakeNamingIt() throws Exception {
        HttpResponse<String> top = send(post("api/users", "{\"username\":\"" + unique("extra")
                + "\",\"fullName\":\"Test User\",\"roles\":[\"BILLING\"],\"password\":\"a-long-enough-password\","
                + "\"nickname\":\"Bob\"}").header("Authorization", basic("admin", PASSWORD)));
        HttpResponse<String> nested = send(HttpRequest.newBuilder(uri("api/referrals/1/opinion"))
                .header("Authorization", basic("specialist", PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":0,\"opinion\":{\"summry\":\"typo\"}}")));

        assertThat(top.statusCode()).as(top.body()).isEqualTo(400);
        assertThat(top.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(top.body()).contains("\"field\":\"nickname\"").contains("nickname is not a field of this request")
                .doesNotContain("org.").doesNotContain("can not be mapped");
        assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
        assertThat(nested.body()).contains("\"field\":\"opinion.summry\"");
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
        JsonObject health = json(response.body());
        assertThat(health.getString("database")).isEqualTo("UP");
        assertThat(health.getString("fileStore")).isEqualTo("UP");
        assertThat(health.getString("migrations")).isEqualTo("UP");
    }

    @Test
    void readinessChecksDatabaseFileStoreAndMigrationsAndLivenessLooksForDeadlocks() throws Exception {
        HttpResponse<String> ready = send(HttpRequest.newBuilder(server("/health/ready")).GET());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        Map<String, String> checks = new java.util.TreeMap<>();
        json(ready.body()).getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(check -> checks.put(check.getString("name"), check.getString("status")));
        assertThat(checks).containsExactlyInAnyOrderEntriesOf(
                Map.of("database", "UP", "fileStore", "UP", "migrations", "UP"));
        assertThat(json(ready.body()).getString("status")).isEqualTo("UP");

        HttpResponse<String> live = send(HttpRequest.newBuilder(server("/health/live")).GET());
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(live.body()).contains("\"deadlocks\"").containsPattern("\"deadlockedThreads\":\"?0\"?[,}]");
    }

    @Test
    void servesApplicationMetricsBesideTheServersInPrometheusFormat() throws Exception {
        PrometheusText before = metrics();
        Map<String, String> me = Map.of("operation", "GET /api/me", "status", "200");
        double meBefore = before.valueOrZero("secondopinion_rest_requests_seconds_count", me);
        assertThat(send(get("api/me").header("Authorization", basic("billing", PASSWORD))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("api/audit/verification"))
                .header("Authorization", basic("admin", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(server("/metrics")).header("Accept", "text/plain").GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        PrometheusText after = new PrometheusText(answer.body());
        System.out.println("application metrics:\n" + answer.body().lines()
                .filter(line -> line.startsWith("secondopinion_")).collect(java.util.stream.Collectors.joining("\n")));
        for (String name : List.of("secondopinion_rest_requests_seconds_count", "secondopinion_rest_requests_seconds_sum",
                "secondopinion_referrals_received_total", "secondopinion_cases_open", "secondopinion_cases_overdue",
                "secondopinion_pricefile_imports_running", "secondopinion_pricefile_import_rows_per_second",
                "secondopinion_audit_unchained", "secondopinion_audit_verification_intact",
                "secondopinion_audit_verification_last_seconds", "secondopinion_job_last_run_seconds",
                "secondopinion_job_duration_seconds")) {
            assertThat(after.has(name)).as(name + " in /metrics").isTrue();
        }
        assertThat(after.has("base_jvm_uptime_seconds") || after.body().contains("jvm_uptime")).as("the server's own").isTrue();
        assertThat(after.valueOrZero("secondopinion_rest_requests_seconds_count", me)).isEqualTo(meBefore + 1);
        assertThat(after.value("secondopinion_rest_requests_seconds_sum", me).orElseThrow()).isPositive();
        assertThat(after.value("secondopinion_rest_requests_seconds_max", me).orElseThrow()).as("seconds")
                .isPositive().isLessThan(30);
        assertThat(after.value("secondopinion_rest_requests_seconds", Map.of("operation", "GET /api/me", "status", "200",
                "quantile", "0.5")).orElseThrow()).as("a median (in nanoseconds: Payara 6.2025.10 does not scale quantiles)")
                .isPositive();
        assertThat(after.body()).as("path templates, never raw paths").doesNotContainPattern("operation=\"[A-Z]+ [^\"]*/\\d");
        assertThat(after.value("secondopinion_audit_verification_intact", Map.of())).hasValue(1.0);
        assertThat(after.value("secondopinion_audit_verification_last_seconds", Map.of()).orElseThrow()).isGreaterThan(java.time.Instant.now().minusSeconds(120).getEpochSecond());
        assertThat(after.value("secondopinion_job_last_run_seconds", Map.of("task", "audit chainer"))).isPresent();
        assertThat(after.value("secondopinion_cases_open", Map.of()).orElseThrow()).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(after.value("secondopinion_referrals_received_total", Map.of("channel", "page"))).isPresent();
    }

    private PrometheusText metrics() throws Exception {
        return new PrometheusText(send(HttpRequest.newBuilder(server("/metrics")).header("Accept", "text/plain").GET()).body());
    }

    private URI server(String path) {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
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
        assertThat(properties(schemas, "EstimateViewsDetail").keySet()).contains("total", "options", "lines");
        assertThat(properties(schemas, "TotalView").keySet())
                .contains("patientOwes", "planPays", "allowed", "low", "high");
        assertThat(properties(schemas, "OptionView").keySet()).contains("patientOwes", "planPays", "allowed",
                "low", "high", "withWorkup");
    }

    /**
     * The document's shared problem responses (the {@code ProblemResponses} filter): every operation but the health
     * check and the OAuth token endpoint answers 401 and 403, every 4xx answer is an RFC 9457 problem with the
     * Problem schema (the token endpoint's are RFC 6749 errors), and the estimate operations split over four
     * resources keep each of their own codes.
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
                // the token endpoint authenticates the client itself and answers RFC 6749 errors (application/json)
                boolean oauth = path.endsWith("/oauth/token");
                boolean anonymous = path.endsWith("/health") || oauth;
                if (anonymous == (responses.containsKey("401") && responses.containsKey("403"))) {
                    wrong.add(operation.getKey() + " " + path + " 401/403: " + responses.keySet());
                }
                for (String code : responses.keySet()) {
                    JsonObject answer = responses.getJsonObject(code);
                    if (code.startsWith("4") && !oauth && (answer.getString("description", "").isBlank()
                            || !answer.containsKey("content")
                            || !answer.getJsonObject("content").containsKey("application/problem+json"))) {
                        wrong.add(operation.getKey() + " " + path + " " + code + ": " + answer);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem").toString())
                .contains("errors", "detail", "status", "requestId");

        Map<String, List<String>> expected = Map.of(
                "put /estimates/{id}", List.of("200", "400", "401", "403", "404", "409", "422", "503"),
                "post /estimates/from-referral", List.of("201", "400", "401", "403", "404", "409", "422", "503"),
                "post /estimates/{id}/lines", List.of("200", "400", "401", "403", "404", "409", "422", "503"),
                "delete /estimates/{id}/lines/{lineId}", List.of("200", "400", "401", "403", "404", "409", "422", "503"),
                "put /estimates/{id}/lines/{lineId}/provider", List.of("200", "400", "401", "403", "404", "409", "422",
                        "503"),
                "post /estimates/{id}/final-bills", List.of("201", "400", "401", "403", "404", "409", "422", "503"),
                "get /estimates/{id}/final-bills", List.of("200", "400", "401", "403", "404", "503"),
                "get /estimates/{id}/good-faith-estimate.pdf", List.of("200", "400", "401", "403", "404", "409", "422",
                        "503"));
        expected.forEach((operation, codes) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String suffix = operation.substring(operation.indexOf(' ') + 1);
            String path = paths.keySet().stream().filter(p -> p.equals(suffix) || p.equals("/api" + suffix))
                    .findFirst().orElseThrow(() -> new AssertionError(suffix + " not in " + paths.keySet()));
            assertThat(paths.getJsonObject(path).getJsonObject(method).getJsonObject("responses").keySet())
                    .as(operation).containsExactlyInAnyOrderElementsOf(codes);
        });
    }

    /**
     * Every operation that reads a JSON body documents it as the code reads it: the same property names as the type
     * its resource method takes (record components; public fields and fields with a setter), the same required
     * ones (Bean Validation's not-null, not-blank and not-empty, or {@code @Schema(required = true)}), and for each
     * property the JSON type and format of its Java type and a choice's values, down nested objects and lists. An
     * operation that reads no JSON body documents none. Every JSON answer whose Java type is known (its
     * {@code @APIResponse} implementation, or the type the method returns) is documented as JSON-B writes it: record
     * components, public fields and getters, by their {@code @JsonbProperty} names, only primitives required (a null
     * is left out). Every component schema but Problem is one of these Java types, and no schema is an object
     * without properties (a map says its values).
     */
    @Test
    void documentsEveryBodyAsTheCodeReadsOrWritesIt() throws Exception {
        JsonObject document = openApiDocument();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        org.secondopinion.web.api.ApiRoutes routes = org.secondopinion.web.api.ApiRoutes.scan();
        List<String> wrong = new ArrayList<>();
        int bodies = 0;
        int answers = 0;
        java.util.Set<String> compared = new java.util.TreeSet<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> entry : paths.getJsonObject(path).entrySet()) {
                if (!(entry.getValue() instanceof JsonObject operation) || !operation.containsKey("responses")) {
                    continue;
                }
                String where = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path;
                java.lang.reflect.Method method = routes.method(entry.getKey().toUpperCase(java.util.Locale.ROOT), path)
                        .orElse(null);
                if (method == null) {
                    wrong.add(where + ": no resource method");
                    continue;
                }
                JsonObject responses = operation.getJsonObject("responses");
                for (String code : responses.keySet()) {
                    JsonObject content = responses.getJsonObject(code).getJsonObject("content");
                    java.lang.reflect.Type written = org.secondopinion.web.api.ApiRoutes.answer(method, code)
                            .orElse(null);
                    if (content == null || written == null) {
                        continue;
                    }
                    for (String mediaType : content.keySet()) {
                        if (mediaType.contains("json") && !mediaType.equals("application/problem+json")) {
                            answers++;
                            compare(where + " " + code, content.getJsonObject(mediaType).getJsonObject("schema"),
                                    written, schemas, wrong, 0, true, compared);
                        }
                    }
                }
                java.lang.reflect.Parameter body = org.secondopinion.web.api.ApiRoutes.body(method);
                JsonObject json = operation.containsKey("requestBody") ? operation.getJsonObject("requestBody")
                        .getJsonObject("content").getJsonObject("application/json") : null;
                boolean readsJson = body != null && org.secondopinion.web.api.ApiRoutes.boundFromJson(body);
                if (!readsJson) {
                    continue;
                }
                bodies++;
                if (json == null || !json.containsKey("schema")) {
                    wrong.add(where + ": the body " + body.getType().getSimpleName() + " is not documented");
                    continue;
                }
                compare(where, json.getJsonObject("schema"), body.getParameterizedType(), schemas, wrong, 0, false,
                        compared);
            }
        }
        assertThat(bodies).as("operations reading a JSON body").isGreaterThanOrEqualTo(40);
        assertThat(answers).as("JSON answers of a known type").isGreaterThanOrEqualTo(80);
        java.util.Set<String> unknown = new java.util.TreeSet<>(schemas.keySet());
        unknown.removeAll(compared);
        unknown.remove("Problem");
        bareObjects("#", document, schemas, wrong);
        assertThat(wrong).isEmpty();
        assertThat(unknown).as("component schemas no Java type of a body or answer was compared with").isEmpty();
        assertThat(routes.operations()).hasSizeGreaterThanOrEqualTo(paths.size());
        assertThat(wrong).isEmpty();
    }

    /**
     * Every operation lists the answers its code can give: 503 with Retry-After on everything, as everything touches
     * the database (a problem; the health check's DOWN in its own body), the Idempotency-Key's 400, 409 and 422 on every
     * signed-in POST, 409 where the body carries the version last read, and no "default" placeholder. A path
     * parameter has the JSON type and format of the Java type the method reads (an id is an int64, not a "number").
     */
    @Test
    void documentsTheRealAnswersOfEveryOperation() throws Exception {
        JsonObject document = openApiDocument();
        org.secondopinion.web.api.ApiRoutes routes = org.secondopinion.web.api.ApiRoutes.scan();
        JsonObject paths = document.getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> entry : paths.getJsonObject(path).entrySet()) {
                if (!(entry.getValue() instanceof JsonObject operation) || !operation.containsKey("responses")) {
                    continue;
                }
                String http = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonObject responses = operation.getJsonObject("responses");
                String where = http + " " + path + " " + responses.keySet();
                if (responses.containsKey("default") || responses.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                    wrong.add(where + ": no success answer");
                }
                JsonObject unavailable = responses.getJsonObject("503");
                if (unavailable == null || !unavailable.containsKey("headers")
                        || !unavailable.getJsonObject("headers").containsKey("Retry-After")) {
                    wrong.add(where + ": 503 with Retry-After");
                } else if (path.endsWith("/health") != unavailable.getJsonObject("content")
                        .containsKey("application/json") || path.endsWith("/health") == unavailable.getJsonObject("content")
                        .containsKey("application/problem+json")) {
                    wrong.add(where + ": 503 a problem, but the health check's DOWN in its own body");
                }
                if (http.equals("POST") && !path.endsWith("/oauth/token")
                        && !responses.keySet().containsAll(List.of("400", "409", "422"))) {
                    wrong.add(where + ": Idempotency-Key answers 400, 409, 422");
                }
                java.lang.reflect.Method method = routes.method(http, path).orElse(null);
                java.lang.reflect.Parameter body = method == null ? null : org.secondopinion.web.api.ApiRoutes.body(method);
                if (body != null && org.secondopinion.web.api.ApiRoutes.boundFromJson(body)
                        && readable(body.getType()).containsKey("version") && !responses.containsKey("409")) {
                    wrong.add(where + ": a stale version is a 409");
                }
                for (JsonValue value : operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                    JsonObject parameter = value.asJsonObject();
                    if (parameter.getString("in").equals("path") && method != null) {
                        for (java.lang.reflect.Parameter read : method.getParameters()) {
                            jakarta.ws.rs.PathParam name = read.getAnnotation(jakarta.ws.rs.PathParam.class);
                            if (name != null && name.value().equals(parameter.getString("name"))) {
                                String[] expected = jsonType(read.getType());
                                JsonObject schema = parameter.getJsonObject("schema");
                                if (!expected[0].equals(schema.getString("type", null))
                                        || expected[1] != null && !expected[1].equals(schema.getString("format", null))) {
                                    wrong.add(where + ": path parameter " + name.value() + " is " + schema);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        JsonObject health = paths.getJsonObject(paths.keySet().stream().filter(p -> p.endsWith("/health")).findFirst()
                .orElseThrow()).getJsonObject("get").getJsonObject("responses");
        assertThat(health.keySet()).containsExactlyInAnyOrder("200", "503");
        assertThat(health.getJsonObject("200").toString()).contains("\"status\"", "\"database\"");
        assertThat(health.getJsonObject("503").toString()).contains("\"status\"", "\"database\"", "Retry-After");
    }

    private JsonObject openApiDocument() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> response = send(HttpRequest.newBuilder(openapi).header("Accept", "application/json").GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Compares a documented schema with the Java type JSON-B binds the body to, noting each difference. */
    private static void compare(String where, JsonObject documented, java.lang.reflect.Type type, JsonObject schemas,
                                List<String> wrong, int depth, boolean written, java.util.Set<String> compared) {
        JsonObject schema = documented;
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            compared.add(ref.substring(ref.lastIndexOf('/') + 1));
            schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema == null) {
                wrong.add(where + ": " + ref + " is not in the components");
                return;
            }
        }
        Class<?> raw = type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType()
                : (Class<?>) type;
        if (raw == Object.class) {
            if (schema.containsKey("type")) {
                wrong.add(where + ": any value (Object), documented as " + schema.getString("type"));
            }
            return;
        }
        String[] expected = jsonType(raw);
        String actualType = schema.getString("type", null);
        if (!expected[0].equals(actualType)) {
            wrong.add(where + ": type " + actualType + ", the code reads " + expected[0] + " (" + raw.getSimpleName()
                    + ")");
            return;
        }
        if (expected[1] != null && !expected[1].equals(schema.getString("format", null))) {
            wrong.add(where + ": format " + schema.getString("format", null) + ", the code reads " + expected[1]);
        }
        if (raw.isEnum()) {
            List<String> values = java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> documentedValues = schema.containsKey("enum") ? schema.getJsonArray("enum")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()
                    : List.of();
            if (!documentedValues.equals(values)) {
                wrong.add(where + ": choices " + documentedValues + ", the code takes " + values);
            }
        }
        if (depth > 6) {
            return;
        }
        if (expected[0].equals("array")) {
            java.lang.reflect.Type element = type instanceof java.lang.reflect.ParameterizedType p
                    ? p.getActualTypeArguments()[0] : raw.getComponentType();
            if (!schema.containsKey("items")) {
                wrong.add(where + ": a list without its items");
            } else {
                compare(where + "[]", schema.getJsonObject("items"), element, schemas, wrong, depth + 1, written,
                        compared);
            }
        }
        if (expected[0].equals("object") && java.util.Map.class.isAssignableFrom(raw)) {
            java.lang.reflect.Type value = type instanceof java.lang.reflect.ParameterizedType p
                    ? p.getActualTypeArguments()[1] : Object.class;
            if (!(schema.get("additionalProperties") instanceof JsonObject values)) {
                wrong.add(where + ": a map without the schema of its values");
            } else {
                compare(where + "{}", values, value, schemas, wrong, depth + 1, written, compared);
            }
        }
        if (expected[0].equals("object") && !java.util.Map.class.isAssignableFrom(raw)) {
            Map<String, java.lang.reflect.Type> readable = new java.util.TreeMap<>();
            java.util.Set<String> required = new java.util.TreeSet<>();
            if (written) {
                readable.putAll(written(raw));
                readable.forEach((name, propertyType) -> {
                    if (propertyType instanceof Class<?> c && c.isPrimitive()) {
                        required.add(name);
                    }
                });
            } else {
                Object blank = blank(raw);
                readable(raw).forEach((name, field) -> {
                    readable.put(name, field.getGenericType());
                    if (startsWithAValue(blank, field)) {
                        return;
                    }
                    org.eclipse.microprofile.openapi.annotations.media.Schema declared = field.getAnnotation(
                            org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                    if (field.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                            || field.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                            || field.isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class)
                            || declared != null && declared.required()) {
                        required.add(name);
                    }
                });
            }
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                    : JsonValue.EMPTY_JSON_OBJECT;
            java.util.Set<String> missing = new java.util.TreeSet<>(readable.keySet());
            missing.removeAll(properties.keySet());
            java.util.Set<String> unread = new java.util.TreeSet<>(properties.keySet());
            unread.removeAll(readable.keySet());
            String verb = written ? "writes" : "reads";
            if (!missing.isEmpty()) {
                wrong.add(where + ": " + raw.getSimpleName() + " " + verb + " " + missing + ", not documented");
            }
            if (!unread.isEmpty()) {
                wrong.add(where + ": " + raw.getSimpleName() + " documents " + unread + ", which the code does not "
                        + (written ? "write" : "read"));
            }
            java.util.Set<String> documentedRequired = new java.util.TreeSet<>(schema.containsKey("required")
                    ? schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList() : List.of());
            if (!documentedRequired.equals(required)) {
                wrong.add(where + ": " + raw.getSimpleName() + " requires " + documentedRequired + ", the code "
                        + required);
            }
            readable.forEach((name, propertyType) -> {
                if (properties.containsKey(name)) {
                    compare(where + " " + raw.getSimpleName() + "." + name, properties.getJsonObject(name),
                            propertyType, schemas, wrong, depth + 1, written, compared);
                }
            });
        }
    }

    /**
     * The properties JSON-B writes of a type, by the name it writes them under: a record's components, or public
     * fields and getters ({@code getX}, {@code isX}), {@code @JsonbTransient} left out.
     */
    private static Map<String, java.lang.reflect.Type> written(Class<?> type) {
        Map<String, java.lang.reflect.Type> written = new java.util.TreeMap<>();
        if (type.isRecord()) {
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                jakarta.json.bind.annotation.JsonbProperty named = component.getAccessor().getAnnotation(
                        jakarta.json.bind.annotation.JsonbProperty.class);
                try {
                    java.lang.reflect.Field field = type.getDeclaredField(component.getName());
                    if (named == null) {
                        named = field.getAnnotation(jakarta.json.bind.annotation.JsonbProperty.class);
                    }
                } catch (NoSuchFieldException impossible) {
                    throw new AssertionError(impossible);
                }
                written.put(named == null ? component.getName() : named.value(), component.getGenericType());
            }
            return written;
        }
        for (java.lang.reflect.Method getter : type.getMethods()) {
            String name = getter.getName();
            boolean bool = getter.getReturnType() == boolean.class || getter.getReturnType() == Boolean.class;
            int prefix = name.startsWith("get") && name.length() > 3 ? 3 : name.startsWith("is") && bool ? 2 : 0;
            if (prefix > 0 && getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class
                    && !java.lang.reflect.Modifier.isStatic(getter.getModifiers())
                    && !getter.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
                written.put(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1),
                        getter.getGenericReturnType());
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (java.lang.reflect.Modifier.isPublic(modifiers) && !java.lang.reflect.Modifier.isStatic(modifiers)
                        && !java.lang.reflect.Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
                    written.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
        }
        return written;
    }

    /** Notes every schema that is an object without properties, and every $ref to no component. */
    private static void bareObjects(String where, JsonValue value, JsonObject schemas, List<String> wrong) {
        if (value instanceof JsonObject object) {
            if (object.get("type") instanceof jakarta.json.JsonString type && type.getString().equals("object")
                    && !object.containsKey("properties") && !object.containsKey("additionalProperties")
                    && !object.containsKey("allOf")) {
                wrong.add(where + ": an object without properties");
            }
            if (object.get("$ref") instanceof jakarta.json.JsonString ref
                    && !schemas.containsKey(ref.getString().substring(ref.getString().lastIndexOf('/') + 1))) {
                wrong.add(where + ": " + ref.getString() + " is not in the components");
            }
            object.forEach((key, child) -> bareObjects(where + "/" + key, child, schemas, wrong));
        } else if (value instanceof jakarta.json.JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                bareObjects(where + "/" + i, array.get(i), schemas, wrong);
            }
        }
    }

    /** A body as JSON-B starts it, to see which properties have a value the caller need not send; null if none. */
    private static Object blank(Class<?> type) {
        try {
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return type.isRecord() ? null : constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException none) {
            return null;
        }
    }

    private static boolean startsWithAValue(Object blank, java.lang.reflect.Field field) {
        if (blank == null || field.getType().isPrimitive()) {
            return false;
        }
        try {
            field.setAccessible(true);
            Object value = field.get(blank);
            return value != null && !"".equals(value.toString().strip());
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The JSON type and format a Java type is read from. */
    private static String[] jsonType(Class<?> type) {
        if (type == String.class) {
            return new String[] {"string", null};
        }
        if (type == boolean.class || type == Boolean.class) {
            return new String[] {"boolean", null};
        }
        if (type == int.class || type == Integer.class) {
            return new String[] {"integer", "int32"};
        }
        if (type == long.class || type == Long.class) {
            return new String[] {"integer", "int64"};
        }
        if (type == java.math.BigDecimal.class) {
            return new String[] {"number", null};
        }
        if (type == double.class || type == Double.class) {
            return new String[] {"number", "double"};
        }
        if (type == java.time.LocalDate.class) {
            return new String[] {"string", "date"};
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return new String[] {"string", "date-time"};
        }
        if (type == UUID.class) {
            return new String[] {"string", "uuid"};
        }
        if (type.isEnum()) {
            return new String[] {"string", null};
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new String[] {"array", null};
        }
        return new String[] {"object", null};
    }

    /** The properties JSON-B sets on a type: a record's components, or public fields and fields with a setter. */
    private static Map<String, java.lang.reflect.Field> readable(Class<?> type) {
        Map<String, java.lang.reflect.Field> readable = new java.util.TreeMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (java.lang.reflect.Modifier.isStatic(modifiers) || java.lang.reflect.Modifier.isTransient(modifiers)
                        || field.isSynthetic()) {
                    continue;
                }
                String setter = "set" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
                boolean settable = type.isRecord() || java.lang.reflect.Modifier.isPublic(modifiers)
                        && !java.lang.reflect.Modifier.isFinal(modifiers) || java.util.Arrays.stream(type.getMethods())
                        .anyMatch(m -> m.getName().equals(setter) && m.getParameterCount() == 1);
                if (settable) {
                    readable.putIfAbsent(field.getName(), field);
                }
            }
        }
        return readable;
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

    // ---- OAuth 2.0 client credentials and bearer tokens (the demo client ehr-demo, secret as the demo logins') ----

    @Test
    void issuesTheDemoClientABearerTokenForFifteenMinutesNeverCached() throws Exception {
        HttpResponse<String> response = token("ehr-demo", PASSWORD, "grant_type=client_credentials");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject answer = json(response.body());
        assertThat(answer.getString("token_type")).isEqualTo("Bearer");
        assertThat(answer.getInt("expires_in")).isEqualTo(900);
        assertThat(answer.getString("scope")).isEqualTo("fhir.referral.read fhir.referral.write referral.intake referral.status");
        assertThat(answer.getString("access_token").split("\\.")).hasSize(3);

        HttpResponse<String> narrower = token("ehr-demo", PASSWORD, "grant_type=client_credentials&scope=referral.status");
        assertThat(json(narrower.body()).getString("scope")).isEqualTo("referral.status");
        HttpResponse<String> wider = token("ehr-demo", PASSWORD, "grant_type=client_credentials&scope=referral.status+billing");
        assertThat(wider.statusCode()).isEqualTo(400);
        assertThat(json(wider.body()).getString("error")).isEqualTo("invalid_scope");
    }

    @Test
    void refusesAWrongClientSecretAsAnInvalidClient() throws Exception {
        HttpResponse<String> wrong = token("ehr-demo", "not-the-secret", "grant_type=client_credentials");
        HttpResponse<String> unknown = token("no-such-client", PASSWORD, "grant_type=client_credentials");
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("api/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));

        for (HttpResponse<String> refused : List.of(wrong, unknown, none)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(json(refused.body()).getString("error")).isEqualTo("invalid_client");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(refused.body()).doesNotContain("not-the-secret").doesNotContain("access_token");
        }
    }

    @Test
    void refusesAGrantOtherThanClientCredentials() throws Exception {
        HttpResponse<String> password = token("ehr-demo", PASSWORD, "grant_type=password&username=admin&password=x");
        HttpResponse<String> missing = token("ehr-demo", PASSWORD, "scope=referral.status");

        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(json(password.body()).getString("error")).isEqualTo("unsupported_grant_type");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).getString("error")).isEqualTo("invalid_request");
    }

    @Test
    void aBearerTokenTakesInAReferralAndReadsItsStatusButReachesNoBillingOrLegalAndIsAuditedAsTheClient()
            throws Exception {
        String bearer = "Bearer " + accessToken("ehr-demo", PASSWORD);
        String form = ReferralBody.aReferral("Bearer Patient", "1975-03-04", unique("EHR")).json();

        HttpResponse<String> created = send(post("api/referrals", form).header("Authorization", bearer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> status = send(get("api/referrals/" + id).header("Authorization", bearer));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(json(status.body()).getString("status")).isEqualTo("REQUESTED");

        HttpResponse<String> worklist = send(get("api/referrals").header("Authorization", bearer));
        HttpResponse<String> estimates = send(get("api/estimates").header("Authorization", bearer));
        HttpResponse<String> legal = send(get("api/legal/cases").header("Authorization", bearer));
        HttpResponse<String> users = send(get("api/users").header("Authorization", bearer));
        for (HttpResponse<String> refused : List.of(worklist, estimates, legal, users)) {
            assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        }

        HttpResponse<String> statusOnly = send(post("api/referrals", form.replace("Bearer Patient", "Other Patient"))
                .header("Authorization", "Bearer " + accessToken("ehr-demo", PASSWORD, "referral.status")));
        assertThat(statusOnly.statusCode()).isEqualTo(403);
        assertThat(statusOnly.body()).contains("referral.intake");

        HttpResponse<String> audit = send(get("api/audit/entries?actor=ehr-demo").header("Authorization", basic("admin", PASSWORD)));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"actor\":\"ehr-demo\"").contains("CREATE").contains("ACCESS_DENIED");
    }

    @Test
    void refusesATamperedOrForeignToken() throws Exception {
        String[] parts = accessToken("ehr-demo", PASSWORD, "referral.status").split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"sub\":\"ehr-demo\"", "\"sub\":\"admin\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(claims).contains("\"sub\":\"admin\"");

        HttpResponse<String> response = send(get("api/me").header("Authorization", "Bearer " + tampered));
        HttpResponse<String> garbage = send(get("api/me").header("Authorization", "Bearer not.a.token"));

        for (HttpResponse<String> refused : List.of(response, garbage)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("Bearer").contains("invalid_token"));
        }
    }

    @Test
    void showsANewClientsSecretOnceAndNeverInAListing() throws Exception {
        String clientId = unique("ehr");
        HttpResponse<String> registered = registerClient(clientId);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonObject answer = json(registered.body());
        String secret = answer.getString("clientSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(answer.getJsonObject("client").getString("clientId")).isEqualTo(clientId);

        HttpResponse<String> listing = send(get("api/api-clients").header("Authorization", basic("admin", PASSWORD)));
        HttpResponse<String> one = send(get("api/api-clients/" + answer.getJsonObject("client").getJsonNumber("id"))
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains(clientId).doesNotContain(secret).doesNotContain("secret")
                .doesNotContain("PBKDF2");
        assertThat(one.body()).contains(clientId).doesNotContain(secret).doesNotContain("secret");
        assertThat(token(clientId, secret, "grant_type=client_credentials").statusCode()).isEqualTo(200);

        HttpResponse<String> asCoordinator = send(get("api/api-clients").header("Authorization", basic("coordinator", PASSWORD)));
        assertThat(asCoordinator.statusCode()).isEqualTo(403);
        HttpResponse<String> audit = send(get("api/audit/entries?recordType=ApiClient&actor=admin")
                .header("Authorization", basic("admin", PASSWORD)));
        assertThat(audit.body()).contains("registered API client '" + clientId + "'").doesNotContain(secret);
    }

    @Test
    void aClientDisabledByAnAdministratorGetsNoTokenAndItsTokensStopWorking() throws Exception {
        String clientId = unique("ehr");
        JsonObject registered = json(registerClient(clientId).body());
        String secret = registered.getString("clientSecret");
        long id = registered.getJsonObject("client").getJsonNumber("id").longValue();
        String bearer = "Bearer " + accessToken(clientId, secret);
        // signed in and within its scope (referral.status): the case does not exist
        assertThat(send(get("api/referrals/987654321").header("Authorization", bearer)).statusCode()).isEqualTo(404);

        HttpResponse<String> disabled = send(HttpRequest.newBuilder(uri("api/api-clients/" + id + "/disabling"))
                .header("Authorization", basic("admin", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled.body()).getBoolean("active")).isFalse();

        HttpResponse<String> refused = token(clientId, secret, "grant_type=client_credentials");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused.body()).getString("error")).isEqualTo("invalid_client");
        assertThat(send(get("api/referrals/987654321").header("Authorization", bearer)).statusCode()).isEqualTo(401);

        HttpResponse<String> rotated = send(HttpRequest.newBuilder(uri("api/api-clients/" + id + "/secret"))
                .header("Authorization", basic("admin", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        send(HttpRequest.newBuilder(uri("api/api-clients/" + id + "/enabling"))
                .header("Authorization", basic("admin", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        String newSecret = json(rotated.body()).getString("clientSecret");
        assertThat(newSecret).isNotEqualTo(secret);
        assertThat(token(clientId, secret, "grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(token(clientId, newSecret, "grant_type=client_credentials").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> registerClient(String clientId) throws Exception {
        return send(post("api/api-clients", "{\"clientId\":\"" + clientId
                + "\",\"displayName\":\"Test EHR\",\"scopes\":[\"referral.status\"]}")
                .header("Authorization", basic("admin", PASSWORD)));
    }

    private HttpResponse<String> token(String clientId, String secret, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri("api/oauth/token")).header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String accessToken(String clientId, String secret) throws Exception {
        HttpResponse<String> response = token(clientId, secret, "grant_type=client_credentials");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getString("access_token");
    }

    private String accessToken(String clientId, String secret, String scope) throws Exception {
        HttpResponse<String> response = token(clientId, secret, "grant_type=client_credentials&scope=" + scope);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getString("access_token");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
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
