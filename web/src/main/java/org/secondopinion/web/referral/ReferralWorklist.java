package org.secondopinion.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.secondopinion.directory.boundary.Directory;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.referral.boundary.Page;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.WorklistQuery;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/** {@code coordinator/worklist.xhtml}: the coordinator's queue, filtered by status, specialty, overdue and specialist. */
@Named
@ViewScoped
public class ReferralWorklist implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    Directory directory;

    private List<ReferralStatus> statuses = new ArrayList<>(ReferralStatus.open());
    private String specialty;
    private String overdue;
    private Long specialistId;
    private List<String> specialties;
    private List<Practitioner> specialists;
    private CaseModel cases;

    @PostConstruct
    void init() {
        specialties = referrals.specialties();
        specialists = directory.practitioners();
        cases = new CaseModel(new CaseModel.Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public Page<Referral> page(WorklistQuery query, int first, int max) {
                return referrals.worklist(query, first, max);
            }

            @Override
            public long count(WorklistQuery query) {
                return referrals.count(query);
            }
        }, this::query);
    }

    WorklistQuery query() {
        WorklistQuery query = new WorklistQuery();
        query.setStatuses(statuses.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(statuses));
        query.setSpecialty(specialty);
        query.setOverdue(overdue == null || overdue.isBlank() ? null : Boolean.valueOf(overdue));
        query.setSpecialistId(specialistId);
        return query;
    }

    public void clearFilters() {
        statuses = new ArrayList<>(ReferralStatus.open());
        specialty = null;
        overdue = null;
        specialistId = null;
    }

    public CaseModel getCases() { return cases; }
    public ReferralStatus[] getAllStatuses() { return ReferralStatus.values(); }
    public List<String> getSpecialties() { return specialties; }
    public List<Practitioner> getSpecialists() { return specialists; }
    public List<ReferralStatus> getStatuses() { return statuses; }
    public void setStatuses(List<ReferralStatus> statuses) { this.statuses = statuses == null ? new ArrayList<>() : statuses; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public String getOverdue() { return overdue; }
    public void setOverdue(String overdue) { this.overdue = overdue; }
    public Long getSpecialistId() { return specialistId; }
    public void setSpecialistId(Long specialistId) { this.specialistId = specialistId; }
}
