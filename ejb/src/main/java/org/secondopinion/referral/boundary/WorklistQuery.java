package org.secondopinion.referral.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.secondopinion.referral.entity.ReferralStatus;

/** The filters and the sort of a worklist page. Every filter uses an indexed column. */
public class WorklistQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns a worklist may be sorted by; each ends with the id so pages never overlap. */
    public enum Sort { DUE, CREATED, STATUS }

    private Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
    private String specialty;
    private Boolean overdue;
    private Long specialistId;
    private Sort sort = Sort.DUE;
    private boolean descending;

    public Set<ReferralStatus> getStatuses() { return statuses; }
    public void setStatuses(Set<ReferralStatus> statuses) {
        this.statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(statuses);
    }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty == null || specialty.isBlank() ? null : specialty.trim(); }
    public Boolean getOverdue() { return overdue; }
    public void setOverdue(Boolean overdue) { this.overdue = overdue; }
    public Long getSpecialistId() { return specialistId; }
    public void setSpecialistId(Long specialistId) { this.specialistId = specialistId; }
    public Sort getSort() { return sort; }
    public void setSort(Sort sort) { this.sort = sort == null ? Sort.DUE : sort; }
    public boolean isDescending() { return descending; }
    public void setDescending(boolean descending) { this.descending = descending; }
}
