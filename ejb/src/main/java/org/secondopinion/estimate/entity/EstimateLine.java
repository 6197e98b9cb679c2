package org.secondopinion.estimate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.secondopinion.feeschedule.entity.Methodology;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * One service of an estimate: who provides it, under which option, its code and date, the prices taken from
 * the fee schedule when the line was added (kept, so the estimate does not move when a new schedule arrives),
 * and the result of the last calculation with its explanation.
 */
@Entity
@Table(name = "estimate_line")
public class EstimateLine implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "estimate_line_seq", sequenceName = "estimate_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "estimate_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "estimate_id")
    private CostEstimate estimate;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "option_name", nullable = false, length = 120)
    private String optionName;
    @Column(nullable = false)
    private boolean workup;
    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;
    @Column(name = "provider_npi", length = 10)
    private String providerNpi;
    @Column(name = "provider_tin", length = 10)
    private String providerTin;
    @Column(name = "provider_location", length = 300)
    private String providerLocation;
    @Column(name = "provider_state", length = 2)
    private String providerState;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceCategory category;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(name = "code_type", length = 20)
    private String codeType;
    @Column(nullable = false, length = 400)
    private String description;
    @Column(name = "diagnosis_codes", length = 100)
    private String diagnosisCodes;
    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;
    @Column(nullable = false)
    private int units;
    @Column(length = 40)
    private String modifiers;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NetworkStatus network;
    @Column(name = "multiple_procedure", nullable = false)
    private boolean multipleProcedure;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OpinionPurpose purpose;
    /** An emergency service: out of network, the No Surprises Act forbids a balance bill. */
    @Column(nullable = false)
    private boolean emergency;
    /** An ancillary clinician (anaesthesiology, pathology, radiology, ...) at an in-network facility. */
    @Column(name = "ancillary_in_network_facility", nullable = false)
    private boolean ancillaryAtInNetworkFacility;
    /** The network status of the facility where the service is given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "facility_network", nullable = false, length = 16)
    private NetworkStatus facilityNetwork = NetworkStatus.IN_NETWORK;

    @Column(name = "gross_charge", precision = 18, scale = 4)
    private BigDecimal grossCharge;
    @Column(name = "discounted_cash", precision = 18, scale = 4)
    private BigDecimal discountedCash;
    @Column(name = "negotiated_dollar", precision = 18, scale = 4)
    private BigDecimal negotiatedDollar;
    @Column(name = "negotiated_percentage", precision = 9, scale = 4)
    private BigDecimal negotiatedPercentage;
    @Column(name = "algorithm_median", precision = 18, scale = 4)
    private BigDecimal algorithmMedian;
    @Column(name = "algorithm_p10", precision = 18, scale = 4)
    private BigDecimal algorithmP10;
    @Column(name = "algorithm_p90", precision = 18, scale = 4)
    private BigDecimal algorithmP90;
    @Column(name = "out_of_network_allowed", precision = 18, scale = 4)
    private BigDecimal outOfNetworkAllowed;
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Methodology methodology;
    @Column(name = "estimated_amount", precision = 18, scale = 4)
    private BigDecimal estimatedAmount;
    @Column(name = "charge_minimum", precision = 18, scale = 4)
    private BigDecimal chargeMinimum;
    @Column(name = "charge_maximum", precision = 18, scale = 4)
    private BigDecimal chargeMaximum;
    @Column(name = "price_source", length = 300)
    private String priceSource;

    @Column(name = "patient_owes", precision = 12, scale = 2)
    private BigDecimal patientOwes;
    @Column(name = "low_amount", precision = 12, scale = 2)
    private BigDecimal low;
    @Column(name = "high_amount", precision = 12, scale = 2)
    private BigDecimal high;
    @Column(name = "plan_pays", precision = 12, scale = 2)
    private BigDecimal planPays;
    @Column(name = "balance_bill", precision = 12, scale = 2)
    private BigDecimal balanceBill;
    @Column(length = 4000)
    private String explanation;

    protected EstimateLine() {
    }

    /** A line as billing describes it; the prices come from {@link #priced}. */
    public EstimateLine(String optionName, boolean workup, Provider provider, ServiceCategory category, String code,
                        String codeType, String description, String diagnosisCodes, LocalDate serviceDate, int units,
                        String modifiers, NetworkStatus network, boolean multipleProcedure, OpinionPurpose purpose) {
        this.optionName = optionName;
        this.workup = workup;
        this.providerName = provider.name();
        this.providerNpi = provider.npi();
        this.providerTin = provider.tin();
        this.providerLocation = provider.location();
        this.providerState = provider.state();
        this.category = category;
        this.code = code;
        this.codeType = codeType;
        this.description = description;
        this.diagnosisCodes = diagnosisCodes;
        this.serviceDate = serviceDate;
        this.units = units;
        this.modifiers = modifiers;
        this.network = network;
        this.multipleProcedure = multipleProcedure;
        this.purpose = purpose;
    }

    /** Who provides a line, as the Good Faith Estimate names them. */
    public record Provider(String name, String npi, String tin, String location, String state) {

        public Provider {
            name = blankToNull(name);
            npi = blankToNull(npi);
            tin = blankToNull(tin);
            location = blankToNull(location);
            state = state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        /**
         * What a Good Faith Estimate (45 CFR 149.610) needs of this provider and is missing or malformed, in the
         * user's words; empty when nothing is.
         */
        public List<String> missingForGoodFaithEstimate() {
            List<String> missing = new java.util.ArrayList<>();
            if (name == null) {
                missing.add("the provider's name is missing");
            }
            if (npi == null) {
                missing.add("the NPI is missing");
            } else if (!npi.matches("\\d{10}")) {
                missing.add("the NPI must be ten digits");
            }
            if (tin == null) {
                missing.add("the TIN is missing");
            } else if (!tin.matches("\\d{2}-?\\d{7}")) {
                missing.add("the TIN must be nine digits, such as 12-3456789");
            }
            if (location == null) {
                missing.add("the location of care is missing");
            }
            if (state == null) {
                missing.add("the state of care is missing");
            } else if (!state.matches("[A-Z]{2}")) {
                missing.add("the state of care must be a two-letter postal code");
            }
            return missing;
        }
    }

    /** Corrects who provides the line (a draft's line only: {@link CostEstimate} checks that). */
    void providedBy(Provider provider) {
        this.providerName = provider.name();
        this.providerNpi = provider.npi();
        this.providerTin = provider.tin();
        this.providerLocation = provider.location();
        this.providerState = provider.state();
    }

    /** The prices found for the line, and where they were found. */
    public void priced(PriceFacts prices, String source) {
        this.grossCharge = prices.grossCharge();
        this.discountedCash = prices.discountedCash();
        this.negotiatedDollar = prices.negotiatedDollar();
        this.negotiatedPercentage = prices.negotiatedPercentage();
        this.algorithmMedian = prices.algorithmMedian();
        this.algorithmP10 = prices.algorithm10thPercentile();
        this.algorithmP90 = prices.algorithm90thPercentile();
        this.outOfNetworkAllowed = prices.outOfNetworkAllowed();
        this.methodology = prices.methodology();
        this.estimatedAmount = prices.estimatedAmount();
        this.chargeMinimum = prices.chargeMinimum();
        this.chargeMaximum = prices.chargeMaximum();
        this.priceSource = source;
    }

    /**
     * Where and how the service is given, as far as the No Surprises Act cares: an emergency, or an
     * ancillary clinician at an in-network facility, is protected from a balance bill out of network.
     */
    public void circumstances(boolean emergency, boolean ancillaryAtInNetworkFacility, NetworkStatus facilityNetwork) {
        if (facilityNetwork == null) {
            throw new RuleViolation("facilityNetwork", "Say whether the facility is in or out of network.");
        }
        if (ancillaryAtInNetworkFacility && facilityNetwork != NetworkStatus.IN_NETWORK) {
            throw new RuleViolation("ancillaryAtInNetworkFacility", "An ancillary clinician is protected only at an"
                    + " in-network facility, and this facility is out of network.");
        }
        this.emergency = emergency;
        this.ancillaryAtInNetworkFacility = ancillaryAtInNetworkFacility;
        this.facilityNetwork = facilityNetwork;
    }

    /** A copy for a new version of the estimate, with its prices but without a result. */
    EstimateLine copyFor(CostEstimate next) {
        EstimateLine copy = new EstimateLine(optionName, workup, provider(), category, code, codeType, description,
                diagnosisCodes, serviceDate, units, modifiers, network, multipleProcedure, purpose);
        copy.priced(prices(), priceSource);
        copy.circumstances(emergency, ancillaryAtInNetworkFacility, facilityNetwork);
        copy.estimate = next;
        copy.lineNo = lineNo;
        return copy;
    }

    void attach(CostEstimate estimate, int lineNo) {
        this.estimate = estimate;
        this.lineNo = lineNo;
    }

    public PriceFacts prices() {
        return new PriceFacts(grossCharge, discountedCash, negotiatedDollar, negotiatedPercentage, algorithmMedian,
                algorithmP10, algorithmP90, outOfNetworkAllowed, methodology, estimatedAmount, chargeMinimum,
                chargeMaximum);
    }

    public Provider provider() {
        return new Provider(providerName, providerNpi, providerTin, providerLocation, providerState);
    }

    public List<String> modifierList() {
        if (modifiers == null || modifiers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(modifiers.split("[,\\s]+")).filter(m -> !m.isBlank()).toList();
    }

    public List<String> diagnosisCodeList() {
        if (diagnosisCodes == null || diagnosisCodes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(diagnosisCodes.split("[,\\s]+")).filter(m -> !m.isBlank()).toList();
    }

    /** Keeps the calculation's result and its explanation (the steps, in order). */
    public void result(BigDecimal patientOwes, BigDecimal low, BigDecimal high, BigDecimal planPays,
                       BigDecimal balanceBill, List<String> explanation) {
        this.patientOwes = patientOwes;
        this.low = low;
        this.high = high;
        this.planPays = planPays;
        this.balanceBill = balanceBill;
        String text = String.join("\n", explanation);
        this.explanation = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    public boolean hasRange() {
        return low != null && high != null && low.compareTo(high) != 0;
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public String getOptionName() { return optionName; }
    public boolean isWorkup() { return workup; }
    public String getProviderName() { return providerName; }
    public String getProviderNpi() { return providerNpi; }
    public String getProviderTin() { return providerTin; }
    public String getProviderLocation() { return providerLocation; }
    public String getProviderState() { return providerState; }
    public ServiceCategory getCategory() { return category; }
    public String getCode() { return code; }
    public String getCodeType() { return codeType; }
    public String getDescription() { return description; }
    public String getDiagnosisCodes() { return diagnosisCodes; }
    public LocalDate getServiceDate() { return serviceDate; }
    public int getUnits() { return units; }
    public String getModifiers() { return modifiers; }
    public NetworkStatus getNetwork() { return network; }
    public boolean isMultipleProcedure() { return multipleProcedure; }
    public OpinionPurpose getPurpose() { return purpose; }
    public boolean isEmergency() { return emergency; }
    public boolean isAncillaryAtInNetworkFacility() { return ancillaryAtInNetworkFacility; }
    public NetworkStatus getFacilityNetwork() { return facilityNetwork; }
    public Methodology getMethodology() { return methodology; }
    public BigDecimal getEstimatedAmount() { return estimatedAmount; }
    public BigDecimal getGrossCharge() { return grossCharge; }
    public BigDecimal getDiscountedCash() { return discountedCash; }
    public BigDecimal getNegotiatedDollar() { return negotiatedDollar; }
    public BigDecimal getNegotiatedPercentage() { return negotiatedPercentage; }
    public BigDecimal getAlgorithmMedian() { return algorithmMedian; }
    public BigDecimal getOutOfNetworkAllowed() { return outOfNetworkAllowed; }
    public String getPriceSource() { return priceSource; }
    public BigDecimal getPatientOwes() { return patientOwes; }
    public BigDecimal getLow() { return low; }
    public BigDecimal getHigh() { return high; }
    public BigDecimal getPlanPays() { return planPays; }
    public BigDecimal getBalanceBill() { return balanceBill; }
    public String getExplanation() { return explanation; }
}
