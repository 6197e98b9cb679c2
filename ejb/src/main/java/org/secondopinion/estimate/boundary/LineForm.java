package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/**
 * A line to add to a draft estimate: the workup or a treatment option, the provider as the Good Faith Estimate
 * names them, and the service by its code; the prices are looked up in the estimate's fee schedule.
 */
@Schema(description = "A line to add to a draft estimate: the workup or a treatment option, its provider and the service by code; the price comes from the estimate's fee schedule. Unknown fields are refused with 400.")
public class LineForm extends ProviderForm {

    private static final long serialVersionUID = 1L;

    /** True: a line of the second-opinion workup; otherwise of the option named. */
    @Schema(description = "True: a line of the second-opinion workup; otherwise of the option named.")
    private boolean workup;
    @Size(max = 120, message = "Option is at most 120 characters.")
    @PlainText("Option")
    @Schema(maxLength = 120, description = "The treatment option the line belongs to (ignored for a workup line).")
    private String option;
    @NotNull(message = "Category is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"OFFICE_VISIT", "SECOND_OPINION", "RECORD_REVIEW", "IMAGING", "PATHOLOGY", "SURGERY", "ANESTHESIA", "DRUG_THERAPY", "RADIATION", "MONITORING", "FACILITY", "OTHER"}, description = "The plan's service category for cost sharing.")
    private ServiceCategory category;
    @NotBlank(message = "Code is required.")
    @Size(max = 40, message = "Code is at most 40 characters.")
    @PlainText("Code")
    @Schema(required = true, maxLength = 40, description = "The service code as in the fee schedule (CPT, HCPCS, MS-DRG, ...).")
    private String code;
    @Pattern(regexp = "^[A-Za-z0-9, ]*$", message = "Modifiers are codes such as 26 or 50, separated by commas.")
    @Size(max = 40, message = "Modifiers are at most 40 characters.")
    @PlainText("Modifiers")
    @Schema(maxLength = 40, description = "Modifiers such as 26 or 50, separated by commas; a modifier-specific rate applies.")
    private String modifiers;
    @Pattern(regexp = "^[A-Za-z0-9., ]*$", message = "Diagnosis codes are ICD-10-CM codes separated by commas.")
    @Size(max = 100, message = "Diagnosis codes are at most 100 characters.")
    @PlainText("Diagnosis codes")
    @Schema(maxLength = 100, description = "ICD-10-CM codes separated by commas.")
    private String diagnosisCodes;
    @NotNull(message = "Date of service is required.")
    @DateWithin(value = "Date of service", from = "2000-01-01", daysAfterToday = 730)
    @Schema(required = true, description = "Date of service (yyyy-MM-dd).")
    private LocalDate serviceDate;
    @Min(value = 1, message = "Units are 1 to 999.")
    @Max(value = 999, message = "Units are 1 to 999.")
    @Schema(minimum = "1", maximum = "999", defaultValue = "1")
    private int units = 1;
    @NotNull(message = "Network is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"IN_NETWORK", "OUT_OF_NETWORK"}, description = "The provider's network status with the patient's plan.")
    private NetworkStatus network = NetworkStatus.IN_NETWORK;
    @Schema(description = "A further procedure of the same session (multiple-procedure reduction).")
    private boolean multipleProcedure;
    @NotNull(message = "Purpose is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"ROUTINE", "BEFORE_NON_EMERGENCY_SURGERY", "THIRD_AFTER_DIFFERING_OPINIONS"}, description = "Why the second opinion (Medicare Part B covers the last two).")
    private OpinionPurpose purpose = OpinionPurpose.ROUTINE;
    @DecimalMin(value = "0", message = "Out-of-network allowed amount cannot be negative.")
    @Schema(minimum = "0", description = "Out of network: the plan's allowed amount, in dollars.")
    private BigDecimal outOfNetworkAllowed;
    /** An emergency service: the No Surprises Act forbids a balance bill out of network. */
    @Schema(description = "An emergency service: under the No Surprises Act, in-network cost sharing and no balance bill.")
    private boolean emergency;
    /** An ancillary clinician (anaesthesiology, pathology, radiology, assistant surgeon, ...) at an in-network facility. */
    @Schema(description = "An out-of-network ancillary clinician (anaesthesiology, pathology, radiology, assistant surgeon, ...) at an in-network facility: under the No Surprises Act, in-network cost sharing and no balance bill.")
    private boolean ancillaryAtInNetworkFacility;
    @NotNull(message = "Facility network is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"IN_NETWORK", "OUT_OF_NETWORK"}, description = "The facility's network status with the patient's plan.")
    private NetworkStatus facilityNetwork = NetworkStatus.IN_NETWORK;

    public boolean isWorkup() { return workup; }
    public void setWorkup(boolean workup) { this.workup = workup; }
    public String getOption() { return option; }
    public void setOption(String option) { this.option = option; }
    public ServiceCategory getCategory() { return category; }
    public void setCategory(ServiceCategory category) { this.category = category; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getModifiers() { return modifiers; }
    public void setModifiers(String modifiers) { this.modifiers = modifiers; }
    public String getDiagnosisCodes() { return diagnosisCodes; }
    public void setDiagnosisCodes(String diagnosisCodes) { this.diagnosisCodes = diagnosisCodes; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public int getUnits() { return units; }
    public void setUnits(int units) { this.units = units; }
    public NetworkStatus getNetwork() { return network; }
    public void setNetwork(NetworkStatus network) { this.network = network; }
    public boolean isMultipleProcedure() { return multipleProcedure; }
    public void setMultipleProcedure(boolean multipleProcedure) { this.multipleProcedure = multipleProcedure; }
    public OpinionPurpose getPurpose() { return purpose; }
    public void setPurpose(OpinionPurpose purpose) { this.purpose = purpose; }
    public BigDecimal getOutOfNetworkAllowed() { return outOfNetworkAllowed; }
    public void setOutOfNetworkAllowed(BigDecimal amount) { this.outOfNetworkAllowed = amount; }
    public boolean isEmergency() { return emergency; }
    public void setEmergency(boolean emergency) { this.emergency = emergency; }
    public boolean isAncillaryAtInNetworkFacility() { return ancillaryAtInNetworkFacility; }
    public void setAncillaryAtInNetworkFacility(boolean ancillary) { this.ancillaryAtInNetworkFacility = ancillary; }
    public NetworkStatus getFacilityNetwork() { return facilityNetwork; }
    public void setFacilityNetwork(NetworkStatus facilityNetwork) { this.facilityNetwork = facilityNetwork; }
}
