package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.platform.control.PlainText;

/**
 * Who provides a line of a draft estimate, as its Good Faith Estimate names them: entered with the line
 * ({@link LineForm}), or corrected when it was added without the NPI, TIN, or the location and state of care.
 */
@Schema(description = "Who provides a line, as the Good Faith Estimate names them.")
public class ProviderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The version last read (0 for a new one); a stale version is refused with 409.")
    private long version;
    @NotBlank(message = "Provider is required.")
    @Size(max = 200, message = "Provider is at most 200 characters.")
    @PlainText("Provider")
    @Schema(required = true, maxLength = 200)
    private String providerName;
    @Pattern(regexp = "^(\\d{10})?$", message = "NPI is 10 digits.")
    @Size(max = 10, message = "NPI is at most 10 characters.")
    @PlainText("NPI")
    @Schema(pattern = "^(\\d{10})?$", description = "The 10-digit NPI.")
    private String providerNpi;
    @Pattern(regexp = "^(\\d{2}-?\\d{7})?$", message = "TIN is 9 digits, as 12-3456789.")
    @Size(max = 10, message = "TIN is at most 10 characters.")
    @PlainText("TIN")
    @Schema(pattern = "^(\\d{2}-?\\d{7})?$", description = "The TIN, as 12-3456789.")
    private String providerTin;
    @Size(max = 300, message = "Location is at most 300 characters.")
    @PlainText("Location")
    @Schema(maxLength = 300, description = "Where the care is given.")
    private String providerLocation;
    @Pattern(regexp = "^([A-Za-z]{2})?$", message = "State is the two-letter code.")
    @Size(max = 2, message = "State is at most 2 characters.")
    @PlainText("State")
    @Schema(pattern = "^([A-Za-z]{2})?$", description = "The state of care, two letters.")
    private String providerState;

    /** The form filled with what the line has now. */
    public static ProviderForm of(EstimateLine line, long version) {
        ProviderForm form = new ProviderForm();
        form.version = version;
        form.providerName = line.getProviderName();
        form.providerNpi = line.getProviderNpi();
        form.providerTin = line.getProviderTin();
        form.providerLocation = line.getProviderLocation();
        form.providerState = line.getProviderState();
        return form;
    }

    EstimateLine.Provider provider() {
        return new EstimateLine.Provider(providerName, providerNpi, providerTin, providerLocation, providerState);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getProviderName() { return providerName; }
    public void setProviderName(String providerName) { this.providerName = providerName; }
    public String getProviderNpi() { return providerNpi; }
    public void setProviderNpi(String providerNpi) { this.providerNpi = providerNpi; }
    public String getProviderTin() { return providerTin; }
    public void setProviderTin(String providerTin) { this.providerTin = providerTin; }
    public String getProviderLocation() { return providerLocation; }
    public void setProviderLocation(String providerLocation) { this.providerLocation = providerLocation; }
    public String getProviderState() { return providerState; }
    public void setProviderState(String providerState) { this.providerState = providerState; }
}
