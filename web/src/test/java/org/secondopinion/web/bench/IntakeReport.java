package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code target/benchmarks/intake.txt} from the last {@link IntakeSimulation} run (Gatling's {@code js/stats.js}): per measured step (the
 * warm-ups are left out) the requests, errors, throughput (successful answers per second over the step's window, its
 * first start to its last end), and Gatling's p50/p95/p99 and max; the health check's throughput as a ratio to intake
 * at 32 bearer clients; and the targets of issue 13 marked met or not met. Arguments: Gatling's results folder and
 * the benchmarks folder (with the simulation's {@code intake-windows.properties} and {@code intake-setup.properties}).
 * Exits non-zero when the figures are missing, not when a target is missed: the file says that.
 */
public final class IntakeReport {

    static final double TARGET_BEARER_RPS = 500;
    static final double TARGET_BEARER_P99_MS = 150;
    static final double TARGET_BASIC_RPS = 300;

    private IntakeReport() {
    }

    /** One measured step. */
    record Step(String name, long requests, long ok, long errors, double seconds, double p50, double p95, double p99,
                double max) {
        double perSecond() {
            return seconds > 0 ? ok / seconds : 0;
        }
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path benchmarks = Path.of(args[1]);
        Path stats = lastStats(results);
        Properties windows = load(benchmarks.resolve("intake-windows.properties"));
        Properties setup = load(benchmarks.resolve("intake-setup.properties"));
        Map<String, Step> steps = steps(stats, windows);
        setup.setProperty("load.after", windows.getProperty("load.after", "unknown"));
        String report = report(steps, setup, stats);
        Path out = benchmarks.resolve("intake.txt");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out);
    }

    private static Path lastStats(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(run -> run.getFileName().toString().startsWith("intakesimulation-"))
                    .map(run -> run.resolve("js").resolve("stats.js")).filter(Files::exists)
                    .max(Comparator.comparing(path -> path.getParent().getParent().getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report of IntakeSimulation in " + results
                            + " (run gatling:test@intake-benchmark first)"));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing " + file + " (written by IntakeSimulation)");
        }
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The figures of Gatling's report, {@code js/stats.js}: a JavaScript object literal ({@code var stats = {...}})
     * whose few unquoted keys are quoted here to read it as JSON; its figures are strings ("-" when none).
     */
    static JsonObject statsOf(String statsJs) {
        int start = statsJs.indexOf('{');
        int end = statsJs.indexOf("\nfunction ");
        String literal = statsJs.substring(start, end < 0 ? statsJs.length() : end);
        String json = UNQUOTED_KEY.matcher(literal).replaceAll("$1\"$2\":");
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static final Pattern UNQUOTED_KEY = Pattern.compile("(?m)^(\\s*)(type|name|path|pathFormatted|stats|contents):");

    static Map<String, Step> steps(Path statsJs, Properties windows) throws IOException {
        JsonObject root = statsOf(Files.readString(statsJs));
        Map<String, Step> steps = new LinkedHashMap<>();
        for (JsonValue value : root.getJsonObject("contents").values()) {
            JsonObject request = value.asJsonObject();
            String name = request.getString("name");
            String window = windows.getProperty(name.replace(' ', '_'));
            if (name.startsWith("warm-up") || window == null) {
                continue;
            }
            String[] ends = window.split(",");
            double seconds = (Long.parseLong(ends[1]) - Long.parseLong(ends[0])) / 1000.0;
            JsonObject s = request.getJsonObject("stats");
            JsonObject count = s.getJsonObject("numberOfRequests");
            steps.put(name, new Step(name, number(count, "total"), number(count, "ok"), number(count, "ko"), seconds,
                    number(s.getJsonObject("percentiles1"), "total"), number(s.getJsonObject("percentiles3"), "total"),
                    number(s.getJsonObject("percentiles4"), "total"), number(s.getJsonObject("maxResponseTime"), "total")));
        }
        return steps;
    }

    private static long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString text && text.getString().matches("\\d+(\\.\\d+)?")) {
            return Math.round(Double.parseDouble(text.getString()));
        }
        return 0;
    }

    static String report(Map<String, Step> steps, Properties setup, Path stats) {
        StringBuilder r = new StringBuilder();
        r.append("Intake benchmark (issue 13, item 7): POST /api/referrals, each request a new patient, closed model\n");
        r.append("Gatling 3.13.5 (Java DSL) in the same run as the server: ").append(setup.getProperty("server"))
                .append("; ").append(setup.getProperty("java")).append('\n');
        r.append(String.format(Locale.ROOT, "Gatling, Payara Micro and PostgreSQL share the same %s CPUs (and this machine"
                        + " is shared with other builds), so the figures are indicative only.%n",
                setup.getProperty("cpus")));
        r.append("load average (1, 5, 15 min) before the run: ").append(setup.getProperty("load")).append(", after: ")
                .append(setup.getProperty("load.after")).append('\n');
        r.append(String.format(Locale.ROOT, "each step: %s s warm-up (not counted), then %s s measured; req/s = successful"
                        + " answers / (last end - first start) of the measured step; latencies of all its answers (Gatling)%n",
                setup.getProperty("warmup"), setup.getProperty("measured")));
        r.append("Gatling's report: ").append(stats.getParent().getParent()).append("\n\n");
        r.append(String.format(Locale.ROOT, "%-22s %8s %8s %7s %9s %8s %8s %8s %8s%n", "step", "requests", "ok",
                "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (Step step : steps.values()) {
            r.append(String.format(Locale.ROOT, "%-22s %8d %8d %7d %9.1f %8.0f %8.0f %8.0f %8.0f%n", step.name(),
                    step.requests(), step.ok(), step.errors(), step.perSecond(), step.p50(), step.p95(), step.p99(),
                    step.max()));
        }
        Step bearer = steps.get("intake bearer 32");
        Step basic = steps.get("intake basic 32");
        Step health = steps.get("health 32");
        r.append('\n');
        if (bearer != null && health != null && bearer.perSecond() > 0) {
            r.append(String.format(Locale.ROOT, "health (unauthenticated GET /api/health, 32 clients): %.1f req/s = %.1f"
                    + " x intake with bearer tokens at 32 clients%n", health.perSecond(),
                    health.perSecond() / bearer.perSecond()));
        }
        if (basic != null && bearer != null && bearer.perSecond() > 0) {
            r.append(String.format(Locale.ROOT, "HTTP Basic at 32 clients: %.2f x bearer at 32 clients%n",
                    basic.perSecond() / bearer.perSecond()));
        }
        r.append("\ntargets (issue 13):\n");
        List<String> lines = new ArrayList<>();
        if (bearer != null) {
            lines.add(target(bearer.perSecond() >= TARGET_BEARER_RPS, String.format(Locale.ROOT,
                    "bearer, 32 clients: >= %.0f req/s (measured %.1f)", TARGET_BEARER_RPS, bearer.perSecond())));
            lines.add(target(bearer.p99() < TARGET_BEARER_P99_MS, String.format(Locale.ROOT,
                    "bearer, 32 clients: p99 < %.0f ms (measured %.0f ms)", TARGET_BEARER_P99_MS, bearer.p99())));
            lines.add(target(bearer.errors() == 0, "bearer, 32 clients: 0 errors (measured " + bearer.errors() + ")"));
        } else {
            lines.add("  NOT MEASURED  bearer, 32 clients (not in bench.intake.clients)");
        }
        if (basic != null) {
            lines.add(target(basic.perSecond() >= TARGET_BASIC_RPS, String.format(Locale.ROOT,
                    "HTTP Basic, 32 clients: >= %.0f req/s (measured %.1f, %d errors)", TARGET_BASIC_RPS,
                    basic.perSecond(), basic.errors())));
        }
        lines.forEach(line -> r.append(line).append('\n'));
        return r.toString();
    }

    private static String target(boolean met, String what) {
        return (met ? "  met      " : "  NOT MET  ") + what;
    }
}
