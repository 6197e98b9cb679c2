package org.secondopinion.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.TabChangeEvent;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.referral.boundary.Matching;
import org.secondopinion.referral.boundary.OpinionForm;
import org.secondopinion.referral.boundary.Opinions;
import org.secondopinion.referral.boundary.ReferralRecords;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.WorkflowStep;
import org.secondopinion.referral.control.RankedCandidate;
import org.secondopinion.referral.entity.Alternative;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.RecordType;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralAddendum;
import org.secondopinion.referral.entity.ReferralFile;
import org.secondopinion.referral.entity.ReferralQuestion;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.web.error.PageNotFound;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code referral/case.xhtml}: one case for the coordinator or its assigned specialist —
 * the request, the records, matching, the opinion, follow-ups, the decision, the history.
 * Each action is one call to a boundary with the version the page loaded.
 */
@Named
@ViewScoped
public class ReferralCase implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ALTERNATIVE_ROWS = 3;

    @Inject
    Referrals referrals;

    @Inject
    ReferralRecords records;

    @Inject
    Matching matching;

    @Inject
    Opinions opinions;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private int activeTab;
    private Long id;
    private String idParam;
    private Referral referral;
    private List<ReferralFile> files = List.of();
    private List<RankedCandidate> candidates = List.of();
    private String reason;
    private String recordSource;
    private Long uploadRecordId;
    private RecordType infoType = RecordType.REPEAT_DIAGNOSTICS;
    private String infoWhat;
    private String offerNote;
    private OpinionForm opinion = new OpinionForm();
    private List<OpinionOutcome> outcomes = new ArrayList<>();
    private PatientDecision decision;
    private String decisionNote;
    private String followUpQuestion;
    private Map<Long, String> followUpAnswers = new HashMap<>();

    /** f:viewAction: loads the case (the boundary refuses a specialist a case not assigned to them). */
    public void load() {
        id = PageNotFound.id(idParam).orElseThrow(() -> PageNotFound.of(messages, "notFound.referral", idParam));
        try {
            show(referrals.open(id));
        } catch (RecordNotFound missing) {
            throw PageNotFound.of(messages, "notFound.referral", idParam);
        }
    }

    private void show(Referral loaded) {
        referral = loaded;
        files = records.files(referral.getId());
        candidates = isCoordinator() && referral.getStatus() == ReferralStatus.READY_FOR_MATCHING
                ? matching.candidates(referral.getId()) : List.of();
        opinion = new OpinionForm();
        outcomes = new ArrayList<>(referral.getOutcomes());
        opinion.setSecondDiagnosisCode(referral.getSecondDiagnosisCode());
        opinion.setSecondDiagnosisText(referral.getSecondDiagnosisText());
        opinion.setRecommendedTreatment(referral.getRecommendedTreatment());
        opinion.setRepeatDiagnostics(referral.getRepeatDiagnostics());
        opinion.setSummary(referral.getOpinionSummary());
        List<OpinionForm.AlternativeForm> rows = new ArrayList<>();
        for (Alternative alternative : referral.getAlternatives()) {
            OpinionForm.AlternativeForm row = new OpinionForm.AlternativeForm();
            row.setTreatment(alternative.getTreatment());
            row.setPros(alternative.getPros());
            row.setCons(alternative.getCons());
            row.setExpectedOutcome(alternative.getExpectedOutcome());
            rows.add(row);
        }
        while (rows.size() < ALTERNATIVE_ROWS) {
            rows.add(new OpinionForm.AlternativeForm());
        }
        opinion.setAlternatives(rows);
        Map<Long, String> answers = new HashMap<>();
        for (ReferralQuestion question : referral.getQuestions()) {
            answers.put(question.getId(), question.getAnswer());
        }
        opinion.setAnswers(answers);
        decision = referral.getDecision();
        decisionNote = referral.getDecisionNote();
        reason = null;
        infoWhat = null;
        followUpQuestion = null;
        followUpAnswers = new HashMap<>();
    }

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

    public void take(String step) {
        show(referrals.take(id, referral.getVersion(), WorkflowStep.valueOf(step), reason));
        messages.info("case.stepDone", referral.getStatus());
    }

    public void markRecord(long recordId, String state) {
        show(referrals.markRecord(id, referral.getVersion(), recordId, RecordState.valueOf(state), LocalDate.now(),
                recordSource, null));
        messages.info("case.recordMarked");
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            ReferralFile file = records.upload(id, uploadRecordId, event.getFile().getFileName(), content);
            files = records.files(id);
            messages.info("case.uploaded", file.getFileName(), file.getSha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void offer(long practitionerId) {
        show(matching.offer(id, referral.getVersion(), practitionerId, offerNote));
        messages.info("case.offered", referral.getSpecialist().displayName());
    }

    public void requestInformation() {
        show(referrals.requestInformation(id, referral.getVersion(), infoType, infoWhat));
        messages.info("case.infoRequested");
    }

    public void saveOpinion() {
        show(opinions.save(id, referral.getVersion(), typedOpinion()));
        List<String> missing = referral.whatStopsDelivery();
        if (missing.isEmpty()) {
            messages.info("case.opinionSaved.ready");
        } else {
            messages.warn("case.opinionSaved.missing", String.join("; ", missing));
        }
    }

    /** The specialist delivers what is on their screen (saved first, in the same transaction); a coordinator
     *  delivers what the specialist saved. */
    public void deliver() {
        show(isOpinionWritable() ? opinions.saveAndDeliver(id, referral.getVersion(), typedOpinion())
                : opinions.deliver(id, referral.getVersion()));
        messages.info("case.delivered");
    }

    private OpinionForm typedOpinion() {
        opinion.setOutcomes(outcomes.isEmpty() ? EnumSet.noneOf(OpinionOutcome.class) : EnumSet.copyOf(outcomes));
        return opinion;
    }

    public void askFollowUp() {
        show(opinions.askFollowUp(id, referral.getVersion(), followUpQuestion));
        messages.info("case.followUpAsked");
    }

    public void answerFollowUp(long addendumId) {
        show(opinions.answerFollowUp(id, referral.getVersion(), addendumId, followUpAnswers.get(addendumId)));
        messages.info("case.followUpAnswered");
    }

    public void recordDecision(boolean close) {
        show(referrals.recordDecision(id, referral.getVersion(), decision, decisionNote, close));
        messages.info(close ? "case.closed" : "case.decisionRecorded");
    }

    // ---- what the page may show ---------------------------------------------------------------------

    public boolean isCoordinator() {
        return security.isCallerInRole(Role.Names.COORDINATOR);
    }

    public boolean isAssignedSpecialist() {
        return referral != null && security.getCallerPrincipal() != null
                && referral.isAssignedTo(security.getCallerPrincipal().getName());
    }

    public boolean can(String status) {
        return referral != null && referral.getStatus().canMoveTo(ReferralStatus.valueOf(status));
    }

    public boolean isStatus(String status) {
        return referral != null && referral.getStatus() == ReferralStatus.valueOf(status);
    }

    public boolean isOpinionWritable() {
        return isAssignedSpecialist() && EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_REVIEW,
                ReferralStatus.INFO_REQUESTED).contains(referral.getStatus());
    }

    public boolean isRecordsComplete() {
        return referral != null && referral.getRecords().stream().noneMatch(r -> r.isOutstanding());
    }

    public boolean isReportAvailable() {
        return referral != null && referral.getDeliveredAt() != null;
    }

    public List<ReferralAddendum> getAddenda() {
        return referral == null ? List.of() : referral.getAddenda();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public Referral getReferral() { return referral; }
    public List<ReferralFile> getFiles() { return files; }
    public List<RankedCandidate> getCandidates() { return candidates; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRecordSource() { return recordSource; }
    public void setRecordSource(String recordSource) { this.recordSource = recordSource; }
    public Long getUploadRecordId() { return uploadRecordId; }
    public void setUploadRecordId(Long uploadRecordId) { this.uploadRecordId = uploadRecordId; }
    public RecordType getInfoType() { return infoType; }
    public void setInfoType(RecordType infoType) { this.infoType = infoType; }
    public String getInfoWhat() { return infoWhat; }
    public void setInfoWhat(String infoWhat) { this.infoWhat = infoWhat; }
    public String getOfferNote() { return offerNote; }
    public void setOfferNote(String offerNote) { this.offerNote = offerNote; }
    public OpinionForm getOpinion() { return opinion; }
    public List<OpinionOutcome> getOutcomes() { return outcomes; }
    public void setOutcomes(List<OpinionOutcome> outcomes) { this.outcomes = outcomes == null ? new ArrayList<>() : outcomes; }
    public PatientDecision getDecision() { return decision; }
    public void setDecision(PatientDecision decision) { this.decision = decision; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public String getFollowUpQuestion() { return followUpQuestion; }
    public void setFollowUpQuestion(String followUpQuestion) { this.followUpQuestion = followUpQuestion; }
    public Map<Long, String> getFollowUpAnswers() { return followUpAnswers; }
    public OpinionOutcome[] getAllOutcomes() { return OpinionOutcome.values(); }
    public PatientDecision[] getAllDecisions() { return PatientDecision.values(); }
    public RecordType[] getRecordTypes() { return RecordType.values(); }
}
