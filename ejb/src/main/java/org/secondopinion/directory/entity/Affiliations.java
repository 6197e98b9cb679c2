package org.secondopinion.directory.entity;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who a person is and where they belong, as the independence rule sees it: the
 * practitioner's id and NPI (either may be unknown) and the ids of every organisation,
 * practice group and network they are tied to, with the names to explain a tie.
 */
public record Affiliations(Long practitionerId, String npi, String name, Set<Long> organisations,
                           Set<Long> practiceGroups, Set<Long> networks, Map<Long, String> names) {

    public Affiliations {
        organisations = Set.copyOf(organisations);
        practiceGroups = Set.copyOf(practiceGroups);
        networks = Set.copyOf(networks);
        names = Map.copyOf(names);
    }

    /** Someone known only by where they work (not in the directory): the organisation and network given. */
    public static Affiliations outsider(String name, Long organisationId, String organisationName,
                                        Long networkId, String networkName) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (organisationId != null) {
            names.put(organisationId, Objects.requireNonNullElse(organisationName, "organisation " + organisationId));
        }
        if (networkId != null) {
            names.put(networkId, Objects.requireNonNullElse(networkName, "network " + networkId));
        }
        return new Affiliations(null, null, name,
                organisationId == null ? Set.of() : Set.of(organisationId), Set.of(),
                networkId == null ? Set.of() : Set.of(networkId), names);
    }

    public String nameOf(Long id) {
        return names.getOrDefault(id, "#" + id);
    }
}
