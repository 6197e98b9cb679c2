package org.secondopinion.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A physician in the directory: specialties, experience, languages, how many open cases
 * they take at once, and where they belong (organisation, practice group, networks). A
 * practitioner who signs in to give opinions is linked to a user name.
 */
@Entity
@Table(name = "practitioner")
@NamedQuery(name = Practitioner.FIND_ALL,
        query = "SELECT p FROM Practitioner p ORDER BY p.familyName, p.givenName")
@NamedQuery(name = Practitioner.FIND_BY_USERNAME,
        query = "SELECT p FROM Practitioner p WHERE p.username = :username")
@NamedQuery(name = Practitioner.FIND_BY_SPECIALTY,
        query = "SELECT DISTINCT p FROM Practitioner p JOIN p.specialties s WHERE LOWER(s.field) = LOWER(:field)")
public class Practitioner implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Practitioner.findAll";
    public static final String FIND_BY_USERNAME = "Practitioner.findByUsername";
    public static final String FIND_BY_SPECIALTY = "Practitioner.findBySpecialty";

    @Id
    @SequenceGenerator(name = "practitioner_seq", sequenceName = "practitioner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practitioner_seq")
    private Long id;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(length = 10)
    private String npi;

    @Column(length = 80, unique = true)
    private String username;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "practice_group_id")
    private Organisation practiceGroup;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "practitioner_network", joinColumns = @JoinColumn(name = "practitioner_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<Organisation> networks = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practitioner_specialty", joinColumns = @JoinColumn(name = "practitioner_id"))
    private Set<Specialty> specialties = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practitioner_language", joinColumns = @JoinColumn(name = "practitioner_id"))
    @Column(name = "language", nullable = false, length = 40)
    private Set<String> languages = new TreeSet<>();

    @Column(name = "years_experience", nullable = false)
    private int yearsExperience;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean available = true;

    @Column(name = "median_turnaround_days", precision = 5, scale = 1)
    private BigDecimal medianTurnaroundDays;

    @Version
    private long version;

    protected Practitioner() {
    }

    public Practitioner(String givenName, String familyName) {
        rename(givenName, familyName);
    }

    public final void rename(String newGivenName, String newFamilyName) {
        if (newGivenName == null || newGivenName.isBlank()) {
            throw new RuleViolation("givenName", "Given name is required.");
        }
        if (newFamilyName == null || newFamilyName.isBlank()) {
            throw new RuleViolation("familyName", "Family name is required.");
        }
        this.givenName = newGivenName.trim();
        this.familyName = newFamilyName.trim();
    }

    public void identify(String newNpi, String newUsername) {
        this.npi = Npi.normalise(newNpi);
        this.username = newUsername == null || newUsername.isBlank() ? null : newUsername.trim().toLowerCase();
    }

    public void profile(int years, int openCaseCapacity, boolean isAvailable, BigDecimal turnaroundDays) {
        if (years < 0 || years > 70) {
            throw new RuleViolation("yearsExperience", "Years of experience must be between 0 and 70.");
        }
        if (openCaseCapacity < 0 || openCaseCapacity > 500) {
            throw new RuleViolation("capacity", "Capacity must be between 0 and 500 open cases.");
        }
        if (turnaroundDays != null && turnaroundDays.signum() < 0) {
            throw new RuleViolation("medianTurnaroundDays", "Median turnaround cannot be negative.");
        }
        this.yearsExperience = years;
        this.capacity = openCaseCapacity;
        this.available = isAvailable;
        this.medianTurnaroundDays = turnaroundDays;
    }

    public void practise(Collection<Specialty> newSpecialties, Collection<String> newLanguages) {
        if (newSpecialties == null || newSpecialties.isEmpty()) {
            throw new RuleViolation("specialties", "At least one specialty is required.");
        }
        specialties.clear();
        specialties.addAll(newSpecialties);
        languages.clear();
        if (newLanguages != null) {
            newLanguages.stream().filter(l -> l != null && !l.isBlank()).map(String::trim).forEach(languages::add);
        }
    }

    public void belongTo(Organisation newOrganisation, Organisation newPracticeGroup, Collection<Organisation> newNetworks) {
        if (newOrganisation != null && newOrganisation.getKind() != OrganisationKind.ORGANISATION) {
            throw new RuleViolation("organisation", newOrganisation.getName() + " is not an organisation.");
        }
        if (newPracticeGroup != null && newPracticeGroup.getKind() != OrganisationKind.PRACTICE_GROUP) {
            throw new RuleViolation("practiceGroup", newPracticeGroup.getName() + " is not a practice group.");
        }
        if (newNetworks != null && newNetworks.stream().anyMatch(n -> n.getKind() != OrganisationKind.NETWORK)) {
            throw new RuleViolation("networks", "Only networks can be chosen as networks.");
        }
        this.organisation = newOrganisation;
        this.practiceGroup = newPracticeGroup;
        networks.clear();
        if (newNetworks != null) {
            networks.addAll(newNetworks);
        }
    }

    /** Every organisation, group and network this practitioner is tied to, including the networks of their organisation and group. */
    public Affiliations affiliations() {
        Set<Long> organisations = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Set<Long> networkIds = new HashSet<>();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (organisation != null) {
            organisations.add(organisation.getId());
            names.put(organisation.getId(), organisation.getName());
            addNetwork(organisation.getNetwork(), networkIds, names);
        }
        if (practiceGroup != null) {
            groups.add(practiceGroup.getId());
            names.put(practiceGroup.getId(), practiceGroup.getName());
            addNetwork(practiceGroup.getNetwork(), networkIds, names);
        }
        networks.forEach(n -> addNetwork(n, networkIds, names));
        return new Affiliations(id, npi, displayName(), organisations, groups, networkIds, names);
    }

    private static void addNetwork(Organisation network, Set<Long> ids, java.util.Map<Long, String> names) {
        if (network != null) {
            ids.add(network.getId());
            names.put(network.getId(), network.getName());
        }
    }

    public boolean practises(String field) {
        return specialties.stream().anyMatch(s -> s.getField().equalsIgnoreCase(field));
    }

    public String displayName() {
        return "Dr. " + givenName + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getNpi() {
        return npi;
    }

    public String getUsername() {
        return username;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getPracticeGroup() {
        return practiceGroup;
    }

    public Set<Organisation> getNetworks() {
        return networks;
    }

    public Set<Specialty> getSpecialties() {
        return specialties;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public int getYearsExperience() {
        return yearsExperience;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isAvailable() {
        return available;
    }

    public BigDecimal getMedianTurnaroundDays() {
        return medianTurnaroundDays;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
