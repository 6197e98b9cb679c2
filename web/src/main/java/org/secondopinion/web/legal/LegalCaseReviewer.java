package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.secondopinion.legal.boundary.ProposalForm;
import org.secondopinion.legal.boundary.ReviewerTime;
import org.secondopinion.legal.boundary.Reviews;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.LicenceStatus;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.web.shell.Formats;
import org.secondopinion.web.shell.PageMessages;

/**
 * The reviewer tab of {@code legal/case.xhtml}: the firm proposes a candidate (the conflict check decides whether a
 * waiver is needed), approves a waiver as a second person, withdraws, engages and invoices; the reviewer signs the
 * conflict attestation and logs time. The opinion is {@link LegalCaseOpinion}.
 */
@Named
@ViewScoped
public class LegalCaseReviewer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCasePage page;

    @Inject
    Reviews reviews;

    @Inject
    ReviewerTime time;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    @Inject
    Formats formats;

    private ProposalForm proposal;
    private BigDecimal hourlyRate;
    private BigDecimal retainer;
    private BigDecimal budgetCap;
    private String attestationText;
    private LocalDate workDate;
    private BigDecimal hours;
    private String workDescription;

    @PostConstruct
    void start() {
        proposal = new ProposalForm();
        attestationText = messages.text("legal.reviewer.attestationText");
        workDate = LocalDate.now();
        termsFromAssignment();
    }

    /** The engagement form shows the terms agreed so far. */
    private void termsFromAssignment() {
        ReviewerAssignment active = page.getActiveAssignment();
        hourlyRate = active == null ? null : active.getHourlyRate();
        retainer = active == null ? null : active.getRetainer();
        budgetCap = active == null ? null : active.getBudgetCap();
    }

    // ---- the firm's side ----------------------------------------------------------------------------------

    public void addTie() {
        proposal.getDeclaredTies().add(new ProposalForm.Tie());
    }

    public void removeTie(int index) {
        if (index >= 0 && index < proposal.getDeclaredTies().size()) {
            proposal.getDeclaredTies().remove(index);
        }
    }

    /** Proposes the chosen candidate at the case version on the page; the conflict check decides what follows. */
    public void propose() {
        ReviewerAssignment proposed = reviews.propose(page.getId(), page.getLegalCase().getVersion(), proposal);
        String name = reviewerName(proposed);
        if (proposed.getStatus() == AssignmentStatus.ASSIGNED) {
            messages.info("legal.reviewer.assigned", name);
        } else {
            messages.warn("legal.reviewer.waiverRequested", name);
        }
        proposal = new ProposalForm();
        page.reload();
        termsFromAssignment();
    }

    public void approveWaiver(long assignmentId) {
        ReviewerAssignment approved = reviews.approveWaiver(page.getId(), assignmentId);
        messages.info("legal.reviewer.waiverApproved", reviewerName(approved));
        page.reload();
        termsFromAssignment();
    }

    public void withdraw(long assignmentId) {
        ReviewerAssignment withdrawn = reviews.withdraw(page.getId(), assignmentId);
        messages.info("legal.reviewer.withdrawn", reviewerName(withdrawn));
        page.reload();
        termsFromAssignment();
    }

    public void engage() {
        ReviewerAssignment engaged = time.engage(page.getId(), hourlyRate, retainer, budgetCap);
        messages.info("legal.reviewer.engaged", reviewerName(engaged));
        page.reload();
        termsFromAssignment();
    }

    public void invoice() {
        ReviewInvoice invoice = time.invoice(page.getId());
        messages.info("legal.reviewer.invoiceIssued", invoice.getHours(), formats.money(invoice.getFees()),
                formats.money(invoice.getAmountDue()));
        page.reload();
    }

    // ---- the reviewer's own work ---------------------------------------------------------------------------

    public void attest() {
        reviews.attest(page.getId(), attestationText);
        messages.info("legal.reviewer.attested");
        page.reload();
    }

    public void logTime() {
        time.logTime(page.getId(), workDate, hours, workDescription);
        messages.info("legal.reviewer.timeLogged", hours);
        workDate = LocalDate.now();
        hours = null;
        workDescription = null;
        page.reload();
    }

    /** The reviewer's name as the directory gives it (the firm sees the candidates), else their user name. */
    public String reviewerName(ReviewerAssignment assignment) {
        Map<Long, String> names = page.getCandidates().stream()
                .collect(Collectors.toMap(Reviews.Candidate::practitionerId, Reviews.Candidate::name, (a, b) -> a));
        String name = names.get(assignment.getPractitionerId());
        return name != null ? name : assignment.getReviewerUsername();
    }

    /** Stored one per line (conflicts, gaps), shown as a list. */
    public List<String> lines(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    /** Whether the caller may approve the waiver: someone other than the person who asked for it. */
    public boolean mayApprove(ReviewerAssignment assignment) {
        return page.isFirmSide() && assignment.getStatus() == AssignmentStatus.WAIVER_PENDING
                && !assignment.getProposedBy().equals(security.getCallerPrincipal().getName());
    }

    public LicenceStatus[] getLicences() { return LicenceStatus.values(); }
    public DeclaredTie.Kind[] getTieKinds() { return DeclaredTie.Kind.values(); }
    public ProposalForm getProposal() { return proposal; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public void setHourlyRate(BigDecimal hourlyRate) { this.hourlyRate = hourlyRate; }
    public BigDecimal getRetainer() { return retainer; }
    public void setRetainer(BigDecimal retainer) { this.retainer = retainer; }
    public BigDecimal getBudgetCap() { return budgetCap; }
    public void setBudgetCap(BigDecimal budgetCap) { this.budgetCap = budgetCap; }
    public String getAttestationText() { return attestationText; }
    public void setAttestationText(String attestationText) { this.attestationText = attestationText; }
    public LocalDate getWorkDate() { return workDate; }
    public void setWorkDate(LocalDate workDate) { this.workDate = workDate; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public String getWorkDescription() { return workDescription; }
    public void setWorkDescription(String workDescription) { this.workDescription = workDescription; }
}
