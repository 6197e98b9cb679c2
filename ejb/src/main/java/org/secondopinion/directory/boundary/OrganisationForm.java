package org.secondopinion.directory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.platform.control.PlainText;

/** What a user enters to add or change an organisation, practice group or network. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    @NotBlank(message = "Name is required.")
    @Size(max = 200, message = "Name is at most 200 characters.")
    @PlainText("Name")
    private String name;
    @NotNull(message = "Kind is required.")
    private OrganisationKind kind;
    @Size(max = 10, message = "NPI is at most 10 characters.")
    @PlainText("NPI")
    private String npi;
    @Size(max = 100, message = "City is at most 100 characters.")
    @PlainText("City")
    private String city;
    private Long networkId;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getNpi() { return npi; }
    public void setNpi(String npi) { this.npi = npi; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public Long getNetworkId() { return networkId; }
    public void setNetworkId(Long networkId) { this.networkId = networkId; }
}
