package org.secondopinion.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.billing.boundary.EstimateForm;
import org.secondopinion.billing.boundary.Estimates;
import org.secondopinion.billing.boundary.FeeSchedules;
import org.secondopinion.billing.boundary.HealthPlans;
import org.secondopinion.billing.entity.CostEstimate;
import org.secondopinion.billing.entity.FeeSchedule;
import org.secondopinion.billing.entity.FeeScheduleStatus;
import org.secondopinion.billing.entity.PatientCoverage;
import org.secondopinion.web.shell.PageMessages;

/** {@code billing/estimates.xhtml}: find a patient's estimates, open a new one, or start one from a referral. */
@Named
@ViewScoped
public class EstimateListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Estimates estimates;

    @Inject
    HealthPlans plans;

    @Inject
    FeeSchedules feeSchedules;

    @Inject
    PageMessages messages;

    private String mrn;
    private List<CostEstimate> found;
    private List<FeeSchedule> schedules;
    private List<PatientCoverage> coverages = List.of();
    private EstimateForm form = new EstimateForm();
    private Long referralId;

    @PostConstruct
    void load() {
        found = estimates.list(mrn);
        schedules = feeSchedules.list().stream().filter(s -> s.getStatus() == FeeScheduleStatus.READY).toList();
        form.setScheduledOn(LocalDate.now());
        if (!schedules.isEmpty()) {
            form.setFeeScheduleId(schedules.get(0).getId());
        }
    }

    public void search() {
        found = estimates.list(mrn);
        form.setPatientMrn(mrn);
        patientChanged();
    }

    /** The coverage choices follow the patient's MRN. */
    public void patientChanged() {
        coverages = form.getPatientMrn() == null || form.getPatientMrn().isBlank() ? List.of()
                : plans.coverages(form.getPatientMrn());
    }

    public String create() {
        CostEstimate created = estimates.create(form);
        messages.info("estimates.opened", created.reference());
        messages.keepForRedirect();
        return "/billing/estimate?faces-redirect=true&id=" + created.getId();
    }

    public String fromReferral() {
        if (referralId == null || form.getFeeScheduleId() == null) {
            messages.error(referralId == null ? "estimates.referralRequired" : "estimates.scheduleRequired");
            return null;
        }
        CostEstimate created = estimates.fromReferral(referralId, form.getCoverageId(), form.getFeeScheduleId(),
                form.getScheduledOn());
        messages.info("estimates.opened", created.reference());
        messages.keepForRedirect();
        return "/billing/estimate?faces-redirect=true&id=" + created.getId();
    }

    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public List<CostEstimate> getFound() { return found; }
    public List<FeeSchedule> getSchedules() { return schedules; }
    public List<PatientCoverage> getCoverages() { return coverages; }
    public EstimateForm getForm() { return form; }
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long referralId) { this.referralId = referralId; }
}
