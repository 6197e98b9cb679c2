package org.secondopinion.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.FeeScheduleIssue;
import org.secondopinion.feeschedule.entity.FeeScheduleStatus;
import org.secondopinion.feeschedule.entity.ScheduledCharge;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code billing/fee-schedules.xhtml}: upload a hospital's price file, follow its import on a
 * progress bar, read the report with every rejected row, and look prices up by code.
 */
@Named
@ViewScoped
public class FeeSchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeeSchedules feeSchedules;

    @Inject
    PageMessages messages;

    private BillingListModel<FeeSchedule> schedules;
    private FeeSchedule selected;
    private List<FeeScheduleIssue> issues = List.of();
    private List<ScheduledCharge> charges = List.of();
    private String code;

    @PostConstruct
    void load() {
        schedules = new BillingListModel<>((first, max, field, descending) -> feeSchedules.page(first, max,
                "fileName".equals(field) ? FeeSchedules.Sort.FILE : FeeSchedules.Sort.STARTED, field == null || descending),
                () -> feeSchedules.count(), FeeSchedule::getId);
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            selected = feeSchedules.receive(event.getFile().getFileName(), content);
            issues = List.of();
            charges = List.of();
            messages.info("fees.received", selected.getFileName());
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polled while an import runs: the progress, then the report. */
    public void refresh() {
        if (selected != null) {
            select(selected.getId());
        }
        load();
    }

    public void select(long id) {
        selected = feeSchedules.find(id);
        issues = selected.getStatus() == FeeScheduleStatus.IMPORTING ? List.of() : feeSchedules.issues(id, 0, 200);
    }

    public void lookUp() {
        charges = selected == null ? List.of() : feeSchedules.charges(selected.getId(), code);
        if (charges.isEmpty()) {
            messages.warn("fees.noCharges", code);
        }
    }

    public boolean isImporting() {
        return selected != null && selected.getStatus() == FeeScheduleStatus.IMPORTING;
    }

    public BillingListModel<FeeSchedule> getSchedules() { return schedules; }
    public FeeSchedule getSelected() { return selected; }
    public List<FeeScheduleIssue> getIssues() { return issues; }
    public List<ScheduledCharge> getCharges() { return charges; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
