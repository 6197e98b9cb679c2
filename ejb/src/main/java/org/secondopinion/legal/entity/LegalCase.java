package org.secondopinion.legal.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.UsJurisdiction;

/**
 * A malpractice-review case file of one firm: who asks, the matter, the claimant, the defendants, the
 * jurisdiction and the key dates, the tolling events, and the Bates prefix its productions use.
 */
@Entity
@Table(name = "legal_case")
@NamedQuery(name = LegalCase.FIND_ALL, query = "SELECT c FROM LegalCase c ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = LegalCase.FIND_BY_FIRM, query = "SELECT c FROM LegalCase c WHERE c.firm.id = :firm"
        + " ORDER BY c.createdAt DESC, c.id DESC")
public class LegalCase implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "LegalCase.findAll";
    public static final String FIND_BY_FIRM = "LegalCase.findByFirm";

    @Id
    @SequenceGenerator(name = "legal_case_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_case_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "firm_id")
    private LegalFirm firm;
    @Enumerated(EnumType.STRING)
    @Column(name = "requesting_side", nullable = false, length = 20)
    private RequestingSide requestingSide;
    @Column(nullable = false, length = 200)
    private String attorney;
    @Column(name = "matter_number", nullable = false, length = 60)
    private String matterNumber;
    @Column(name = "court_number", length = 60)
    private String courtNumber;
    @Column(name = "claimant_name", nullable = false, length = 200)
    private String claimantName;
    @Column(name = "claimant_birth_date", nullable = false)
    private LocalDate claimantBirthDate;
    @Column(name = "claimant_mrn", length = 40)
    private String claimantMrn;
    @Column(nullable = false, length = 2)
    private String jurisdiction;
    @Column(name = "federal_forum", nullable = false)
    private boolean federalForum;
    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;
    @Column(name = "discovery_date")
    private LocalDate discoveryDate;
    @Column(name = "injury_date")
    private LocalDate injuryDate;
    @Column(name = "notice_of_intent_date")
    private LocalDate noticeOfIntentDate;
    @Column(name = "complaint_filed_date")
    private LocalDate complaintFiledDate;
    @Column(length = 2000)
    private String summary;
    @Column(name = "bates_prefix", nullable = false, length = 20)
    private String batesPrefix;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;
    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "legalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Defendant> defendants = new ArrayList<>();
    @OneToMany(mappedBy = "legalCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate")
    private List<TollingPeriod> tolling = new ArrayList<>();
    @Version
    private long version;

    protected LegalCase() {
    }

    public LegalCase(LegalFirm firm, RequestingSide side, String attorney, String matterNumber, String batesPrefix,
                     String by, Instant at) {
        this.firm = firm;
        this.requestingSide = side;
        this.attorney = attorney;
        this.matterNumber = matterNumber;
        this.batesPrefix = batesPrefix;
        this.status = CaseStatus.OPEN;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void claimant(String name, LocalDate birthDate, String mrn) {
        if (birthDate != null && incidentDate != null && birthDate.isAfter(incidentDate)) {
            throw new RuleViolation("claimantBirthDate", "The claimant cannot be born (" + birthDate
                    + ") after the incident (" + incidentDate + ").");
        }
        this.claimantName = name;
        this.claimantBirthDate = birthDate;
        this.claimantMrn = mrn;
    }

    public void forum(String jurisdiction, boolean federalForum, String courtNumber) {
        this.jurisdiction = UsJurisdiction.of(jurisdiction).map(UsJurisdiction::code).orElseThrow(() -> new RuleViolation(
                "jurisdiction", "Jurisdiction must be a US state, the District of Columbia or a US territory."));
        this.federalForum = federalForum;
        this.courtNumber = courtNumber;
    }

    /** The key dates; the incident is required, the injury and discovery default to it where the law needs them. */
    public void dates(LocalDate incident, LocalDate discovery, LocalDate injury, LocalDate noticeOfIntent,
                      LocalDate complaintFiled) {
        if (incident == null) {
            throw new RuleViolation("incidentDate", "The date of the incident or treatment is required.");
        }
        if (discovery != null && discovery.isBefore(incident)) {
            throw new RuleViolation("discoveryDate", "The injury cannot be discovered before the incident ("
                    + incident + ").");
        }
        if (injury != null && injury.isBefore(incident)) {
            throw new RuleViolation("injuryDate", "The injury cannot come before the incident (" + incident + ").");
        }
        if (complaintFiled != null && complaintFiled.isBefore(incident)) {
            throw new RuleViolation("complaintFiledDate", "The complaint cannot be filed before the incident.");
        }
        if (noticeOfIntent != null && noticeOfIntent.isBefore(incident)) {
            throw new RuleViolation("noticeOfIntentDate", "Notice of intent cannot be given before the incident ("
                    + incident + ").");
        }
        if (claimantBirthDate != null && claimantBirthDate.isAfter(incident)) {
            throw new RuleViolation("incidentDate", "The incident (" + incident + ") cannot come before the claimant"
                    + " was born (" + claimantBirthDate + ").");
        }
        this.incidentDate = incident;
        this.discoveryDate = discovery;
        this.injuryDate = injury;
        this.noticeOfIntentDate = noticeOfIntent;
        this.complaintFiledDate = complaintFiled;
    }

    public void summarise(String summary) {
        this.summary = summary;
    }

    public Defendant add(Defendant defendant) {
        defendant.attach(this);
        defendants.add(defendant);
        return defendant;
    }

    public Defendant defendant(long defendantId) {
        return defendants.stream().filter(d -> d.getId() != null && d.getId() == defendantId).findFirst()
                .orElseThrow(() -> new RuleViolation("defendant", "Case " + reference() + " has no defendant "
                        + defendantId + "."));
    }

    public TollingPeriod toll(LocalDate from, LocalDate to, String reason, Defendant only) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("to", "A tolling period ends on or after the day it starts.");
        }
        TollingPeriod period = new TollingPeriod(this, only, from, to, reason);
        tolling.add(period);
        return period;
    }

    public void close() {
        this.status = CaseStatus.CLOSED;
    }

    /** "LR-000123". */
    public String reference() {
        return reference(id == null ? 0 : id);
    }

    /** "LR-000123" for the case with this id. */
    public static String reference(long id) {
        return String.format("LR-%06d", id);
    }

    public Long getId() { return id; }
    public LegalFirm getFirm() { return firm; }
    public RequestingSide getRequestingSide() { return requestingSide; }
    public String getAttorney() { return attorney; }
    public String getMatterNumber() { return matterNumber; }
    public String getCourtNumber() { return courtNumber; }
    public String getClaimantName() { return claimantName; }
    public LocalDate getClaimantBirthDate() { return claimantBirthDate; }
    public String getClaimantMrn() { return claimantMrn; }
    public String getJurisdiction() { return jurisdiction; }
    public boolean isFederalForum() { return federalForum; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public LocalDate getDiscoveryDate() { return discoveryDate; }
    public LocalDate getInjuryDate() { return injuryDate; }
    public LocalDate getNoticeOfIntentDate() { return noticeOfIntentDate; }
    public LocalDate getComplaintFiledDate() { return complaintFiledDate; }
    public String getSummary() { return summary; }
    public String getBatesPrefix() { return batesPrefix; }
    public CaseStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Defendant> getDefendants() { return Collections.unmodifiableList(defendants); }
    public List<TollingPeriod> getTolling() { return Collections.unmodifiableList(tolling); }
    public long getVersion() { return version; }
}
