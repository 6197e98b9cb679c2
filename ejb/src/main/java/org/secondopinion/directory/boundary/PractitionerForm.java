package org.secondopinion.directory.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.platform.control.PlainText;

/** What a user enters to add or change a practitioner (a plain class: Payara's OpenAPI scan trips on records). */
public class PractitionerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    @NotBlank(message = "Given name is required.")
    @Size(max = 100, message = "Given name is at most 100 characters.")
    @PlainText("Given name")
    private String givenName;
    @NotBlank(message = "Family name is required.")
    @Size(max = 100, message = "Family name is at most 100 characters.")
    @PlainText("Family name")
    private String familyName;
    @Size(max = 10, message = "NPI is at most 10 characters.")
    @PlainText("NPI")
    private String npi;
    @Size(max = 80, message = "User name is at most 80 characters.")
    @PlainText("User name")
    private String username;
    private Long organisationId;
    private Long practiceGroupId;
    private List<Long> networkIds = new ArrayList<>();
    /** Each entry "Field" or "Field / Sub-specialty". */
    @NotEmpty(message = "At least one specialty is required.")
    private List<@Size(max = 80, message = "A specialty is at most 80 characters.") @PlainText("Specialty") String> specialties = new ArrayList<>();
    private List<@Size(max = 40, message = "A language is at most 40 characters.") @PlainText("Language") String> languages = new ArrayList<>();
    @Min(value = 0, message = "Years of experience cannot be negative.")
    @Max(value = 70, message = "Years of experience is at most 70.")
    private int yearsExperience;
    @Min(value = 0, message = "Capacity cannot be negative.")
    @Max(value = 500, message = "Capacity is at most 500 open cases.")
    private int capacity = 5;
    private boolean available = true;
    private BigDecimal medianTurnaroundDays;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getNpi() { return npi; }
    public void setNpi(String npi) { this.npi = npi; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getPracticeGroupId() { return practiceGroupId; }
    public void setPracticeGroupId(Long practiceGroupId) { this.practiceGroupId = practiceGroupId; }
    public List<Long> getNetworkIds() { return networkIds; }
    public void setNetworkIds(List<Long> networkIds) { this.networkIds = networkIds == null ? new ArrayList<>() : networkIds; }
    public List<String> getSpecialties() { return specialties; }
    public void setSpecialties(List<String> specialties) { this.specialties = specialties == null ? new ArrayList<>() : specialties; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public int getYearsExperience() { return yearsExperience; }
    public void setYearsExperience(int yearsExperience) { this.yearsExperience = yearsExperience; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public boolean isAvailable() { return available; }
    public void setAvailable(boolean available) { this.available = available; }
    public BigDecimal getMedianTurnaroundDays() { return medianTurnaroundDays; }
    public void setMedianTurnaroundDays(BigDecimal medianTurnaroundDays) { this.medianTurnaroundDays = medianTurnaroundDays; }
}
