package org.secondopinion.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.secondopinion.referral.boundary.ReferralDashboard;

/** The coordinator's home page: how many cases the turnaround watch escalated. */
@Named
@RequestScoped
public class CoordinatorHome {

    @Inject
    ReferralDashboard dashboard;

    private Long overdue;

    public long getOverdue() {
        if (overdue == null) {
            overdue = dashboard.overdueCount();
        }
        return overdue;
    }
}
