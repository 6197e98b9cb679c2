package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Concurrent uploads of large documents to the legal documents API on a server whose heap is capped: starts
 * Payara Micro itself ({@code -Xmx512m}, G1, H2 and files in a temporary folder, demo logins) with the WAR, opens a
 * case as the demo user {@code legal}, warms up with one upload and download, then sends 20 distinct 25 MB PDFs at
 * once, each generated while it is sent (a PDF header then seeded pseudo-random bytes) and hashed on the way out,
 * so neither side ever holds a file in memory. Every answer's SHA-256 must be the client's; every file is then
 * downloaded (the server re-hashes it first) and hashed again by the client. The server's used heap is read with
 * {@code jcmd} after full collections before and after, and sampled with {@code jstat} every 100 ms in between.
 * Writes the figures to {@code target/benchmarks/uploads.txt} (the server's log beside it) and exits non-zero when
 * an upload fails, a hash differs, the server ran out of memory, or the heap retained 64 MB or more.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -pl web -am verify} (with the other benchmarks), or after a build
 * {@code ./mvnw -Pbenchmark -pl web exec:exec@upload-benchmark}. Arguments: the report file, payara-micro.jar, the
 * WAR, the config folder. Sizes: {@code -Dbench.uploads=20 -Dbench.file.mb=25 -Dbench.server.heap.mb=512
 * -Dbench.growth.limit.mb=64}; {@code -Dbench.diagnose=1500} also writes a class histogram and thread dump of the
 * server 1.5 s into the downloads.
 */
public final class UploadBenchmark {

    private static final int UPLOADS = Integer.getInteger("bench.uploads", 20);
    private static final long FILE_BYTES = Long.getLong("bench.file.mb", 25) * 1024 * 1024;
    private static final int SERVER_HEAP_MB = Integer.getInteger("bench.server.heap.mb", 512);
    private static final long GROWTH_LIMIT_KB = Long.getLong("bench.growth.limit.mb", 64) * 1024;
    private static final int STARTUP_SECONDS = Integer.getInteger("bench.startup.timeout", 300);
    /** With {@code -Dbench.diagnose=<ms>}: a class histogram and thread dump of the server that long into the downloads. */
    private static final long DIAGNOSE_MS = Long.getLong("bench.diagnose", 0);
    private static final String USER = "legal";
    private static final String PASSWORD = "SecondOpinion-demo";
    private static final byte[] PDF_HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    private UploadBenchmark() {
    }

    /** One file sent: what the client hashed on the way out and what the server answered. */
    private record Sent(int index, String clientSha256, long bytes, int status, String serverSha256, long documentId,
                        long nanos, String failure) {
        boolean verified() {
            return failure == null && status == 201 && clientSha256.equals(serverSha256) && bytes == FILE_BYTES;
        }
    }

    /** One file downloaded: the Digest header the server sent after re-hashing, and the client's own hash. */
    private record Fetched(int index, int status, String serverDigest, String clientSha256, long bytes, long nanos,
                           String failure) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("Arguments: <report file> <payara-micro.jar> <war> <config dir>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        Path serverLog = out.resolveSibling("uploads-server.log");
        Path work = Files.createTempDirectory("second-opinion-upload-bench");
        Server server = null;
        List<String> failures = new ArrayList<>();
        try {
            server = Server.start(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(),
                    Path.of(args[3]).toAbsolutePath(), work, serverLog);
            Server running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.stop();
                deleteTree(work);
            }));
            server.awaitHealth(Duration.ofSeconds(STARTUP_SECONDS));
            String report = run(server, failures);
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            failures.add("benchmark aborted: " + e);
        } finally {
            if (server != null) {
                server.stop();
            }
            deleteTree(work);
        }
        if (!failures.isEmpty()) {
            System.err.println("UPLOAD BENCHMARK FAILED:");
            failures.forEach(f -> System.err.println("  - " + f));
            System.err.println("Server log: " + serverLog);
            System.exit(1);
        }
        System.exit(0);
    }

    private static String run(Server server, List<String> failures) throws Exception {
        Api api = new Api(server.port);
        long caseId = api.openCase();

        // warm-up: the whole path once (classes, JIT, pools), then the baseline after full collections
        Sent warm = api.upload(caseId, -1);
        if (!warm.verified()) {
            throw new IllegalStateException("warm-up upload failed: " + warm);
        }
        api.download(warm.documentId(), -1);
        Heap before = server.heapAfterFullGc();

        HeapSampler sampler = HeapSampler.start(server.pid);
        server.markGcLog();
        long start = System.nanoTime();
        List<Sent> sent = concurrently(UPLOADS, i -> api.upload(caseId, i));
        long uploadNanos = System.nanoTime() - start;
        Heap peakUploads = sampler.peakSoFar();
        long afterYoungUploads = server.largestAfterGc();
        Heap afterUploads = server.heapAfterFullGc();

        sampler.reset();
        server.markGcLog();
        Thread diagnosis = DIAGNOSE_MS > 0 ? server.diagnoseLater(DIAGNOSE_MS, "downloads") : null;
        start = System.nanoTime();
        List<Fetched> fetched = concurrently(UPLOADS, i -> sent.get(i).documentId() > 0
                ? api.download(sent.get(i).documentId(), i)
                : new Fetched(i, 0, null, null, 0, 0, "not uploaded"));
        long downloadNanos = System.nanoTime() - start;
        Heap peakDownloads = sampler.peakSoFar();
        long afterYoungDownloads = server.largestAfterGc();
        if (diagnosis != null) {
            diagnosis.join();
        }
        sampler.stop();
        Heap afterDownloads = server.heapAfterFullGc();

        boolean oom = server.ranOutOfMemory();
        boolean alive = server.process.isAlive();

        for (Sent s : sent) {
            if (!s.verified()) {
                failures.add("upload " + s.index() + ": " + (s.failure() != null ? s.failure() : "HTTP " + s.status()
                        + ", client SHA-256 " + s.clientSha256() + ", server " + s.serverSha256() + ", " + s.bytes()
                        + " bytes sent"));
            }
        }
        for (Fetched f : fetched) {
            String expected = sent.get(f.index()).clientSha256();
            if (f.failure() != null || f.status() != 200 || !expected.equals(f.clientSha256())
                    || !("sha-256=" + expected).equals(f.serverDigest()) || f.bytes() != FILE_BYTES) {
                failures.add("download " + f.index() + ": " + (f.failure() != null ? f.failure() : "HTTP " + f.status()
                        + ", client SHA-256 " + f.clientSha256() + ", server " + f.serverDigest() + ", expected "
                        + expected + ", " + f.bytes() + " bytes"));
            }
        }
        long growthUploads = afterUploads.usedKb() - before.usedKb();
        long growthDownloads = afterDownloads.usedKb() - before.usedKb();
        if (oom) {
            failures.add("the server ran out of memory (OutOfMemoryError; see uploads-server.log)");
        }
        if (!alive) {
            failures.add("the server died during the run");
        }
        if (growthUploads >= GROWTH_LIMIT_KB) {
            failures.add(String.format(Locale.ROOT, "retained heap grew by %.1f MB over the uploads (limit %d MB)",
                    growthUploads / 1024.0, GROWTH_LIMIT_KB / 1024));
        }
        if (growthDownloads >= GROWTH_LIMIT_KB) {
            failures.add(String.format(Locale.ROOT, "retained heap grew by %.1f MB over uploads and downloads"
                    + " (limit %d MB)", growthDownloads / 1024.0, GROWTH_LIMIT_KB / 1024));
        }

        double totalMb = UPLOADS * (double) FILE_BYTES / (1024 * 1024);
        long verifiedUploads = sent.stream().filter(Sent::verified).count();
        long verifiedDownloads = fetched.stream().filter(f -> f.failure() == null && f.status() == 200
                && sent.get(f.index()).clientSha256().equals(f.clientSha256())).count();
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Upload benchmark: %d concurrent uploads of %d MB PDFs to"
                        + " POST /api/legal/cases/{id}/documents%n", UPLOADS, FILE_BYTES / (1024 * 1024)));
        r.append(String.format(Locale.ROOT, "server: Payara Micro, %s, -Xmx%dm -XX:+UseG1GC, H2, %d CPUs;"
                        + " client: %s, %d threads, HTTP/1.1, bodies generated and hashed while sent%n",
                server.javaVersion, SERVER_HEAP_MB, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), UPLOADS));
        r.append("(MB = 1,048,576 bytes; heap used is the whole Java heap as the JVM reports it)\n\n");
        r.append(String.format(Locale.ROOT, "uploads    %2d/%d verified   %7.1f MB in %6.2f s  = %7.1f MB/s"
                        + "   per upload min %.2f s, median %.2f s, max %.2f s%n", verifiedUploads, UPLOADS, totalMb,
                uploadNanos / 1e9, totalMb / (uploadNanos / 1e9), seconds(sent, 0.0), seconds(sent, 0.5),
                seconds(sent, 1.0)));
        r.append(String.format(Locale.ROOT, "downloads  %2d/%d verified   %7.1f MB in %6.2f s  = %7.1f MB/s"
                        + "   (server re-hashes each before sending; client hashes what it gets)%n",
                verifiedDownloads, UPLOADS, totalMb, downloadNanos / 1e9, totalMb / (downloadNanos / 1e9)));
        r.append(String.format(Locale.ROOT, "page counts the server found: %s%n%n", api.pageCounts()));
        r.append(String.format(Locale.ROOT, "server heap (max %d MB)                    used MB%n", SERVER_HEAP_MB));
        r.append(String.format(Locale.ROOT, "  before (after warm-up, full GC)        %8.1f%n", before.usedKb() / 1024.0));
        r.append(String.format(Locale.ROOT, "  peak during uploads (jstat, 100 ms)    %8.1f   (%d samples, %d young"
                        + " GCs, %d full GCs)%n", peakUploads.usedKb() / 1024.0, peakUploads.samples(),
                peakUploads.youngGcs(), peakUploads.fullGcs()));
        r.append(String.format(Locale.ROOT, "  most left after a young GC, uploads    %6d     (GC log: in use while 20 were in"
                + " flight)%n", afterYoungUploads));
        r.append(String.format(Locale.ROOT, "  after uploads (full GC)                %8.1f%n",
                afterUploads.usedKb() / 1024.0));
        r.append(String.format(Locale.ROOT, "  peak during downloads (jstat, 100 ms)  %8.1f   (%d samples, %d young"
                        + " GCs, %d full GCs)%n", peakDownloads.usedKb() / 1024.0, peakDownloads.samples(),
                peakDownloads.youngGcs(), peakDownloads.fullGcs()));
        r.append(String.format(Locale.ROOT, "  most left after a young GC, downloads  %6d%n", afterYoungDownloads));
        r.append(String.format(Locale.ROOT, "  after downloads (full GC)              %8.1f%n",
                afterDownloads.usedKb() / 1024.0));
        r.append(String.format(Locale.ROOT, "  retained growth over the uploads       %8.1f   (limit < %d)%n",
                growthUploads / 1024.0, GROWTH_LIMIT_KB / 1024));
        r.append(String.format(Locale.ROOT, "  retained growth, uploads + downloads   %8.1f   (limit < %d)%n%n",
                growthDownloads / 1024.0, GROWTH_LIMIT_KB / 1024));
        r.append("OutOfMemoryError in the server: ").append(oom ? "YES" : "no").append('\n');
        r.append("result: ").append(failures.isEmpty() ? "PASS" : "FAIL").append('\n');
        failures.forEach(f -> r.append("  - ").append(f).append('\n'));
        return r.toString();
    }

    private static double seconds(List<Sent> sent, double quantile) {
        List<Long> times = sent.stream().map(Sent::nanos).sorted().toList();
        return times.get((int) Math.round(quantile * (times.size() - 1))) / 1e9;
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    /** All at once: every task waits at the gate until all threads are ready. */
    private static <T> List<T> concurrently(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    ready.countDown();
                    gate.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            ready.await();
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The REST calls, as the demo user {@code legal}. */
    private static final class Api {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        private final String base;
        private final String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        private long caseId;

        Api(int port) {
            this.base = "http://localhost:" + port + "/api/";
        }

        long openCase() throws IOException, InterruptedException {
            String body = """
                    {"requestingSide":"PLAINTIFF","attorney":"A. Counsel","matterNumber":"M-BENCH",
                     "claimantName":"Bea Benchmark","claimantBirthDate":"1970-03-04","jurisdiction":"PA",
                     "incidentDate":"2025-06-01","discoveryDate":"2025-07-15","batesPrefix":"BENCH",
                     "defendants":[{"kind":"PROVIDER","name":"Dr. Example Surgeon","specialty":"Orthopaedic surgery",
                                    "organisationName":"Lakeside General Hospital"}]}""";
            HttpResponse<String> created = client.send(request("legal/cases")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("could not open a case: HTTP " + created.statusCode() + " "
                        + created.body());
            }
            caseId = json(created.body()).getJsonNumber("id").longValue();
            return caseId;
        }

        Sent upload(long caseId, int index) {
            GeneratedPdf content = new GeneratedPdf(index, FILE_BYTES);
            long start = System.nanoTime();
            try {
                HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> content), FILE_BYTES);
                HttpResponse<String> answer = client.send(request("legal/cases/" + caseId + "/documents?name=bench-"
                                + index + ".pdf&labels=MEDICAL_RECORD")
                                .header("Content-Type", "application/pdf").POST(body).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (answer.statusCode() != 201) {
                    return new Sent(index, content.sha256(), content.sent(), answer.statusCode(), null, -1, took,
                            "HTTP " + answer.statusCode() + " " + abbreviate(answer.body()));
                }
                JsonObject document = json(answer.body());
                return new Sent(index, content.sha256(), content.sent(), 201, document.getString("sha256", null),
                        document.getJsonNumber("id").longValue(), took, null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                return new Sent(index, content.sha256(), content.sent(), 0, null, -1, System.nanoTime() - start,
                        e.toString());
            }
        }

        Fetched download(long documentId, int index) {
            long start = System.nanoTime();
            try {
                HttpResponse<InputStream> answer = client.send(request("legal/documents/" + documentId).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                MessageDigest digest = sha256();
                long bytes = 0;
                try (InputStream in = answer.body()) {
                    byte[] buffer = new byte[64 * 1024];
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        digest.update(buffer, 0, read);
                        bytes += read;
                    }
                }
                return new Fetched(index, answer.statusCode(), answer.headers().firstValue("Digest").orElse(null),
                        HexFormat.of().formatHex(digest.digest()), bytes, System.nanoTime() - start, null);
            } catch (IOException | InterruptedException | RuntimeException e) {
                return new Fetched(index, 0, null, null, 0, System.nanoTime() - start, e.toString());
            }
        }

        /** The page counts the server found, grouped ("unknown" for null). */
        String pageCounts() {
            try {
                HttpResponse<String> list = client.send(request("legal/cases/" + caseId + "/documents").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
                    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
                    reader.readArray().getValuesAs(JsonObject.class).forEach(d -> counts.merge(
                            d.get("pageCount") == null || d.isNull("pageCount") ? "unknown" : String.valueOf(d.getInt("pageCount")), 1L, Long::sum));
                    return counts.toString() + " (documents in the case, warm-up included)";
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                return "not listed: " + e;
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(20))
                    .header("Authorization", authorization).header("Accept", "application/json, */*");
        }

        private static JsonObject json(String body) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        private static String abbreviate(String text) {
            return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }

    /**
     * A PDF-looking file made up while it is read: the header, then pseudo-random bytes seeded by the file's index
     * (so every file differs and a run repeats exactly), hashed as it goes. Nothing larger than the caller's buffer
     * is ever held.
     */
    static final class GeneratedPdf extends InputStream {

        private final SplittableRandom random;
        private final long size;
        private final MessageDigest digest = UploadBenchmark.sha256();
        private long position;
        private long word;
        private int wordLeft;
        private String sha256;

        GeneratedPdf(int index, long size) {
            this.random = new SplittableRandom(0x5EC0_0D0F_1E00L + index * 7919L);
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                finish();
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                if (at < PDF_HEADER.length) {
                    buffer[offset + i] = PDF_HEADER[(int) at];
                } else {
                    if (wordLeft == 0) {
                        word = random.nextLong();
                        wordLeft = 8;
                    }
                    buffer[offset + i] = (byte) word;
                    word >>>= 8;
                    wordLeft--;
                }
            }
            digest.update(buffer, offset, count);
            position += count;
            if (position >= size) {
                finish();
            }
            return count;
        }

        private void finish() {
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
        }

        /** The SHA-256 of everything read, once all of it was read (null before). */
        synchronized String sha256() {
            return sha256;
        }

        synchronized long sent() {
            return position;
        }
    }

    /** Used heap and collector counts of the server. */
    private record Heap(long usedKb, int samples, long youngGcs, long fullGcs) {
    }

    /** {@code jstat -gc <pid> 100}: the peak of the used heap (survivors, eden, old) over a phase. */
    private static final class HeapSampler {

        private final Process jstat;
        private final Thread reader;
        private final AtomicLong peakKb = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private volatile long[] firstCounts;
        private volatile long[] lastCounts;

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = new Thread(this::read, "jstat-reader");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        static HeapSampler start(long pid) throws IOException {
            return new HeapSampler(new ProcessBuilder(tool("jstat"), "-gc", String.valueOf(pid), "100")
                    .redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                List<String> header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 0 && fields[0].equals("S0C")) {
                        header = List.of(fields);
                        continue;
                    }
                    if (header == null || fields.length != header.size()) {
                        continue;
                    }
                    long used = (long) (value(header, fields, "S0U") + value(header, fields, "S1U")
                            + value(header, fields, "EU") + value(header, fields, "OU"));
                    long[] counts = {(long) value(header, fields, "YGC"), (long) value(header, fields, "FGC")};
                    peakKb.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                    if (firstCounts == null) {
                        firstCounts = counts;
                    }
                    lastCounts = counts;
                }
            } catch (IOException ignored) {
                // jstat stopped
            }
        }

        private static double value(List<String> header, String[] fields, String column) {
            String field = fields[header.indexOf(column)];
            return field.equals("-") ? 0 : Double.parseDouble(field);
        }

        Heap peakSoFar() {
            long[] first = firstCounts;
            long[] last = lastCounts;
            return new Heap(peakKb.get(), (int) samples.get(), first == null ? 0 : last[0] - first[0],
                    first == null ? 0 : last[1] - first[1]);
        }

        void reset() {
            peakKb.set(0);
            samples.set(0);
            firstCounts = null;
        }

        void stop() throws InterruptedException {
            jstat.destroy();
            reader.join(5000);
        }
    }

    /** The Payara Micro child process. */
    private static final class Server {

        private static final Pattern GC_PAUSE = Pattern.compile("Pause Young.*?\\d+M->(\\d+)M\\(\\d+M\\)");
        private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

        private final PayaraMicro micro;
        private final Process process;
        private final long pid;
        private final int port;
        private final Path log;
        private final Path gcLog;
        private final Path oomMarker;
        private long gcLogMark;
        private final String javaVersion;

        private Server(PayaraMicro micro, Path gcLog, Path oomMarker, String javaVersion) {
            this.micro = micro;
            this.process = micro.process;
            this.pid = micro.pid;
            this.port = micro.port;
            this.log = micro.log;
            this.gcLog = gcLog;
            this.oomMarker = oomMarker;
            this.javaVersion = javaVersion;
        }

        static Server start(Path microJar, Path war, Path config, Path work, Path log) throws IOException {
            Path data = Files.createDirectories(work.resolve("data"));
            Path root = Files.createDirectories(work.resolve("micro"));
            Path tmp = Files.createDirectories(work.resolve("tmp"));
            Path oomMarker = work.resolve("out-of-memory");
            Path gcLog = log.resolveSibling("uploads-gc.log");
            Files.deleteIfExists(gcLog);
            Files.deleteIfExists(log);
            PayaraMicro micro = PayaraMicro.builder(microJar, war, config)
                    .jvm("-Xmx" + SERVER_HEAP_MB + "m").jvm("-XX:+UseG1GC")
                    .jvm("-XX:OnOutOfMemoryError=touch " + oomMarker)
                    .jvm("-Xlog:gc:file=" + gcLog + ":uptime")
                    .property("java.io.tmpdir", tmp)
                    .property("secondopinion.data.dir", data)
                    .property("secondopinion.demo.seed", true)
                    .property("secondopinion.legal.documents.max-mb", 64)
                    .database("h2").rootDir(root).workDir(work).log(log).start();
            return new Server(micro, gcLog, oomMarker, System.getProperty("java.vm.name") + " "
                    + System.getProperty("java.version"));
        }

        void awaitHealth(Duration timeout) throws InterruptedException {
            micro.awaitReady(timeout);
        }

        /** Used heap right after two full collections ({@code jcmd GC.run}, then {@code GC.heap_info}). */
        Heap heapAfterFullGc() throws IOException, InterruptedException {
            jcmd("GC.run");
            Thread.sleep(500);
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher used = HEAP_USED.matcher(info);
            if (!used.find()) {
                throw new IllegalStateException("no used heap in jcmd GC.heap_info: " + info);
            }
            return new Heap(Long.parseLong(used.group(1)), 1, 0, 0);
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder(tool("jcmd"), String.valueOf(pid), command).redirectErrorStream(true)
                    .start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        }

        Thread diagnoseLater(long millis, String phase) {
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(millis);
                    Files.writeString(log.resolveSibling("uploads-" + phase + "-threads.txt"), jcmd("Thread.print"));
                    Files.writeString(log.resolveSibling("uploads-" + phase + "-histogram.txt"),
                            jcmd("GC.class_histogram"));
                } catch (IOException | InterruptedException | RuntimeException e) {
                    System.err.println("no diagnosis: " + e);
                }
            });
            thread.start();
            return thread;
        }

        /** From here on, {@link #largestAfterGc()} looks at the collections that follow. */
        void markGcLog() throws IOException {
            gcLogMark = Files.exists(gcLog) ? Files.size(gcLog) : 0;
        }

        /**
         * The most heap left in use after any collection since the mark, in MB (-1 if none): an upper bound of what
         * the requests in flight held, unlike the peak of used heap, which counts garbage not yet collected.
         */
        long largestAfterGc() throws IOException {
            if (!Files.exists(gcLog)) {
                return -1;
            }
            String text;
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(gcLog.toFile(), "r")) {
                file.seek(Math.min(gcLogMark, file.length()));
                byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
                file.readFully(rest);
                text = new String(rest, StandardCharsets.ISO_8859_1);
            }
            Matcher pause = GC_PAUSE.matcher(text);
            long largest = -1;
            while (pause.find()) {
                largest = Math.max(largest, Long.parseLong(pause.group(1)));
            }
            return largest;
        }

        boolean ranOutOfMemory() throws IOException {
            if (Files.exists(oomMarker)) {
                return true;
            }
            try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                return lines.anyMatch(line -> line.contains("java.lang.OutOfMemoryError"));
            }
        }

        void stop() {
            micro.stop();
        }
    }

    private static String tool(String name) {
        return PayaraMicro.tool(name);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        PayaraMicro.deleteTree(root);
    }
}
