package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.TabChangeEvent;
import org.secondopinion.legal.boundary.CaseFile;
import org.secondopinion.legal.boundary.CaseFiles;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.boundary.FirmCaseFile;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.boundary.ReviewerCaseFile;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.web.error.PageNotFound;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/case.xhtml?id=}: one case file behind the firm's wall, read in one call as the caller's audience
 * sees it ({@link CaseFiles}): the firm's lawyers see the details, deadlines, documents, releases, chain of custody
 * and the reviewer tab; the case's assigned reviewer (a SPECIALIST) the details, the documents produced to them and
 * the reviewer tab only. Each task on the page has its own bean in the view: the dates ({@link LegalCaseDates}), the
 * documents and holds ({@link LegalCaseDocuments}), the releases ({@link LegalCaseReleases}), the reviewer
 * ({@link LegalCaseReviewer}) and the opinion ({@link LegalCaseOpinion}); after an action each reads the case file
 * again through {@link #reload()}.
 */
@Named
@ViewScoped
public class LegalCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFiles caseFiles;

    @Inject
    PageMessages messages;

    /** A defendant with the day of their answer as typed on the page. */
    public static final class AnswerRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Defendant defendant;
        private LocalDate answeredOn;

        AnswerRow(Defendant defendant) {
            this.defendant = defendant;
            this.answeredOn = defendant.getAnsweredOn();
        }

        public Defendant getDefendant() { return defendant; }
        public LocalDate getAnsweredOn() { return answeredOn; }
        public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    }

    private int activeTab;
    private Long id;
    private String idParam;
    private CaseFile file;
    private List<AnswerRow> answers;

    /** The tab the user has open: kept by the view across full-page posts, so an action never sends them back to the first. */
    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public void tabChanged(TabChangeEvent<?> event) {
        activeTab = Math.max(0, event.getIndex());
    }

    /** f:viewAction: loads the case named in the address (the wall refuses another firm's). */
    public void load() {
        id = PageNotFound.id(idParam).orElseThrow(() -> PageNotFound.of(messages, "notFound.legalCase", idParam));
        try {
            reload();
        } catch (RecordNotFound | AccessRefused notTheCallers) {
            // the wall has audited the refusal; another firm's case must look exactly like a missing one
            throw PageNotFound.of(messages, "notFound.legalCase", idParam);
        }
    }

    /** Reads the case file again, as the caller's audience sees it: one boundary call, one audit entry. */
    void reload() {
        file = caseFiles.read(id);
        answers = file.legalCase().getDefendants().stream().map(AnswerRow::new).toList();
    }

    private FirmCaseFile firm() {
        return file instanceof FirmCaseFile firm ? firm : null;
    }

    public boolean isFirmSide() { return file instanceof FirmCaseFile; }
    public boolean isReviewer() { return file instanceof ReviewerCaseFile; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public LegalCase getLegalCase() { return file == null ? null : file.legalCase(); }
    public List<AnswerRow> getAnswers() { return answers; }
    public List<LegalDocument> getDocumentList() { return file.documents(); }
    public List<ReviewerAssignment> getAssignments() { return file.assignments(); }
    public ReviewerAssignment getActiveAssignment() { return file.activeAssignment(); }
    public List<ReviewOpinion> getOpinions() { return file.opinions(); }
    public List<Deadlines.DefendantDeadlines> getDeadlineList() { return isFirmSide() ? file.deadlines() : List.of(); }
    public List<DeadlineReminder> getReminders() { return isFirmSide() ? file.reminders() : List.of(); }
    public List<LegalHold> getHolds() { return isFirmSide() ? firm().holds() : List.of(); }
    public List<DisclosureAuthority> getAuthorities() { return isFirmSide() ? firm().authorities() : List.of(); }
    public List<Production> getProductionList() { return isFirmSide() ? firm().productions() : List.of(); }
    public List<DisclosureRecord> getDisclosures() { return isFirmSide() ? firm().disclosures() : List.of(); }
    public List<CustodyEntry> getCustody() { return isFirmSide() ? firm().custody() : List.of(); }
    public List<Reviews.Candidate> getCandidates() { return isFirmSide() ? firm().candidates() : List.of(); }
    public String getNotLegalAdvice() { return Deadlines.NOT_LEGAL_ADVICE; }
    public DocumentLabel[] getLabels() { return DocumentLabel.values(); }

    /** The newest version of the opinion, or null before the first draft. */
    public ReviewOpinion getLatestOpinion() {
        return getOpinions().isEmpty() ? null : getOpinions().get(0);
    }

    public boolean isAssigned() {
        ReviewerAssignment active = getActiveAssignment();
        return active != null && active.getStatus() == AssignmentStatus.ASSIGNED;
    }

    /** "HV-000001 – HV-000002" as the productions number pages. */
    public String bates(String prefix, long first, long last) {
        return Productions.range(prefix, first, last);
    }

    /** Stored labels ("CONFIDENTIAL,MEDICAL_RECORD") as people read them. */
    public String labels(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return Arrays.stream(stored.split(",")).map(label -> messages.text("legal.label." + label.strip()))
                .collect(Collectors.joining(", "));
    }

    /** The name of one of the case's defendants, for the reminders sent about them. */
    public String defendantName(long defendantId) {
        return getLegalCase().getDefendants().stream().filter(d -> d.getId() == defendantId).map(Defendant::getName)
                .findFirst().orElse("");
    }

    /** Why records may not go under the authority today, or null while they may. */
    public String refusal(DisclosureAuthority of) {
        return of.refusal(LocalDate.now());
    }
}
