package org.secondopinion.estimate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.control.EstimateIssue;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;
import org.secondopinion.estimate.control.GoodFaithEstimatePdf;
import org.secondopinion.estimate.control.PatientEstimatePdf;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateStatus;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Signature;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Issuing estimates (BILLING): a draft is recalculated, locked and its earlier issued versions superseded; a
 * self-pay estimate becomes a Good Faith Estimate PDF with its due date, an insured one the patient's estimate PDF,
 * stored with its hash and re-hashed when downloaded; an issued estimate changes only as a new version.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class EstimateIssues {

    private static final String RECORD_TYPE = EstimateDrafts.RECORD_TYPE;
    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    FileStore store;

    @Inject
    HealthPlans plans;

    @Resource
    SessionContext session;

    /** How patients reach the billing office, printed on every Good Faith Estimate. */
    @Inject
    @ConfigProperty(name = "secondopinion.billing.contact", defaultValue = "Billing office: call the number on"
            + " your appointment letter. Ask us for the separate Good Faith Estimates of the items listed as"
            + " scheduled separately; the provider or facility that schedules them sends them.")
    String contact;

    @Inject
    Letterhead letterhead;

    /**
     * Issues a draft: recalculated, locked, earlier issued versions superseded; a self-pay estimate becomes a
     * Good Faith Estimate PDF, stored with its hash, with its due date from the scheduling date.
     */
    public CostEstimate issue(long id, long version) {
        CostEstimate estimate = EstimateDrafts.draft(em, id, version);
        EstimateDrafts.recalculate(estimate, plans, clock);
        GoodFaithEstimateDeadline deadline = estimate.isSelfPay()
                ? GoodFaithEstimateDeadline.of(estimate.getScheduledOn(), estimate.getServiceDate()) : null;
        estimate.issue(caller(), Instant.now(clock), deadline == null ? null : deadline.dueBy());
        for (CostEstimate other : em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", estimate.getEstimateNumber()).getResultList()) {
            if (other.getRevision() < estimate.getRevision()) {
                other.supersededBy(estimate);
            }
        }
        EstimateIssue issue = new EstimateIssue(estimate.getPatientMrn(), signature(estimate.getIssuedBy()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String textSha256 = estimate.isSelfPay()
                ? new GoodFaithEstimatePdf(letterhead).write(GoodFaithEstimates.document(estimate, deadline,
                LocalDate.now(clock), contact), issue, pdf)
                : new PatientEstimatePdf(letterhead).write(patientEstimate(estimate, LocalDate.now(clock)), issue, pdf);
        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf.toByteArray()), MAX_DOCUMENT_BYTES,
                FileType.PDF);
        estimate.document(stored.key(), stored.sha256());
        EstimateDrafts.touch(em, estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "issued estimate " + estimate.reference() + " (locked); "
                + (deadline == null ? "estimate PDF" : "Good Faith Estimate") + " SHA-256 "
                + estimate.getDocumentSha256() + ", SHA-256 of its text (in its footer) " + textSha256
                + (deadline == null ? "" : "; " + deadline.rule()));
        return estimate;
    }

    /** A new draft version of an issued estimate, to change and issue in its place. */
    public CostEstimate revise(long id) {
        CostEstimate issued = EstimateDrafts.find(em, id);
        List<CostEstimate> versions = em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", issued.getEstimateNumber()).getResultList();
        CostEstimate latest = versions.get(versions.size() - 1);
        if (latest.isDraft()) {
            throw new RuleViolation("status", "Estimate " + latest.reference() + " is already being revised.");
        }
        if (latest != issued) {
            throw new RuleViolation("status", "Revise the latest version, " + latest.reference() + ".");
        }
        CostEstimate next = issued.nextVersion(caller(), Instant.now(clock));
        em.persist(next);
        EstimateDrafts.recalculate(next, plans, clock);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, next.getId(), "new version " + next.reference() + " of "
                + issued.reference());
        return next;
    }

    /**
     * The issued estimate's PDF (a Good Faith Estimate for a self-pay patient, the patient's estimate otherwise),
     * re-hashed on the way out (a changed file is refused and audited).
     */
    public Download document(long id) {
        CostEstimate estimate = EstimateDrafts.find(em, id);
        if (estimate.getDocumentKey() == null) {
            throw new RuleViolation("status", "Estimate " + estimate.reference()
                    + " has no PDF yet: it is written when the estimate is issued.");
        }
        InputStream content;
        try {
            content = store.open(estimate.getDocumentKey(), estimate.getDocumentSha256());
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(RECORD_TYPE, id, "PDF of " + estimate.reference()
                    + " no longer matches its SHA-256; withheld");
            throw new RuleViolation("document", "The stored PDF of " + estimate.reference()
                    + " has changed since it was issued and is withheld. Tell the security officer.");
        }
        audit.record(AuditAction.EXPORT, RECORD_TYPE, id, "downloaded the PDF of " + estimate.reference()
                + ", SHA-256 " + estimate.getDocumentSha256());
        return new Download(String.format("%s-%06d-v%d.pdf", estimate.isSelfPay() ? "good-faith-estimate"
                : "estimate", estimate.getEstimateNumber(),
                estimate.getRevision()), FileType.PDF.mediaType(), store.sizeOf(estimate.getDocumentKey()),
                estimate.getDocumentSha256(), content);
    }

    /**
     * An issued estimate, to export as a Good Faith Estimate bundle for another system (Da Vinci Patient Cost
     * Transparency); audited as an export, like its PDF. A draft has nothing to export yet, and a superseded
     * version was replaced by a later one: both are refused.
     */
    public CostEstimate forGoodFaithEstimateBundle(long id) {
        CostEstimate estimate = EstimateDrafts.find(em, id);
        if (estimate.getStatus() != EstimateStatus.ISSUED) {
            throw new RuleViolation("status", "Estimate " + estimate.reference() + " is "
                    + estimate.getStatus().name().toLowerCase() + ": only an issued estimate is exported as a Good"
                    + " Faith Estimate bundle" + (estimate.isDraft() ? "; issue it first." : "; export the latest version."));
        }
        audit.record(AuditAction.EXPORT, RECORD_TYPE, id, "exported " + estimate.reference()
                + " as a Good Faith Estimate bundle (FHIR)");
        return estimate;
    }

    /**
     * The billing staff member who issues an estimate signs it: their full name from their account. Accounts keep no
     * credentials, so the block names their office at the hospital.
     */
    private Signature signature(String username) {
        String name = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username)).getResultStream()
                .map(UserAccount::getFullName).filter(full -> full != null && !full.isBlank()).findFirst()
                .orElse(username);
        return new Signature(name, "Billing office, " + letterhead.name(), LocalDate.now(clock));
    }

    /** What an insured patient's estimate PDF shows, from the results the lines keep. */
    private static PatientEstimatePdf.Contents patientEstimate(CostEstimate estimate, LocalDate issuedOn) {
        EstimateSheet sheet = EstimateSheet.of(estimate);
        var coverage = estimate.getCoverage();
        String met = "deductible " + coverage.getIndividualDeductibleMet() + (coverage.getTier().name().equals("FAMILY")
                ? " (family " + coverage.getFamilyDeductibleMet() + ")" : "") + ", out of pocket "
                + coverage.getIndividualOutOfPocketMet() + (coverage.getTier().name().equals("FAMILY")
                ? " (family " + coverage.getFamilyOutOfPocketMet() + ")" : "") + ", as of " + coverage.getMetAsOf();
        List<PatientEstimatePdf.Option> options = new ArrayList<>();
        for (EstimateSheet.OptionTotal option : sheet.options()) {
            options.add(new PatientEstimatePdf.Option(option.name(), option.workup(), option.patientOwes(),
                    option.low(), option.high(), option.planPays(), option.withWorkup(), option.lines().stream()
                    .map(line -> new PatientEstimatePdf.Line(line.getServiceDate(), line.getProviderName(),
                            line.getCode() + (line.getModifiers() == null ? "" : "-" + line.getModifiers()),
                            line.getDescription(), line.getUnits(), line.getPatientOwes())).toList()));
        }
        return new PatientEstimatePdf.Contents(estimate.reference(), issuedOn, estimate.getPatientName(),
                estimate.getPatientBirthDate(), coverage.getPlan().displayName() + (coverage.getMemberId() == null
                ? "" : ", member " + coverage.getMemberId()), met, estimate.getPrimaryService(),
                estimate.getServiceDate(), options, new PatientEstimatePdf.Overall(sheet.total().basis(),
                sheet.total().patientOwes(), sheet.total().low(), sheet.total().high(), sheet.total().planPays()),
                sheet.disclaimers());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
