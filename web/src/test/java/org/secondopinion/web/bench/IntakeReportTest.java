package org.secondopinion.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake report reads Gatling's js/stats.js (an object literal, not JSON) and leaves the warm-ups out. */
class IntakeReportTest {

    private static final String STATS_JS = """
            var stats = {
                type: "GROUP",
            name: "All Requests",
            path: "",
            pathFormatted: "group_missing-name--1146707516",
            stats: {
                "name": "All Requests",
                "numberOfRequests": {"total": "30", "ok": "29", "ko": "1"}
            },
            contents: {
            "req_warm-up-intake---1": {
                    type: "REQUEST",
                    name: "warm-up intake bearer 32",
            path: "warm-up intake bearer 32",
            pathFormatted: "req_warm-up-intake---1",
            stats: {
                "name": "warm-up intake bearer 32",
                "numberOfRequests": {"total": "10", "ok": "10", "ko": "0"},
                "maxResponseTime": {"total": "900", "ok": "900", "ko": "-"},
                "percentiles1": {"total": "500", "ok": "500", "ko": "-"},
                "percentiles3": {"total": "800", "ok": "800", "ko": "-"},
                "percentiles4": {"total": "850", "ok": "850", "ko": "-"}
            }
                },"req_intake-bearer-3--2": {
                    type: "REQUEST",
                    name: "intake bearer 32",
            path: "intake bearer 32",
            pathFormatted: "req_intake-bearer-3--2",
            stats: {
                "name": "intake bearer 32",
                "numberOfRequests": {"total": "20", "ok": "19", "ko": "1"},
                "maxResponseTime": {"total": "140", "ok": "120", "ko": "140"},
                "percentiles1": {"total": "12", "ok": "12", "ko": "-"},
                "percentiles3": {"total": "95", "ok": "90", "ko": "-"},
                "percentiles4": {"total": "130", "ok": "120", "ko": "-"}
            }
                }
            }

            }

            function fillStats(stat){
                $("#numberOfRequests").append(stat.numberOfRequests.total);
            }
            """;

    @Test
    void readsTheMeasuredStepsOfGatlingsStatsJsAndTheirWindows(@TempDir Path folder) throws IOException {
        Path stats = Files.writeString(folder.resolve("stats.js"), STATS_JS);
        Properties windows = new Properties();
        windows.setProperty("intake_bearer_32", "1000,3000");
        windows.setProperty("warm-up_intake_bearer_32", "0,1000");

        Map<String, IntakeReport.Step> steps = IntakeReport.steps(stats, windows);

        assertThat(steps).containsOnlyKeys("intake bearer 32");
        IntakeReport.Step step = steps.get("intake bearer 32");
        assertThat(step.requests()).isEqualTo(20);
        assertThat(step.errors()).isEqualTo(1);
        assertThat(step.perSecond()).isEqualTo(9.5);
        assertThat(step.p50()).isEqualTo(12);
        assertThat(step.p95()).isEqualTo(95);
        assertThat(step.p99()).isEqualTo(130);
        assertThat(step.max()).isEqualTo(140);
    }

    @Test
    void marksATargetMissedWhenThereWereErrors(@TempDir Path folder) throws IOException {
        Path stats = Files.writeString(folder.resolve("stats.js"), STATS_JS);
        Properties windows = new Properties();
        windows.setProperty("intake_bearer_32", "0,1000");
        Properties setup = new Properties();

        String report = IntakeReport.report(IntakeReport.steps(stats, windows), setup, stats);

        assertThat(report).contains("NOT MET  bearer, 32 clients: >= 500 req/s (measured 19.0)")
                .contains("met      bearer, 32 clients: p99 < 150 ms (measured 130 ms)")
                .contains("NOT MET  bearer, 32 clients: 0 errors (measured 1)");
    }
}
