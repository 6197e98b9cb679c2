package org.secondopinion.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged WAR on a Payara Micro child process, started with the arguments of the run command (the {@code run}
 * profile of web/pom.xml): {@code --nohazelcast --disablephonehome} (or, for a node of a cluster, the data grid's options
 * instead of {@code --nohazelcast}: {@link Builder#cluster}), context root {@code /}, the listener pre-boot file, the database's
 * post-boot file ({@code h2.asadmin} or {@code postgres.asadmin} with {@code SECONDOPINION_DB_*} in the environment),
 * the logging properties and, when given, {@code --addLibs} and {@code --rootdir}. The benchmarks add their own JVM
 * options and system properties in front of {@code -jar}. Output goes to a log file; readiness is the first 200 of
 * {@code /api/health}.
 */
final class PayaraMicro {

    private static final Pattern DEPLOYED = Pattern.compile("was successfully deployed in");

    final Process process;
    final long pid;
    final int port;
    final Path log;
    /** When the process was spawned ({@link System#nanoTime()}). */
    final long startedNanos;
    private volatile boolean stopped;

    private PayaraMicro(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.pid = process.pid();
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static Builder builder(Path microJar, Path war, Path config) {
        return new Builder(microJar, war, config);
    }

    /** What a start needs; {@link #start()} may be called again for a restart with the same arguments. */
    static final class Builder {
        private final Path microJar;
        private final Path war;
        private final Path config;
        private final List<String> jvmOptions = new ArrayList<>();
        private Path classDataArchive;
        private boolean recordClassData;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String database = "h2";
        private int port;
        private Path rootDir;
        private Path addLib;
        private Path workDir;
        private Path log;
        private final List<String> microOptions = new ArrayList<>();
        private String clusterName;
        private String nodeName;
        private int hazelcastPort;
        private List<Integer> clusterMembers = List.of();

        private Builder(Path microJar, Path war, Path config) {
            this.microJar = microJar.toAbsolutePath();
            this.war = war.toAbsolutePath();
            this.config = config.toAbsolutePath();
        }

        /**
         * Class-data sharing as the run profile uses it: {@code record} writes the classes loaded into the archive
         * when the server stops; otherwise the archive is mapped at start. Null: none.
         */
        Builder classDataArchive(Path archive, boolean record) {
            this.classDataArchive = archive;
            this.recordClassData = record;
            return this;
        }

        /** A JVM option or {@code -Dkey=value}, in front of {@code -jar}. */
        Builder jvm(String option) {
            jvmOptions.add(option);
            return this;
        }

        Builder property(String key, Object value) {
            return jvm("-D" + key + "=" + value);
        }

        /** {@code h2} or {@code postgres}: the post-boot command file of the config folder. */
        Builder database(String name) {
            this.database = name;
            return this;
        }

        /** PostgreSQL through {@code postgres.asadmin} and the three variables it reads. */
        Builder postgres(String jdbcUrl, String user, String password) {
            database("postgres");
            environment.put("SECONDOPINION_DB_URL", jdbcUrl);
            environment.put("SECONDOPINION_DB_USER", user);
            environment.put("SECONDOPINION_DB_PASSWORD", password);
            return this;
        }

        /** An environment variable of the server process. */
        Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        Builder port(int port) {
            this.port = port;
            return this;
        }

        Builder rootDir(Path rootDir) {
            this.rootDir = rootDir;
            return this;
        }

        Builder addLib(Path jar) {
            this.addLib = jar;
            return this;
        }

        /** A Payara Micro option after {@code -jar}, e.g. {@code --secretsdir} and its directory. */
        Builder micro(String... options) {
            microOptions.addAll(List.of(options));
            return this;
        }

        /**
         * A node of a Hazelcast data grid on this host instead of {@code --nohazelcast}: {@code --clustermode
         * tcpip:127.0.0.1:P1,127.0.0.1:P2,...} (the members' Hazelcast ports, no multicast), a common
         * {@code --clustername}, this node's Hazelcast port as {@code --startport}, {@code --nohostaware} (nodes on
         * one host back each other's data up only without host awareness) and {@code --name}. Each node needs its
         * own {@link #rootDir} and {@code secondopinion.data.dir}; nodes share one {@code secondopinion.files.dir}.
         */
        Builder cluster(String clusterName, String nodeName, int hazelcastPort, List<Integer> members) {
            if (!members.contains(hazelcastPort)) {
                throw new IllegalArgumentException("the node's own port " + hazelcastPort + " is not among " + members);
            }
            this.clusterName = clusterName;
            this.nodeName = nodeName;
            this.hazelcastPort = hazelcastPort;
            this.clusterMembers = List.copyOf(members);
            return this;
        }

        Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** The server's output; a start appends to it. */
        Builder log(Path log) {
            this.log = log;
            return this;
        }

        List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(tool("java"));
            // the JVM options every start of the application uses (an argument file of the java launcher)
            command.add("@" + config.resolve("jvm.options"));
            command.addAll(jvmOptions);
            if (classDataArchive != null) {
                command.add((recordClassData ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=")
                        + classDataArchive);
                command.add("-Xlog:cds=off,cds+dynamic=off");
            }
            command.add("-Djava.util.logging.config.file=" + config.resolve("logging.properties"));
            command.addAll(List.of("-jar", microJar.toString()));
            if (clusterName == null) {
                command.add("--nohazelcast");
            } else {
                command.addAll(List.of("--clustermode", "tcpip:" + String.join(",", clusterMembers.stream()
                        .map(member -> "127.0.0.1:" + member).toList()), "--clustername", clusterName,
                        "--startport", String.valueOf(hazelcastPort), "--nohostaware", "--name", nodeName));
            }
            command.addAll(List.of("--disablephonehome", "--port", String.valueOf(port), "--contextroot", "/"));
            if (rootDir != null) {
                command.addAll(List.of("--rootdir", rootDir.toString()));
            }
            if (addLib != null) {
                command.addAll(List.of("--addLibs", addLib.toString()));
            }
            command.addAll(microOptions);
            command.addAll(List.of("--prebootcommandfile", config.resolve("listener.asadmin").toString(),
                    "--postbootcommandfile", config.resolve(database + ".asadmin").toString(),
                    "--postdeploycommandfile", config.resolve("open-listener.asadmin").toString(),
                    "--logProperties", config.resolve("logging.properties").toString(),
                    "--deploy", war.toString()));
            return command;
        }

        PayaraMicro start() throws IOException {
            List<Path> required = new ArrayList<>(List.of(microJar, war, config.resolve("listener.asadmin"),
                    config.resolve(database + ".asadmin")));
            if (addLib != null) {
                required.add(addLib);
            }
            for (Path path : required) {
                if (!Files.exists(path)) {
                    throw new IllegalStateException("missing " + path + " (build with ./mvnw -pl web -am package)");
                }
            }
            if (port == 0) {
                port = freePort();
            }
            List<String> command = command();
            Files.createDirectories(log.getParent());
            Files.writeString(log, String.join(" ", command) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            System.out.println("Payara Micro started (pid " + process.pid() + ", port " + port + ", " + database
                    + ", log " + log + ")");
            return new PayaraMicro(process, port, log, started);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Polls {@code /api/health} every {@code poll} until a 200; answers the time from spawn to that answer. */
    Duration awaitReady(Duration timeout, Duration poll) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Duration ready = Duration.ofNanos(System.nanoTime() - startedNanos);
                    System.out.println("Server up on port " + port + " after " + ready.toMillis() + " ms");
                    return ready;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(poll.toMillis());
        }
        throw new IllegalStateException("Payara Micro did not answer /api/health within " + timeout + "; see " + log);
    }

    Duration awaitReady(Duration timeout) throws InterruptedException {
        return awaitReady(timeout, Duration.ofSeconds(1));
    }

    /** Resident set size of the process now, in kB ({@code VmRSS} of /proc/PID/status), or -1 when unknown. */
    long rssKb() throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        }
    }

    /** The CPU time the process has used so far, all its threads, user and system; null where the OS does not say. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(null);
    }

    /** How often the log says the application was deployed. */
    long deployments() throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> DEPLOYED.matcher(line).find()).count();
        }
    }

    /** {@code kill -9}: SIGKILL, no shutdown hooks, no orderly undeployment. */
    void kill() throws InterruptedException {
        stopped = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The machine's load average over 1, 5 and 15 minutes (/proc/loadavg), to say how busy the cores were. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String tool(String name) {
        Path bin = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(bin) ? bin.toString() : name;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + root + ": " + e);
        }
    }
}
