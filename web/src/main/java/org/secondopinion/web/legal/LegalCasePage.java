package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.TabChangeEvent;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.web.error.PageNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.legal.boundary.AuthorityForm;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.legal.boundary.OpinionForm;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.boundary.ProposalForm;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.LicenceStatus;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.AuthorityKind;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.legal.entity.OpinionStatus;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.web.shell.Formats;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/case.xhtml?id=}: one case file behind the firm's wall: its details with the defendants' answers and
 * the tolling events; each defendant's deadlines with the reminders sent; the documents with legal holds; the
 * authorities to disclose, the productions with their Bates numbers and the disclosure records; the chain of
 * custody; the independent reviewer, from candidates and the conflict check through engagement, time and invoices
 * to the opinion. The case's assigned reviewer (a SPECIALIST) sees the details, the documents and the reviewer tab
 * only, where they sign the attestation, log time and write the opinion; nothing the boundaries would refuse them
 * is offered.
 */
@Named
@ViewScoped
public class LegalCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCases cases;

    @Inject
    Deadlines deadlines;

    @Inject
    CaseDocuments documents;

    @Inject
    Productions productions;

    @Inject
    Reviews reviews;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    @Inject
    Formats formats;

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
    private LegalCase legalCase;
    private List<AnswerRow> answers;
    private List<Deadlines.DefendantDeadlines> deadlineList = List.of();
    private List<DeadlineReminder> reminders = List.of();
    private List<LegalDocument> documentList;
    private List<LegalHold> holds = List.of();
    private List<DisclosureAuthority> authorities = List.of();
    private List<Production> productionList = List.of();
    private List<DisclosureRecord> disclosures = List.of();
    private List<CustodyEntry> custody = List.of();
    private boolean firmSide;
    private boolean reviewer;
    private List<Reviews.Candidate> candidates = List.of();
    private List<ReviewerAssignment> assignments = List.of();
    private ReviewerAssignment activeAssignment;
    private List<ReviewOpinion> opinions = List.of();

    private LocalDate tollFrom;
    private LocalDate tollTo;
    private Long tollDefendantId;
    private String tollReason;
    private DocumentLabel[] uploadLabels = {DocumentLabel.MEDICAL_RECORD};
    private String uploadSource;
    private String deleteReason;
    private String holdReason;
    private AuthorityForm authority;
    private DocumentLabel[] authorityScope = {};
    private Long produceAuthorityId;
    private Long[] produceDocumentIds = {};
    private String purpose;
    private String recipientAddress;
    private ProposalForm proposal;
    private BigDecimal hourlyRate;
    private BigDecimal retainer;
    private BigDecimal budgetCap;
    private String attestationText;
    private LocalDate workDate;
    private BigDecimal hours;
    private String workDescription;
    private OpinionForm opinion;

    /** f:viewAction: loads the case named in the address (the wall refuses another firm's). */
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

    public void load() {
        firmSide = security.isCallerInRole(Role.Names.LEGAL) || security.isCallerInRole(Role.Names.COORDINATOR);
        reviewer = !firmSide && security.isCallerInRole(Role.Names.SPECIALIST);
        id = PageNotFound.id(idParam).orElseThrow(() -> PageNotFound.of(messages, "notFound.legalCase", idParam));
        try {
            show();
        } catch (RecordNotFound | AccessRefused notTheCallers) {
            // the wall has audited the refusal; another firm's case must look exactly like a missing one
            throw PageNotFound.of(messages, "notFound.legalCase", idParam);
        }
        authority = new AuthorityForm();
        authority.setSignedOn(LocalDate.now());
        proposal = new ProposalForm();
        attestationText = messages.text("legal.reviewer.attestationText");
        workDate = LocalDate.now();
        termsFromAssignment();
        opinionFromLatest();
    }

    private void show() {
        legalCase = cases.find(id);
        answers = legalCase.getDefendants().stream().map(AnswerRow::new).toList();
        documentList = documents.list(id);
        assignments = reviews.assignments(id);
        opinions = reviews.opinions(id);
        if (reviewer) {
            // the reviewer's own assignment only: the others proposed for the case are the firm's business
            String caller = security.getCallerPrincipal().getName();
            assignments = assignments.stream().filter(a -> caller.equals(a.getReviewerUsername())).toList();
        }
        activeAssignment = assignments.stream().filter(ReviewerAssignment::isActive).findFirst().orElse(null);
        if (!firmSide) {
            return;
        }
        deadlineList = deadlines.forCase(id);
        reminders = deadlines.reminders(id);
        holds = documents.holds(id);
        authorities = productions.authorities(id);
        productionList = productions.productions(id);
        disclosures = productions.disclosures(id);
        custody = documents.custodyLog(id);
        candidates = reviews.candidates(id);
        if (produceAuthorityId == null || authorities.stream().noneMatch(a -> a.getId().equals(produceAuthorityId))) {
            LocalDate today = LocalDate.now();
            produceAuthorityId = authorities.stream().filter(a -> a.refusal(today) == null).findFirst()
                    .map(DisclosureAuthority::getId).orElse(null);
        }
    }

    /** The engagement form shows the terms agreed so far. */
    private void termsFromAssignment() {
        hourlyRate = activeAssignment == null ? null : activeAssignment.getHourlyRate();
        retainer = activeAssignment == null ? null : activeAssignment.getRetainer();
        budgetCap = activeAssignment == null ? null : activeAssignment.getBudgetCap();
    }

    /** The editor holds the latest draft (or an empty first one); a final version is shown, not edited. */
    private void opinionFromLatest() {
        opinion = new OpinionForm();
        ReviewOpinion latest = getLatestOpinion();
        if (latest != null) {
            opinion.setVersion(latest.getVersion());
            opinion.setStandardOfCare(latest.getStandardOfCare());
            opinion.setBreach(latest.getBreach());
            opinion.setShouldHaveDone(latest.getShouldHaveDone());
            opinion.setCausation(latest.getCausation());
            opinion.setDamages(latest.getDamages());
            opinion.setMaterials(latest.getMaterials());
            opinion.setQualifications(latest.getQualifications());
        }
    }

    public void answered(AnswerRow row) {
        cases.answered(id, legalCase.getVersion(), row.getDefendant().getId(), row.getAnsweredOn());
        messages.info("legal.answered", row.getDefendant().getName(), row.getAnsweredOn());
        show();
    }

    public void toll() {
        if (blank(tollReason)) {
            messages.error("legal.tollReasonRequired");
            return;
        }
        cases.toll(id, legalCase.getVersion(), tollDefendantId, tollFrom, tollTo, tollReason);
        messages.info("legal.tolled", tollFrom, tollTo);
        tollFrom = null;
        tollTo = null;
        tollDefendantId = null;
        tollReason = null;
        show();
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            LegalDocument received = documents.receive(id, event.getFile().getFileName(), labelSet(uploadLabels),
                    uploadSource, content);
            messages.info("legal.documentReceived", received.getFileName(), received.getSha256());
            show();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long documentId) {
        if (blank(deleteReason)) {
            messages.error("legal.deleteReasonRequired");
            return;
        }
        documents.delete(documentId, deleteReason);
        messages.info("legal.deleted");
        deleteReason = null;
        show();
    }

    public void placeHold() {
        if (blank(holdReason)) {
            messages.error("legal.holdReasonRequired");
            return;
        }
        documents.placeHold(id, holdReason);
        messages.info("legal.holdPlaced");
        holdReason = null;
        show();
    }

    public void releaseHold(long holdId) {
        documents.releaseHold(id, holdId);
        messages.info("legal.holdReleased");
        show();
    }

    public void recordAuthority() {
        authority.setScope(labelSet(authorityScope));
        DisclosureAuthority recorded = productions.recordAuthority(id, authority);
        messages.info("legal.authorityRecorded", recorded.describe());
        authority = new AuthorityForm();
        authority.setSignedOn(LocalDate.now());
        authorityScope = new DocumentLabel[0];
        if (recorded.refusal(LocalDate.now()) == null) {
            produceAuthorityId = recorded.getId();
        }
        show();
    }

    public void revoke(long authorityId) {
        DisclosureAuthority revoked = productions.revoke(id, authorityId, null);
        messages.info("legal.authorityRevoked", revoked.describe());
        show();
    }

    public void produce() {
        List<Long> chosen = produceDocumentIds == null ? List.of() : Arrays.asList(produceDocumentIds);
        Production produced = productions.produce(id, produceAuthorityId, chosen, purpose, recipientAddress);
        messages.info("legal.produced", bates(produced.getBatesPrefix(), produced.getBatesFirst(),
                produced.getBatesLast()), produced.getRecipient());
        produceDocumentIds = new Long[0];
        purpose = null;
        recipientAddress = null;
        show();
    }

    // ---- the reviewer: the firm's side ----------------------------------------------------------------------

    public void addTie() {
        proposal.getDeclaredTies().add(new ProposalForm.Tie());
    }

    public void removeTie(int index) {
        if (index >= 0 && index < proposal.getDeclaredTies().size()) {
            proposal.getDeclaredTies().remove(index);
        }
    }

    /** Proposes the chosen candidate at the case version on the page; the conflict check decides what follows. */
    public void propose() {
        ReviewerAssignment proposed = reviews.propose(id, legalCase.getVersion(), proposal);
        String name = reviewerName(proposed);
        if (proposed.getStatus() == AssignmentStatus.ASSIGNED) {
            messages.info("legal.reviewer.assigned", name);
        } else {
            messages.warn("legal.reviewer.waiverRequested", name);
        }
        proposal = new ProposalForm();
        show();
        termsFromAssignment();
    }

    public void approveWaiver(long assignmentId) {
        ReviewerAssignment approved = reviews.approveWaiver(id, assignmentId);
        messages.info("legal.reviewer.waiverApproved", reviewerName(approved));
        show();
        termsFromAssignment();
    }

    public void withdraw(long assignmentId) {
        ReviewerAssignment withdrawn = reviews.withdraw(id, assignmentId);
        messages.info("legal.reviewer.withdrawn", reviewerName(withdrawn));
        show();
        termsFromAssignment();
    }

    public void engage() {
        ReviewerAssignment engaged = reviews.engage(id, hourlyRate, retainer, budgetCap);
        messages.info("legal.reviewer.engaged", reviewerName(engaged));
        show();
        termsFromAssignment();
    }

    public void invoice() {
        ReviewInvoice invoice = reviews.invoice(id);
        messages.info("legal.reviewer.invoiceIssued", invoice.getHours(), formats.money(invoice.getFees()),
                formats.money(invoice.getAmountDue()));
        show();
    }

    // ---- the reviewer: their own work ----------------------------------------------------------------------

    public void attest() {
        reviews.attest(id, attestationText);
        messages.info("legal.reviewer.attested");
        show();
    }

    public void logTime() {
        reviews.logTime(id, workDate, hours, workDescription);
        messages.info("legal.reviewer.timeLogged", hours);
        workDate = LocalDate.now();
        hours = null;
        workDescription = null;
        show();
    }

    public void saveDraft() {
        ReviewOpinion saved = reviews.writeOpinion(id, opinion);
        messages.info("legal.opinion.saved", saved.getRevision());
        missingSections(saved);
        show();
        opinionFromLatest();
    }

    /** Saves the draft as typed, then makes it final when no section is missing, else names each one missing. */
    public void makeFinal() {
        ReviewOpinion saved = reviews.writeOpinion(id, opinion);
        if (missingSections(saved)) {
            messages.error("legal.opinion.notFinal", saved.getRevision());
        } else {
            ReviewOpinion done = reviews.finalise(id, saved.getVersion());
            messages.info("legal.opinion.final", done.getRevision(), done.getContentSha256());
        }
        show();
        opinionFromLatest();
    }

    public void newVersion() {
        ReviewOpinion next = reviews.reviseOpinion(id);
        messages.info("legal.opinion.newVersion", next.getRevision());
        show();
        opinionFromLatest();
    }

    private boolean missingSections(ReviewOpinion saved) {
        List<String> missing = saved.missing();
        missing.forEach(section -> messages.warn("legal.opinion.missing", section));
        return !missing.isEmpty();
    }

    /** The reviewer's name as the directory gives it (the firm sees the candidates), else their user name. */
    public String reviewerName(ReviewerAssignment assignment) {
        Map<Long, String> names = candidates.stream()
                .collect(Collectors.toMap(Reviews.Candidate::practitionerId, Reviews.Candidate::name, (a, b) -> a));
        String name = names.get(assignment.getPractitionerId());
        return name != null ? name : assignment.getReviewerUsername();
    }

    /** Stored one per line (conflicts, gaps), shown as a list. */
    public List<String> lines(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    /** Whether the caller may approve the waiver: someone other than the person who asked for it. */
    public boolean mayApprove(ReviewerAssignment assignment) {
        return firmSide && assignment.getStatus() == AssignmentStatus.WAIVER_PENDING
                && !assignment.getProposedBy().equals(security.getCallerPrincipal().getName());
    }

    /** The newest version of the opinion, or null before the first draft. */
    public ReviewOpinion getLatestOpinion() {
        return opinions.isEmpty() ? null : opinions.get(0);
    }

    /** Whether the reviewer can write now: assigned, attested, and the newest version (if any) a draft. */
    public boolean isOpinionEditable() {
        ReviewOpinion latest = getLatestOpinion();
        return reviewer && isAssigned() && activeAssignment.getAttestedAt() != null
                && (latest == null || latest.getStatus() == OpinionStatus.DRAFT);
    }

    public boolean isAssigned() {
        return activeAssignment != null && activeAssignment.getStatus() == AssignmentStatus.ASSIGNED;
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
        return legalCase.getDefendants().stream().filter(d -> d.getId() == defendantId).map(Defendant::getName)
                .findFirst().orElse("");
    }

    /** Why records may not go under the authority today, or null while they may. */
    public String refusal(DisclosureAuthority of) {
        return of.refusal(LocalDate.now());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Set<DocumentLabel> labelSet(DocumentLabel[] labels) {
        return labels == null || labels.length == 0 ? EnumSet.noneOf(DocumentLabel.class)
                : EnumSet.copyOf(Arrays.asList(labels));
    }

    public boolean isFirmSide() { return firmSide; }
    public boolean isReviewer() { return reviewer; }
    public List<Reviews.Candidate> getCandidates() { return candidates; }
    public List<ReviewerAssignment> getAssignments() { return assignments; }
    public ReviewerAssignment getActiveAssignment() { return activeAssignment; }
    public List<ReviewOpinion> getOpinions() { return opinions; }
    public LicenceStatus[] getLicences() { return LicenceStatus.values(); }
    public DeclaredTie.Kind[] getTieKinds() { return DeclaredTie.Kind.values(); }
    public ProposalForm getProposal() { return proposal; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public BigDecimal getRetainer() { return retainer; }
    public void setRetainer(BigDecimal retainer) { this.retainer = retainer; }
    public BigDecimal getBudgetCap() { return budgetCap; }
    public void setBudgetCap(BigDecimal budgetCap) { this.budgetCap = budgetCap; }
    public String getAttestationText() { return attestationText; }
    public void setAttestationText(String attestationText) { this.attestationText = attestationText; }
    public LocalDate getWorkDate() { return workDate; }
    public void setWorkDate(LocalDate workDate) { this.workDate = workDate; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public String getWorkDescription() { return workDescription; }
    public void setWorkDescription(String workDescription) { this.workDescription = workDescription; }
    public OpinionForm getOpinion() { return opinion; }
    public String getNotLegalAdvice() { return Deadlines.NOT_LEGAL_ADVICE; }
    public DocumentLabel[] getLabels() { return DocumentLabel.values(); }
    public AuthorityKind[] getAuthorityKinds() { return AuthorityKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public LegalCase getLegalCase() { return legalCase; }
    public List<AnswerRow> getAnswers() { return answers; }
    public List<Deadlines.DefendantDeadlines> getDeadlineList() { return deadlineList; }
    public List<DeadlineReminder> getReminders() { return reminders; }
    public List<LegalDocument> getDocumentList() { return documentList; }
    public List<LegalHold> getHolds() { return holds; }
    public List<DisclosureAuthority> getAuthorities() { return authorities; }
    public List<Production> getProductionList() { return productionList; }
    public List<DisclosureRecord> getDisclosures() { return disclosures; }
    public List<CustodyEntry> getCustody() { return custody; }
    public LocalDate getTollFrom() { return tollFrom; }
    public void setTollFrom(LocalDate tollFrom) { this.tollFrom = tollFrom; }
    public LocalDate getTollTo() { return tollTo; }
    public void setTollTo(LocalDate tollTo) { this.tollTo = tollTo; }
    public Long getTollDefendantId() { return tollDefendantId; }
    public void setTollDefendantId(Long tollDefendantId) { this.tollDefendantId = tollDefendantId; }
    public String getTollReason() { return tollReason; }
    public void setTollReason(String tollReason) { this.tollReason = tollReason; }
    public DocumentLabel[] getUploadLabels() { return uploadLabels; }
    public void setUploadLabels(DocumentLabel[] uploadLabels) { this.uploadLabels = uploadLabels; }
    public String getUploadSource() { return uploadSource; }
    public void setUploadSource(String uploadSource) { this.uploadSource = uploadSource; }
    public String getDeleteReason() { return deleteReason; }
    public void setDeleteReason(String deleteReason) { this.deleteReason = deleteReason; }
    public String getHoldReason() { return holdReason; }
    public void setHoldReason(String holdReason) { this.holdReason = holdReason; }
    public AuthorityForm getAuthority() { return authority; }
    public DocumentLabel[] getAuthorityScope() { return authorityScope; }
    public void setAuthorityScope(DocumentLabel[] authorityScope) { this.authorityScope = authorityScope; }
    public Long getProduceAuthorityId() { return produceAuthorityId; }
    public void setProduceAuthorityId(Long produceAuthorityId) { this.produceAuthorityId = produceAuthorityId; }
    public Long[] getProduceDocumentIds() { return produceDocumentIds; }
    public void setProduceDocumentIds(Long[] produceDocumentIds) { this.produceDocumentIds = produceDocumentIds; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRecipientAddress() { return recipientAddress; }
    public void setRecipientAddress(String recipientAddress) { this.recipientAddress = recipientAddress; }
}
