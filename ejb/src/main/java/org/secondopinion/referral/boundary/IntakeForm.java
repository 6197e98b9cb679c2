package org.secondopinion.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/** A request for a second opinion as the coordinator takes it in (page and REST). */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Patient name is required.")
    @Size(max = 200, message = "Patient name is at most 200 characters.")
    @PlainText("Patient name")
    private String patientName;
    @NotNull(message = "Date of birth is required.")
    @Past(message = "Date of birth must be in the past.")
    @DateWithin(value = "Date of birth", from = "1900-01-01")
    private LocalDate patientBirthDate;
    private Sex patientSex = Sex.UNKNOWN;
    @NotBlank(message = "Medical record number is required.")
    @Size(max = 40, message = "Medical record number is at most 40 characters.")
    @PlainText("Medical record number")
    private String patientMrn;
    @Size(max = 200, message = "Contact is at most 200 characters.")
    @PlainText("Contact")
    private String patientContact;
    @Size(max = 40, message = "Preferred language is at most 40 characters.")
    @PlainText("Preferred language")
    private String patientLanguage = "English";

    @NotBlank(message = "The first physician is required.")
    @Size(max = 200, message = "The first physician's name is at most 200 characters.")
    @PlainText("The first physician's name")
    private String firstPhysicianName;
    private Long firstPhysicianId;
    @Size(max = 200, message = "The first organisation's name is at most 200 characters.")
    @PlainText("The first organisation's name")
    private String firstOrganisationName;
    private Long firstOrganisationId;
    @Schema(description = "The first physician's National Provider Identifier (ten digits), if known.")
    @Size(max = 10, message = "A National Provider Identifier is ten digits.")
    @PlainText("The first physician's NPI")
    private String firstPhysicianNpi;
    @Schema(description = "The first organisation's National Provider Identifier (ten digits), if known.")
    @Size(max = 10, message = "A National Provider Identifier is ten digits.")
    @PlainText("The first organisation's NPI")
    private String firstOrganisationNpi;
    private Long firstNetworkId;
    @PastOrPresent(message = "Date of the first opinion cannot be in the future.")
    @DateWithin(value = "Date of the first opinion", from = "1950-01-01")
    private LocalDate firstOpinionDate;
    @NotBlank(message = "ICD-10-CM diagnosis code is required.")
    @Size(max = 8, message = "An ICD-10-CM code is at most 8 characters.")
    @PlainText("ICD-10-CM diagnosis code")
    private String diagnosisCode;
    @NotBlank(message = "Diagnosis text is required.")
    @Size(max = 400, message = "Diagnosis text is at most 400 characters.")
    @PlainText(value = "Diagnosis text", multiLine = true)
    private String diagnosisText;
    @NotNull(message = "Kind of the proposed treatment is required.")
    private TreatmentKind treatmentKind;
    @NotBlank(message = "Proposed treatment is required.")
    @Size(max = 1000, message = "Proposed treatment is at most 1000 characters.")
    @PlainText(value = "Proposed treatment", multiLine = true)
    private String treatmentText;

    @NotBlank(message = "Requested specialty is required.")
    @Size(max = 80, message = "Requested specialty is at most 80 characters.")
    @PlainText("Requested specialty")
    private String requestedSpecialty;
    @Size(max = 80, message = "Sub-specialty is at most 80 characters.")
    @PlainText("Sub-specialty")
    private String requestedSubSpecialty;
    @NotBlank(message = "Reason for the second opinion is required.")
    @Size(max = 2000, message = "Reason is at most 2000 characters.")
    @PlainText(value = "Reason", multiLine = true)
    private String reason;
    @NotNull(message = "Urgency is required.")
    private Urgency urgency = Urgency.ROUTINE;
    private boolean consent;
    private List<StandardQuestion> standardQuestions = new ArrayList<>();
    private List<@Size(max = 1000, message = "A question is at most 1000 characters.") @PlainText(value = "Question", multiLine = true) String> ownQuestions = new ArrayList<>();
    /** The coordinator saw the possible duplicate and confirms this is a separate request. */
    @Schema(description = "True: a separate request although the patient has an open case for the same diagnosis;"
            + " without it such an intake is refused with 422 naming this field and the open cases.")
    private boolean confirmedNotDuplicate;
    /** The patient's coverage as the referring system gave it (FHIR Coverage in the intake Bundle). */
    @Size(max = 200, message = "The coverage's payor is at most 200 characters.")
    @PlainText("The coverage's payor")
    private String coveragePayor;
    @Size(max = 200, message = "The coverage's plan is at most 200 characters.")
    @PlainText("The coverage's plan")
    private String coveragePlan;
    @Size(max = 80, message = "The coverage's member id is at most 80 characters.")
    @PlainText("The coverage's member id")
    private String coverageMemberId;

    public String getPatientName() { return patientName; }
    public void setPatientName(String patientName) { this.patientName = patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public void setPatientBirthDate(LocalDate patientBirthDate) { this.patientBirthDate = patientBirthDate; }
    public Sex getPatientSex() { return patientSex; }
    public void setPatientSex(Sex patientSex) { this.patientSex = patientSex; }
    public String getPatientMrn() { return patientMrn; }
    public void setPatientMrn(String patientMrn) { this.patientMrn = patientMrn; }
    public String getPatientContact() { return patientContact; }
    public void setPatientContact(String patientContact) { this.patientContact = patientContact; }
    public String getPatientLanguage() { return patientLanguage; }
    public void setPatientLanguage(String patientLanguage) { this.patientLanguage = patientLanguage; }
    public String getFirstPhysicianName() { return firstPhysicianName; }
    public void setFirstPhysicianName(String firstPhysicianName) { this.firstPhysicianName = firstPhysicianName; }
    public Long getFirstPhysicianId() { return firstPhysicianId; }
    public void setFirstPhysicianId(Long firstPhysicianId) { this.firstPhysicianId = firstPhysicianId; }
    public String getFirstOrganisationName() { return firstOrganisationName; }
    public void setFirstOrganisationName(String firstOrganisationName) { this.firstOrganisationName = firstOrganisationName; }
    public Long getFirstOrganisationId() { return firstOrganisationId; }
    public void setFirstOrganisationId(Long firstOrganisationId) { this.firstOrganisationId = firstOrganisationId; }
    public Long getFirstNetworkId() { return firstNetworkId; }
    public void setFirstNetworkId(Long firstNetworkId) { this.firstNetworkId = firstNetworkId; }
    public LocalDate getFirstOpinionDate() { return firstOpinionDate; }
    public void setFirstOpinionDate(LocalDate firstOpinionDate) { this.firstOpinionDate = firstOpinionDate; }
    public String getDiagnosisCode() { return diagnosisCode; }
    public void setDiagnosisCode(String diagnosisCode) { this.diagnosisCode = diagnosisCode; }
    public String getDiagnosisText() { return diagnosisText; }
    public void setDiagnosisText(String diagnosisText) { this.diagnosisText = diagnosisText; }
    public TreatmentKind getTreatmentKind() { return treatmentKind; }
    public void setTreatmentKind(TreatmentKind treatmentKind) { this.treatmentKind = treatmentKind; }
    public String getTreatmentText() { return treatmentText; }
    public void setTreatmentText(String treatmentText) { this.treatmentText = treatmentText; }
    public String getRequestedSpecialty() { return requestedSpecialty; }
    public void setRequestedSpecialty(String requestedSpecialty) { this.requestedSpecialty = requestedSpecialty; }
    public String getRequestedSubSpecialty() { return requestedSubSpecialty; }
    public void setRequestedSubSpecialty(String requestedSubSpecialty) { this.requestedSubSpecialty = requestedSubSpecialty; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public List<StandardQuestion> getStandardQuestions() { return standardQuestions; }
    public void setStandardQuestions(List<StandardQuestion> standardQuestions) { this.standardQuestions = standardQuestions == null ? new ArrayList<>() : standardQuestions; }
    public List<String> getOwnQuestions() { return ownQuestions; }
    public void setOwnQuestions(List<String> ownQuestions) { this.ownQuestions = ownQuestions == null ? new ArrayList<>() : ownQuestions; }
    public String getFirstPhysicianNpi() { return firstPhysicianNpi; }
    public void setFirstPhysicianNpi(String firstPhysicianNpi) { this.firstPhysicianNpi = firstPhysicianNpi; }
    public String getFirstOrganisationNpi() { return firstOrganisationNpi; }
    public void setFirstOrganisationNpi(String firstOrganisationNpi) { this.firstOrganisationNpi = firstOrganisationNpi; }
    public String getCoveragePayor() { return coveragePayor; }
    public void setCoveragePayor(String coveragePayor) { this.coveragePayor = coveragePayor; }
    public String getCoveragePlan() { return coveragePlan; }
    public void setCoveragePlan(String coveragePlan) { this.coveragePlan = coveragePlan; }
    public String getCoverageMemberId() { return coverageMemberId; }
    public void setCoverageMemberId(String coverageMemberId) { this.coverageMemberId = coverageMemberId; }
    public boolean isConfirmedNotDuplicate() { return confirmedNotDuplicate; }
    public void setConfirmedNotDuplicate(boolean confirmedNotDuplicate) { this.confirmedNotDuplicate = confirmedNotDuplicate; }
}
