package org.secondopinion.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.boundary.ReferralDashboard;
import org.secondopinion.referral.control.OutcomeFigures;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code coordinator/dashboard.xhtml}: open cases by state and the overdue count (as they are
 * now), and for a chosen period of delivered opinions the median turnaround and the outcome
 * rates, set beside the rates published by Mayo Clinic and Best Doctors. Days are UTC days;
 * the period includes its last day.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_DAYS = 90;
    static final String NONE = "—";

    /** The order of the outcome chart and table. */
    static final List<OpinionOutcome> OUTCOMES = List.of(OpinionOutcome.CONFIRMED, OpinionOutcome.DIAGNOSIS_REFINED,
            OpinionOutcome.DIAGNOSIS_CHANGED, OpinionOutcome.TREATMENT_CHANGED);

    /** Mayo Clinic, Van Such et al. 2017 (n=286): same, refined, distinctly different diagnosis. */
    static final Map<OpinionOutcome, BigDecimal> MAYO = rates(
            OpinionOutcome.CONFIRMED, "12", OpinionOutcome.DIAGNOSIS_REFINED, "66",
            OpinionOutcome.DIAGNOSIS_CHANGED, "21");

    /** Best Doctors, Meyer et al. 2015 (n=6,791): diagnosis changed, treatment changed. */
    static final Map<OpinionOutcome, BigDecimal> BEST_DOCTORS = rates(
            OpinionOutcome.DIAGNOSIS_CHANGED, "14.8", OpinionOutcome.TREATMENT_CHANGED, "37.4");

    @Inject
    ReferralDashboard dashboard;

    @Inject
    PageMessages messages;

    Clock clock = Clock.systemUTC();

    private LocalDate from;
    private LocalDate to;
    private long overdue;
    private int delivered;
    private BigDecimal medianTurnaroundDays;
    private String statusChart;
    private String outcomeChart;
    private List<OutcomeRow> outcomeRows = List.of();
    private boolean loaded;

    @PostConstruct
    void init() {
        to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from = to.minusDays(DEFAULT_DAYS - 1L);
        show();
    }

    public void show() {
        if (from == null || to == null || from.isAfter(to)) {
            messages.error("dashboard.period.invalid");
            return;
        }
        ReferralDashboard.Snapshot snapshot;
        try {
            snapshot = dashboard.snapshot(startOf(from), endOf(to));
        } catch (RuleViolation refused) {
            messages.errorText(refused.getMessage());
            return;
        }
        OutcomeFigures.Figures figures = snapshot.outcomes();
        overdue = snapshot.overdue();
        delivered = figures.delivered();
        medianTurnaroundDays = figures.medianTurnaroundDays();
        statusChart = statusChart(snapshot.byStatus());
        Map<OpinionOutcome, BigDecimal> period = periodRates(figures);
        outcomeChart = outcomeChart(period);
        List<OutcomeRow> rows = new ArrayList<>();
        for (OpinionOutcome outcome : OUTCOMES) {
            rows.add(new OutcomeRow(outcome, percent(period.get(outcome)), percent(MAYO.get(outcome)),
                    percent(BEST_DOCTORS.get(outcome))));
        }
        outcomeRows = List.copyOf(rows);
        loaded = true;
    }

    /** The first moment of a UTC day. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of a period whose last day is included: the start of the next UTC day, exclusive. */
    static Instant endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }

    static Map<OpinionOutcome, BigDecimal> periodRates(OutcomeFigures.Figures figures) {
        Map<OpinionOutcome, BigDecimal> rates = new EnumMap<>(OpinionOutcome.class);
        putIfKnown(rates, OpinionOutcome.CONFIRMED, figures.confirmedPercent());
        putIfKnown(rates, OpinionOutcome.DIAGNOSIS_REFINED, figures.diagnosisRefinedPercent());
        putIfKnown(rates, OpinionOutcome.DIAGNOSIS_CHANGED, figures.diagnosisChangedPercent());
        putIfKnown(rates, OpinionOutcome.TREATMENT_CHANGED, figures.treatmentChangedPercent());
        return rates;
    }

    private static void putIfKnown(Map<OpinionOutcome, BigDecimal> rates, OpinionOutcome outcome, BigDecimal rate) {
        if (rate != null) {
            rates.put(outcome, rate);
        }
    }

    /** "21%", "14.8%"; a dash where there is no figure. */
    static String percent(BigDecimal rate) {
        return rate == null ? NONE : rate.toPlainString() + "%";
    }

    private static Map<OpinionOutcome, BigDecimal> rates(Object... outcomeAndRate) {
        Map<OpinionOutcome, BigDecimal> rates = new EnumMap<>(OpinionOutcome.class);
        for (int i = 0; i < outcomeAndRate.length; i += 2) {
            rates.put((OpinionOutcome) outcomeAndRate[i], new BigDecimal((String) outcomeAndRate[i + 1]));
        }
        return Map.copyOf(rates);
    }

    // the Chart.js configurations p:chart draws

    private String statusChart(Map<ReferralStatus, Long> byStatus) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (ReferralStatus status : ReferralStatus.values()) {
            labels.add(messages.text("dashboard.status." + status.name()));
            counts.add(byStatus.getOrDefault(status, 0L));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(messages.text("dashboard.cases"), counts, "#3b82f6"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return bar(labels, datasets, options);
    }

    private String outcomeChart(Map<OpinionOutcome, BigDecimal> period) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        OUTCOMES.forEach(outcome -> labels.add(messages.text("dashboard.outcome." + outcome.name())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(messages.text("dashboard.rates.period", delivered), values(period), "#3b82f6"))
                .add(dataset(messages.text("dashboard.rates.mayo"), values(MAYO), "#9ca3af"))
                .add(dataset(messages.text("dashboard.rates.bestDoctors"), values(BEST_DOCTORS), "#f59e0b"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", messages.text("dashboard.rates.axis")))));
        return bar(labels, datasets, options);
    }

    /** The rates in the order of {@link #OUTCOMES}; null (no bar) where there is no figure. */
    private static JsonArrayBuilder values(Map<OpinionOutcome, BigDecimal> rates) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (OpinionOutcome outcome : OUTCOMES) {
            BigDecimal rate = rates.get(outcome);
            if (rate == null) {
                values.addNull();
            } else {
                values.add(rate);
            }
        }
        return values;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    // what the page shows

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public long getOverdue() {
        return overdue;
    }

    public int getDelivered() {
        return delivered;
    }

    /** "4.5", or a dash when no delivered opinion had its records complete. */
    public String getMedianTurnaround() {
        return medianTurnaroundDays == null ? NONE : medianTurnaroundDays.toPlainString();
    }

    public boolean isMedianKnown() {
        return medianTurnaroundDays != null;
    }

    public String getStatusChart() {
        return statusChart;
    }

    public String getOutcomeChart() {
        return outcomeChart;
    }

    public List<OutcomeRow> getOutcomeRows() {
        return outcomeRows;
    }

    /** One outcome: this period's rate beside the published ones, written out. */
    public record OutcomeRow(OpinionOutcome outcome, String period, String mayo, String bestDoctors)
            implements Serializable {
    }
}
