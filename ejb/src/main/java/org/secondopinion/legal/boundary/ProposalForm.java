package org.secondopinion.legal.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.LicenceStatus;
import org.secondopinion.platform.control.PlainText;

/** A reviewer proposed for a case, with the qualification facts and ties they declared, and a waiver reason if needed. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Reviewer is required.")
    private Long practitionerId;
    @NotNull(message = "Licence status is required.")
    private LicenceStatus licence = LicenceStatus.UNRESTRICTED;
    private boolean boardCertified;
    @Min(value = 0, message = "Years since clinical practice is 0 or more.")
    @Max(value = 60, message = "Years since clinical practice is at most 60.")
    private int yearsSinceClinicalPractice;
    @Valid
    private List<Tie> declaredTies = new ArrayList<>();
    @Size(max = 2000, message = "Waiver reason is at most 2000 characters.")
    @PlainText(value = "Waiver reason", multiLine = true)
    private String waiverReason;

    /** A declared tie as entered. */
    public static class Tie implements Serializable {
        private static final long serialVersionUID = 1L;
        private DeclaredTie.Kind kind;
        @Size(max = 200, message = "Party is at most 200 characters.")
        @PlainText("Party")
        private String party;

        public DeclaredTie.Kind getKind() { return kind; }
        public void setKind(DeclaredTie.Kind kind) { this.kind = kind; }
        public String getParty() { return party; }
        public void setParty(String party) { this.party = party; }
    }

    public Long getPractitionerId() { return practitionerId; }
    public void setPractitionerId(Long practitionerId) { this.practitionerId = practitionerId; }
    public LicenceStatus getLicence() { return licence; }
    public void setLicence(LicenceStatus licence) { this.licence = licence; }
    public boolean isBoardCertified() { return boardCertified; }
    public void setBoardCertified(boolean boardCertified) { this.boardCertified = boardCertified; }
    public int getYearsSinceClinicalPractice() { return yearsSinceClinicalPractice; }
    public void setYearsSinceClinicalPractice(int years) { this.yearsSinceClinicalPractice = years; }
    public List<Tie> getDeclaredTies() { return declaredTies; }
    public void setDeclaredTies(List<Tie> declaredTies) { this.declaredTies = declaredTies; }
    public String getWaiverReason() { return waiverReason; }
    public void setWaiverReason(String waiverReason) { this.waiverReason = waiverReason; }
}
