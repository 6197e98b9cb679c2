package org.secondopinion.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.secondopinion.directory.boundary.Directory;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.boundary.PossibleDuplicate;
import org.secondopinion.referral.boundary.ReferralTakenIn;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;
import org.secondopinion.web.shell.PageMessages;

/** {@code coordinator/intake.xhtml}: taking in a request for a second opinion. */
@Named
@ViewScoped
public class ReferralIntake implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    Event<ReferralTakenIn> takenIn;

    @Inject
    Directory directory;

    @Inject
    PageMessages messages;

    private final IntakeForm form = new IntakeForm();
    private String ownQuestions;
    private boolean duplicateFound;
    private List<Long> duplicateCases = List.of();
    private List<Practitioner> practitioners;
    private List<Organisation> organisations;
    private List<Organisation> networks;
    private List<String> specialties;

    @PostConstruct
    void init() {
        practitioners = directory.practitioners();
        organisations = directory.organisations(OrganisationKind.ORGANISATION);
        networks = directory.organisations(OrganisationKind.NETWORK);
        specialties = referrals.specialties();
    }

    /** Fills the first physician's name and organisation from the directory when one is chosen. */
    public void firstPhysicianChosen() {
        if (form.getFirstPhysicianId() == null) {
            return;
        }
        practitioners.stream().filter(p -> p.getId().equals(form.getFirstPhysicianId())).findFirst().ifPresent(p -> {
            form.setFirstPhysicianName(p.displayName());
            if (p.getOrganisation() != null) {
                form.setFirstOrganisationId(p.getOrganisation().getId());
                form.setFirstOrganisationName(p.getOrganisation().getName());
            }
        });
    }

    public String takeIn() {
        form.setOwnQuestions(ownQuestions == null ? List.of()
                : Arrays.stream(ownQuestions.split("\\R")).map(String::trim).filter(q -> !q.isEmpty()).toList());
        if (form.getFirstOrganisationId() != null && (form.getFirstOrganisationName() == null
                || form.getFirstOrganisationName().isBlank())) {
            organisations.stream().filter(o -> o.getId().equals(form.getFirstOrganisationId())).findFirst()
                    .ifPresent(o -> form.setFirstOrganisationName(o.getName()));
        }
        try {
            Referral referral = referrals.takeIn(form);
            takenIn.fire(new ReferralTakenIn(ReferralTakenIn.Channel.PAGE));
            messages.info("intake.done", referral.reference());
            messages.keepForRedirect();
            return "/referral/case.xhtml?faces-redirect=true&id=" + referral.getId();
        } catch (PossibleDuplicate duplicate) {
            duplicateFound = true;
            duplicateCases = duplicate.openCases();
            messages.warn("intake.duplicate", duplicate.getMessage());
            return null;
        }
    }

    public List<String> completeSpecialty(String query) {
        String wanted = query == null ? "" : query.trim().toLowerCase();
        return specialties.stream().filter(s -> s.toLowerCase().contains(wanted)).toList();
    }

    public IntakeForm getForm() { return form; }
    public String getOwnQuestions() { return ownQuestions; }
    public void setOwnQuestions(String ownQuestions) { this.ownQuestions = ownQuestions; }
    public boolean isDuplicateFound() { return duplicateFound; }
    public List<Long> getDuplicateCases() { return duplicateCases; }

    /** The case number people know, as the warning and the worklist write it. */
    public String reference(long referralId) {
        return String.format("SO-%06d", referralId);
    }
    public List<Practitioner> getPractitioners() { return practitioners; }
    public List<Organisation> getOrganisations() { return organisations; }
    public List<Organisation> getNetworks() { return networks; }
    public List<String> getSpecialties() { return specialties; }
    public StandardQuestion[] getStandardQuestions() { return StandardQuestion.values(); }
    public TreatmentKind[] getTreatmentKinds() { return TreatmentKind.values(); }
    public Urgency[] getUrgencies() { return Urgency.values(); }
    public Sex[] getSexes() { return Sex.values(); }
}
