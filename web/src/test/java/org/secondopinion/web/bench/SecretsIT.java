package org.secondopinion.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged WAR on Payara Micro and PostgreSQL, started as an operator would with known, distinctive secrets: the
 * database password from the environment (PostgreSQL demands it), the first administrator's password and the token
 * signing key from files in a secrets directory ({@code --secretsdir}), and an API client's secret made by the
 * application. Nothing the
 * server logs from its first line to its last, and no answer but the one registering the client, may contain any of
 * them; no answer may name the server's product or version. One server start for the whole class: the log is read
 * after the server stopped, so every line it wrote is checked.
 */
class SecretsIT {

    private static final String DB_PASSWORD = "Pg-pass-Q7v3Kx91Zt";
    private static final String ADMIN_PASSWORD = "Adm1n-Init-W4r8Hq2Lp";
    private static final String TOKEN_KEY_TEXT = "SecretsIT-signing-key-6c1f93ab57d2e408";
    private static final String TOKEN_KEY = Base64.getEncoder()
            .encodeToString(TOKEN_KEY_TEXT.getBytes(StandardCharsets.US_ASCII));
    private static final Pattern PRODUCT = Pattern.compile("payara|glassfish|grizzly|eclipse|jakarta|\\d+\\.\\d+",
            Pattern.CASE_INSENSITIVE);

    private static Path work;
    private static BenchPostgres postgres;
    private static PayaraMicro server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every answer the tests received, but the one that shows a new client's secret once. */
    private static final List<HttpResponse<String>> ANSWERS = new ArrayList<>();
    private static String clientSecret;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of(System.getProperty("it.war")).getParent();
        work = target.resolve("secrets-it");
        PayaraMicro.deleteTree(work);
        Path secrets = Files.createDirectories(work.resolve("secrets"));
        Files.writeString(secrets.resolve("secondopinion.admin.initial-password"), ADMIN_PASSWORD);
        Files.writeString(secrets.resolve("secondopinion.token.key"), TOKEN_KEY);

        postgres = BenchPostgres.start(PayaraMicro.freePort(), work.resolve("postgres"));
        requirePasswordOfPostgres(work.resolve("postgres"));

        PayaraMicro.Builder builder = PayaraMicro
                .builder(Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("it.war")),
                        Path.of(System.getProperty("it.config.dir")))
                .database("postgres").addLib(Path.of(System.getProperty("it.postgresql.jar")))
                .micro("--secretsdir", secrets.toString()).property("secondopinion.data.dir", work.resolve("data"))
                .rootDir(work.resolve("root")).log(work.resolve("server.log"));
        Map<String, String> environment = Map.of("SECONDOPINION_DB_URL", postgres.jdbcUrl(), "SECONDOPINION_DB_USER",
                BenchPostgres.USER, "SECONDOPINION_DB_PASSWORD", DB_PASSWORD, "SECONDOPINION_DEMO_SEED", "false");
        environment.forEach(builder::env);
        server = builder.start();
        server.awaitReady(Duration.ofMinutes(4));
    }

    /** Gives the database user the distinctive password and makes PostgreSQL ask for it on every TCP connection. */
    private static void requirePasswordOfPostgres(Path dataDir) throws Exception {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + BenchPostgres.USER + " PASSWORD '" + DB_PASSWORD + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void secretsNeverInTheLogOrAnAnswerAndNoProductNamed() throws Exception {
        // the first administrator signs in with the password of the environment
        HttpResponse<String> me = send(get("/api/me").header("Authorization", basic("admin", ADMIN_PASSWORD)));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(401, send(get("/api/me").header("Authorization", basic("admin", ADMIN_PASSWORD + "x")))
                .statusCode());

        // an API client: its secret is in this one answer and nowhere else
        HttpResponse<String> registered = HTTP.send(request("/api/api-clients")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"secrets-it\",\"displayName\":\"Secrets IT\","
                        + "\"scopes\":[\"referral.intake\",\"referral.status\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, registered.statusCode(), registered.body());
        clientSecret = field(registered.body(), "clientSecret");

        HttpResponse<String> token = send(tokenRequest(basic("secrets-it", clientSecret)));
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = field(token.body(), "access_token");
        assertTrue(signedWith(accessToken, TOKEN_KEY_TEXT.getBytes(StandardCharsets.US_ASCII)),
                "the access token is signed with the key of the secrets directory");
        assertEquals(401, send(tokenRequest(basic("secrets-it", clientSecret + "x"))).statusCode());

        String bearer = "Bearer " + accessToken;
        assertEquals(404, send(get("/api/referrals/987654321").header("Authorization", bearer)).statusCode());
        assertEquals(401, send(get("/api/referrals/987654321").header("Authorization", bearer + "x")).statusCode());
        assertEquals(400, send(request("/api/referrals").header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"x\":")))
                .statusCode());
        send(get("/api/health"));
        send(get("/health/ready"));
        send(get("/login.xhtml"));
        send(get("/no-such-page"));
        send(get("/api/no-such-resource").header("Authorization", basic("admin", ADMIN_PASSWORD)));
        send(get("/WEB-INF/web.xml"));
        send(request("/api/health").method("TRACE", HttpRequest.BodyPublishers.noBody()));

        for (HttpResponse<String> answer : ANSWERS) {
            String where = answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode();
            answer.headers().firstValue("Server").ifPresent(
                    server -> assertFalse(PRODUCT.matcher(server).find(), where + ": Server: " + server));
            assertFalse(answer.headers().firstValue("X-Powered-By").isPresent(),
                    where + ": X-Powered-By " + answer.headers().firstValue("X-Powered-By"));
            if (answer.statusCode() >= 400) {
                String body = answer.body().toLowerCase(Locale.ROOT);
                assertFalse(body.contains("payara") || body.contains("glassfish") || body.contains("grizzly"),
                        where + " names the product: " + answer.body());
            }
            assertNoSecretIn(answer.headers().map() + "\n" + answer.body(), where);
        }

        // requests the container refuses before the application sees them: its own error answers
        for (String raw : List.of("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n",
                "BREW /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            String answer = rawAnswer(raw);
            assertFalse(answer.toLowerCase(Locale.ROOT).contains("payara")
                    || answer.toLowerCase(Locale.ROOT).contains("glassfish")
                    || answer.toLowerCase(Locale.ROOT).contains("grizzly"), raw + " -> " + answer);
        }

        server.stop();
        String log = Files.readString(server.log, StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("Opened the initial 'admin' account"), "the log is the server's whole log");
        assertNoSecretIn(log, "the server log " + server.log);
    }

    private static void assertNoSecretIn(String text, String where) {
        for (String secret : List.of(DB_PASSWORD, ADMIN_PASSWORD, TOKEN_KEY, TOKEN_KEY_TEXT, clientSecret)) {
            int at = text.indexOf(secret);
            assertTrue(at < 0, () -> where + " holds a secret: ..."
                    + text.substring(Math.max(0, at - 200), at).replace(secret, "<SECRET>") + "<SECRET>");
        }
    }

    private static String rawAnswer(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder tokenRequest(String authorization) {
        return request("/api/oauth/token").header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ANSWERS.add(answer);
        return answer;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(matcher.find(), name + " in " + json);
        return matcher.group(1);
    }

    /** Whether the JWT's HS256 signature is the one of this key. */
    private static boolean signedWith(String jwt, byte[] key) throws GeneralSecurityException {
        int lastDot = jwt.lastIndexOf('.');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] signature = mac.doFinal(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature).equals(jwt.substring(lastDot + 1));
    }
}
