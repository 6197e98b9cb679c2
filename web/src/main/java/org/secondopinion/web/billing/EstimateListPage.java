package org.secondopinion.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.estimate.boundary.EstimateForm;
import org.secondopinion.estimate.boundary.EstimateSort;
import org.secondopinion.estimate.boundary.Estimates;
import org.secondopinion.estimate.boundary.HealthPlans;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.FeeScheduleStatus;
import org.secondopinion.platform.boundary.ListPage;
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
    private BillingListModel<CostEstimate> found;
    private List<FeeSchedule> schedules;
    private List<PatientCoverage> coverages = List.of();
    private EstimateForm form = new EstimateForm();
    private Long referralId;

    @PostConstruct
    void load() {
        found = new BillingListModel<>(this::page, () -> estimates.count(mrn), CostEstimate::getId);
        schedules = feeSchedules.list().stream().filter(s -> s.getStatus() == FeeScheduleStatus.READY).toList();
        form.setScheduledOn(LocalDate.now());
        if (!schedules.isEmpty()) {
            form.setFeeScheduleId(schedules.get(0).getId());
        }
    }

    /** A sorted column maps to the boundary's order; without one, newest first (a patient's: by number). */
    ListPage<CostEstimate> page(int first, int max, String field, boolean descending) {
        EstimateSort sort = field == null ? null : switch (field) {
            case "patientName" -> EstimateSort.PATIENT;
            case "status" -> EstimateSort.STATUS;
            case "estimateNumber" -> EstimateSort.NUMBER;
            default -> EstimateSort.CREATED;
        };
        boolean byPatient = mrn != null && !mrn.isBlank();
        return estimates.page(mrn, first, max,
                sort != null ? sort : byPatient ? EstimateSort.NUMBER : EstimateSort.CREATED, sort == null || descending);
    }

    public void search() {
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
    public BillingListModel<CostEstimate> getFound() { return found; }
    public List<FeeSchedule> getSchedules() { return schedules; }
    public List<PatientCoverage> getCoverages() { return coverages; }
    public EstimateForm getForm() { return form; }
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long referralId) { this.referralId = referralId; }
}
