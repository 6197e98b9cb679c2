package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.control.OpinionReport;
import org.secondopinion.referral.entity.Alternative;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralAddendum;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * The written opinion: the assigned specialist writes it and answers every question; it is
 * delivered only when nothing is missing; the report is a PDF; follow-up questions are
 * answered as an addendum.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
public class Opinions {

    private static final long MAX_REPORT_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.zone", defaultValue = "UTC")
    String zone;

    @Inject
    Letterhead letterhead;

    @Inject
    FileStore store;

    /** Saves the draft opinion and the answers (assigned specialist only). */
    @RolesAllowed(Role.Names.SPECIALIST)
    public Referral save(long referralId, long version, @NotNull @Valid OpinionForm form) {
        Referral referral = access.changeAsAssignedSpecialist(referralId, version);
        write(referral, form);
        Referrals.loadParts(referral);
        return referral;
    }

    private void write(Referral referral, OpinionForm form) {
        List<Alternative> alternatives = form.getAlternatives().stream()
                .filter(a -> a.getTreatment() != null && !a.getTreatment().isBlank())
                .map(a -> new Alternative(a.getTreatment(), a.getPros(), a.getCons(), a.getExpectedOutcome())).toList();
        referral.writeOpinion(form.getOutcomes(), form.getSecondDiagnosisCode(), form.getSecondDiagnosisText(),
                form.getRecommendedTreatment(), form.getRepeatDiagnostics(), form.getSummary(), alternatives);
        for (Map.Entry<Long, String> answer : form.getAnswers().entrySet()) {
            if (answer.getValue() != null && answer.getValue().length() > 4000) {
                throw new RuleViolation("answers", "An answer is at most 4000 characters.");
            }
            referral.answer(answer.getKey(), answer.getValue());
        }
        em.flush();
        long unanswered = referral.getQuestions().stream().filter(q -> !q.isAnswered()).count();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, referral.getId(), "opinion saved; outcome "
                + referral.getOutcomes() + "; " + unanswered + " questions unanswered");
    }

    /**
     * The specialist's "Deliver opinion": what is on their screen is saved first and then delivered, in one
     * transaction and under one version check, so nothing typed is lost and a refused delivery keeps nothing
     * half-written.
     */
    @RolesAllowed(Role.Names.SPECIALIST)
    public Referral saveAndDeliver(long referralId, long version, @NotNull @Valid OpinionForm form) {
        Referral referral = access.changeAsAssignedSpecialist(referralId, version);
        write(referral, form);
        return deliver(referral);
    }

    /** Delivers the opinion: refused while anything is missing, above all an unanswered question. */
    public Referral deliver(long referralId, long version) {
        Referral referral = access.callerIsCoordinator() ? access.change(referralId, version)
                : access.changeAsAssignedSpecialist(referralId, version);
        return deliver(referral);
    }

    private Referral deliver(Referral referral) {
        Referrals.loadParts(referral);
        Instant now = Instant.now(clock);
        referral.deliver(access.caller(), now);
        issue(referral, now, "opinion delivered");
        return referral;
    }

    /**
     * Draws the report, stores it and seals the case with its hash: every copy given out afterwards is this file,
     * byte for byte (a drawing carries its own creation time and file id, so two drawings never match).
     */
    private void issue(Referral referral, Instant at, String why) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String textSha256 = report().write(referral, at, pdf);
        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf.toByteArray()), MAX_REPORT_BYTES,
                FileType.PDF);
        referral.sealReport(stored.sha256(), stored.key());
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, referral.getId(), why + "; report SHA-256 "
                + referral.getReportSha256() + "; SHA-256 of its text (in its footer) " + textSha256);
    }

    /** The report as a PDF, for the coordinator or the assigned specialist; audited as an export. */
    public byte[] reportPdf(long referralId) {
        Referral referral = access.open(referralId);
        byte[] pdf = issued(referral);
        audit.record(AuditAction.EXPORT, CaseAccess.RECORD_TYPE, referralId, "opinion report PDF, " + pdf.length
                + " bytes, SHA-256 " + referral.getReportSha256());
        return pdf;
    }

    /** The size and SHA-1 of the issued report, as FHIR's Attachment states them; not audited (no content). */
    public ReportFacts reportFacts(long referralId) {
        byte[] pdf = issued(access.open(referralId));
        try {
            return new ReportFacts(pdf.length, MessageDigest.getInstance("SHA-1").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The size in bytes and the SHA-1 of an issued report. */
    public record ReportFacts(long size, byte[] sha1) {
    }

    private byte[] issued(Referral referral) {
        if (referral.getDeliveredAt() == null) {
            throw new RuleViolation("report", "The report exists once the opinion is delivered.");
        }
        if (referral.getReportKey() == null) {
            // delivered before reports were kept: issued now, once
            Referrals.loadParts(referral);
            issue(referral, Instant.now(clock), "report of an earlier delivery stored");
        }
        try (InputStream in = store.open(referral.getReportKey(), referral.getReportSha256())) {
            return in.readAllBytes();
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(CaseAccess.RECORD_TYPE, referral.getId(), "opinion report of " + referral.reference()
                    + " no longer matches its SHA-256; withheld");
            throw new RuleViolation("report", "The stored report of " + referral.reference()
                    + " has changed since it was issued and is withheld. Tell the security officer.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored report of " + referral.reference(), e);
        }
    }

    /** The patient asks a follow-up question after delivery (the coordinator takes it down). */
    @RolesAllowed(Role.Names.COORDINATOR)
    public Referral askFollowUp(long referralId, long version, @Size(max = 2000, message = "Question is at most 2000 characters.") @PlainText(value = "Question", multiLine = true) String question) {
        Referral referral = access.changeAsCoordinator(referralId, version);
        ReferralAddendum addendum = referral.askFollowUp(question, Instant.now(clock));
        em.flush();
        audit.record(AuditAction.CREATE, CaseAccess.RECORD_TYPE, referralId, "follow-up question " + addendum.getId());
        Referrals.loadParts(referral);
        return referral;
    }

    @RolesAllowed(Role.Names.SPECIALIST)
    public Referral answerFollowUp(long referralId, long version, long addendumId, @Size(max = 4000, message = "Answer is at most 4000 characters.") @PlainText(value = "Answer", multiLine = true) String answer) {
        Referral referral = access.changeAsAssignedSpecialist(referralId, version);
        if (referral.getStatus() != ReferralStatus.OPINION_DELIVERED
                && referral.getStatus() != ReferralStatus.DECISION_RECORDED) {
            throw new RuleViolation("answer", "Follow-up answers are added after delivery.");
        }
        referral.answerFollowUp(addendumId, answer, access.caller(), Instant.now(clock));
        em.flush();
        Referrals.loadParts(referral);
        issue(referral, Instant.now(clock), "report issued again with the addendum");
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, referralId, "follow-up " + addendumId
                + " answered (addendum)");
        Referrals.loadParts(referral);
        return referral;
    }

    private OpinionReport report() {
        return new OpinionReport(ZoneId.of(zone), letterhead);
    }

}
