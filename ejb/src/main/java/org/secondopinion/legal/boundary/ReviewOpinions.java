package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.legal.control.ReviewOpinionPdf;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * The assigned reviewer's opinion on a case: written as a draft, made final (locked with the hash of its content,
 * its PDF stored with its own SHA-256), revised in new versions; the firm and the reviewer read the versions and
 * download a final one's PDF, re-hashed on the way out.
 */
@Stateless
@RolesAllowed(Role.Names.SPECIALIST)
public class ReviewOpinions {

    static final String OPINION = "ReviewOpinion";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    Letterhead letterhead;

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<ReviewOpinion> opinions(long caseId) {
        wall.open(caseId);
        return ReviewerAssignments.opinions(em, caseId);
    }

    /** Writes the reviewer's draft (the first one opens it); a final version is locked. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion writeOpinion(long caseId, @NotNull @Valid OpinionForm form) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.own(em, wall.caller(), legalCase);
        if (assignment.getAttestedAt() == null) {
            throw new RuleViolation("attestation", "Sign the conflict attestation before writing the opinion.");
        }
        List<ReviewOpinion> versions = opinions(caseId);
        ReviewOpinion opinion;
        if (versions.isEmpty()) {
            opinion = new ReviewOpinion(legalCase, assignment, 1, wall.caller(), Instant.now(clock));
            em.persist(opinion);
        } else {
            opinion = versions.get(0);
            if (opinion.getVersion() != form.getVersion()) {
                throw new StaleEdit("Opinion", legalCase.reference() + " version " + opinion.getRevision());
            }
            em.lock(opinion, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        opinion.write(form.getStandardOfCare(), form.getBreach(), form.getShouldHaveDone(), form.getCausation(),
                form.getDamages(), form.getMaterials(), form.getQualifications(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.UPDATE, OPINION, opinion.getId(), "draft version " + opinion.getRevision()
                + " of the opinion on " + legalCase.reference() + " saved; missing: "
                + (opinion.missing().isEmpty() ? "nothing" : String.join(", ", opinion.missing())));
        return opinion;
    }

    /**
     * The reviewer's "make final" in one transaction: saves the draft as typed, then makes it final when no section
     * is missing; otherwise the saved draft comes back with the sections it still needs.
     */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion writeAndFinalise(long caseId, @NotNull @Valid OpinionForm form) {
        ReviewOpinion saved = writeOpinion(caseId, form);
        return saved.missing().isEmpty() ? finalise(caseId, saved.getVersion()) : saved;
    }

    /** Makes the latest draft final: locked, with the hash of its content and its PDF stored with its SHA-256. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion finalise(long caseId, long version) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignments.own(em, wall.caller(), legalCase);
        List<ReviewOpinion> versions = opinions(caseId);
        if (versions.isEmpty()) {
            throw new RuleViolation("opinion", "There is no opinion to make final.");
        }
        ReviewOpinion opinion = versions.get(0);
        if (opinion.getVersion() != version) {
            throw new StaleEdit("Opinion", legalCase.reference() + " version " + opinion.getRevision());
        }
        if (!opinion.missing().isEmpty()) {
            throw new RuleViolation("opinion", "The opinion cannot be final yet; it still needs "
                    + String.join(", ", opinion.missing()) + ".");
        }
        Practitioner reviewer = em.find(Practitioner.class, opinion.getAssignment().getPractitionerId());
        Instant now = Instant.now(clock);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String textSha256 = new ReviewOpinionPdf(letterhead).write(new ReviewOpinionPdf.Contents(legalCase.reference(),
                legalCase.getMatterNumber(), legalCase.getClaimantName(), legalCase.getDefendants().stream()
                .map(Defendant::getName).toList(), reviewer == null ? wall.caller() : reviewer.displayName(),
                credentials(reviewer, opinion.getAssignment()), opinion.getRevision(), LocalDate.ofInstant(now, ZoneOffset.UTC), opinion.getQualifications(),
                opinion.getStandardOfCare(), opinion.getBreach(), opinion.getShouldHaveDone(), opinion.getCausation(),
                opinion.getDamages(), opinion.getMaterials()), pdf);
        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf.toByteArray()), 50L * 1024 * 1024,
                FileType.PDF);
        opinion.finalise(stored.key(), stored.sha256(), now);
        for (ReviewOpinion earlier : versions.subList(1, versions.size())) {
            earlier.supersede();
        }
        em.lock(opinion, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.UPDATE, OPINION, opinion.getId(), "version " + opinion.getRevision()
                + " of the opinion on " + legalCase.reference() + " is final and locked; content SHA-256 "
                + opinion.getContentSha256() + ", PDF SHA-256 " + opinion.getDocumentSha256()
                + ", SHA-256 of the PDF's text (in its footer) " + textSha256);
        return opinion;
    }

    /**
     * The reviewer's credentials for the opinion's signature block, from what the records hold: the directory keeps
     * no degrees, so their specialties and NPI, with the board certification and licence recorded on the assignment.
     */
    private static String credentials(Practitioner reviewer, ReviewerAssignment assignment) {
        List<String> parts = new ArrayList<>();
        if (reviewer != null && !reviewer.getSpecialties().isEmpty()) {
            parts.add(reviewer.getSpecialties().stream().map(Specialty::toString).collect(Collectors.joining("; ")));
        }
        if (assignment.isBoardCertified()) {
            parts.add("board certified");
        }
        if (assignment.getLicenceStatus() != null) {
            parts.add("licence " + assignment.getLicenceStatus().toLowerCase(java.util.Locale.ENGLISH));
        }
        if (reviewer != null && reviewer.getNpi() != null) {
            parts.add("NPI " + reviewer.getNpi());
        }
        return String.join(", ", parts);
    }

    /** A new draft version of a final opinion. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion reviseOpinion(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignments.own(em, wall.caller(), legalCase);
        List<ReviewOpinion> versions = opinions(caseId);
        if (versions.isEmpty()) {
            throw new RuleViolation("opinion", "There is no opinion to revise.");
        }
        ReviewOpinion next = versions.get(0).nextVersion(wall.caller(), Instant.now(clock));
        em.persist(next);
        em.flush();
        audit.record(AuditAction.CREATE, OPINION, next.getId(), "version " + next.getRevision()
                + " of the opinion on " + legalCase.reference() + " opened as a draft");
        return next;
    }

    /** A final opinion's PDF, re-hashed on the way out; a changed file is withheld. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public Download opinionPdf(long caseId, int revision) {
        LegalCase legalCase = wall.open(caseId);
        ReviewOpinion opinion = opinions(caseId).stream().filter(o -> o.getRevision() == revision).findFirst()
                .orElseThrow(() -> new RuleViolation("revision", "Case " + legalCase.reference()
                        + " has no opinion version " + revision + "."));
        if (opinion.getDocumentKey() == null) {
            throw new RuleViolation("revision", "Version " + revision + " is a draft; only a final opinion has a PDF.");
        }
        InputStream content;
        try {
            content = store.open(opinion.getDocumentKey(), opinion.getDocumentSha256());
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(OPINION, opinion.getId(), "withheld: opinion PDF no longer matches its SHA-256");
            throw new RuleViolation("document", "The stored opinion of " + legalCase.reference()
                    + " has changed since it became final, so it is withheld.");
        }
        audit.record(AuditAction.EXPORT, OPINION, opinion.getId(), "downloaded version " + revision
                + " of the opinion on " + legalCase.reference());
        return new Download("opinion-" + legalCase.reference() + "-v" + revision + ".pdf", "application/pdf",
                store.sizeOf(opinion.getDocumentKey()), opinion.getDocumentSha256(), content);
    }
}
