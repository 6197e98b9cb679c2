package org.secondopinion.directory.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Affiliations} the independence, conflict and ranking tests compare: a practitioner with a
 * name and an id (either may be unknown), tied to nothing until a test says where they belong.
 */
public final class AffiliationsBuilder {

    private final Long practitionerId;
    private final String name;
    private String npi;
    private final Set<Long> organisations = new HashSet<>();
    private final Set<Long> practiceGroups = new HashSet<>();
    private final Set<Long> networks = new HashSet<>();
    private Map<Long, String> names = Map.of();

    private AffiliationsBuilder(Long practitionerId, String name) {
        this.practitionerId = practitionerId;
        this.name = name;
    }

    /** A practitioner (id null: not in the directory) tied to no organisation, group or network yet. */
    public static AffiliationsBuilder practitioner(Long practitionerId, String name) {
        return new AffiliationsBuilder(practitionerId, name);
    }

    public AffiliationsBuilder npi(String npi) {
        this.npi = npi;
        return this;
    }

    public AffiliationsBuilder organisations(Long... ids) {
        return organisations(List.of(ids));
    }

    public AffiliationsBuilder organisations(Iterable<Long> ids) {
        ids.forEach(organisations::add);
        return this;
    }

    public AffiliationsBuilder practiceGroups(Long... ids) {
        return practiceGroups(List.of(ids));
    }

    public AffiliationsBuilder practiceGroups(Iterable<Long> ids) {
        ids.forEach(practiceGroups::add);
        return this;
    }

    public AffiliationsBuilder networks(Long... ids) {
        return networks(List.of(ids));
    }

    public AffiliationsBuilder networks(Iterable<Long> ids) {
        ids.forEach(networks::add);
        return this;
    }

    /** The names that explain a tie, by organisation, group or network id. */
    public AffiliationsBuilder names(Map<Long, String> names) {
        this.names = names;
        return this;
    }

    public Affiliations build() {
        return new Affiliations(practitionerId, npi, name, organisations, practiceGroups, networks, names);
    }
}
