package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What allows a case's records to leave the hospital: a signed patient authorisation (until it expires or is
 * revoked), a subpoena with satisfactory assurances, or a court order, for one recipient and only the kinds of
 * record it names (minimum necessary).
 */
@Entity
@Table(name = "disclosure_authority")
@NamedQuery(name = DisclosureAuthority.FIND_BY_CASE, query = "SELECT a FROM DisclosureAuthority a"
        + " WHERE a.legalCase.id = :case ORDER BY a.signedOn DESC, a.id DESC")
public class DisclosureAuthority implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "DisclosureAuthority.findByCase";

    @Id
    @SequenceGenerator(name = "disclosure_authority_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_authority_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuthorityKind kind;
    @Column(nullable = false, length = 200)
    private String reference;
    @Column(nullable = false, length = 200)
    private String recipient;
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "scope_labels", length = 400)
    private String scopeLabels;
    @Column(nullable = false)
    private boolean assurances;
    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DisclosureAuthority() {
    }

    public DisclosureAuthority(LegalCase legalCase, AuthorityKind kind, String reference, String recipient,
                               LocalDate signedOn, LocalDate expiresOn, Set<DocumentLabel> scope, boolean assurances,
                               String by, Instant at) {
        this.legalCase = legalCase;
        this.kind = kind;
        this.reference = reference;
        this.recipient = recipient;
        this.signedOn = signedOn;
        this.expiresOn = expiresOn;
        this.scopeLabels = scope.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.assurances = assurances;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void revoke(LocalDate on) {
        this.revokedOn = on;
    }

    /** Why records may not go under this authority on that day, or null when they may. */
    public String refusal(LocalDate on) {
        if (revokedOn != null && !on.isBefore(revokedOn)) {
            return "The " + describe() + " was revoked on " + revokedOn + ".";
        }
        if (on.isBefore(signedOn)) {
            return "The " + describe() + " is dated " + signedOn + ", after today.";
        }
        if (expiresOn != null && on.isAfter(expiresOn)) {
            return "The " + describe() + " expired on " + expiresOn + ".";
        }
        if (kind == AuthorityKind.AUTHORISATION && expiresOn == null) {
            return "A patient authorisation needs an expiry date or event (45 CFR 164.508(c)).";
        }
        if (kind == AuthorityKind.SUBPOENA && !assurances) {
            return "A subpoena without satisfactory assurances (notice to the patient or a protective order) does"
                    + " not allow a release (45 CFR 164.512(e)).";
        }
        return null;
    }

    /** The kinds of record it names; a document with a label outside them is not released under it. */
    public Set<DocumentLabel> scope() {
        if (scopeLabels == null || scopeLabels.isBlank()) {
            return EnumSet.noneOf(DocumentLabel.class);
        }
        return Arrays.stream(scopeLabels.split(",")).map(DocumentLabel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentLabel.class)));
    }

    public String describe() {
        return kind.name().toLowerCase().replace('_', ' ') + " " + reference;
    }

    public Long getId() { return id; }
    public LegalCase getLegalCase() { return legalCase; }
    public AuthorityKind getKind() { return kind; }
    public String getReference() { return reference; }
    public String getRecipient() { return recipient; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getScopeLabels() { return scopeLabels; }
    public boolean isAssurances() { return assurances; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
