package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two nodes behind HAProxy, and one of them killed (issue 15, item 6). One embedded PostgreSQL, two Payara Micro
 * nodes in one Hazelcast data grid (TCP/IP members, as {@code config/cluster/node.sh} starts them) with one shared
 * file store, and Debian's {@code haproxy} with the project's own {@code config/cluster/haproxy.cfg} in front.
 *
 * <ol>
 * <li>Throughput: referral intake with bearer tokens at {@code bench.cluster.clients} clients, straight to one node,
 * then through HAProxy to both (after a warm-up each): req/s, p50/p99 and errors, and the ratio.</li>
 * <li>Failover: through HAProxy, intake clients (each POST with an {@code Idempotency-Key}, sent again with the same
 * key and body after a 5xx, 409 or connection error until 201/200), page clients (each signed in on the login page,
 * then reading the coordinator's worklist with its cookies) and read-after-write clients (each changing its own
 * directory organisation and reading it back at once, through whichever node HAProxy picks) run; then one node is
 * killed ({@code kill -9}) and they run on.</li>
 * </ol>
 * Afterwards it counts errors during the failover and how long they lasted, acknowledged writes lost, duplicate
 * cases, stale reads, sessions lost, audit-chainer runs beyond one a second (a job run twice) and whether the audit
 * chain verifies, and writes {@code target/benchmarks/cluster.txt}. The nodes' and HAProxy's logs lie beside it.
 *
 * <p>{@code ./mvnw -pl web -am verify -DskipTests -Dbench=cluster}; needs {@code haproxy} (Debian's package) on the
 * path. Arguments: the report file, payara-micro.jar, the WAR, the config folder, the PostgreSQL driver jar.
 */
public final class ClusterBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.cluster.clients", 32);
    private static final int WARMUP = Integer.getInteger("bench.cluster.warmup", 10);
    private static final int SECONDS = Integer.getInteger("bench.cluster.seconds", 30);
    private static final int BEFORE_KILL = Integer.getInteger("bench.cluster.before.kill", 15);
    private static final int AFTER_KILL = Integer.getInteger("bench.cluster.after.kill", 30);
    /** Extra JVM options of both nodes, space-separated (e.g. the entity cache mode and its coordination). */
    private static final String NODE_JVM = System.getProperty("bench.cluster.node.jvm", "").trim();
    private static final int PAGE_CLIENTS = 4;
    private static final int READ_CLIENTS = 4;
    private static final Duration STARTUP = Duration.ofSeconds(Integer.getInteger("bench.startup.timeout", 400));
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36)
            .toUpperCase(Locale.ROOT);
    private static final String CHAINER = "audit chainer";
    private static final Pattern TWO_MEMBERS = Pattern.compile("Members \\{size:2\\b");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("id=\"currentUser\">([^<]*)<");
    /** The page's CSP nonce, which PrimeFaces's script sends with every post of the page. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final Path out;
    private final BenchPostgres postgres;
    private final PayaraMicro nodeA;
    private final PayaraMicro nodeB;
    private final URI balancer;
    /** HTTP/1.1, as browsers and Gatling speak it to a plain-HTTP port: no h2c upgrade straight to a node either. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final long t0 = System.nanoTime();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private ClusterBenchmark(Path out, BenchPostgres postgres, PayaraMicro nodeA, PayaraMicro nodeB, URI balancer) {
        this.out = out;
        this.postgres = postgres;
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        this.balancer = balancer;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Arguments: <report file> <payara-micro.jar> <war> <config dir> <postgresql.jar>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        Path config = Path.of(args[3]).toAbsolutePath();
        String haproxy = haproxy();
        Path work = Files.createTempDirectory("second-opinion-cluster-bench");
        Path files = Files.createDirectories(work.resolve("files"));
        BenchPostgres postgres = BenchPostgres.start(PayaraMicro.freePort(), work.resolve("pgdata"));
        List<Integer> grid = List.of(PayaraMicro.freePort(), PayaraMicro.freePort());
        PayaraMicro a = null;
        PayaraMicro b = null;
        Process balancer = null;
        int exit = 0;
        try {
            a = node(args, work, files, postgres, "node-a", grid.get(0), grid).start();
            a.awaitReady(STARTUP);
            b = node(args, work, files, postgres, "node-b", grid.get(1), grid).start();
            b.awaitReady(STARTUP);
            awaitGridOfTwo(a, b);
            int lbPort = PayaraMicro.freePort();
            ProcessBuilder lb = new ProcessBuilder(haproxy, "-db", "-f",
                    config.resolve("cluster/haproxy.cfg").toString()).redirectErrorStream(true)
                    .redirectOutput(out.resolveSibling("cluster-haproxy.log").toFile());
            lb.environment().put("SECONDOPINION_LB_BIND", "127.0.0.1:" + lbPort);
            lb.environment().put("SECONDOPINION_LB_STATS", "127.0.0.1:" + PayaraMicro.freePort());
            lb.environment().put("SECONDOPINION_NODE1", "127.0.0.1:" + a.port);
            lb.environment().put("SECONDOPINION_NODE2", "127.0.0.1:" + b.port);
            balancer = lb.start();
            ClusterBenchmark bench = new ClusterBenchmark(out, postgres, a, b,
                    URI.create("http://127.0.0.1:" + lbPort));
            String report = bench.run();
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (balancer != null) {
                balancer.destroy();
                balancer.waitFor(10, TimeUnit.SECONDS);
            }
            for (PayaraMicro node : new PayaraMicro[] {a, b}) {
                if (node != null) {
                    node.stop();
                }
            }
            postgres.close();
            for (String folder : List.of("pgdata", "files", "node-a", "node-b")) {
                PayaraMicro.deleteTree(work.resolve(folder));
            }
        }
        System.exit(exit);
    }

    private static PayaraMicro.Builder node(String[] args, Path work, Path files, BenchPostgres postgres, String name,
                                            int gridPort, List<Integer> grid) throws IOException {
        PayaraMicro.Builder node = PayaraMicro.builder(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        if (!NODE_JVM.isEmpty()) {
            for (String option : NODE_JVM.split("\\s+")) {
                node.jvm(option);
            }
        }
        return node
                .postgres(postgres.jdbcUrl(), BenchPostgres.USER, BenchPostgres.PASSWORD)
                .addLib(Path.of(args[4]))
                .cluster("bench-" + RUN, name, gridPort, grid)
                .rootDir(work.resolve(name).resolve("root"))
                .property("secondopinion.data.dir", Files.createDirectories(work.resolve(name).resolve("data")))
                .property("secondopinion.files.dir", files)
                .property("secondopinion.demo.seed", true)
                .workDir(work)
                .port(PayaraMicro.freePort())
                .log(Path.of(args[0]).toAbsolutePath().resolveSibling("cluster-" + name + ".log"));
    }

    private static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("haproxy not found: install Debian's package (apt-get install -y haproxy)");
    }

    private static void awaitGridOfTwo(PayaraMicro a, PayaraMicro b) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (logHas(a.log, TWO_MEMBERS) && logHas(b.log, TWO_MEMBERS)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the nodes did not form a data grid of two; see " + a.log + " and " + b.log);
    }

    private static boolean logHas(Path log, Pattern pattern) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> pattern.matcher(line).find());
        }
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void event(String what) {
        String line = String.format(Locale.ROOT, "%7.1f s  %s  (load %s)", now(), what, PayaraMicro.loadAverage());
        events.add(line);
        System.out.println(line);
    }

    private String run() throws Exception {
        awaitBalancer();
        event("both nodes ready, one data grid, HAProxy sees both");
        token.set(BenchApi.token(balancer.resolve("/api/oauth/token"), BenchApi.CLIENT, BenchApi.PASSWORD));

        Throughput one = throughput("one node (straight to node A)", base(nodeA));
        Throughput two = throughput("two nodes (through HAProxy)", balancer);
        Failover failover = failover();
        JsonObject verdict = verifyAuditChain();
        Stored stored = storedReferrals(failover.mrnPrefix);
        return report(one, two, failover, verdict, stored);
    }

    private static URI base(PayaraMicro node) {
        return node.uri("/");
    }

    private void awaitBalancer() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int inARow = 0;
        while (System.nanoTime() < deadline && inARow < 6) {
            try {
                int status = http.send(HttpRequest.newBuilder(balancer.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                inARow = status == 200 ? inARow + 1 : 0;
            } catch (IOException notYet) {
                inARow = 0;
            }
            Thread.sleep(500);
        }
        if (inARow < 6) {
            throw new IllegalStateException("HAProxy did not answer /health/ready; see cluster-haproxy.log");
        }
        // the checks every 2 s, two to bring a server up: both are in once 5 s have passed with answers
        Thread.sleep(5000);
    }

    // ---- 1. throughput ----

    private record Throughput(String label, int clients, double seconds, long ok, long errors, double p50,
                              double p95, double p99) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private Throughput throughput(String label, URI base) throws Exception {
        String prefix = "T-" + RUN + "-" + label.charAt(0) + label.length() + "-";
        AtomicLong patients = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        String mrn = prefix + patients.incrementAndGet();
                        long sent = System.nanoTime();
                        int status = intake(base, mrn, UUID.randomUUID().toString());
                        long took = System.nanoTime() - sent;
                        if (measuring.get()) {
                            if (status == 201) {
                                ok.incrementAndGet();
                                latencies.add(took);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "throughput-" + i);
            client.setDaemon(true);
            client.start();
        }
        event(label + ": " + CLIENTS + " clients, warm-up " + WARMUP + " s");
        Thread.sleep(WARMUP * 1000L);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        done.await(2, TimeUnit.MINUTES);
        List<Long> sorted = latencies.stream().sorted().toList();
        Throughput result = new Throughput(label, CLIENTS, seconds, ok.get(), errors.get(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99));
        event(String.format(Locale.ROOT, "%s: %.1f req/s, p99 %.0f ms, %d errors", label, result.perSecond(),
                result.p99(), result.errors()));
        return result;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** One intake POST; the status, 0 for a connection error. */
    private int intake(URI base, String mrn, String key) {
        return intakeAnswer(base, mrn, key).statusCode;
    }

    private record Answer(int statusCode, String location, String body) {
    }

    private Answer intakeAnswer(URI base, String mrn, String key) {
        String bearer = token.get();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/referrals"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(BenchApi.referral("Cluster Patient " + mrn, mrn)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401) {
                refreshToken(bearer);
            }
            return new Answer(answer.statusCode(), answer.headers().firstValue("Location").orElse(""),
                    answer.body());
        } catch (IOException e) {
            return new Answer(0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        }
    }

    private void refreshToken(String stale) {
        synchronized (token) {
            if (stale != null && !stale.equals(token.get())) {
                return;
            }
            try {
                token.set(BenchApi.token(balancer.resolve("/api/oauth/token"), BenchApi.CLIENT, BenchApi.PASSWORD));
            } catch (IOException | RuntimeException e) {
                // the next request tries again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- 2. failover ----

    /** What happened around the kill. */
    private static final class Failover {
        final String mrnPrefix = "C-" + RUN + "-";
        final AtomicLong patients = new AtomicLong();
        final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Double> errorTimes = new ConcurrentLinkedQueue<>();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final AtomicLong staleReads = new AtomicLong();
        final AtomicLong refusedAsStale = new AtomicLong();
        final ConcurrentLinkedQueue<String> staleDetails = new ConcurrentLinkedQueue<>();
        final AtomicLong pageViews = new AtomicLong();
        final AtomicLong pageErrors = new AtomicLong();
        final Map<Integer, String> sessionsLost = new ConcurrentHashMap<>();
        final Map<Integer, String> pageNodes = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> notable = new ConcurrentLinkedQueue<>();
        double killedAt;
        String killed;
        long chainerRunsBefore;
        long chainerRunsAfter;
        double chainerSeconds;
        boolean drained;
    }

    private Failover failover() throws Exception {
        Failover f = new Failover();
        AtomicBoolean stopping = new AtomicBoolean();
        int threads = CLIENTS + PAGE_CLIENTS + READ_CLIENTS;
        CountDownLatch done = new CountDownLatch(threads);
        CountDownLatch pagesSignedIn = new CountDownLatch(PAGE_CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            start("intake-" + i, done, () -> {
                while (!stopping.get()) {
                    String mrn = f.mrnPrefix + f.patients.incrementAndGet();
                    intakeUntilAcknowledged(f, mrn, UUID.randomUUID().toString());
                }
            });
        }
        for (int i = 0; i < PAGE_CLIENTS; i++) {
            int number = i;
            start("pages-" + i, done, () -> pageClient(f, number, stopping, pagesSignedIn));
        }
        for (int i = 0; i < READ_CLIENTS; i++) {
            start("reads-" + i, done, () -> readAfterWriteClient(f, stopping));
        }
        event("failover: " + CLIENTS + " intake, " + PAGE_CLIENTS + " page and " + READ_CLIENTS
                + " read-after-write clients through HAProxy");
        pagesSignedIn.await(1, TimeUnit.MINUTES);
        Thread.sleep(BEFORE_KILL * 1000L);

        f.chainerRunsBefore = chainerRuns();
        double chainerFrom = now();
        f.killed = "node A (pid " + nodeA.pid + ", port " + nodeA.port + ")";
        f.killedAt = now();
        nodeA.kill();
        event("kill -9 of " + f.killed);
        Thread.sleep(AFTER_KILL * 1000L);
        f.chainerRunsAfter = chainerRuns();
        f.chainerSeconds = now() - chainerFrom;
        stopping.set(true);
        event("clients stop; waiting for retries in flight");
        f.drained = done.await(2, TimeUnit.MINUTES);
        event(f.drained ? "all clients done" : "clients still busy after 2 minutes");
        return f;
    }

    private static void start(String name, CountDownLatch done, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void intakeUntilAcknowledged(Failover f, String mrn, String key) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                f.retries.incrementAndGet();
            }
            first = false;
            Answer answer = intakeAnswer(balancer, mrn, key);
            int status = answer.statusCode();
            f.answers.computeIfAbsent(status == 0 ? "connection error" : String.valueOf(status),
                    s -> new AtomicLong()).incrementAndGet();
            if (status == 201 || status == 200) {
                String location = answer.location();
                f.acknowledged.put(mrn, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
                return;
            }
            if (status == 0 || status >= 500) {
                f.errorTimes.add(now());
            } else if (status != 409 && status != 401) {
                f.notable.add(String.format(Locale.ROOT, "%7.1f s  intake %d (given up) %s", now(), status,
                        brief(answer.body())));
                return;
            }
            sleep(200);
        }
        f.notable.add("gave up on " + mrn + " after 5 minutes of retries");
    }

    /** Signs in on the login page through HAProxy, then reads the worklist with its cookies until told to stop. */
    private void pageClient(Failover f, int number, AtomicBoolean stopping, CountDownLatch signedIn) {
        Map<String, String> cookies = new LinkedHashMap<>();
        try {
            HttpResponse<String> login = page(cookies, "GET", "/login.xhtml", null);
            Matcher viewState = VIEW_STATE.matcher(login.body());
            if (!viewState.find()) {
                f.notable.add("page client " + number + ": no view state on the login page (" + login.statusCode()
                        + ")");
                return;
            }
            String form = "login=login&login%3Ausername=coordinator&login%3Apassword="
                    + URLEncoder.encode(BenchApi.PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit="
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1).replace("&#58;", ":")
                    .replace("&amp;", "&"), StandardCharsets.UTF_8);
            Matcher nonce = NONCE.matcher(login.body());
            if (nonce.find()) {
                form += "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
            }
            HttpResponse<String> answer = page(cookies, "POST", "/login.xhtml", form);
            if (answer.statusCode() != 302) {
                f.notable.add("page client " + number + ": sign-in answered " + answer.statusCode());
                return;
            }
            f.pageNodes.put(number, cookies.getOrDefault("SERVERID", "?"));
        } catch (IOException e) {
            f.notable.add("page client " + number + ": sign-in failed: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            signedIn.countDown();
        }
        while (!stopping.get()) {
            try {
                HttpResponse<String> worklist = page(cookies, "GET", "/coordinator/worklist.xhtml", null);
                Matcher user = SIGNED_IN_AS.matcher(worklist.body());
                if (worklist.statusCode() == 200 && user.find() && user.group(1).trim().equals("coordinator")) {
                    f.pageViews.incrementAndGet();
                } else if (worklist.statusCode() == 302 && worklist.headers().firstValue("location").orElse("")
                        .contains("login")) {
                    f.sessionsLost.putIfAbsent(number, String.format(Locale.ROOT, "%.1f s: sent to %s", now(),
                            worklist.headers().firstValue("location").orElse("")));
                    return;
                } else {
                    f.pageErrors.incrementAndGet();
                    f.errorTimes.add(now());
                }
            } catch (IOException e) {
                f.pageErrors.incrementAndGet();
                f.errorTimes.add(now());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(250);
        }
    }

    private HttpResponse<String> page(Map<String, String> cookies, String method, String path, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(balancer.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : answer.headers().allValues("set-cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return answer;
    }

    /**
     * Changes its own organisation's city through HAProxy and reads it back at once (API clients keep no cookie, so
     * the read may go to the other node): a read that does not show the write just answered is stale; an update
     * refused as a concurrent edit although its version was read just before means a stale read too.
     */
    private void readAfterWriteClient(Failover f, AtomicBoolean stopping) {
        String path;
        try {
            HttpResponse<String> created = api("POST", "/api/directory/organisations", Json.createObjectBuilder()
                    .add("name", "Cluster Clinic " + UUID.randomUUID().toString().substring(0, 8))
                    .add("kind", "ORGANISATION").add("city", "start").build().toString());
            if (created.statusCode() != 201) {
                f.notable.add("read-after-write client: create answered " + created.statusCode() + " "
                        + brief(created.body()));
                return;
            }
            path = "/api/directory/organisations/" + json(created.body()).getJsonNumber("id").longValue();
        } catch (IOException e) {
            f.notable.add("read-after-write client: create failed: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int round = 0;
        while (!stopping.get()) {
            round++;
            try {
                HttpResponse<String> read = api("GET", path, null);
                if (read.statusCode() != 200) {
                    f.errorTimes.add(now());
                    sleep(200);
                    continue;
                }
                JsonObject current = json(read.body());
                String city = "R-" + round;
                HttpResponse<String> written = api("PUT", path, change(current, city));
                if (written.statusCode() == 409) {
                    f.refusedAsStale.incrementAndGet();
                    f.staleDetails.add(String.format(Locale.ROOT, "%.1f s: update with the version just read (v%s)"
                            + " refused as a concurrent edit", now(), current.getJsonNumber("version")));
                    continue;
                }
                if (written.statusCode() != 200) {
                    f.errorTimes.add(now());
                    sleep(200);
                    continue;
                }
                long version = json(written.body()).getJsonNumber("version").longValue();
                HttpResponse<String> again = api("GET", path, null);
                if (again.statusCode() != 200) {
                    f.errorTimes.add(now());
                    continue;
                }
                f.reads.incrementAndGet();
                JsonObject seen = json(again.body());
                if (!city.equals(seen.getString("city", null)) || seen.getJsonNumber("version").longValue() != version) {
                    f.staleReads.incrementAndGet();
                    f.staleDetails.add(String.format(Locale.ROOT, "%.1f s: wrote %s v%d, read %s v%s", now(), city,
                            version, seen.getString("city", null), seen.getJsonNumber("version")));
                }
            } catch (IOException e) {
                f.errorTimes.add(now());
                sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String change(JsonObject organisation, String city) {
        var body = Json.createObjectBuilder().add("version", organisation.getJsonNumber("version").longValue())
                .add("name", organisation.getString("name")).add("kind", organisation.getString("kind"))
                .add("city", city);
        if (organisation.containsKey("npi") && !organisation.isNull("npi")) {
            body.add("npi", organisation.getString("npi"));
        }
        if (organisation.containsKey("networkId") && !organisation.isNull("networkId")) {
            body.add("networkId", organisation.getJsonNumber("networkId").longValue());
        }
        return body.build().toString();
    }

    private HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(balancer.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", BenchApi.basic("coordinator", BenchApi.PASSWORD))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String brief(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "...";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- afterwards ----

    private long chainerRuns() throws SQLException {
        try (Connection connection = postgres.connect();
             PreparedStatement query = connection.prepareStatement("SELECT runs FROM job_lease WHERE job = ?")) {
            query.setString(1, CHAINER);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    private JsonObject verifyAuditChain() throws IOException, InterruptedException {
        JsonObject verdict = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(balancer.resolve("/api/audit/verification"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", BenchApi.basic("admin", BenchApi.PASSWORD))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("audit verification: HTTP " + answer.statusCode() + " " + answer.body());
            }
            verdict = json(answer.body());
            if (verdict.getJsonNumber("unchained").longValue() == 0 || !verdict.getBoolean("intact")) {
                return verdict;
            }
            Thread.sleep(2000);
        }
        return verdict;
    }

    /** The referrals of the failover in the database: how many per MRN, and the MRN of each id. */
    private record Stored(Map<String, Integer> perMrn, Map<Long, String> mrnOfId) {
    }

    private Stored storedReferrals(String prefix) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        Map<Long, String> byId = new HashMap<>();
        try (Connection connection = postgres.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select id, patient_mrn from referral where patient_mrn like ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.merge(rows.getString(2), 1, Integer::sum);
                    byId.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return new Stored(stored, byId);
    }

    private String report(Throughput one, Throughput two, Failover f, JsonObject verdict, Stored stored) {
        long lost = f.acknowledged.entrySet().stream()
                .filter(e -> !e.getKey().equals(stored.mrnOfId().get(e.getValue()))).count();
        long duplicates = stored.perMrn().values().stream().filter(n -> n > 1).count();
        List<Double> errorsAfterKill = f.errorTimes.stream().filter(t -> t >= f.killedAt).sorted().toList();
        long errorsBeforeKill = f.errorTimes.stream().filter(t -> t < f.killedAt).count();
        String window = errorsAfterKill.isEmpty() ? "none"
                : String.format(Locale.ROOT, "from %.1f s to %.1f s after the kill (%.1f s)",
                        errorsAfterKill.get(0) - f.killedAt, errorsAfterKill.get(errorsAfterKill.size() - 1) - f.killedAt,
                        errorsAfterKill.get(errorsAfterKill.size() - 1) - errorsAfterKill.get(0));
        long chainerRuns = f.chainerRunsAfter - f.chainerRunsBefore;
        long extraRuns = Math.max(0, chainerRuns - (Math.round(f.chainerSeconds) + 1));
        boolean intact = verdict != null && verdict.getBoolean("intact")
                && verdict.getJsonNumber("unchained").longValue() == 0;

        StringBuilder r = new StringBuilder();
        r.append("Cluster benchmark (issue 15, item 6): PostgreSQL (embedded), two Payara Micro nodes in one Hazelcast"
                + " data grid (TCP/IP), one shared file store, Debian's HAProxy with config/cluster/haproxy.cfg\n");
        r.append("nodes' extra JVM options: ").append(NODE_JVM.isEmpty() ? "none (entity cache off, the default)" : NODE_JVM)
                .append('\n');
        r.append(String.format(Locale.ROOT, "client, both nodes, HAProxy and PostgreSQL on the same %d CPUs: two nodes"
                + " share the cores one node had, so the ratio shows the cost of the second node and HAProxy, not"
                + " what a second machine adds%n%n", Runtime.getRuntime().availableProcessors()));
        r.append("timeline:\n");
        events.forEach(e -> r.append("  ").append(e).append('\n'));
        r.append("\nthroughput (intake, bearer tokens, new patient each, warm-up ").append(WARMUP)
                .append(" s, then measured):\n");
        for (Throughput t : List.of(one, two)) {
            r.append(String.format(Locale.ROOT, "  %-32s %3d clients %5.1f s: %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms"
                    + "  p99 %6.1f ms  errors %d%n", t.label(), t.clients(), t.seconds(), t.perSecond(), t.p50(),
                    t.p95(), t.p99(), t.errors()));
        }
        r.append(String.format(Locale.ROOT, "  ratio two nodes / one node: %.2f%n%n", two.perSecond() / one.perSecond()));

        r.append(String.format(Locale.ROOT, "failover: kill -9 of %s at %.1f s, %d s of traffic before and %d s after%n",
                f.killed, f.killedAt, BEFORE_KILL, AFTER_KILL));
        r.append(String.format(Locale.ROOT, "  intake: patients %d, acknowledged %d, retries %d, answers %s%n",
                f.patients.get(), f.acknowledged.size(), f.retries.get(), new TreeMap<>(f.answers.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))));
        r.append(String.format(Locale.ROOT, "  pages: %d clients signed in (on %s), %d worklist views, %d errors%n",
                f.pageNodes.size(), new TreeMap<>(f.pageNodes), f.pageViews.get(), f.pageErrors.get()));
        r.append(String.format(Locale.ROOT, "  read-after-write: %d writes read back at once%n", f.reads.get()));
        r.append(String.format(Locale.ROOT, "  errors seen by clients (5xx, connection errors; intake retried them):"
                + " %d before the kill, %d after: %s%n", errorsBeforeKill, errorsAfterKill.size(), window));
        r.append(String.format(Locale.ROOT, "  audit chainer: %d runs in %.1f s around the kill%n", chainerRuns,
                f.chainerSeconds));
        r.append(String.format(Locale.ROOT, "  clients drained: %s%n%n", f.drained ? "yes" : "NO"));

        r.append("targets (issue 15):\n");
        r.append(target(lost == 0, "acknowledged writes lost: " + lost + " (target 0)")).append('\n');
        r.append(target(duplicates == 0, "duplicate cases (MRNs with more than one referral): " + duplicates
                + " (target 0)")).append('\n');
        long stale = f.staleReads.get() + f.refusedAsStale.get();
        r.append(target(stale == 0, "stale reads: " + f.staleReads.get() + " reads not showing the write just"
                + " answered, " + f.refusedAsStale.get() + " updates with the version just read refused (target 0)"))
                .append('\n');
        r.append(target(f.sessionsLost.isEmpty() && f.pageNodes.size() == PAGE_CLIENTS, "sessions lost: "
                + f.sessionsLost.size() + " of " + f.pageNodes.size() + " signed in " + f.sessionsLost + " (target 0)"))
                .append('\n');
        r.append(target(extraRuns == 0, "jobs run twice: the audit chainer ran " + chainerRuns + " times in "
                + String.format(Locale.ROOT, "%.1f", f.chainerSeconds) + " s (once a second: " + extraRuns
                + " runs too many; target 0)")).append('\n');
        r.append(target(intact, "audit chain verifies: " + verdict)).append('\n');
        if (!f.staleDetails.isEmpty()) {
            r.append("\nstale reads (first 20):\n");
            f.staleDetails.stream().limit(20).forEach(s -> r.append("  ").append(s).append('\n'));
        }
        if (!f.notable.isEmpty()) {
            r.append("\nnotable (first 20):\n");
            f.notable.stream().limit(20).forEach(n -> r.append("  ").append(n).append('\n'));
        }
        return r.toString();
    }

    private static String target(boolean met, String what) {
        return (met ? "  met      " : "  NOT MET  ") + what;
    }
}
