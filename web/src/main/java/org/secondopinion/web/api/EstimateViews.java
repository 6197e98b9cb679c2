package org.secondopinion.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.boundary.EstimateSheet;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;


/** What the estimate resources answer: an estimate in a list, in full with its lines and totals, and a final bill compared. */
final class EstimateViews {

    public record Summary(long id, String reference, long estimateNumber, int revision, String status,
                          String patientMrn, String patientName, String coverage, String primaryService,
                          Instant createdAt, Instant issuedAt) {
        static Summary of(CostEstimate e) {
            return new Summary(e.getId(), e.reference(), e.getEstimateNumber(), e.getRevision(), e.getStatus().name(),
                    e.getPatientMrn(), e.getPatientName(), coverageName(e), e.getPrimaryService(), e.getCreatedAt(),
                    e.getIssuedAt());
        }
    }

    public record LineView(long id, int lineNo, String option, boolean workup, String providerName,
                           String providerNpi, String providerTin, String providerLocation, String providerState,
                           String category, String code, String codeType, String description, String diagnosisCodes,
                           LocalDate serviceDate, int units, String modifiers, String network,
                           boolean multipleProcedure, String purpose, String priceSource, BigDecimal patientOwes,
                           BigDecimal low, BigDecimal high, BigDecimal planPays, BigDecimal balanceBill,
                           List<String> explanation, boolean emergency, boolean ancillaryAtInNetworkFacility,
                           String facilityNetwork) {
        static LineView of(EstimateLine l) {
            return new LineView(l.getId(), l.getLineNo(), l.getOptionName(), l.isWorkup(), l.getProviderName(),
                    l.getProviderNpi(), l.getProviderTin(), l.getProviderLocation(), l.getProviderState(),
                    l.getCategory().name(), l.getCode(), l.getCodeType(), l.getDescription(), l.getDiagnosisCodes(),
                    l.getServiceDate(), l.getUnits(), l.getModifiers(), l.getNetwork().name(), l.isMultipleProcedure(),
                    l.getPurpose().name(), l.getPriceSource(), l.getPatientOwes(), l.getLow(), l.getHigh(),
                    l.getPlanPays(), l.getBalanceBill(),
                    l.getExplanation() == null ? List.of() : l.getExplanation().lines().toList(), l.isEmergency(),
                    l.isAncillaryAtInNetworkFacility(), l.getFacilityNetwork().name());
        }
    }

    public record OptionView(String name, boolean workup, BigDecimal patientOwes, BigDecimal low, BigDecimal high,
                             BigDecimal planPays, BigDecimal allowed, BigDecimal balanceBill, BigDecimal withWorkup,
                             BigDecimal withWorkupLow, BigDecimal withWorkupHigh, BigDecimal withWorkupPlanPays,
                             BigDecimal withWorkupAllowed) {
        static OptionView of(EstimateSheet.OptionTotal o) {
            return new OptionView(o.name(), o.workup(), o.patientOwes(), o.low(), o.high(), o.planPays(),
                    o.allowed(), o.balanceBill(), o.withWorkup(), o.withWorkupLow(), o.withWorkupHigh(),
                    o.withWorkupPlanPays(), o.withWorkupAllowed());
        }
    }

    public record TotalView(String basis, BigDecimal patientOwes, BigDecimal planPays, BigDecimal allowed,
                            BigDecimal balanceBill, BigDecimal low, BigDecimal high) {
        static TotalView of(EstimateSheet.EstimateTotal t) {
            return new TotalView(t.basis(), t.patientOwes(), t.planPays(), t.allowed(), t.balanceBill(), t.low(),
                    t.high());
        }
    }

    public record BillView(long id, String providerName, String optionName, LocalDate billDate,
                           BigDecimal billedAmount, BigDecimal estimated, BigDecimal difference,
                           Boolean disputeEligible, LocalDate disputeBy, String enteredBy) {
        static BillView of(FinalBills.BillComparison c) {
            return new BillView(c.bill().getId(), c.bill().getProviderName(), c.bill().getOptionName(),
                    c.bill().getBillDate(), c.bill().getBilledAmount(), c.estimated(), c.difference(),
                    c.dispute() == null ? null : c.dispute().eligible(),
                    c.dispute() == null ? null : c.dispute().disputeBy(), c.bill().getEnteredBy());
        }
    }

    public record Detail(long id, long version, String reference, long estimateNumber, int revision, String status,
                         String patientMrn, String patientName, LocalDate patientBirthDate, Long referralId,
                         Long coverageId, String coverage, boolean selfPay, long feeScheduleId,
                         String primaryService, String diagnosisCodes, LocalDate scheduledOn, LocalDate serviceDate,
                         String separatelyScheduled, String createdBy, Instant createdAt, String issuedBy,
                         Instant issuedAt, LocalDate goodFaithDueBy, String documentSha256,
                         TotalView total, List<OptionView> options, List<LineView> lines, List<String> disclaimers,
                         List<CostEstimate.MissingProviderDetails> missingForGoodFaithEstimate) {
        static Detail of(CostEstimate e) {
            EstimateSheet sheet = EstimateSheet.of(e);
            return new Detail(e.getId(), e.getVersion(), e.reference(), e.getEstimateNumber(), e.getRevision(),
                    e.getStatus().name(), e.getPatientMrn(), e.getPatientName(), e.getPatientBirthDate(),
                    e.getReferralId(), e.getCoverage() == null ? null : e.getCoverage().getId(), coverageName(e),
                    e.isSelfPay(), e.getFeeSchedule().getId(), e.getPrimaryService(), e.getDiagnosisCodes(),
                    e.getScheduledOn(), e.getServiceDate(), e.getSeparatelyScheduled(), e.getCreatedBy(),
                    e.getCreatedAt(), e.getIssuedBy(), e.getIssuedAt(), e.getGoodFaithDueBy(), e.getDocumentSha256(),
                    TotalView.of(sheet.total()), sheet.options().stream().map(OptionView::of).toList(),
                    e.getLines().stream().map(LineView::of).toList(), sheet.disclaimers(),
                    e.isDraft() ? e.whatStopsGoodFaithEstimate() : List.of());
        }
    }

    private static String coverageName(CostEstimate e) {
        return e.isSelfPay() ? "Self-pay" : e.getCoverage().getPlan().displayName();
    }

    private EstimateViews() {
    }
}
