package org.secondopinion.estimate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.control.OptionComparison;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.platform.entity.Role;

/**
 * The lines of a draft estimate (BILLING): added priced from the estimate's fee schedule (through
 * {@link FeeSchedules}), their provider corrected, removed; the whole estimate is recalculated on every change (one
 * calculator call per option, see {@link OptionComparison}).
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class EstimateLines {

    private static final String RECORD_TYPE = EstimateDrafts.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    HealthPlans plans;

    @Inject
    FeeSchedules feeSchedules;

    /** Adds a line priced from the estimate's fee schedule, then recalculates the whole estimate. */
    public CostEstimate addLine(long id, @NotNull @Valid LineForm form) {
        return new LinePricing(em, feeSchedules, plans, clock, audit).addLine(id, form);
    }

    /** Corrects who provides a line of a draft, e.g. the NPI, TIN, location or state its Good Faith Estimate lacks. */
    public CostEstimate changeLineProvider(long id, long lineId, @NotNull @Valid ProviderForm form) {
        CostEstimate estimate = EstimateDrafts.draft(em, id, form.getVersion());
        estimate.changeProvider(lineId, form.provider());
        EstimateDrafts.touch(em, estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "provider of line " + lineId + " of " + estimate.reference()
                + " set to " + form.provider().name());
        return estimate;
    }

    public CostEstimate removeLine(long id, long version, long lineId) {
        CostEstimate estimate = EstimateDrafts.draft(em, id, version);
        estimate.remove(lineId);
        recalculate(estimate);
        EstimateDrafts.touch(em, estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "removed line " + lineId + " from " + estimate.reference());
        return estimate;
    }

    /** One calculator call for the workup, then one per treatment option; every line keeps its result. */
    void recalculate(CostEstimate estimate) {
        EstimateDrafts.recalculate(estimate, plans, clock);
    }
}
