package org.secondopinion.legal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.legal.entity.RequestingSide;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.Jurisdiction;
import org.secondopinion.platform.control.PlainText;

/** A malpractice-review request as taken in. */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The firm: a coordinator chooses it; a LEGAL user's own firm is taken. */
    private Long firmId;
    @NotNull(message = "Requesting side is required.")
    private RequestingSide requestingSide;
    @NotBlank(message = "Attorney is required.")
    @Size(max = 200, message = "Attorney is at most 200 characters.")
    @PlainText("Attorney")
    private String attorney;
    @NotBlank(message = "Matter number is required.")
    @Size(max = 60, message = "Matter number is at most 60 characters.")
    @PlainText("Matter number")
    private String matterNumber;
    @Size(max = 60, message = "Court number is at most 60 characters.")
    @PlainText("Court number")
    private String courtNumber;
    @NotBlank(message = "Claimant name is required.")
    @Size(max = 200, message = "Claimant name is at most 200 characters.")
    @PlainText("Claimant name")
    private String claimantName;
    @NotNull(message = "Claimant date of birth is required.")
    @Past(message = "Claimant date of birth must be in the past.")
    @DateWithin(value = "Claimant date of birth", from = "1900-01-01")
    private LocalDate claimantBirthDate;
    @Size(max = 40, message = "MRN is at most 40 characters.")
    @PlainText("MRN")
    private String claimantMrn;
    @NotNull(message = "Jurisdiction is required.")
    @Jurisdiction
    @Size(max = 2, message = "Jurisdiction is at most 2 characters.")
    @PlainText("Jurisdiction")
    private String jurisdiction;
    private boolean federalForum;
    @NotNull(message = "Incident date is required.")
    @PastOrPresent(message = "Incident date cannot be in the future.")
    @DateWithin(value = "Incident date", from = "1950-01-01")
    private LocalDate incidentDate;
    @PastOrPresent(message = "Discovery date cannot be in the future.")
    @DateWithin(value = "Discovery date", from = "1950-01-01")
    private LocalDate discoveryDate;
    @PastOrPresent(message = "Injury date cannot be in the future.")
    @DateWithin(value = "Injury date", from = "1950-01-01")
    private LocalDate injuryDate;
    @DateWithin(value = "Notice of intent date", from = "1950-01-01")
    private LocalDate noticeOfIntentDate;
    @PastOrPresent(message = "Complaint filing date cannot be in the future.")
    @DateWithin(value = "Complaint filing date", from = "1950-01-01")
    private LocalDate complaintFiledDate;
    @Size(max = 2000, message = "Summary is at most 2000 characters.")
    @PlainText(value = "Summary", multiLine = true)
    private String summary;
    @NotBlank(message = "Bates prefix is required.")
    @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_]{0,18}$", message = "Bates prefix is 1 to 19 letters, digits or '_', starting with a letter.")
    @Size(max = 19, message = "Bates prefix is at most 19 characters.")
    @PlainText("Bates prefix")
    private String batesPrefix;
    @Valid
    private List<DefendantForm> defendants = new ArrayList<>();

    public Long getFirmId() { return firmId; }
    public void setFirmId(Long firmId) { this.firmId = firmId; }
    public RequestingSide getRequestingSide() { return requestingSide; }
    public void setRequestingSide(RequestingSide side) { this.requestingSide = side; }
    public String getAttorney() { return attorney; }
    public void setAttorney(String attorney) { this.attorney = attorney; }
    public String getMatterNumber() { return matterNumber; }
    public void setMatterNumber(String matterNumber) { this.matterNumber = matterNumber; }
    public String getCourtNumber() { return courtNumber; }
    public void setCourtNumber(String courtNumber) { this.courtNumber = courtNumber; }
    public String getClaimantName() { return claimantName; }
    public void setClaimantName(String claimantName) { this.claimantName = claimantName; }
    public LocalDate getClaimantBirthDate() { return claimantBirthDate; }
    public void setClaimantBirthDate(LocalDate date) { this.claimantBirthDate = date; }
    public String getClaimantMrn() { return claimantMrn; }
    public void setClaimantMrn(String claimantMrn) { this.claimantMrn = claimantMrn; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
    public boolean isFederalForum() { return federalForum; }
    public void setFederalForum(boolean federalForum) { this.federalForum = federalForum; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate date) { this.incidentDate = date; }
    public LocalDate getDiscoveryDate() { return discoveryDate; }
    public void setDiscoveryDate(LocalDate date) { this.discoveryDate = date; }
    public LocalDate getInjuryDate() { return injuryDate; }
    public void setInjuryDate(LocalDate date) { this.injuryDate = date; }
    public LocalDate getNoticeOfIntentDate() { return noticeOfIntentDate; }
    public void setNoticeOfIntentDate(LocalDate date) { this.noticeOfIntentDate = date; }
    public LocalDate getComplaintFiledDate() { return complaintFiledDate; }
    public void setComplaintFiledDate(LocalDate date) { this.complaintFiledDate = date; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBatesPrefix() { return batesPrefix; }
    public void setBatesPrefix(String batesPrefix) { this.batesPrefix = batesPrefix; }
    public List<DefendantForm> getDefendants() { return defendants; }
    public void setDefendants(List<DefendantForm> defendants) { this.defendants = defendants; }
}
