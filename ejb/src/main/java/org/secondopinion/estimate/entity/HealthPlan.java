package org.secondopinion.estimate.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A payer's plan and its benefit design: deductibles (family embedded or aggregate), out-of-pocket
 * maximums, the cost sharing of every service category, the second-opinion rule and the reduction
 * for further procedures. Original Medicare Part B takes its deductible from configuration.
 */
@Entity
@Table(name = "health_plan")
@NamedQuery(name = HealthPlan.FIND_ALL, query = "SELECT p FROM HealthPlan p ORDER BY p.payerName, p.planName")
@NamedQuery(name = HealthPlan.FIND_BY_NAME, query = "SELECT p FROM HealthPlan p"
        + " WHERE p.payerName = :payer AND p.planName = :plan")
public class HealthPlan implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "HealthPlan.findAll";
    public static final String FIND_BY_NAME = "HealthPlan.findByName";

    @Id
    @SequenceGenerator(name = "health_plan_seq", sequenceName = "health_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_plan_seq")
    private Long id;

    @Column(name = "payer_name", nullable = false, length = 200)
    private String payerName;
    @Column(name = "plan_name", nullable = false, length = 200)
    private String planName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanKind kind;
    @Column(name = "individual_deductible", nullable = false, precision = 12, scale = 2)
    private BigDecimal individualDeductible;
    @Column(name = "family_deductible", precision = 12, scale = 2)
    private BigDecimal familyDeductible;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_deductible_kind", nullable = false, length = 12)
    private FamilyDeductible familyDeductibleKind;
    @Column(name = "individual_oop_max", precision = 12, scale = 2)
    private BigDecimal individualOutOfPocketMax;
    @Column(name = "family_oop_max", precision = 12, scale = 2)
    private BigDecimal familyOutOfPocketMax;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_opinion_rule", nullable = false, length = 20)
    private SecondOpinionRule secondOpinionRule;
    @Column(name = "additional_procedure_percent", nullable = false, precision = 7, scale = 3)
    private BigDecimal additionalProcedurePercent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_category_rule", joinColumns = @JoinColumn(name = "plan_id"))
    private List<PlanCategory> categories = new ArrayList<>();
    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected HealthPlan() {
    }

    public HealthPlan(String payerName, String planName, PlanKind kind) {
        this.payerName = payerName;
        this.planName = planName;
        this.kind = kind;
    }

    /** Sets the whole benefit design at once; a category not given is not covered. */
    public void design(BigDecimal individualDeductible, BigDecimal familyDeductible, FamilyDeductible familyKind,
                       BigDecimal individualOutOfPocketMax, BigDecimal familyOutOfPocketMax,
                       SecondOpinionRule secondOpinionRule, BigDecimal additionalProcedurePercent,
                       List<PlanCategory> categories, String by, Instant at) {
        this.individualDeductible = individualDeductible;
        this.familyDeductible = familyDeductible;
        this.familyDeductibleKind = familyKind;
        this.individualOutOfPocketMax = individualOutOfPocketMax;
        this.familyOutOfPocketMax = familyOutOfPocketMax;
        this.secondOpinionRule = secondOpinionRule;
        this.additionalProcedurePercent = Percent.of("additionalProcedurePercent", "Further-procedure payment",
                additionalProcedurePercent).value();
        this.categories.clear();
        this.categories.addAll(categories);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void renamed(String payerName, String planName) {
        this.payerName = payerName;
        this.planName = planName;
    }

    public String displayName() {
        return payerName + " · " + planName;
    }

    public boolean isMedicare() {
        return kind == PlanKind.MEDICARE_PART_B;
    }

    /** The categories in the order of {@link ServiceCategory}. */
    public List<PlanCategory> getCategories() {
        List<PlanCategory> sorted = new ArrayList<>(categories);
        sorted.sort(Comparator.comparing(PlanCategory::getCategory));
        return sorted;
    }

    public PlanCategory category(ServiceCategory category) {
        return categories.stream().filter(c -> c.getCategory() == category).findFirst().orElse(null);
    }

    public Long getId() { return id; }
    public String getPayerName() { return payerName; }
    public String getPlanName() { return planName; }
    public PlanKind getKind() { return kind; }
    public BigDecimal getIndividualDeductible() { return individualDeductible; }
    public BigDecimal getFamilyDeductible() { return familyDeductible; }
    public FamilyDeductible getFamilyDeductibleKind() { return familyDeductibleKind; }
    public BigDecimal getIndividualOutOfPocketMax() { return individualOutOfPocketMax; }
    public BigDecimal getFamilyOutOfPocketMax() { return familyOutOfPocketMax; }
    public SecondOpinionRule getSecondOpinionRule() { return secondOpinionRule; }
    public BigDecimal getAdditionalProcedurePercent() { return additionalProcedurePercent; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
