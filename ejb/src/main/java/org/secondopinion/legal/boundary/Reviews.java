package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
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
import org.secondopinion.legal.control.ConflictCheck;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.ReviewerConflicts;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Choosing the independent reviewer of a case and clearing their conflicts: candidates from the directory ranked by
 * specialty and experience with the ties that rule them out; the assignment with its conflict check (a conflicted
 * or not fully qualified reviewer only with a written waiver and a second person's approval); withdrawal; the
 * reviewer's own conflict attestation; and the reviews a specialist is assigned to. Engagement terms, time and
 * invoices are {@link ReviewerTime}; the opinion is {@link ReviewOpinions}.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class Reviews {

    static final String RECORD_TYPE = "ReviewerAssignment";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    AuditLog audit;

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
                            boolean specialtyMatch, int score, List<String> ties) implements Serializable {
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
        if (ReviewerAssignments.active(em, caseId) != null) {
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
        ReviewerAssignment assignment = ReviewerAssignments.of(em, legalCase, assignmentId);
        assignment.approveWaiver(wall.caller(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignmentId, "waiver approved by " + wall.caller()
                + " (asked for by " + assignment.getProposedBy() + "); reviewer assigned to " + legalCase.reference());
        return assignment;
    }

    public ReviewerAssignment withdraw(long caseId, long assignmentId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.of(em, legalCase, assignmentId);
        assignment.withdraw();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignmentId, "reviewer withdrawn from " + legalCase.reference());
        return assignment;
    }

    /** The case's reviewer assignments: all of them for the firm, a reviewer's own for the reviewer. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<ReviewerAssignment> assignments(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        return ReviewerAssignments.ofCase(em, caseId, wall.asReviewer(legalCase) ? wall.caller() : null);
    }

    /** The reviewer signs the conflict attestation for the case. */
    @RolesAllowed(Role.Names.SPECIALIST)
    public ReviewerAssignment attest(long caseId, @Size(max = 2000, message = "Attestation is at most 2000 characters.") @PlainText(value = "Attestation", multiLine = true) String text) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.own(em, wall.caller(), legalCase);
        assignment.attest(text, wall.caller(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, RECORD_TYPE, assignment.getId(), wall.caller()
                + " signed the conflict attestation for " + legalCase.reference());
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
