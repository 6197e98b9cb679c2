package org.secondopinion.legal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.secondopinion.legal.entity.DefendantKind;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/** A defendant as entered: from the directory (ids) or typed (name, NPI, organisation). */
public class DefendantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Defendant kind is required.")
    private DefendantKind kind = DefendantKind.PROVIDER;
    @NotBlank(message = "Defendant name is required.")
    @Size(max = 200, message = "Defendant name is at most 200 characters.")
    @PlainText("Defendant name")
    private String name;
    @Pattern(regexp = "^(\\d{10})?$", message = "NPI is 10 digits.")
    @Size(max = 10, message = "NPI is at most 10 characters.")
    @PlainText("NPI")
    private String npi;
    @Size(max = 80, message = "Specialty is at most 80 characters.")
    @PlainText("Specialty")
    private String specialty;
    private Long practitionerId;
    private Long organisationId;
    @Size(max = 200, message = "Organisation is at most 200 characters.")
    @PlainText("Organisation")
    private String organisationName;
    @DateWithin(value = "Answered on", from = "1950-01-01")
    private LocalDate answeredOn;

    public DefendantKind getKind() { return kind; }
    public void setKind(DefendantKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNpi() { return npi; }
    public void setNpi(String npi) { this.npi = npi; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public Long getPractitionerId() { return practitionerId; }
    public void setPractitionerId(Long practitionerId) { this.practitionerId = practitionerId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
}
