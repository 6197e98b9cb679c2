package org.secondopinion.web.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Backup and restore (issue 16, item 5) with the scripts of config/backup: fills the application on PostgreSQL through
 * its REST API (referrals with uploaded records, legal case files with documents, estimates, half of them issued, which
 * stores their PDF), reads every referral, case and estimate and downloads every stored file (SHA-256); runs
 * {@code backup.sh} while a coordinator keeps taking in referrals with a record each (the backup is online); stops
 * the application, wipes the database (the whole PostgreSQL cluster) and the data folder; starts an empty PostgreSQL on
 * another port, runs {@code restore.sh} into it and an empty data folder, starts the application again (Flyway must
 * find the schema current) and checks: every record reads back equal, every download has its SHA-256, every file of
 * the old store is back with its SHA-256, every file the restored database names exists with the SHA-256 the database
 * holds, and the audit chain verifies. Writes {@code target/benchmarks/backup.txt} (the logs beside it); exits 1 when a
 * check fails.
 *
 * <p>{@code ./mvnw -B -ntp -pl web -am verify -DskipTests -Dbench=backup} (ports: {@code -Dbench.http.port=}
 * {@code -Dbench.postgres.port=}, the restored PostgreSQL on the next port). Arguments: the report file,
 * payara-micro.jar, the WAR, the config folder (with backup/), the PostgreSQL driver jar. Sizes:
 * {@code -Dbench.backup.referrals=} (40), {@code .cases=} (12), {@code .documents=} (3 a case), {@code .estimates=}
 * (20), {@code .pages=} (100 pages a PDF).
 */
public final class BackupBenchmark {

    private static final Duration STARTUP = Duration.ofSeconds(Integer.getInteger("bench.startup.timeout", 300));
    private static final String PASSWORD = BenchApi.PASSWORD;

    private final Map<String, String> records = new TreeMap<>();
    private final Map<String, String> downloads = new TreeMap<>();
    private final Map<String, String> uploadedSha = new TreeMap<>();
    private Api api;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Arguments: <report file> <payara-micro.jar> <war> <config dir> <postgresql.jar>");
            System.exit(2);
        }
        int exit;
        try {
            exit = new BackupBenchmark().run(args) ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private boolean run(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        for (String log : List.of("backup-server-1.log", "backup-server-2.log", "backup-script.log",
                "restore-script.log", "restore-refused.log")) {
            Files.deleteIfExists(out.resolveSibling(log));
        }
        Path config = Path.of(args[3]).toAbsolutePath();
        Path scripts = config.resolve("backup");
        int referrals = Integer.getInteger("bench.backup.referrals", 40);
        int cases = Integer.getInteger("bench.backup.cases", 12);
        int documents = Integer.getInteger("bench.backup.documents", 3);
        int estimates = Integer.getInteger("bench.backup.estimates", 20);
        int pages = Integer.getInteger("bench.backup.pages", 100);
        int httpPort = Integer.getInteger("bench.http.port", 0);
        int firstPort = Integer.getInteger("bench.postgres.port", 0);
        int secondPort = firstPort > 0 ? firstPort + 1 : PayaraMicro.freePort();
        firstPort = firstPort > 0 ? firstPort : PayaraMicro.freePort();
        httpPort = httpPort > 0 ? httpPort : PayaraMicro.freePort();

        Path work = Files.createTempDirectory("second-opinion-backup-bench");
        Path backup = work.resolve("backup");
        StringBuilder report = new StringBuilder();
        boolean passed;
        try {
            Path oldData = Files.createDirectories(work.resolve("data-old"));
            Map<String, String> storeBefore;
            JsonObject chainBefore;
            Script backupRun;
            int writtenDuring;
            long fillMillis;
            try (BenchPostgres postgres = BenchPostgres.start(firstPort, work.resolve("pg-old"))) {
                PayaraMicro server = launcher(args, work, oldData, postgres, httpPort)
                        .log(out.resolveSibling("backup-server-1.log")).start();
                try {
                    server.awaitReady(STARTUP);
                    api = new Api(server.uri("/api/"));
                    long fillStart = System.nanoTime();
                    fill(referrals, cases, documents, estimates, pages);
                    fillMillis = (System.nanoTime() - fillStart) / 1_000_000;
                    readEverything();
                    chainBefore = api.json("POST", "audit/verification", "", "admin");
                    storeBefore = hashTree(oldData.resolve("files"));
                    System.out.printf("Filled in %d s: %d records read, %d files downloaded, %d files in the store%n",
                            fillMillis / 1000, records.size(), downloads.size(), storeBefore.size());
                    // online backup: a coordinator keeps taking in referrals with a record while it runs
                    AtomicBoolean backingUp = new AtomicBoolean(true);
                    AtomicInteger written = new AtomicInteger();
                    Thread writer = new Thread(() -> keepWriting(backingUp, written, pages), "writer");
                    writer.start();
                    try {
                        backupRun = script(scripts.resolve("backup.sh"), postgres, oldData, List.of(backup.toString()),
                                out.resolveSibling("backup-script.log"));
                    } finally {
                        backingUp.set(false);
                        writer.join();
                    }
                    writtenDuring = written.get();
                } finally {
                    server.stop();
                }
            }
            // the disaster: the database cluster and the data folder are gone
            PayaraMicro.deleteTree(work.resolve("pg-old"));
            PayaraMicro.deleteTree(oldData);

            Path newData = Files.createDirectories(work.resolve("data-new"));
            try (BenchPostgres postgres = BenchPostgres.start(secondPort, work.resolve("pg-new"))) {
                Script restoreRun = script(scripts.resolve("restore.sh"), postgres, newData,
                        List.of(backup.toString()), out.resolveSibling("restore-script.log"));
                // a second restore into the now filled database (with an empty file store) must be refused untouched
                Path spare = Files.createDirectories(work.resolve("data-spare"));
                Script refused = script(scripts.resolve("restore.sh"), postgres, spare, List.of(backup.toString()),
                        out.resolveSibling("restore-refused.log"));
                boolean refusedUntouched = refused.exit() != 0 && hashTree(spare.resolve("files")).isEmpty()
                        && Files.readString(out.resolveSibling("restore-refused.log")).contains("is not empty");
                PayaraMicro server = launcher(args, work, newData, postgres, httpPort)
                        .log(out.resolveSibling("backup-server-2.log")).start();
                try {
                    Duration ready = server.awaitReady(STARTUP);
                    api = new Api(server.uri("/api/"));
                    Checks checks = check(storeBefore, newData.resolve("files"), postgres);
                    JsonObject chainAfter = api.json("POST", "audit/verification", "", "admin");
                    boolean schemaCurrent = server.deployments() == 1
                            && Files.readString(out.resolveSibling("backup-server-2.log"), StandardCharsets.ISO_8859_1)
                            .contains("is up to date. No migration necessary.");
                    passed = checks.passed() && backupRun.exit() == 0 && restoreRun.exit() == 0 && refusedUntouched
                            && chainAfter.getBoolean("intact") && schemaCurrent;
                    report.append(report(referrals, cases, documents, estimates, fillMillis, storeBefore, backup,
                            backupRun, writtenDuring, restoreRun, refusedUntouched, ready, schemaCurrent, checks, chainBefore, chainAfter, passed));
                } finally {
                    server.stop();
                }
            }
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out);
            return passed;
        } finally {
            PayaraMicro.deleteTree(work);
        }
    }

    /** As the README's run command on PostgreSQL, with the demo logins (the filling uses them). */
    private static PayaraMicro.Builder launcher(String[] args, Path work, Path data, BenchPostgres postgres, int port) {
        return PayaraMicro.builder(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]))
                .property("secondopinion.data.dir", data).addLib(Path.of(args[4])).workDir(work)
                .postgres(postgres.jdbcUrl(), BenchPostgres.USER, BenchPostgres.PASSWORD)
                .property("secondopinion.demo.seed", true).jvm("-Xmx512m").port(port);
    }

    // ---- filling and reading

    private final List<Long> referralIds = new ArrayList<>();
    private final List<Long> caseIds = new ArrayList<>();
    private final List<Long> estimateIds = new ArrayList<>();
    private final List<Long> issuedIds = new ArrayList<>();

    private void fill(int referrals, int cases, int documents, int estimates, int pages) throws Exception {
        for (int i = 0; i < referrals; i++) {
            long id = referralWithRecord("Backup Patient " + i, "BK-" + i, pages + i);
            referralIds.add(id);
        }
        for (int i = 0; i < cases; i++) {
            String prefix = "BK" + letters(i);
            JsonObject opened = api.json("POST", "legal/cases", Json.createObjectBuilder()
                    .add("requestingSide", "PLAINTIFF").add("attorney", "A. Counsel").add("matterNumber", "M-" + prefix)
                    .add("claimantName", "Backup Claimant " + i).add("claimantBirthDate", "1970-03-04")
                    .add("jurisdiction", "PA").add("incidentDate", "2025-06-01").add("discoveryDate", "2025-07-15")
                    .add("batesPrefix", prefix).add("defendants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("kind", "PROVIDER").add("name", "Dr. Example Surgeon")
                            .add("specialty", "Orthopaedic surgery")
                            .add("organisationName", "Lakeside General Hospital")))
                    .build().toString(), "legal");
            long id = opened.getJsonNumber("id").longValue();
            caseIds.add(id);
            for (int d = 0; d < documents; d++) {
                byte[] pdf = pdf(pages + d, "Case " + prefix + " document " + d);
                JsonObject document = api.upload("legal/cases/" + id + "/documents?labels=MEDICAL_RECORD&name="
                        + URLEncoder.encode("record-" + d + ".pdf", StandardCharsets.UTF_8), pdf, "legal");
                uploadedSha.put("legal document " + document.getJsonNumber("id").longValue(), sha256(pdf));
            }
        }
        long schedule = api.array("fee-schedules", "billing").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("fileName").equals("lakeside-standard-charges.csv")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo fee schedule")).getJsonNumber("id").longValue();
        for (int i = 0; i < estimates; i++) {
            JsonObject estimate = api.json("POST", "estimates", Json.createObjectBuilder()
                    .add("patientMrn", "BKE-" + i).add("patientName", "Backup Estimate " + i)
                    .add("patientBirthDate", "1965-02-03").add("feeScheduleId", schedule)
                    .add("primaryService", "Second opinion on knee osteoarthritis").add("diagnosisCodes", "M17.11")
                    .add("scheduledOn", "2026-12-01").add("serviceDate", "2027-01-04").build().toString(), "billing");
            long id = estimate.getJsonNumber("id").longValue();
            estimateIds.add(id);
            estimate = line(estimate, "\"workup\":true,\"category\":\"SECOND_OPINION\",\"code\":\"99204\"");
            estimate = line(estimate, "\"option\":\"Knee replacement\",\"category\":\"SURGERY\",\"code\":\"27447\"");
            if (i % 2 == 0) {
                api.json("POST", "estimates/" + id + "/issue", "{\"version\":" + estimate.getInt("version") + "}",
                        "billing");
                issuedIds.add(id);
            }
        }
    }

    /** Adds a line priced by the hospital of the demo fee schedule (as BillingIT does). */
    private JsonObject line(JsonObject estimate, String fields) throws Exception {
        return api.json("POST", "estimates/" + estimate.getJsonNumber("id").longValue() + "/lines", "{\"version\":"
                + estimate.getInt("version") + ",\"providerName\":\"Lakeside General Hospital\","
                + "\"providerNpi\":\"1427051135\",\"providerTin\":\"36-4455667\","
                + "\"providerLocation\":\"100 Lake Shore Drive, Springfield\",\"providerState\":\"IL\","
                + "\"serviceDate\":\"2027-01-04\"," + fields + "}", "billing");
    }

    private long referralWithRecord(String name, String mrn, int pages) throws Exception {
        long id = api.json("POST", "referrals", BenchApi.referral(name, mrn), "coordinator").getJsonNumber("id")
                .longValue();
        byte[] pdf = pdf(pages, name + " record");
        JsonObject file = api.upload("referrals/" + id + "/files?name=record.pdf", pdf, "coordinator");
        uploadedSha.put("referral file " + file.getJsonNumber("id").longValue(), sha256(pdf));
        return id;
    }

    /** Until told to stop: referrals with a record each, taken in while the backup runs. */
    private void keepWriting(AtomicBoolean running, AtomicInteger written, int pages) {
        int i = 0;
        while (running.get()) {
            try {
                referralWithRecord("During Backup " + i, "BKD-" + i, pages);
                written.incrementAndGet();
                i++;
            } catch (Exception e) {
                System.err.println("write during the backup failed: " + e);
                return;
            }
        }
    }

    /** Every record as the API answers it, and the SHA-256 of every stored file as downloaded. */
    private void readEverything() throws Exception {
        for (long id : referralIds) {
            records.put("referral " + id, api.text("referrals/" + id, "coordinator"));
            records.put("referral " + id + " files", api.text("referrals/" + id + "/files", "coordinator"));
            for (var file : api.array("referrals/" + id + "/files", "coordinator")) {
                long fileId = file.asJsonObject().getJsonNumber("id").longValue();
                downloads.put("referral file " + fileId, sha256(api.bytes("referrals/files/" + fileId, "coordinator")));
            }
        }
        for (long id : caseIds) {
            records.put("case " + id, api.text("legal/cases/" + id, "legal"));
            records.put("case " + id + " documents", api.text("legal/cases/" + id + "/documents", "legal"));
            for (var document : api.array("legal/cases/" + id + "/documents", "legal")) {
                long documentId = document.asJsonObject().getJsonNumber("id").longValue();
                downloads.put("legal document " + documentId, sha256(api.bytes("legal/documents/" + documentId,
                        "legal")));
            }
        }
        for (long id : estimateIds) {
            records.put("estimate " + id, api.text("estimates/" + id, "billing"));
            records.put("estimate " + id + " versions", api.text("estimates/" + id + "/versions", "billing"));
        }
        for (long id : issuedIds) {
            downloads.put("estimate document " + id, sha256(api.bytes("estimates/" + id + "/good-faith-estimate.pdf",
                    "billing")));
        }
        for (Map.Entry<String, String> uploaded : uploadedSha.entrySet()) {
            if (!uploaded.getValue().equals(downloads.get(uploaded.getKey()))) {
                throw new IllegalStateException(uploaded.getKey() + " downloads other bytes than were uploaded");
            }
        }
    }

    // ---- checks after the restore

    record Checks(RecordComparison.Result records, RecordComparison.Result downloads,
                  RecordComparison.Result store, int referencedFiles, List<String> referenceProblems) {
        boolean passed() {
            return records.equal() && downloads.equal() && store.equal() && referenceProblems.isEmpty();
        }
    }

    private Checks check(Map<String, String> storeBefore, Path restoredStore, BenchPostgres postgres) throws Exception {
        Map<String, String> recordsBefore = new TreeMap<>(records);
        Map<String, String> downloadsBefore = new TreeMap<>(downloads);
        records.clear();
        downloads.clear();
        uploadedSha.clear();
        readEverything();
        Map<String, String> referenced = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), BenchPostgres.USER,
                BenchPostgres.PASSWORD); Statement query = db.createStatement()) {
            for (String[] table : new String[][] {{"referral_file", "storage_key", "sha256"},
                    {"legal_document", "storage_key", "sha256"}, {"fee_schedule", "storage_key", "file_sha256"},
                    {"cost_estimate", "document_key", "document_sha256"},
                    {"review_opinion", "document_key", "document_sha256"}}) {
                try (ResultSet rows = query.executeQuery("SELECT " + table[1] + ", " + table[2] + " FROM " + table[0]
                        + " WHERE " + table[1] + " IS NOT NULL")) {
                    while (rows.next()) {
                        referenced.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            problems.add("could not read the stored files' keys: " + e.getMessage());
        }
        for (Map.Entry<String, String> file : referenced.entrySet()) {
            String key = file.getKey();
            Path path = restoredStore.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
            if (!Files.exists(path)) {
                problems.add(key + " is named by the database but missing from the restored store");
            } else if (!sha256(path).equalsIgnoreCase(file.getValue())) {
                problems.add(key + " has another SHA-256 than the database holds");
            }
        }
        return new Checks(RecordComparison.compare(recordsBefore, records),
                RecordComparison.compareDigests(downloadsBefore, downloads),
                RecordComparison.compareDigests(storeBefore, hashTree(restoredStore)), referenced.size(), problems);
    }

    // ---- the scripts

    record Script(int exit, Duration took) {
    }

    /** Runs a script of config/backup against this PostgreSQL and data folder, as an operator's environment would. */
    private static Script script(Path script, BenchPostgres postgres, Path data, List<String> arguments, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("SECONDOPINION_"));
        environment.put("SECONDOPINION_DB_URL", postgres.jdbcUrl());
        environment.put("SECONDOPINION_DB_USER", BenchPostgres.USER);
        environment.put("SECONDOPINION_DB_PASSWORD", BenchPostgres.PASSWORD);
        environment.put("SECONDOPINION_DATA_DIR", data.toString());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "%s: exit %d in %.1f s (log %s)%n", script.getFileName(), exit,
                took.toMillis() / 1000.0, log);
        System.out.print(Files.readString(log));
        return new Script(exit, took);
    }

    // ---- the report

    private String report(int referrals, int cases, int documents, int estimates, long fillMillis,
                          Map<String, String> storeBefore, Path backup, Script backupRun, int writtenDuring,
                          Script restoreRun, boolean refusedUntouched, Duration ready, boolean schemaCurrent, Checks checks, JsonObject chainBefore,
                          JsonObject chainAfter, boolean passed) throws IOException {
        StringBuilder r = new StringBuilder();
        r.append("Backup and restore benchmark (issue 16, item 5): config/backup/backup.sh and restore.sh,"
                + " Payara Micro on embedded PostgreSQL 15, packaged WAR\n");
        r.append(String.format(Locale.ROOT, "%d CPUs, load average at the end %s; java %s; %s%n%n",
                Runtime.getRuntime().availableProcessors(), PayaraMicro.loadAverage(),
                System.getProperty("java.version"), firstLine("pg_dump", "--version")));
        r.append(String.format(Locale.ROOT, "filled through the API in %.1f s: %d referrals with a record file each,"
                + " %d legal case files with %d documents each, %d estimates (%d issued, each storing its PDF)%n",
                fillMillis / 1000.0, referrals, cases, documents, estimates, issuedIds.size()));
        long storeBytes = sizeOf(backup.resolve("files"));
        r.append(String.format(Locale.ROOT, "file store before the backup: %d files; backup: database.dump %,d bytes,"
                + " files/ %,d bytes%n", storeBefore.size(), Files.size(backup.resolve("database.dump")), storeBytes));
        r.append(String.format(Locale.ROOT, "backup.sh: exit %d, %.1f s, online (%d referrals with a record taken in"
                + " while it ran)%n", backupRun.exit(), backupRun.took().toMillis() / 1000.0, writtenDuring));
        r.append(String.format(Locale.ROOT, "wiped: the PostgreSQL cluster and the data folder; restore.sh into a new"
                + " empty cluster and data folder: exit %d, %.1f s%n", restoreRun.exit(),
                restoreRun.took().toMillis() / 1000.0));
        r.append(String.format(Locale.ROOT, "restore.sh once more into the restored (not empty) database: %s%n",
                refusedUntouched ? "refused, nothing copied" : "NOT REFUSED"));
        r.append(String.format(Locale.ROOT, "application started on the restored database: ready in %.1f s; deployed"
                + " once and Flyway found the schema up to date: %s%n%n", ready.toMillis() / 1000.0,
                schemaCurrent ? "yes" : "NO"));
        r.append(line("records read back equal (referrals, their files lists, cases, their documents lists,"
                + " estimates, their versions)", checks.records()));
        r.append(line("downloads with the same SHA-256 (referral files, case documents, issued estimates' PDFs)",
                checks.downloads()));
        r.append(line("files of the old store back with the same SHA-256", checks.store()));
        r.append(String.format(Locale.ROOT, "%-100s %s%n", "files the restored database names ("
                + checks.referencedFiles() + "), each present with the SHA-256 the database holds",
                checks.referenceProblems().isEmpty() ? "yes" : "NO: " + checks.referenceProblems()));
        r.append(String.format(Locale.ROOT, "%-100s %s%n", "audit chain before the backup", chainBefore));
        r.append(String.format(Locale.ROOT, "%-100s %s%n", "audit chain after the restore", chainAfter));
        r.append(passed ? "\nPASSED\n" : "\nFAILED\n");
        return r.toString();
    }

    private static String line(String what, RecordComparison.Result result) {
        return String.format(Locale.ROOT, "%-100s %s%n", what + " (" + result.compared() + ")",
                (result.equal() ? "yes" : "NO: " + result.differences()) + (result.roundedInstants() == 0 ? ""
                        : " (" + result.roundedInstants() + " instants answered to the nanosecond before, to the"
                                + " microsecond PostgreSQL keeps after)"));
    }

    private static String firstLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            return text.lines().findFirst().orElse("");
        } catch (IOException | InterruptedException e) {
            return command[0] + " unknown";
        }
    }

    // ---- helpers

    /** A Bates prefix may not end in a digit: 0 is A, 25 Z, 26 BA. */
    static String letters(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private static byte[] pdf(int pages, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (int page = 1; page <= pages; page++) {
            document.add(new Paragraph(text + ", page " + page + ". " + "Findings and history. ".repeat(80)));
            if (page < pages) {
                document.newPage();
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** Relative path to SHA-256 of every regular file under the folder (none when it is absent). */
    static Map<String, String> hashTree(Path root) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (!path.getFileName().toString().endsWith(".part")) {
                    hashes.put(root.relativize(path).toString(), sha256(path));
                }
            }
        }
        return hashes;
    }

    private static long sizeOf(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            long total = 0;
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                total += Files.size(path);
            }
            return total;
        }
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo logins' REST calls; any answer but the expected one stops the benchmark. */
    private static final class Api {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;

        Api(URI base) {
            this.base = base;
        }

        private HttpRequest.Builder request(String path, String user) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", BenchApi.basic(user, PASSWORD)).header("Accept", "application/json");
        }

        private static <T> HttpResponse<T> expect(HttpResponse<T> answer, String what) {
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(what + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            return answer;
        }

        String text(String path, String user) throws IOException, InterruptedException {
            return expect(HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString()),
                    "GET " + path).body();
        }

        jakarta.json.JsonArray array(String path, String user) throws IOException, InterruptedException {
            return Json.createReader(new StringReader(text(path, user))).readArray();
        }

        JsonObject json(String method, String path, String body, String user) throws IOException,
                InterruptedException {
            HttpResponse<String> answer = expect(HTTP.send(request(path, user).header("Content-Type",
                    "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()), method + " " + path);
            return Json.createReader(new StringReader(answer.body())).readObject();
        }

        JsonObject upload(String path, byte[] content, String user) throws IOException, InterruptedException {
            HttpResponse<String> answer = expect(HTTP.send(request(path, user).header("Content-Type",
                    "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.ofString()), "POST " + path);
            return Json.createReader(new StringReader(answer.body())).readObject();
        }

        byte[] bytes(String path, String user) throws IOException, InterruptedException {
            return expect(HTTP.send(request(path, user).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()), "GET " + path).body();
        }
    }
}
