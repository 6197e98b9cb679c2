package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/**
 * A new estimate (or a draft's description): the patient, the coverage (none for an uninsured or self-pay
 * patient), the fee schedule the prices come from, and what is estimated and when.
 */
@Schema(description = "A patient's cost estimate: who, on what coverage (none: self-pay, issued as a Good Faith Estimate), on which fee schedule.")
public class EstimateForm implements Serializable {

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
    @Schema(description = "The referral the estimate belongs to, if any.")
    private Long referralId;
    /** Null: uninsured or self-pay, a Good Faith Estimate. */
    @Schema(description = "The patient's coverage; blank: self-pay (uninsured or paying themselves).")
    private Long coverageId;
    @NotNull(message = "Fee schedule is required.")
    @Schema(required = true, description = "A ready fee schedule (GET /api/fee-schedules).")
    private Long feeScheduleId;
    @NotBlank(message = "Primary service is required.")
    @Size(max = 400, message = "Primary service is at most 400 characters.")
    @PlainText("Primary service")
    @Schema(required = true, maxLength = 400, description = "The primary item or service in plain language.")
    private String primaryService;
    @Size(max = 200, message = "Diagnosis codes are at most 200 characters.")
    @Pattern(regexp = "^[A-Za-z0-9., ]*$", message = "Diagnosis codes are ICD-10-CM codes separated by commas.")
    @PlainText("Diagnosis codes")
    @Schema(maxLength = 200, description = "ICD-10-CM codes separated by commas.")
    private String diagnosisCodes;
    @NotNull(message = "Scheduled or requested on is required.")
    @DateWithin(value = "Scheduled or requested on", from = "2000-01-01", daysAfterToday = 730)
    @Schema(required = true, description = "The day the service was scheduled or the estimate requested; sets the Good Faith Estimate's due date.")
    private LocalDate scheduledOn;
    /** Null: not yet scheduled (the estimate was asked for). */
    @DateWithin(value = "Date of service", from = "2000-01-01", daysAfterToday = 730)
    @Schema(description = "The planned date of service; its year selects the Part B deductible.")
    private LocalDate serviceDate;
    @Size(max = 2000, message = "Separately scheduled items are at most 2000 characters.")
    @PlainText(value = "Separately scheduled items", multiLine = true)
    @Schema(maxLength = 2000, description = "Items scheduled separately, each with its own estimate.")
    private String separatelyScheduled;

    public static EstimateForm of(CostEstimate e) {
        EstimateForm form = new EstimateForm();
        form.version = e.getVersion();
        form.patientMrn = e.getPatientMrn();
        form.patientName = e.getPatientName();
        form.patientBirthDate = e.getPatientBirthDate();
        form.referralId = e.getReferralId();
        form.coverageId = e.getCoverage() == null ? null : e.getCoverage().getId();
        form.feeScheduleId = e.getFeeSchedule().getId();
        form.primaryService = e.getPrimaryService();
        form.diagnosisCodes = e.getDiagnosisCodes();
        form.scheduledOn = e.getScheduledOn();
        form.serviceDate = e.getServiceDate();
        form.separatelyScheduled = e.getSeparatelyScheduled();
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
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long referralId) { this.referralId = referralId; }
    public Long getCoverageId() { return coverageId; }
    public void setCoverageId(Long coverageId) { this.coverageId = coverageId; }
    public Long getFeeScheduleId() { return feeScheduleId; }
    public void setFeeScheduleId(Long feeScheduleId) { this.feeScheduleId = feeScheduleId; }
    public String getPrimaryService() { return primaryService; }
    public void setPrimaryService(String primaryService) { this.primaryService = primaryService; }
    public String getDiagnosisCodes() { return diagnosisCodes; }
    public void setDiagnosisCodes(String diagnosisCodes) { this.diagnosisCodes = diagnosisCodes; }
    public LocalDate getScheduledOn() { return scheduledOn; }
    public void setScheduledOn(LocalDate scheduledOn) { this.scheduledOn = scheduledOn; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public String getSeparatelyScheduled() { return separatelyScheduled; }
    public void setSeparatelyScheduled(String text) { this.separatelyScheduled = text; }
}
