package org.secondopinion.estimate.control;

import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.entity.PriceFacts;

/**
 * One item of an estimate: who provides it, under which option (the second-opinion workup, surgery, drug
 * therapy, ...), what it is, when, and the prices the fee schedule holds for it. The prices are per unit and
 * before modifiers; the calculator applies units, the modifiers it knows (50, 26) and the multiple-procedure
 * reduction.
 *
 * @param emergency                    an emergency service (No Surprises Act: no balance bill out of network)
 * @param ancillaryAtInNetworkFacility an ancillary clinician (anesthesia, pathology, radiology, ...) at an
 *                                     in-network facility (No Surprises Act: no balance bill out of network)
 * @param multipleProcedure            subject to the multiple-procedure reduction
 * @param opinionPurpose               why a second opinion is sought (matters to Medicare Part B)
 */
public record ServiceLine(String provider, String option, ServiceCategory category, String code, String codeType,
                          String description, LocalDate dateOfService, int units, List<String> modifiers,
                          PriceFacts prices, NetworkStatus network, boolean emergency,
                          boolean ancillaryAtInNetworkFacility, boolean multipleProcedure,
                          OpinionPurpose opinionPurpose) {

    public ServiceLine {
        if (provider == null || provider.isBlank() || option == null || option.isBlank()) {
            throw new IllegalArgumentException("A service line needs its provider and option.");
        }
        if (category == null || dateOfService == null || prices == null || network == null || opinionPurpose == null) {
            throw new IllegalArgumentException("A service line needs its category, date, prices and network status.");
        }
        if (units < 1) {
            throw new IllegalArgumentException("A service line has at least one unit: " + units);
        }
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The words the explanation uses for the line: its code and description where known. */
    public String name() {
        if (code == null) {
            return description == null ? category.label() : description;
        }
        return description == null ? code : code + " " + description;
    }

    public static final class Builder {

        private String provider;
        private String option;
        private ServiceCategory category;
        private String code;
        private String codeType;
        private String description;
        private LocalDate dateOfService;
        private int units = 1;
        private List<String> modifiers = List.of();
        private PriceFacts prices = PriceFacts.NONE;
        private NetworkStatus network = NetworkStatus.IN_NETWORK;
        private boolean emergency;
        private boolean ancillaryAtInNetworkFacility;
        private boolean multipleProcedure;
        private OpinionPurpose opinionPurpose = OpinionPurpose.ROUTINE;

        private Builder() {
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder option(String option) {
            this.option = option;
            return this;
        }

        public Builder category(ServiceCategory category) {
            this.category = category;
            return this;
        }

        public Builder code(String code, String codeType) {
            this.code = code;
            this.codeType = codeType;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder on(LocalDate dateOfService) {
            this.dateOfService = dateOfService;
            return this;
        }

        public Builder units(int units) {
            this.units = units;
            return this;
        }

        public Builder modifiers(String... modifiers) {
            this.modifiers = List.of(modifiers);
            return this;
        }

        public Builder prices(PriceFacts prices) {
            this.prices = prices;
            return this;
        }

        public Builder network(NetworkStatus network) {
            this.network = network;
            return this;
        }

        public Builder outOfNetwork() {
            return network(NetworkStatus.OUT_OF_NETWORK);
        }

        public Builder emergency() {
            this.emergency = true;
            return this;
        }

        public Builder ancillaryAtInNetworkFacility() {
            this.ancillaryAtInNetworkFacility = true;
            return this;
        }

        public Builder multipleProcedure() {
            this.multipleProcedure = true;
            return this;
        }

        public Builder purpose(OpinionPurpose purpose) {
            this.opinionPurpose = purpose;
            return this;
        }

        public ServiceLine build() {
            return new ServiceLine(provider, option, category, code, codeType, description, dateOfService, units,
                    modifiers, prices, network, emergency, ancillaryAtInNetworkFacility, multipleProcedure,
                    opinionPurpose);
        }
    }

    /** The calculator's line for a line of an estimate. */
    public static ServiceLine of(EstimateLine line) {
        Builder builder = builder().provider(line.getProviderName()).option(line.getOptionName())
                .category(line.getCategory()).code(line.getCode(), line.getCodeType())
                .description(line.getDescription()).on(line.getServiceDate()).units(line.getUnits())
                .modifiers(line.modifierList().toArray(String[]::new)).prices(line.prices())
                .network(line.getNetwork()).purpose(line.getPurpose());
        if (line.isMultipleProcedure()) {
            builder.multipleProcedure();
        }
        if (line.isEmergency()) {
            builder.emergency();
        }
        if (line.isAncillaryAtInNetworkFacility() && line.getFacilityNetwork() == NetworkStatus.IN_NETWORK) {
            builder.ancillaryAtInNetworkFacility();
        }
        return builder.build();
    }
}
