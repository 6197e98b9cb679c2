package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.secondopinion.legal.boundary.AuthorityForm;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.legal.boundary.Productions;
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
import org.secondopinion.legal.entity.Production;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/case.xhtml?id=}: one case file behind the firm's wall: its details with the defendants' answers and
 * the tolling events; each defendant's deadlines with the reminders sent; the documents with legal holds; the
 * authorities to disclose, the productions with their Bates numbers and the disclosure records; the chain of
 * custody.
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

    private Long id;
    private LegalCase legalCase;
    private List<AnswerRow> answers;
    private List<Deadlines.DefendantDeadlines> deadlineList;
    private List<DeadlineReminder> reminders;
    private List<LegalDocument> documentList;
    private List<LegalHold> holds;
    private List<DisclosureAuthority> authorities;
    private List<Production> productionList;
    private List<DisclosureRecord> disclosures;
    private List<CustodyEntry> custody;

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

    /** f:viewAction: loads the case named in the address (the wall refuses another firm's). */
    public void load() {
        show();
        authority = new AuthorityForm();
        authority.setSignedOn(LocalDate.now());
    }

    private void show() {
        legalCase = cases.find(id);
        answers = legalCase.getDefendants().stream().map(AnswerRow::new).toList();
        deadlineList = deadlines.forCase(id);
        reminders = deadlines.reminders(id);
        documentList = documents.list(id);
        holds = documents.holds(id);
        authorities = productions.authorities(id);
        productionList = productions.productions(id);
        disclosures = productions.disclosures(id);
        custody = documents.custodyLog(id);
        if (produceAuthorityId == null || authorities.stream().noneMatch(a -> a.getId().equals(produceAuthorityId))) {
            LocalDate today = LocalDate.now();
            produceAuthorityId = authorities.stream().filter(a -> a.refusal(today) == null).findFirst()
                    .map(DisclosureAuthority::getId).orElse(null);
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

    public String getNotLegalAdvice() { return Deadlines.NOT_LEGAL_ADVICE; }
    public DocumentLabel[] getLabels() { return DocumentLabel.values(); }
    public AuthorityKind[] getAuthorityKinds() { return AuthorityKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
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
