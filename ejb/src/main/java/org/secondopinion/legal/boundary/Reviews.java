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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.control.IndependenceRule;
import org.secondopinion.directory.entity.Affiliations;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.legal.control.ConflictCheck;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.ReviewOpinionPdf;
import org.secondopinion.legal.control.ReviewerConflicts;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.legal.entity.TimeEntry;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import jakarta.validation.constraints.Size;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.control.DateWithin;

/**
 * The independent reviewer of a case: candidates from the directory ranked by specialty and experience with the
 * ties that rule them out; the assignment with its conflict check (a conflicted or not fully qualified reviewer
 * only with a written waiver and a second person's approval); the reviewer's attestation; engagement terms, time
 * and invoices; and the reviewer's opinion, draft to final (locked with its hash, as a PDF), in versions.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class Reviews {

    static final String RECORD_TYPE = "ReviewerAssignment";
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

    /** A malpractice case file the calling reviewer is assigned to: what their home page lists. */
    public record AssignedReview(long caseId, String reference, String claimantName) {
    }

    /**
     * The case files the calling reviewer is assigned to, newest first, at most {@code max}: the legal part
     * of the specialist's work list (the referral component asks here, never the legal entities).
     * Not audited here: the caller's work list records one read for the whole list.
     */
    @RolesAllowed(Role.Names.SPECIALIST)
    public List<AssignedReview> assignedToCaller(int max) {
        return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                .setParameter("username", wall.caller()).setMaxResults(max).getResultList().stream()
                .map(review -> new AssignedReview(review.getLegalCase().getId(), review.getLegalCase().reference(),
                        review.getLegalCase().getClaimantName()))
                .toList();
    }

    /** A directory practitioner as a candidate reviewer of a case. */
    public record Candidate(long practitionerId, String name, String specialties, int yearsExperience,
                            boolean specialtyMatch, int score, List<String> ties) {
        public boolean independent() {
            return ties.isEmpty();
        }
    }

    /**
     * Every directory practitioner, ranked: the defendants' specialty first (50), then experience (1 a year, up
     * to 30); those tied to a defendant come last with the ties named.
     */
    public List<Candidate> candidates(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        List<IndependenceRule.Party> parties = parties(legalCase);
        Set<String> fields = legalCase.getDefendants().stream().map(Defendant::getSpecialty).filter(Objects::nonNull)
                .map(s -> s.strip().toLowerCase()).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (Practitioner practitioner : em.createQuery("SELECT p FROM Practitioner p", Practitioner.class)
                .getResultList()) {
            boolean match = practitioner.getSpecialties().stream()
                    .anyMatch(s -> fields.contains(s.getField().strip().toLowerCase()));
            List<String> ties = IndependenceRule.tiesOf(practitioner.affiliations(), parties);
            int score = (match ? 50 : 0) + Math.min(30, practitioner.getYearsExperience());
            candidates.add(new Candidate(practitioner.getId(), practitioner.displayName(),
                    practitioner.getSpecialties().stream().map(Specialty::toString).sorted()
                            .collect(Collectors.joining(", ")),
                    practitioner.getYearsExperience(), match, score, ties));
        }
        candidates.sort(Comparator.comparing(Candidate::independent).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
                .thenComparing(Candidate::name));
        return candidates;
    }

    /**
     * Proposes a reviewer: cleared by the conflict check, they are assigned; otherwise only with a written waiver,
     * which waits for a second person's approval. Without a waiver reason, a conflicted reviewer is refused with
     * every conflict named.
     */
    public ReviewerAssignment propose(long caseId, long version, @NotNull @Valid ProposalForm form) {
        LegalCase legalCase = wall.change(caseId, version);
        if (active(caseId) != null) {
            throw new RuleViolation("practitionerId", "Case " + legalCase.reference()
                    + " already has a reviewer or a waiver waiting; withdraw it first.");
        }
        Practitioner practitioner = em.find(Practitioner.class, form.getPractitionerId());
        if (practitioner == null) {
            throw new RuleViolation("practitionerId", "There is no practitioner " + form.getPractitionerId()
                    + " in the directory.");
        }
        List<DeclaredTie> ties = new ArrayList<>();
        for (ProposalForm.Tie tie : form.getDeclaredTies()) {
            try {
                ties.add(new DeclaredTie(tie.getKind(), tie.getParty()));
            } catch (IllegalArgumentException invalid) {
                throw new RuleViolation("declaredTies", invalid.getMessage());
            }
        }
        String specialty = practitioner.getSpecialties().stream().map(Specialty::getField).findFirst()
                .orElse("unknown");
        ConflictCheck check = ReviewerConflicts.check(new ReviewerConflicts.Candidate(practitioner.affiliations(),
                        specialtyFor(practitioner, legalCase, specialty), form.getLicence(), form.isBoardCertified(),
                        form.getYearsSinceClinicalPractice(), ties), legalCase.getClaimantName(),
                defendantsOf(legalCase));
        ReviewerAssignment assignment = new ReviewerAssignment(legalCase, practitioner.getId(),
                practitioner.getUsername(), form.getLicence().name(), form.isBoardCertified(),
                form.getYearsSinceClinicalPractice(), ties.stream().map(t -> t.kind() + ": " + t.party())
                .collect(Collectors.joining("; ")), check.conflicts(), check.qualificationGaps(),
                form.getWaiverReason(), wall.caller(), Instant.now(clock));
        em.persist(assignment);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, assignment.getId(), practitioner.displayName() + " proposed for "
                + legalCase.reference() + ": " + (assignment.getStatus() == AssignmentStatus.ASSIGNED
                ? "cleared and assigned" : "waiver requested (" + assignment.getWaiverReason() + ") despite: "
                + String.join(" ", check.conflicts()) + " " + String.join(" ", check.qualificationGaps())));
        return assignment;
    }

    /** A second person approves a waiver; the person who asked for it cannot. */
    public ReviewerAssignment approveWaiver(long caseId, long assignmentId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = assignmentOf(legalCase, assignmentId);
        assignment.approveWaiver(wall.caller(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignmentId, "waiver approved by " + wall.caller()
                + " (asked for by " + assignment.getProposedBy() + "); reviewer assigned to " + legalCase.reference());
        return assignment;
    }

    public ReviewerAssignment withdraw(long caseId, long assignmentId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = assignmentOf(legalCase, assignmentId);
        assignment.withdraw();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignmentId, "reviewer withdrawn from " + legalCase.reference());
        return assignment;
    }

    public ReviewerAssignment engage(long caseId, BigDecimal hourlyRate, BigDecimal retainer, BigDecimal budgetCap) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = requireActive(legalCase);
        assignment.engage(hourlyRate, retainer, budgetCap);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignment.getId(), "engagement for " + legalCase.reference()
                + ": " + hourlyRate + "/hour, retainer " + assignment.getRetainer() + ", cap " + budgetCap);
        return assignment;
    }

    public ReviewInvoice invoice(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = requireActive(legalCase);
        ReviewInvoice invoice = assignment.invoice(wall.caller(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.CREATE, "ReviewInvoice", invoice.getId(), "invoice for " + legalCase.reference()
                + ": " + invoice.getHours() + " h, fees " + invoice.getFees() + ", retainer " + invoice.getRetainerApplied()
                + ", due " + invoice.getAmountDue());
        return invoice;
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<ReviewerAssignment> assignments(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        List<ReviewerAssignment> assignments = em.createNamedQuery(ReviewerAssignment.FIND_BY_CASE,
                ReviewerAssignment.class).setParameter("case", caseId).getResultList();
        if (wall.asReviewer(legalCase)) {
            // a reviewer sees their own assignment, never other candidates' ties, waivers or rates
            String caller = wall.caller();
            return assignments.stream().filter(a -> caller.equalsIgnoreCase(a.getReviewerUsername())).toList();
        }
        return assignments;
    }

    /** The reviewer signs the conflict attestation for the case. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewerAssignment attest(long caseId, @Size(max = 2000, message = "Attestation is at most 2000 characters.") @PlainText(value = "Attestation", multiLine = true) String text) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = requireOwn(legalCase);
        assignment.attest(text, wall.caller(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignment.getId(), wall.caller()
                + " signed the conflict attestation for " + legalCase.reference());
        return assignment;
    }

    @RolesAllowed(Role.Names.SPECIALIST)
    public TimeEntry logTime(long caseId, @DateWithin(value = "Work date", from = "2000-01-01") LocalDate day, BigDecimal hours, @Size(max = 1000, message = "Description is at most 1000 characters.") @PlainText(value = "Description", multiLine = true) String description) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = requireOwn(legalCase);
        TimeEntry entry = assignment.logTime(day == null ? LocalDate.now(clock) : day, hours, description, wall.caller(),
                Instant.now(clock));
        em.flush();
        audit.record(AuditAction.CREATE, "TimeEntry", entry.getId(), entry.getHours() + " h on " + entry.getWorkDate()
                + " for " + legalCase.reference());
        return entry;
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<ReviewOpinion> opinions(long caseId) {
        wall.open(caseId);
        return em.createNamedQuery(ReviewOpinion.FIND_BY_CASE, ReviewOpinion.class).setParameter("case", caseId)
                .getResultList();
    }

    /** Writes the reviewer's draft (the first one opens it); a final version is locked. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion writeOpinion(long caseId, @NotNull @Valid OpinionForm form) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = requireOwn(legalCase);
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

    /** Makes the latest draft final: locked, with the hash of its content and its PDF stored with its SHA-256. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewOpinion finalise(long caseId, long version) {
        LegalCase legalCase = wall.open(caseId);
        requireOwn(legalCase);
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
        requireOwn(legalCase);
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

    ReviewerAssignment active(long caseId) {
        return em.createNamedQuery(ReviewerAssignment.FIND_BY_CASE, ReviewerAssignment.class)
                .setParameter("case", caseId).getResultList().stream().filter(ReviewerAssignment::isActive)
                .findFirst().orElse(null);
    }

    /** The caller's own assignment to the case, which the reviewer's actions (attestation, time, opinion) use. */
    private ReviewerAssignment requireOwn(LegalCase legalCase) {
        String caller = wall.caller();
        return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                .setParameter("username", caller).getResultList().stream()
                .filter(a -> a.getLegalCase().getId().equals(legalCase.getId())).findFirst()
                .orElseThrow(() -> new RuleViolation("reviewer", "You are not the assigned reviewer of case "
                        + legalCase.reference() + "."));
    }

    private ReviewerAssignment requireActive(LegalCase legalCase) {
        ReviewerAssignment assignment = active(legalCase.getId());
        if (assignment == null || assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new RuleViolation("reviewer", "Case " + legalCase.reference() + " has no assigned reviewer.");
        }
        return assignment;
    }

    private ReviewerAssignment assignmentOf(LegalCase legalCase, long assignmentId) {
        ReviewerAssignment assignment = em.find(ReviewerAssignment.class, assignmentId);
        if (assignment == null || !assignment.getLegalCase().getId().equals(legalCase.getId())) {
            throw new RuleViolation("assignment", "Case " + legalCase.reference() + " has no assignment "
                    + assignmentId + ".");
        }
        return assignment;
    }

    /** The defendant's specialty the reviewer is judged against: the first defendant clinician's, else their own. */
    private static String specialtyFor(Practitioner practitioner, LegalCase legalCase, String fallback) {
        for (Defendant defendant : legalCase.getDefendants()) {
            if (defendant.getSpecialty() != null && practitioner.practises(defendant.getSpecialty())) {
                return defendant.getSpecialty();
            }
        }
        return fallback;
    }

    private List<ReviewerConflicts.Defendant> defendantsOf(LegalCase legalCase) {
        List<IndependenceRule.Party> parties = parties(legalCase);
        List<ReviewerConflicts.Defendant> defendants = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            defendants.add(new ReviewerConflicts.Defendant(parties.get(i),
                    legalCase.getDefendants().get(i).getSpecialty()));
        }
        return defendants;
    }

    /** The defendants as the independence rule sees them: from the directory where linked, else as outsiders. */
    private List<IndependenceRule.Party> parties(LegalCase legalCase) {
        List<IndependenceRule.Party> parties = new ArrayList<>();
        for (Defendant defendant : legalCase.getDefendants()) {
            Affiliations affiliations;
            Practitioner linked = defendant.getPractitionerId() == null ? null
                    : em.find(Practitioner.class, defendant.getPractitionerId());
            if (linked != null) {
                affiliations = linked.affiliations();
            } else {
                Organisation organisation = defendant.getOrganisationId() == null ? null
                        : em.find(Organisation.class, defendant.getOrganisationId());
                Organisation network = organisation == null ? null : organisation.getNetwork();
                Affiliations outsider = Affiliations.outsider(defendant.getName(), defendant.getOrganisationId(),
                        defendant.getOrganisationName(), network == null ? null : network.getId(),
                        network == null ? null : network.getName());
                Map<Long, String> names = new HashMap<>(outsider.names());
                affiliations = new Affiliations(null, defendant.getNpi(), defendant.getName(),
                        outsider.organisations(), outsider.practiceGroups(), outsider.networks(), names);
            }
            parties.add(new IndependenceRule.Party("the defendant " + defendant.getName(), affiliations));
        }
        return parties;
    }
}
