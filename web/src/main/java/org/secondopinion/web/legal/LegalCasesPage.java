package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.secondopinion.legal.boundary.CaseForm;
import org.secondopinion.legal.boundary.DefendantForm;
import org.secondopinion.legal.boundary.LegalCases;
import org.secondopinion.legal.entity.DefendantKind;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.RequestingSide;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.UsJurisdiction;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code legal/cases.xhtml}: the case files behind the caller's wall, searched by claimant, matter, court number,
 * attorney or reference, and the intake of a new one with its defendants (a coordinator chooses the firm). A
 * reviewer (SPECIALIST) finds here the cases assigned to them, and takes none in.
 */
@Named
@ViewScoped
public class LegalCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCases cases;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private String text;
    private List<LegalCase> found;
    private List<LegalFirm> firms = List.of();
    private boolean coordinator;
    private boolean intake;
    private CaseForm form;

    @PostConstruct
    void load() {
        coordinator = security.isCallerInRole(Role.Names.COORDINATOR);
        intake = coordinator || security.isCallerInRole(Role.Names.LEGAL);
        if (coordinator) {
            firms = cases.firms();
        }
        found = cases.search(text);
        if (!intake) {
            return;
        }
        form = new CaseForm();
        form.setRequestingSide(RequestingSide.PLAINTIFF);
        form.getDefendants().add(new DefendantForm());
    }

    public void search() {
        found = cases.search(text);
    }

    /** Another defendant row; the rows typed so far are kept. */
    public void addDefendant() {
        DefendantForm next = new DefendantForm();
        next.setKind(DefendantKind.PROVIDER);
        form.getDefendants().add(next);
    }

    public void removeDefendant(int index) {
        if (form.getDefendants().size() > 1 && index >= 0 && index < form.getDefendants().size()) {
            form.getDefendants().remove(index);
        }
    }

    public String open() {
        LegalCase opened = cases.open(form);
        messages.info("legal.opened", opened.reference(), opened.getClaimantName());
        messages.keepForRedirect();
        return "/legal/case?faces-redirect=true&id=" + opened.getId();
    }

    public RequestingSide[] getSides() { return RequestingSide.values(); }
    public DefendantKind[] getDefendantKinds() { return DefendantKind.values(); }
    public List<UsJurisdiction> getJurisdictions() { return UsJurisdiction.all(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<LegalCase> getFound() { return found; }
    public List<LegalFirm> getFirms() { return firms; }
    public boolean isCoordinator() { return coordinator; }
    public boolean isIntake() { return intake; }
    public CaseForm getForm() { return form; }
}
