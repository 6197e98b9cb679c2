package org.secondopinion.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.boundary.AuditQuery;
import org.secondopinion.audit.control.ChainVerdict;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code admin/audit.xhtml}: the audit log, newest first, filtered by who, what, which
 * record, outcome and day range, page by page; and verification of the chain.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    PageMessages messages;

    private String actor;
    private AuditAction action;
    private String recordType;
    private String recordId;
    private AuditOutcome outcome;
    private LocalDate fromDay;
    private LocalDate toDay;
    private ChainVerdict verdict;
    private LazyDataModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, auditLog.count(query()));
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return auditLog.search(query(), first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return Long.toString(entry.getId());
            }
        };
    }

    AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditQuery(actor, action, recordType, recordId, outcome,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void verify() {
        verdict = auditLog.verify();
        if (verdict.intact()) {
            messages.info("audit.verify.intact", verdict.entriesChecked());
        } else {
            messages.error("audit.verify.broken", verdict.firstBrokenEntryId(), verdict.reason());
        }
        if (verdict.unchained() > 0) {
            messages.info("audit.verify.unchained", verdict.unchained());
        }
    }

    public void clearFilters() {
        actor = null;
        action = null;
        recordType = null;
        recordId = null;
        outcome = null;
        fromDay = null;
        toDay = null;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public ChainVerdict getVerdict() {
        return verdict;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}
