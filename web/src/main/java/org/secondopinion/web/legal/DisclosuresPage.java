package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/disclosures.xhtml}: a patient's accounting of disclosures (45 CFR 164.528) across every case, for
 * the privacy office answering the patient's request (coordinators).
 */
@Named
@ViewScoped
public class DisclosuresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Productions productions;

    @Inject
    PageMessages messages;

    private String patientName;
    private LocalDate birthDate;
    private List<DisclosureRecord> records;

    public void search() {
        records = productions.disclosuresOf(patientName, birthDate);
        messages.info("disclosures.found", records.size());
    }

    public String getPatientName() { return patientName; }
    public void setPatientName(String patientName) { this.patientName = patientName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public List<DisclosureRecord> getRecords() { return records; }
}
