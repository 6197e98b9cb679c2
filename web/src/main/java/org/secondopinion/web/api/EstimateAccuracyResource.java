package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.estimate.control.EstimateAccuracy;
import org.secondopinion.platform.entity.Role;


/** The department's estimate accuracy over a period (BILLING, ADMIN), beside the published figure. */
@Path("estimates/accuracy")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstimateAccuracyResource {

    @Inject
    FinalBills finalBills;

    /** One service's figures, or all services' ({@code service} null). */
    @Schema(description = "Final bills compared with their estimates: how many, and how many within $400 and within"
            + " 10% of the bill")
    public record AccuracyShare(
            @Schema(description = "The estimates' primary service; absent for the whole period") String service,
            @Schema(description = "Final bills compared") int compared,
            @Schema(description = "Bills with |billed - estimated| <= 400.00") int withinDollars,
            @Schema(description = "Bills with |billed - estimated| <= 10% of the bill (a bill of 0.00 only against an"
                    + " estimate of 0.00)") int withinTenPercent,
            @Schema(description = "withinDollars in percent of compared, one decimal; absent when nothing was compared")
            BigDecimal withinDollarsPercent,
            @Schema(description = "withinTenPercent in percent of compared, one decimal; absent when nothing was"
                    + " compared") BigDecimal withinTenPercentPercent) {
        static AccuracyShare of(EstimateAccuracy.Share s) {
            return new AccuracyShare(s.service(), s.compared(), s.withinDollars(), s.withinPercent(),
                    s.withinDollarsPercent(), s.withinPercentPercent());
        }
    }

    /** The department's accuracy over a period, beside the published figure. */
    @Schema(description = "Accuracy of the estimates against the final bills dated in the period")
    public record AccuracyView(
            @Schema(description = "First bill date counted", format = "date") LocalDate from,
            @Schema(description = "Last bill date counted", format = "date") LocalDate to,
            @Schema(description = "What a comparison is and when it counts as within") String definition,
            @Schema(description = "Every service together") AccuracyShare overall,
            @Schema(description = "One entry per primary service, the most compared first") List<AccuracyShare> byService,
            @Schema(description = "The published accuracy set beside ours, in percent") BigDecimal publishedPercent,
            @Schema(description = "Where the published figure comes from") String publishedSource) {
        static AccuracyView of(EstimateAccuracy.Summary s) {
            return new AccuracyView(s.from(), s.to(), DEFINITION, AccuracyShare.of(s.overall()),
                    s.byService().stream().map(AccuracyShare::of).toList(), s.publishedPercent(),
                    PUBLISHED_SOURCE);
        }
    }

    static final String DEFINITION = "Each final bill dated in the period beside what its estimate said the patient"
            + " would owe that provider (the workup and the option chosen); within $400: |billed - estimated| <= 400.00;"
            + " within 10%: |billed - estimated| <= 10% of the bill; both boundaries included.";
    static final String PUBLISHED_SOURCE = "83.9% of 4,610 estimates accurate against matched explanations of"
            + " benefits: a cost estimator tool for ambulatory procedures at an integrated health system in Northern"
            + " California, JAMA Network Open 2020 (quality improvement study); its definition of accurate may differ.";

    /**
     * The department's view: the share of estimates within $400 and within 10% of the final bill, by service, for
     * the bills dated from {@code from} to {@code to} (yyyy-mm-dd, both included, at most five years).
     */
    @GET
    @RolesAllowed({Role.Names.BILLING, Role.Names.ADMIN})
    @Operation(summary = "Accuracy of the estimates against the final bills of a period",
            description = "Counts each final bill dated from `from` to `to` (both included, at most "
                    + FinalBills.ACCURACY_MAX_YEARS + " years) within $400 and within 10% of the bill, overall and by"
                    + " the estimate's primary service, beside the published 83.9% (JAMA Network Open 2020).")
    @APIResponse(responseCode = "200", description = "The period's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccuracyView.class)))
    @APIResponse(responseCode = "400", description = "from or to is missing, not a date like 2026-01-31, reversed, or"
            + " the period is longer than " + FinalBills.ACCURACY_MAX_YEARS + " years; the problem names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither BILLING nor ADMIN")
    public AccuracyView accuracy(@Parameter(description = "First bill date, yyyy-mm-dd", required = true,
                                         example = "2026-01-01") @QueryParam("from") String from,
                                 @Parameter(description = "Last bill date, yyyy-mm-dd", required = true,
                                         example = "2026-12-31") @QueryParam("to") String to) {
        LocalDate first = Period.day("from", from);
        LocalDate last = Period.day("to", to);
        if (first.isAfter(last)) {
            throw Period.refused("to", "to: the last day (" + last + ") is before the first day (" + first + ").");
        }
        if (first.plusYears(FinalBills.ACCURACY_MAX_YEARS).isBefore(last)) {
            throw Period.refused("to", "to: a period is at most " + FinalBills.ACCURACY_MAX_YEARS + " years long.");
        }
        return AccuracyView.of(finalBills.accuracy(first, last));
    }
}
