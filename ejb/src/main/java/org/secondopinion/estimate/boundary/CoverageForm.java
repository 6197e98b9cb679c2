package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/** A patient's coverage and the amounts met this plan year, as entered. */
@Schema(description = "A patient's coverage under a plan, with the amounts met this plan year.")
public class CoverageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The version last read (0 for a new one); a stale version is refused with 409.")
    private long version;
    @NotBlank(message = "MRN is required.")
    @Size(max = 40, message = "MRN is at most 40 characters.")
    @PlainText("MRN")
    @Schema(required = true, maxLength = 40)
    private String patientMrn;
    @NotBlank(message = "Patient name is required.")
    @Size(max = 200, message = "Patient name is at most 200 characters.")
    @PlainText("Patient name")
    @Schema(required = true, maxLength = 200)
    private String patientName;
    @NotNull(message = "Date of birth is required.")
    @Past(message = "Date of birth must be in the past.")
    @DateWithin(value = "Date of birth", from = "1900-01-01")
    @Schema(required = true, description = "In the past (yyyy-MM-dd).")
    private LocalDate patientBirthDate;
    @NotNull(message = "Plan is required.")
    @Schema(required = true, description = "The plan's id (GET /api/billing/plans).")
    private Long planId;
    @Size(max = 60, message = "Member id is at most 60 characters.")
    @PlainText("Member id")
    @Schema(maxLength = 60)
    private String memberId;
    @NotNull(message = "Tier is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"SELF_ONLY", "FAMILY"})
    private CoverageTier tier = CoverageTier.SELF_ONLY;
    @NotNull(message = "Plan year start is required.")
    @DateWithin(value = "Plan year start", from = "2000-01-01", daysAfterToday = 366)
    @Schema(required = true, description = "The first day of the plan year; the amounts met reset on it.")
    private LocalDate planYearStart;
    @NotNull(message = "Individual deductible met is required (0 for none).")
    @DecimalMin(value = "0", message = "Individual deductible met cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual deductible met is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents met so far this plan year.")
    private BigDecimal individualDeductibleMet = BigDecimal.ZERO;
    @NotNull(message = "Family deductible met is required (0 for none).")
    @DecimalMin(value = "0", message = "Family deductible met cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family deductible met is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents met so far this plan year.")
    private BigDecimal familyDeductibleMet = BigDecimal.ZERO;
    @NotNull(message = "Individual out-of-pocket met is required (0 for none).")
    @DecimalMin(value = "0", message = "Individual out-of-pocket met cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual out-of-pocket met is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents met so far this plan year.")
    private BigDecimal individualOutOfPocketMet = BigDecimal.ZERO;
    @NotNull(message = "Family out-of-pocket met is required (0 for none).")
    @DecimalMin(value = "0", message = "Family out-of-pocket met cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family out-of-pocket met is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents met so far this plan year.")
    private BigDecimal familyOutOfPocketMet = BigDecimal.ZERO;
    @NotNull(message = "Amounts met as of is required.")
    @DateWithin(value = "Amounts met as of", from = "2000-01-01")
    @Schema(required = true, description = "The day the amounts met were known.")
    private LocalDate metAsOf;

    public static CoverageForm of(PatientCoverage c) {
        CoverageForm form = new CoverageForm();
        form.version = c.getVersion();
        form.patientMrn = c.getPatientMrn();
        form.patientName = c.getPatientName();
        form.patientBirthDate = c.getPatientBirthDate();
        form.planId = c.getPlan().getId();
        form.memberId = c.getMemberId();
        form.tier = c.getTier();
        form.planYearStart = c.getPlanYearStart();
        form.individualDeductibleMet = c.getIndividualDeductibleMet();
        form.familyDeductibleMet = c.getFamilyDeductibleMet();
        form.individualOutOfPocketMet = c.getIndividualOutOfPocketMet();
        form.familyOutOfPocketMet = c.getFamilyOutOfPocketMet();
        form.metAsOf = c.getMetAsOf();
        return form;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getPatientMrn() { return patientMrn; }
    public void setPatientMrn(String patientMrn) { this.patientMrn = patientMrn; }
    public String getPatientName() { return patientName; }
    public void setPatientName(String patientName) { this.patientName = patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public void setPatientBirthDate(LocalDate date) { this.patientBirthDate = date; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
    public CoverageTier getTier() { return tier; }
    public void setTier(CoverageTier tier) { this.tier = tier; }
    public LocalDate getPlanYearStart() { return planYearStart; }
    public void setPlanYearStart(LocalDate date) { this.planYearStart = date; }
    public BigDecimal getIndividualDeductibleMet() { return individualDeductibleMet; }
    public void setIndividualDeductibleMet(BigDecimal amount) { this.individualDeductibleMet = amount; }
    public BigDecimal getFamilyDeductibleMet() { return familyDeductibleMet; }
    public void setFamilyDeductibleMet(BigDecimal amount) { this.familyDeductibleMet = amount; }
    public BigDecimal getIndividualOutOfPocketMet() { return individualOutOfPocketMet; }
    public void setIndividualOutOfPocketMet(BigDecimal amount) { this.individualOutOfPocketMet = amount; }
    public BigDecimal getFamilyOutOfPocketMet() { return familyOutOfPocketMet; }
    public void setFamilyOutOfPocketMet(BigDecimal amount) { this.familyOutOfPocketMet = amount; }
    public LocalDate getMetAsOf() { return metAsOf; }
    public void setMetAsOf(LocalDate date) { this.metAsOf = date; }
}
