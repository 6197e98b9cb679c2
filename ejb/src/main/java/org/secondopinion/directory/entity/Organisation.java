package org.secondopinion.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A hospital or clinic, a practice group, or a network. An organisation or a practice
 * group may belong to a network; practitioners belong to an organisation, a practice group
 * and networks.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.kind, o.name")
@NamedQuery(name = Organisation.FIND_BY_KIND, query = "SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.name")
public class Organisation implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_KIND = "Organisation.findByKind";

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(length = 10)
    private String npi;

    @Column(length = 100)
    private String city;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "network_id")
    private Organisation network;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        if (kind == null) {
            throw new RuleViolation("kind", "Choose whether this is an organisation, a practice group or a network.");
        }
        this.kind = kind;
        rename(name);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("name", "Name is required.");
        }
        this.name = newName.trim();
    }

    public void describe(String npi, String city) {
        this.npi = Npi.normalise(npi);
        this.city = city == null || city.isBlank() ? null : city.trim();
    }

    /** Joins a network (or leaves it, given null). A network itself belongs to none. */
    public void joinNetwork(Organisation newNetwork) {
        if (newNetwork != null && newNetwork.kind != OrganisationKind.NETWORK) {
            throw new RuleViolation("network", newNetwork.name + " is not a network.");
        }
        if (newNetwork != null && kind == OrganisationKind.NETWORK) {
            throw new RuleViolation("network", "A network cannot belong to another network.");
        }
        this.network = newNetwork;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getNpi() {
        return npi;
    }

    public String getCity() {
        return city;
    }

    public Organisation getNetwork() {
        return network;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
