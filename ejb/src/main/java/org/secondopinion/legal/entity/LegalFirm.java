package org.secondopinion.legal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A law firm (or a hospital's risk-management team) that requests reviews: its LEGAL members see its cases and
 * no other firm's. A user belongs to one firm at most.
 */
@Entity
@Table(name = "legal_firm")
@NamedQuery(name = LegalFirm.FIND_ALL, query = "SELECT f FROM LegalFirm f ORDER BY f.name")
@NamedQuery(name = LegalFirm.FIND_BY_MEMBER, query = "SELECT f FROM LegalFirm f WHERE :username MEMBER OF f.members")
public class LegalFirm implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "LegalFirm.findAll";
    public static final String FIND_BY_MEMBER = "LegalFirm.findByMember";

    @Id
    @SequenceGenerator(name = "legal_firm_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_firm_seq")
    private Long id;
    @Column(nullable = false, length = 200)
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_firm_member", joinColumns = @JoinColumn(name = "firm_id"))
    @Column(name = "username", length = 80)
    private Set<String> members = new TreeSet<>();
    @Version
    private long version;

    protected LegalFirm() {
    }

    public LegalFirm(String name) {
        this.name = name;
    }

    public void admit(String username) {
        members.add(username);
    }

    public void remove(String username) {
        members.remove(username);
    }

    public boolean hasMember(String username) {
        return members.contains(username);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Set<String> getMembers() { return Collections.unmodifiableSet(members); }
    public long getVersion() { return version; }
}
