package org.secondopinion.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.secondopinion.directory.boundary.Directory;
import org.secondopinion.directory.boundary.OrganisationForm;
import org.secondopinion.directory.boundary.PractitionerForm;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code directory/index.xhtml}: the organisations (with practice groups and networks) and the
 * practitioners, each added or changed in a dialog. A refused or stale save keeps the dialog
 * open with the reason in it; nothing was saved.
 */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    PageMessages messages;

    private List<OrganisationRow> organisations = List.of();
    private List<PractitionerRow> practitioners = List.of();
    private List<Option> organisationOptions = List.of();
    private List<Option> practiceGroupOptions = List.of();
    private List<Option> networkOptions = List.of();

    private Long organisationId;
    private OrganisationForm organisationForm = newOrganisationForm();
    private Long practitionerId;
    private PractitionerForm practitionerForm = new PractitionerForm();

    @PostConstruct
    void load() {
        List<Organisation> all = directory.organisations();
        organisations = all.stream().map(OrganisationRow::of).toList();
        organisationOptions = options(all, OrganisationKind.ORGANISATION);
        practiceGroupOptions = options(all, OrganisationKind.PRACTICE_GROUP);
        networkOptions = options(all, OrganisationKind.NETWORK);
        practitioners = directory.practitioners().stream().map(PractitionerRow::of).toList();
    }

    private static List<Option> options(List<Organisation> all, OrganisationKind kind) {
        return all.stream().filter(o -> o.getKind() == kind)
                .map(o -> new Option(o.getId(), o.getName()))
                .sorted(Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static OrganisationForm newOrganisationForm() {
        OrganisationForm form = new OrganisationForm();
        form.setKind(OrganisationKind.ORGANISATION);
        return form;
    }

    // organisations

    public void startNewOrganisation() {
        organisationId = null;
        organisationForm = newOrganisationForm();
    }

    public void startEditOrganisation(long id) {
        Organisation organisation = directory.organisation(id);
        OrganisationForm form = new OrganisationForm();
        form.setVersion(organisation.getVersion());
        form.setName(organisation.getName());
        form.setKind(organisation.getKind());
        form.setNpi(organisation.getNpi());
        form.setCity(organisation.getCity());
        form.setNetworkId(organisation.getNetwork() == null ? null : organisation.getNetwork().getId());
        organisationId = id;
        organisationForm = form;
    }

    /** A network belongs to no network: choosing that kind clears the choice. */
    public void kindChanged() {
        if (organisationForm.getKind() == OrganisationKind.NETWORK) {
            organisationForm.setNetworkId(null);
        }
    }

    public void saveOrganisation() {
        try {
            if (organisationId == null) {
                messages.info("directory.organisation.added", directory.addOrganisation(organisationForm).getName());
            } else {
                messages.info("directory.organisation.saved",
                        directory.changeOrganisation(organisationId, organisationForm).getName());
            }
        } catch (RuleViolation | StaleEdit refused) {
            messages.errorText(refused.getMessage());
            return;
        }
        PrimeFaces.current().executeScript("PF('organisationDialog').hide()");
        load();
    }

    /** The networks an organisation may join: any but itself. */
    public List<Option> getNetworkChoices() {
        return networkOptions.stream().filter(o -> !Objects.equals(o.id(), organisationId)).toList();
    }

    public boolean isNetworkChoosable() {
        return organisationForm.getKind() != OrganisationKind.NETWORK;
    }

    // practitioners

    public void startNewPractitioner() {
        practitionerId = null;
        practitionerForm = new PractitionerForm();
    }

    public void startEditPractitioner(long id) {
        Practitioner practitioner = directory.practitioner(id);
        PractitionerForm form = new PractitionerForm();
        form.setVersion(practitioner.getVersion());
        form.setGivenName(practitioner.getGivenName());
        form.setFamilyName(practitioner.getFamilyName());
        form.setNpi(practitioner.getNpi());
        form.setUsername(practitioner.getUsername());
        form.setOrganisationId(practitioner.getOrganisation() == null ? null : practitioner.getOrganisation().getId());
        form.setPracticeGroupId(practitioner.getPracticeGroup() == null ? null : practitioner.getPracticeGroup().getId());
        form.setNetworkIds(practitioner.getNetworks().stream().map(Organisation::getId).sorted()
                .collect(Collectors.toCollection(ArrayList::new)));
        form.setSpecialties(practitioner.getSpecialties().stream().map(Specialty::toString)
                .collect(Collectors.toCollection(ArrayList::new)));
        form.setLanguages(new ArrayList<>(practitioner.getLanguages()));
        form.setYearsExperience(practitioner.getYearsExperience());
        form.setCapacity(practitioner.getCapacity());
        form.setAvailable(practitioner.isAvailable());
        form.setMedianTurnaroundDays(practitioner.getMedianTurnaroundDays());
        practitionerId = id;
        practitionerForm = form;
    }

    public void savePractitioner() {
        try {
            if (practitionerId == null) {
                messages.info("directory.practitioner.added", directory.addPractitioner(practitionerForm).displayName());
            } else {
                messages.info("directory.practitioner.saved",
                        directory.changePractitioner(practitionerId, practitionerForm).displayName());
            }
        } catch (RuleViolation | StaleEdit refused) {
            messages.errorText(refused.getMessage());
            return;
        }
        PrimeFaces.current().executeScript("PF('practitionerDialog').hide()");
        load();
    }

    // what the page shows

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public List<PractitionerRow> getPractitioners() {
        return practitioners;
    }

    public List<Option> getOrganisationOptions() {
        return organisationOptions;
    }

    public List<Option> getPracticeGroupOptions() {
        return practiceGroupOptions;
    }

    public List<Option> getNetworkOptions() {
        return networkOptions;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationForm getOrganisationForm() {
        return organisationForm;
    }

    public boolean isNewOrganisation() {
        return organisationId == null;
    }

    public PractitionerForm getPractitionerForm() {
        return practitionerForm;
    }

    public boolean isNewPractitioner() {
        return practitionerId == null;
    }

    /** An organisation, practice group or network to choose. */
    public record Option(Long id, String name) implements Serializable {
    }

    /** One row of the organisations table. */
    public record OrganisationRow(long id, String name, OrganisationKind kind, String network, String city, String npi)
            implements Serializable {
        static OrganisationRow of(Organisation o) {
            return new OrganisationRow(o.getId(), o.getName(), o.getKind(),
                    o.getNetwork() == null ? "" : o.getNetwork().getName(), o.getCity(), o.getNpi());
        }
    }

    /** One row of the practitioners table, its lists already written out. */
    public record PractitionerRow(long id, String name, String specialties, String organisation, String practiceGroup,
                                  String networks, int yearsExperience, int capacity, boolean available,
                                  String languages, String username) implements Serializable {
        static PractitionerRow of(Practitioner p) {
            return new PractitionerRow(p.getId(), p.displayName(),
                    p.getSpecialties().stream().map(Specialty::toString).collect(Collectors.joining(", ")),
                    p.getOrganisation() == null ? "" : p.getOrganisation().getName(),
                    p.getPracticeGroup() == null ? "" : p.getPracticeGroup().getName(),
                    p.getNetworks().stream().map(Organisation::getName).sorted().collect(Collectors.joining(", ")),
                    p.getYearsExperience(), p.getCapacity(), p.isAvailable(),
                    String.join(", ", p.getLanguages()), p.getUsername());
        }
    }
}
