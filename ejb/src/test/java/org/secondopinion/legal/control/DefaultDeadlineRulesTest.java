package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;

class DefaultDeadlineRulesTest {

    private static final String SQL = "/db/migration/V5__legal_case_files.sql";

    @Test
    void holdsOneRuleForEachStartingState() {
        assertThat(DefaultDeadlineRules.all()).extracting(DeadlineRule::state)
                .containsExactly("PA", "NJ", "TX", "MD", "GA", "MI", "IL", "CA");
        assertThat(DefaultDeadlineRules.all()).allMatch(rule -> rule.effectiveFrom().equals(DefaultDeadlineRules.EFFECTIVE_FROM));
        assertThat(DefaultDeadlineRules.forState("WY")).isEmpty();
    }

    @Test
    void holdsTheMeritRulesOfTheDomainTable() {
        assertMerit("PA", MeritTrigger.AFTER_FILING, 60, 0, true, "Pa.R.C.P. 1042.3");
        assertMerit("NJ", MeritTrigger.AFTER_ANSWER, 60, 60, true, "N.J.S.A. 2A:53A-27");
        assertMerit("TX", MeritTrigger.AFTER_ANSWER, 120, 0, true, "Tex. Civ. Prac. & Rem. Code 74.351");
        assertMerit("MD", MeritTrigger.AFTER_FILING, 90, 0, false, "3-2C-02");
        assertMerit("GA", MeritTrigger.WITH_COMPLAINT, 0, 0, false, "O.C.G.A. 9-11-9.1");
        assertMerit("MI", MeritTrigger.WITH_COMPLAINT, 0, 0, false, "MCL 600.2912d");
        assertMerit("IL", MeritTrigger.WITH_COMPLAINT, 0, 0, false, "735 ILCS 5/2-622");
        assertThat(rule("MI").noticeOfIntent()).isEqualTo(Period.ofDays(182));
    }

    @Test
    void holdsCaliforniasThreeYearsOrOneFromDiscoveryWhicheverIsFirst() {
        DeadlineRule california = rule("CA");

        assertThat(california.limitationFromInjury()).isEqualTo(Period.ofYears(3));
        assertThat(california.limitationFromDiscovery()).isEqualTo(Period.ofYears(1));
        assertThat(california.combination()).isEqualTo(LimitationCombination.EARLIER);
        assertThat(california.limitationSource()).startsWith("Cal. Code Civ. Proc. 340.5");
    }

    @Test
    void agreesWithTheSqlRows() throws IOException {
        List<List<String>> rows = rows(sql());
        List<DeadlineRule> rules = DefaultDeadlineRules.all();

        assertThat(rows).hasSameSizeAs(rules);
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule rule = rules.get(i);
            List<String> row = rows.get(i);
            assertThat(row).as("row of " + rule.state()).containsExactly(
                    Integer.toString(i + 1),
                    "'" + rule.state() + "'",
                    "DATE '" + rule.effectiveFrom() + "'",
                    months(rule.limitationFromInjury()),
                    months(rule.limitationFromDiscovery()),
                    "'" + rule.combination().name() + "'",
                    months(rule.repose()),
                    Integer.toString(rule.ageOfMajority()),
                    "'" + rule.meritTrigger().name() + "'",
                    Integer.toString(rule.meritDays()),
                    Integer.toString(rule.meritExtensionDays()),
                    rule.meritPerDefendant() ? "TRUE" : "FALSE",
                    rule.noticeOfIntent() == null ? "NULL" : Integer.toString(rule.noticeOfIntent().getDays()),
                    quoted(rule.limitationSource()),
                    quoted(rule.meritSource()),
                    "'system'",
                    "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'",
                    "0");
        }
    }

    @Test
    void namesEveryColumnOfTheTableInEachInsert() throws IOException {
        String columns = "INSERT INTO deadline_rule (id, state, effective_from, limitation_injury_months, "
                + "limitation_discovery_months, limitation_combine, repose_months, minor_age_of_majority, merit_trigger, "
                + "merit_days, merit_extension_days, merit_per_defendant, notice_of_intent_days, limitation_source, "
                + "merit_source, updated_by, updated_at, version) VALUES";
        List<String> statements = statements(sql());

        assertThat(statements).hasSize(8)
                .allSatisfy(statement -> assertThat(statement.replaceAll("\\s+", " ")).startsWith(columns));
    }

    private static void assertMerit(String state, MeritTrigger trigger, int days, int extension, boolean perDefendant,
                                    String citation) {
        DeadlineRule rule = rule(state);
        assertThat(rule.meritTrigger()).as(state).isEqualTo(trigger);
        assertThat(rule.meritDays()).as(state).isEqualTo(days);
        assertThat(rule.meritExtensionDays()).as(state).isEqualTo(extension);
        assertThat(rule.meritPerDefendant()).as(state).isEqualTo(perDefendant);
        assertThat(rule.meritSource()).as(state).contains(citation);
    }

    private static DeadlineRule rule(String state) {
        return DefaultDeadlineRules.forState(state).orElseThrow();
    }

    private static String months(Period period) {
        return period == null ? "NULL" : Long.toString(period.toTotalMonths());
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String sql() throws IOException {
        try (InputStream in = Objects.requireNonNull(DefaultDeadlineRulesTest.class.getResourceAsStream(SQL), SQL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The migration's INSERTs into deadline_rule, without comment lines, split at semicolons outside quotes. */
    private static List<String> statements(String sql) {
        return allStatements(sql).stream()
                .filter(statement -> statement.strip().startsWith("INSERT INTO deadline_rule")).toList();
    }

    private static List<String> allStatements(String sql) {
        StringBuilder code = new StringBuilder();
        sql.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : code.toString().toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        assertThat(current.toString().strip()).as("text after the last statement").isEmpty();
        return statements;
    }

    /** The VALUES of each statement, split at commas outside quotes; a doubled quote stays inside the string. */
    private static List<List<String>> rows(String sql) {
        List<List<String>> rows = new ArrayList<>();
        for (String statement : statements(sql)) {
            String values = statement.substring(statement.indexOf("VALUES") + "VALUES".length()).strip();
            assertThat(values).startsWith("(").endsWith(")");
            values = values.substring(1, values.length() - 1);
            List<String> row = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            for (char c : values.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    row.add(value.toString().strip());
                    value.setLength(0);
                } else {
                    value.append(c);
                }
            }
            row.add(value.toString().strip());
            rows.add(row);
        }
        return rows;
    }
}
