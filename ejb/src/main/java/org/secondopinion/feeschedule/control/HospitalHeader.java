package org.secondopinion.feeschedule.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The general data at the top of a price file: who publishes it and as of when.
 * {@code lastUpdatedOn} is the fee schedule's effective date.
 */
public record HospitalHeader(
        String hospitalName,
        LocalDate lastUpdatedOn,
        String version,
        List<String> locationNames,
        List<String> addresses,
        String licenseNumber,
        String licenseState,
        List<String> type2Npis,
        String attesterName,
        Boolean attestationConfirmed,
        String generalContractProvisions) {

    public HospitalHeader {
        locationNames = List.copyOf(locationNames);
        addresses = List.copyOf(addresses);
        type2Npis = List.copyOf(type2Npis);
    }
}
