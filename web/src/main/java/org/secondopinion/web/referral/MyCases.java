package org.secondopinion.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.secondopinion.referral.boundary.Page;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.WorklistQuery;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/** {@code specialist/cases.xhtml}: the cases offered or assigned to the signed-in specialist, and no others. */
@Named
@ViewScoped
public class MyCases implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    private List<ReferralStatus> statuses = new ArrayList<>();
    private String overdue;
    private CaseModel cases;

    @PostConstruct
    void init() {
        cases = new CaseModel(new CaseModel.Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public Page<Referral> page(WorklistQuery query, int first, int max) {
                return referrals.myCases(query, first, max);
            }

            @Override
            public long count(WorklistQuery query) {
                return referrals.countMine(query);
            }
        }, this::query);
    }

    WorklistQuery query() {
        WorklistQuery query = new WorklistQuery();
        query.setStatuses(statuses.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(statuses));
        query.setOverdue(overdue == null || overdue.isBlank() ? null : Boolean.valueOf(overdue));
        return query;
    }

    public CaseModel getCases() { return cases; }
    public java.util.Set<ReferralStatus> getAllStatuses() {
        return ReferralStatus.assignedToSpecialist();
    }
    public List<ReferralStatus> getStatuses() { return statuses; }
    public void setStatuses(List<ReferralStatus> statuses) { this.statuses = statuses == null ? new ArrayList<>() : statuses; }
    public String getOverdue() { return overdue; }
    public void setOverdue(String overdue) { this.overdue = overdue; }
}
