package org.secondopinion.web.billing;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.estimate.control.EstimateAccuracy;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code billing/accuracy.xhtml}: for the final bills dated in a period, the share within $400 and within 10% of
 * the bill, by the estimates' primary service and overall, beside the published 83.9% (JAMA Network Open 2020).
 */
@Named
@ViewScoped
public class AccuracyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_DAYS = 365;
    static final String NONE = "—";

    @Inject
    FinalBills finalBills;

    @Inject
    PageMessages messages;

    Clock clock = Clock.systemUTC();

    private LocalDate from;
    private LocalDate to;
    private Row overall;
    private List<Row> services = List.of();
    private String chart;
    private String published;
    private boolean loaded;

    @PostConstruct
    void init() {
        to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from = to.minusDays(DEFAULT_DAYS - 1L);
        show();
    }

    public void show() {
        if (from == null || to == null || from.isAfter(to)) {
            messages.error("accuracy.period.invalid");
            return;
        }
        if (from.plusYears(FinalBills.ACCURACY_MAX_YEARS).isBefore(to)) {
            messages.error("accuracy.period.tooLong", FinalBills.ACCURACY_MAX_YEARS);
            return;
        }
        EstimateAccuracy.Summary summary;
        try {
            summary = finalBills.accuracy(from, to);
        } catch (RuleViolation refused) {
            messages.errorText(refused.getMessage());
            return;
        }
        overall = Row.of(summary.overall(), messages.text("accuracy.allServices"));
        List<Row> rows = new ArrayList<>();
        summary.byService().forEach(share -> rows.add(Row.of(share, share.service())));
        services = List.copyOf(rows);
        chart = chart(summary);
        published = percent(summary.publishedPercent());
        loaded = true;
    }

    /** Bars per service (and all services) for each measure; the published figure as a line across them. */
    private String chart(EstimateAccuracy.Summary summary) {
        List<EstimateAccuracy.Share> shares = new ArrayList<>(summary.byService());
        shares.add(summary.overall());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder dollars = Json.createArrayBuilder();
        JsonArrayBuilder percent = Json.createArrayBuilder();
        JsonArrayBuilder published = Json.createArrayBuilder();
        for (EstimateAccuracy.Share share : shares) {
            labels.add(share.service() == null ? messages.text("accuracy.allServices") : share.service());
            add(dollars, share.withinDollarsPercent());
            add(percent, share.withinPercentPercent());
            published.add(summary.publishedPercent());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", messages.text("accuracy.withinDollars"))
                        .add("data", dollars).add("backgroundColor", "#3b82f6"))
                .add(Json.createObjectBuilder().add("label", messages.text("accuracy.withinPercent"))
                        .add("data", percent).add("backgroundColor", "#10b981"))
                .add(Json.createObjectBuilder().add("type", "line")
                        .add("label", messages.text("accuracy.published"))
                        .add("data", published).add("borderColor", "#b45309").add("backgroundColor", "#b45309")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0)
                        .add("fill", false));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", messages.text("accuracy.axis")))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    /** "83.9%", or a dash when nothing was compared. */
    static String percent(BigDecimal share) {
        return share == null ? NONE : share.toPlainString() + "%";
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isLoaded() { return loaded; }
    public Row getOverall() { return overall; }
    public List<Row> getServices() { return services; }
    public String getChart() { return chart; }
    public String getPublished() { return published; }

    /** One service (or all of them) as the table shows it. */
    public record Row(String service, int compared, int withinDollars, String withinDollarsShare,
                      int withinPercent, String withinPercentShare) implements Serializable {
        static Row of(EstimateAccuracy.Share share, String label) {
            return new Row(label, share.compared(), share.withinDollars(), percent(share.withinDollarsPercent()),
                    share.withinPercent(), percent(share.withinPercentPercent()));
        }
    }
}
