package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One state's deadline rules as kept in the table: reference data with its sources and the date it applies from,
 * edited as data when the law changes (a new row with a later effective date), never in code.
 */
@Entity
@Table(name = "deadline_rule")
@NamedQuery(name = StateDeadlineRule.FIND_ALL, query = "SELECT r FROM StateDeadlineRule r"
        + " ORDER BY r.state, r.effectiveFrom DESC")
@NamedQuery(name = StateDeadlineRule.FIND_IN_FORCE, query = "SELECT r FROM StateDeadlineRule r"
        + " WHERE r.state = :state AND r.effectiveFrom <= :on ORDER BY r.effectiveFrom DESC")
@NamedQuery(name = StateDeadlineRule.FIND_ALL_IN_FORCE, query = "SELECT r FROM StateDeadlineRule r"
        + " WHERE r.effectiveFrom <= :on ORDER BY r.state, r.effectiveFrom DESC")
public class StateDeadlineRule implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "StateDeadlineRule.findAll";
    public static final String FIND_IN_FORCE = "StateDeadlineRule.findInForce";
    public static final String FIND_ALL_IN_FORCE = "StateDeadlineRule.findAllInForce";

    @Id
    @SequenceGenerator(name = "deadline_rule_seq", sequenceName = "deadline_rule_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_rule_seq")
    private Long id;
    @Column(nullable = false, length = 2)
    private String state;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "limitation_injury_months")
    private Integer limitationInjuryMonths;
    @Column(name = "limitation_discovery_months")
    private Integer limitationDiscoveryMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "limitation_combine", nullable = false, length = 8)
    private LimitationCombination combination;
    @Column(name = "repose_months")
    private Integer reposeMonths;
    @Column(name = "minor_age_of_majority", nullable = false)
    private int ageOfMajority;
    @Enumerated(EnumType.STRING)
    @Column(name = "merit_trigger", nullable = false, length = 20)
    private MeritTrigger meritTrigger;
    @Column(name = "merit_days", nullable = false)
    private int meritDays;
    @Column(name = "merit_extension_days", nullable = false)
    private int meritExtensionDays;
    @Column(name = "merit_per_defendant", nullable = false)
    private boolean meritPerDefendant;
    @Column(name = "notice_of_intent_days")
    private Integer noticeOfIntentDays;
    @Column(name = "limitation_source", nullable = false, length = 600)
    private String limitationSource;
    @Column(name = "merit_source", nullable = false, length = 600)
    private String meritSource;
    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected StateDeadlineRule() {
    }

    /** A new version of a state's rule, in force from a later day: a copy to change, the old row kept. */
    public StateDeadlineRule(StateDeadlineRule from, LocalDate effectiveFrom, String by, Instant at) {
        this.state = from.state;
        this.effectiveFrom = effectiveFrom;
        this.limitationInjuryMonths = from.limitationInjuryMonths;
        this.limitationDiscoveryMonths = from.limitationDiscoveryMonths;
        this.combination = from.combination;
        this.reposeMonths = from.reposeMonths;
        this.ageOfMajority = from.ageOfMajority;
        this.meritTrigger = from.meritTrigger;
        this.meritDays = from.meritDays;
        this.meritExtensionDays = from.meritExtensionDays;
        this.meritPerDefendant = from.meritPerDefendant;
        this.noticeOfIntentDays = from.noticeOfIntentDays;
        this.limitationSource = from.limitationSource;
        this.meritSource = from.meritSource;
        this.updatedBy = by;
        this.updatedAt = at;
    }


    /** Changes the periods and sources (the boundary checks them through the calculator's rule). */
    public void change(Integer injuryMonths, Integer discoveryMonths, LimitationCombination combination,
                       Integer reposeMonths, int ageOfMajority, MeritTrigger trigger, int meritDays,
                       int extensionDays, boolean perDefendant, Integer noticeDays, String limitationSource,
                       String meritSource, String by, Instant at) {
        this.limitationInjuryMonths = injuryMonths;
        this.limitationDiscoveryMonths = discoveryMonths;
        this.combination = combination;
        this.reposeMonths = reposeMonths;
        this.ageOfMajority = ageOfMajority;
        this.meritTrigger = trigger;
        this.meritDays = meritDays;
        this.meritExtensionDays = extensionDays;
        this.meritPerDefendant = perDefendant;
        this.noticeOfIntentDays = noticeDays;
        this.limitationSource = limitationSource;
        this.meritSource = meritSource;
        this.updatedBy = by;
        this.updatedAt = at;
    }


    public Long getId() { return id; }
    public String getState() { return state; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public Integer getLimitationInjuryMonths() { return limitationInjuryMonths; }
    public Integer getLimitationDiscoveryMonths() { return limitationDiscoveryMonths; }
    public LimitationCombination getCombination() { return combination; }
    public Integer getReposeMonths() { return reposeMonths; }
    public int getAgeOfMajority() { return ageOfMajority; }
    public MeritTrigger getMeritTrigger() { return meritTrigger; }
    public int getMeritDays() { return meritDays; }
    public int getMeritExtensionDays() { return meritExtensionDays; }
    public boolean isMeritPerDefendant() { return meritPerDefendant; }
    public Integer getNoticeOfIntentDays() { return noticeOfIntentDays; }
    public String getLimitationSource() { return limitationSource; }
    public String getMeritSource() { return meritSource; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
