package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.web.shell.PageMessages;

/** The details tab of {@code legal/case.xhtml}: the day a defendant answered, and tolling events (the firm). */
@Named
@ViewScoped
public class LegalCaseDates implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCasePage page;

    @Inject
    LegalCases cases;

    @Inject
    PageMessages messages;

    private LocalDate tollFrom;
    private LocalDate tollTo;
    private Long tollDefendantId;
    private String tollReason;

    public void answered(LegalCasePage.AnswerRow row) {
        cases.answered(page.getId(), page.getLegalCase().getVersion(), row.getDefendant().getId(), row.getAnsweredOn());
        messages.info("legal.answered", row.getDefendant().getName(), row.getAnsweredOn());
        page.reload();
    }

    public void toll() {
        if (tollReason == null || tollReason.isBlank()) {
            messages.error("legal.tollReasonRequired");
            return;
        }
        cases.toll(page.getId(), page.getLegalCase().getVersion(), tollDefendantId, tollFrom, tollTo, tollReason);
        messages.info("legal.tolled", tollFrom, tollTo);
        tollFrom = null;
        tollTo = null;
        tollDefendantId = null;
        tollReason = null;
        page.reload();
    }

    public LocalDate getTollFrom() { return tollFrom; }
    public void setTollFrom(LocalDate tollFrom) { this.tollFrom = tollFrom; }
    public LocalDate getTollTo() { return tollTo; }
    public void setTollTo(LocalDate tollTo) { this.tollTo = tollTo; }
    public Long getTollDefendantId() { return tollDefendantId; }
    public void setTollDefendantId(Long tollDefendantId) { this.tollDefendantId = tollDefendantId; }
    public String getTollReason() { return tollReason; }
    public void setTollReason(String tollReason) { this.tollReason = tollReason; }
}
