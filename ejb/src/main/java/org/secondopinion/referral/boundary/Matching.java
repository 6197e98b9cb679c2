package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.control.IndependenceRule.Party;
import org.secondopinion.directory.entity.Affiliations;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.control.CandidateProfile;
import org.secondopinion.referral.control.RankedCandidate;
import org.secondopinion.referral.control.SpecialistRanking;
import org.secondopinion.referral.entity.Referral;

/**
 * Finding the specialist: every practitioner of the directory ranked for the case, the
 * excluded ones shown with their reasons, and the offer, which the server refuses for
 * anyone the ranking excludes.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class Matching {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.turnaround.days", defaultValue = "7")
    int turnaroundDays;

    public List<RankedCandidate> candidates(long referralId) {
        Referral referral = access.open(referralId);
        List<RankedCandidate> ranked = rank(referral);
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, referralId, "ranked " + ranked.size() + " candidates, "
                + ranked.stream().filter(RankedCandidate::eligible).count() + " eligible");
        return ranked;
    }

    public Referral offer(long referralId, long version, long practitionerId, @Size(max = 2000, message = "Note is at most 2000 characters.") @PlainText(value = "Note", multiLine = true) String note) {
        Referral referral = access.changeAsCoordinator(referralId, version);
        Practitioner practitioner = em.find(Practitioner.class, practitionerId);
        if (practitioner == null) {
            throw new RecordNotFound("Practitioner", practitionerId);
        }
        RankedCandidate candidate = rank(referral).stream()
                .filter(c -> c.practitionerId().equals(practitionerId)).findFirst().orElseThrow();
        if (!candidate.eligible()) {
            throw new RuleViolation("specialist", practitioner.displayName() + " cannot be offered this case: "
                    + String.join("; ", candidate.exclusions()) + ".");
        }
        if (practitioner.getUsername() == null) {
            throw new RuleViolation("specialist", practitioner.displayName() + " has no user name in the directory, "
                    + "so they could not see the case; link one first.");
        }
        referral.offerTo(practitioner, access.caller(), Instant.now(clock),
                (note == null || note.isBlank() ? "" : note.trim() + "; ") + "score " + candidate.score());
        em.flush();
        audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, referralId, "offered to " + practitioner.displayName()
                + " (score " + candidate.score() + ")");
        Referrals.loadParts(referral);
        return referral;
    }

    private List<RankedCandidate> rank(Referral referral) {
        List<Practitioner> practitioners = em.createNamedQuery(Practitioner.FIND_ALL, Practitioner.class).getResultList();
        Map<Long, Long> load = new HashMap<>();
        em.createNamedQuery(Referral.COUNT_OPEN_BY_SPECIALIST, Object[].class)
                .setParameter("active", Referral.SPECIALIST_LOAD).getResultList()
                .forEach(row -> load.put((Long) row[0], (Long) row[1]));
        List<CandidateProfile> profiles = new ArrayList<>();
        for (Practitioner p : practitioners) {
            profiles.add(new CandidateProfile(p.affiliations(),
                    p.getSpecialties().stream().map(Specialty::getField).collect(Collectors.toSet()),
                    p.getSpecialties().stream().filter(Specialty::hasSubSpecialty).map(Specialty::getSubSpecialty)
                            .collect(Collectors.toSet()),
                    p.getYearsExperience(), p.getCapacity(), load.getOrDefault(p.getId(), 0L), p.isAvailable(),
                    p.getLanguages(), p.getMedianTurnaroundDays()));
        }
        return SpecialistRanking.rank(new SpecialistRanking.Request(referral.getRequestedSpecialty(),
                referral.getRequestedSubSpecialty(), referral.getPatientLanguage(), turnaroundDays),
                profiles, List.of(firstPhysician(referral)));
    }

    /** The first physician as the independence rule sees them: from the directory when known, else by organisation and network. */
    Party firstPhysician(Referral referral) {
        if (referral.getFirstPhysicianId() != null) {
            Practitioner first = em.find(Practitioner.class, referral.getFirstPhysicianId());
            if (first != null) {
                Affiliations known = first.affiliations();
                // the organisation and network written on the referral count too
                Set<Long> organisations = new java.util.HashSet<>(known.organisations());
                Set<Long> networks = new java.util.HashSet<>(known.networks());
                Map<Long, String> names = new HashMap<>(known.names());
                addOutsider(referral, organisations, networks, names);
                return new Party("the first physician", new Affiliations(known.practitionerId(), known.npi(),
                        known.name(), organisations, known.practiceGroups(), networks, names));
            }
        }
        Set<Long> organisations = new java.util.HashSet<>();
        Set<Long> networks = new java.util.HashSet<>();
        Map<Long, String> names = new HashMap<>();
        addOutsider(referral, organisations, networks, names);
        return new Party("the first physician", new Affiliations(null, null, referral.getFirstPhysicianName(),
                organisations, Set.of(), networks, names));
    }

    private void addOutsider(Referral referral, Set<Long> organisations, Set<Long> networks, Map<Long, String> names) {
        if (referral.getFirstOrganisationId() != null) {
            Organisation organisation = em.find(Organisation.class, referral.getFirstOrganisationId());
            if (organisation != null) {
                organisations.add(organisation.getId());
                names.put(organisation.getId(), organisation.getName());
                if (organisation.getNetwork() != null) {
                    networks.add(organisation.getNetwork().getId());
                    names.put(organisation.getNetwork().getId(), organisation.getNetwork().getName());
                }
            }
        }
        if (referral.getFirstNetworkId() != null) {
            Organisation network = em.find(Organisation.class, referral.getFirstNetworkId());
            if (network != null) {
                networks.add(network.getId());
                names.put(network.getId(), network.getName());
            }
        }
    }
}
