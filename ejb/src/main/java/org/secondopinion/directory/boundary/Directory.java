package org.secondopinion.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * The directory of practitioners and organisations. COORDINATOR and ADMIN maintain it;
 * LEGAL reads it to choose reviewers. Changes are audited.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class Directory {

    static final String PRACTITIONER = "Practitioner";
    static final String ORGANISATION = "Organisation";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<Practitioner> practitioners() {
        return em.createNamedQuery(Practitioner.FIND_ALL, Practitioner.class).getResultList();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<Practitioner> practitionersIn(String specialty) {
        return em.createNamedQuery(Practitioner.FIND_BY_SPECIALTY, Practitioner.class)
                .setParameter("field", specialty).getResultList();
    }

    /**
     * One practitioner as another system reads it (FHIR's Practitioner: a case's specialist, a note's author):
     * coordinators and specialists; audited as a read.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public Practitioner openPractitioner(long id) {
        Practitioner practitioner = practitioner(id);
        audit.record(AuditAction.READ, PRACTITIONER, id, "read " + practitioner.displayName());
        return practitioner;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public Practitioner practitioner(long id) {
        Practitioner practitioner = em.find(Practitioner.class, id);
        if (practitioner == null) {
            throw new RecordNotFound(PRACTITIONER, id);
        }
        return practitioner;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<Organisation> organisations() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<Organisation> organisations(OrganisationKind kind) {
        return em.createNamedQuery(Organisation.FIND_BY_KIND, Organisation.class)
                .setParameter("kind", kind).getResultList();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public Organisation organisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new RecordNotFound(ORGANISATION, id);
        }
        return organisation;
    }

    public Organisation addOrganisation(@NotNull @Valid OrganisationForm form) {
        Organisation organisation = new Organisation(form.getName(), form.getKind());
        fill(organisation, form);
        em.persist(organisation);
        em.flush();
        audit.record(AuditAction.CREATE, ORGANISATION, organisation.getId(),
                "added " + organisation.getKind() + " '" + organisation.getName() + "'");
        return organisation;
    }

    public Organisation changeOrganisation(long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = organisation(id);
        if (organisation.getVersion() != form.getVersion()) {
            throw new StaleEdit(ORGANISATION, organisation.getName());
        }
        if (organisation.getKind() != form.getKind()) {
            throw new RuleViolation("kind", "The kind of an organisation cannot change; add a new one instead.");
        }
        organisation.rename(form.getName());
        fill(organisation, form);
        em.flush();
        audit.record(AuditAction.UPDATE, ORGANISATION, id, "changed '" + organisation.getName() + "'");
        return organisation;
    }

    private void fill(Organisation organisation, OrganisationForm form) {
        organisation.describe(form.getNpi(), form.getCity());
        organisation.joinNetwork(form.getNetworkId() == null ? null : organisation(form.getNetworkId()));
    }

    public Practitioner addPractitioner(@NotNull @Valid PractitionerForm form) {
        Practitioner practitioner = new Practitioner(form.getGivenName(), form.getFamilyName());
        fill(practitioner, form);
        em.persist(practitioner);
        em.flush();
        audit.record(AuditAction.CREATE, PRACTITIONER, practitioner.getId(), "added " + practitioner.displayName());
        return practitioner;
    }

    public Practitioner changePractitioner(long id, @NotNull @Valid PractitionerForm form) {
        Practitioner practitioner = practitioner(id);
        if (practitioner.getVersion() != form.getVersion()) {
            throw new StaleEdit(PRACTITIONER, practitioner.displayName());
        }
        practitioner.rename(form.getGivenName(), form.getFamilyName());
        fill(practitioner, form);
        em.flush();
        audit.record(AuditAction.UPDATE, PRACTITIONER, id, "changed " + practitioner.displayName());
        return practitioner;
    }

    private void fill(Practitioner practitioner, PractitionerForm form) {
        String username = form.getUsername() == null || form.getUsername().isBlank() ? null
                : form.getUsername().trim().toLowerCase();
        if (username != null) {
            Optional<Practitioner> holder = byUsername(username);
            if (holder.isPresent() && !holder.get().equals(practitioner)) {
                throw new RuleViolation("username", "User name '" + username + "' is already linked to "
                        + holder.get().displayName() + ".");
            }
        }
        practitioner.identify(form.getNpi(), username);
        practitioner.profile(form.getYearsExperience(), form.getCapacity(), form.isAvailable(),
                form.getMedianTurnaroundDays());
        practitioner.practise(form.getSpecialties().stream().map(Directory::specialty).toList(), form.getLanguages());
        practitioner.belongTo(
                form.getOrganisationId() == null ? null : organisation(form.getOrganisationId()),
                form.getPracticeGroupId() == null ? null : organisation(form.getPracticeGroupId()),
                form.getNetworkIds().stream().map(this::organisation).toList());
    }

    /** "Oncology" or "Oncology / Breast oncology". */
    static Specialty specialty(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("specialties", "A specialty cannot be empty.");
        }
        String[] parts = text.split("/", 2);
        return new Specialty(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
    }

    Optional<Practitioner> byUsername(String username) {
        return em.createNamedQuery(Practitioner.FIND_BY_USERNAME, Practitioner.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
