package org.secondopinion.web.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A timed run of the worklist queries against a generated million referrals on a real
 * PostgreSQL (started here, schema from the project's own Flyway migrations). The SQL is
 * what EclipseLink sends for {@code Referrals.worklist} / {@code myCases}: a page with
 * LIMIT/OFFSET ordered by an indexed column and the id, and the count capped at 10,001
 * ids. Writes the figures and the query plans to {@code target/benchmarks/worklist.txt}.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -pl web -am verify} (about two minutes).
 */
public final class WorklistBenchmark {

    private static final int REFERRALS = Integer.getInteger("bench.referrals", 1_000_000);
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private static final String COLUMNS = "id, status, patient_name, requested_specialty, specialist_id, due_at,"
            + " overdue, created_at, possible_duplicate_of, version";
    private static final String OPEN = "'REQUESTED','RECORDS_PENDING','READY_FOR_MATCHING','OFFERED','DECLINED',"
            + "'ACCEPTED','IN_REVIEW','INFO_REQUESTED','OPINION_DELIVERED','DECISION_RECORDED'";

    private record Case(String name, String page, String count) {
    }

    private WorklistBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/worklist.txt");
        Files.createDirectories(out.getParent());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource data = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(data).load().migrate();
            StringBuilder report = new StringBuilder();
            try (Connection connection = data.getConnection()) {
                long generated = generate(connection);
                report.append(String.format(Locale.ROOT, "Worklist benchmark: %,d referrals on PostgreSQL %s%n"
                                + "generated and indexed in %.1f s; %d warm-up runs, %d timed runs per query%n%n",
                        REFERRALS, version(connection), generated / 1e9, WARM_UP, RUNS));
                report.append(String.format(Locale.ROOT, "%-58s %9s %9s %9s %9s%n", "query (page of 25 + capped count)",
                        "p50 ms", "p95 ms", "max ms", "rows"));
                for (Case c : cases()) {
                    report.append(measure(connection, c));
                }
                report.append("\nPlans (EXPLAIN ANALYZE):\n");
                for (Case c : cases()) {
                    report.append("\n-- ").append(c.name()).append('\n').append(explain(connection, c.page()));
                }
            }
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Written to " + out.toAbsolutePath());
        }
    }

    private static List<Case> cases() {
        String page = "SELECT " + COLUMNS + " FROM referral WHERE ";
        String count = "SELECT id FROM referral WHERE ";
        return List.of(
                new Case("coordinator queue: open cases by due date",
                        page + "status IN (" + OPEN + ") ORDER BY due_at ASC NULLS LAST, id ASC LIMIT 25 OFFSET 0",
                        count + "status IN (" + OPEN + ") LIMIT 10001"),
                new Case("coordinator queue, page 200 (offset 4,975)",
                        page + "status IN (" + OPEN + ") ORDER BY due_at ASC NULLS LAST, id ASC LIMIT 25 OFFSET 4975",
                        count + "status IN (" + OPEN + ") LIMIT 10001"),
                new Case("overdue only",
                        page + "escalated_at IS NOT NULL AND status IN (" + OPEN + ") ORDER BY due_at ASC NULLS LAST, id ASC LIMIT 25",
                        count + "escalated_at IS NOT NULL AND status IN (" + OPEN + ") LIMIT 10001"),
                new Case("one specialty, open",
                        page + "requested_specialty = 'Oncology' AND status IN (" + OPEN
                                + ") ORDER BY due_at ASC NULLS LAST, id ASC LIMIT 25",
                        count + "requested_specialty = 'Oncology' AND status IN (" + OPEN + ") LIMIT 10001"),
                new Case("specialist's own cases (my cases)",
                        page + "specialist_id = 17 AND status IN ('OFFERED','ACCEPTED','IN_REVIEW','INFO_REQUESTED',"
                                + "'OPINION_DELIVERED','DECISION_RECORDED','CLOSED') ORDER BY due_at ASC NULLS LAST, id ASC LIMIT 25",
                        count + "specialist_id = 17 AND status IN ('OFFERED','ACCEPTED','IN_REVIEW','INFO_REQUESTED',"
                                + "'OPINION_DELIVERED','DECISION_RECORDED','CLOSED') LIMIT 10001"),
                new Case("all cases, newest first (no filter)",
                        page + "1 = 1 ORDER BY created_at DESC, id DESC LIMIT 25",
                        count + "1 = 1 LIMIT 10001"),
                new Case("one status by state order",
                        page + "status IN ('IN_REVIEW') ORDER BY status ASC, created_at ASC, id ASC LIMIT 25",
                        count + "status IN ('IN_REVIEW') LIMIT 10001"));
    }

    /** A million referrals: 85 % finished, the rest spread over the open states; 40 specialists, 6 specialties. */
    private static long generate(Connection connection) throws SQLException {
        long start = System.nanoTime();
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO organisation (id, name, kind, version) VALUES (1, 'Bench Hospital', 'ORGANISATION', 0)");
            sql.execute("INSERT INTO practitioner (id, family_name, given_name, organisation_id, years_experience, capacity,"
                    + " available, version) SELECT g, 'Bench' || g, 'Doc', 1, 10, 50, TRUE, 0 FROM generate_series(1, 40) g");
            sql.execute("INSERT INTO referral (id, status, patient_name, patient_birth_date, patient_sex, patient_mrn,"
                    + " patient_language, first_physician_name, diagnosis_code, diagnosis_text, treatment_kind, treatment_text,"
                    + " requested_specialty, reason, urgency, consent_given_at, taken_in_by, created_at, specialist_id,"
                    + " records_complete_at, due_at, overdue, escalated_at, version)"
                    + " SELECT g,"
                    + " (ARRAY['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',"
                    + "'CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CANCELLED','REQUESTED','RECORDS_PENDING',"
                    + "'READY_FOR_MATCHING','IN_REVIEW','INFO_REQUESTED','OFFERED','OPINION_DELIVERED'])[1 + g % 24],"
                    + " 'Patient ' || g, DATE '1950-01-01' + (g % 20000), 'FEMALE', 'MRN-' || g, 'English', 'Dr. First',"
                    + " 'M48.061', 'Spinal stenosis', 'SURGERY', 'Surgery',"
                    + " (ARRAY['Orthopaedic surgery','Oncology','Cardiology','Neurology','Urology','Gastroenterology'])[1 + g % 6],"
                    + " 'Bench', 'ROUTINE', now(), 'bench', now() - (g || ' minutes')::interval,"
                    + " CASE WHEN g % 24 < 17 OR g % 24 > 19 THEN 1 + g % 40 END,"
                    + " now() - (g || ' minutes')::interval,"
                    + " now() - (g || ' minutes')::interval + interval '7 days',"
                    + " (g % 24 IN (19, 20) AND g % 7 = 0),"
                    + " CASE WHEN g % 24 IN (19, 20) AND g % 7 = 0 THEN now() END, 0"
                    + " FROM generate_series(1, " + REFERRALS + ") g");
            sql.execute("ANALYZE referral");
        }
        return System.nanoTime() - start;
    }

    private static String measure(Connection connection, Case c) throws SQLException {
        long[] times = new long[RUNS];
        int rows = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            rows = rows(connection, c.page());
            rows(connection, c.count());
            long took = System.nanoTime() - start;
            if (run >= 0) {
                times[run] = took;
            }
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "%-58s %9.2f %9.2f %9.2f %9d%n", c.name(), times[RUNS / 2] / 1e6,
                times[(int) (RUNS * 0.95)] / 1e6, times[RUNS - 1] / 1e6, rows);
    }

    private static int rows(Connection connection, String query) throws SQLException {
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(query); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String explain(Connection connection, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN ANALYZE " + query)) {
            while (plan.next()) {
                lines.add(plan.getString(1));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        }
    }
}
