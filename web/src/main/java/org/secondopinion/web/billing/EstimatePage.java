package org.secondopinion.web.billing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.secondopinion.estimate.boundary.EstimateForm;
import org.secondopinion.estimate.boundary.EstimateIssues;
import org.secondopinion.estimate.boundary.EstimateLines;
import org.secondopinion.estimate.boundary.EstimateSheet;
import org.secondopinion.estimate.boundary.Estimates;
import org.secondopinion.estimate.boundary.FinalBillForm;
import org.secondopinion.estimate.boundary.FinalBills;
import org.secondopinion.estimate.boundary.LineForm;
import org.secondopinion.estimate.boundary.ProviderForm;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.web.error.PageNotFound;
import org.secondopinion.web.shell.PageMessages;

/**
 * {@code billing/estimate.xhtml?id=}: one version of an estimate: its options side by side, the lines with how
 * each was computed, adding and removing lines while it is a draft, issuing (the Good Faith Estimate PDF for a
 * self-pay patient), a new version, and the final bills against it.
 */
@Named
@ViewScoped
public class EstimatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Estimates estimates;

    @Inject
    EstimateLines lines;

    @Inject
    EstimateIssues issues;

    @Inject
    FinalBills finalBills;

    @Inject
    PageMessages messages;

    private long id;
    private String idParam;
    private CostEstimate estimate;
    private EstimateSheet sheet;
    private List<CostEstimate> versions;
    private List<FinalBills.BillComparison> bills;
    private EstimateForm description;
    private LineForm line;
    private FinalBillForm bill;
    private List<CostEstimate.MissingProviderDetails> missingForGoodFaithEstimate = List.of();
    private ProviderForm provider = new ProviderForm();
    private Long providerLineId;

    /** f:viewAction: loads the estimate named in the address. */
    public void load() {
        id = PageNotFound.id(idParam).orElseThrow(() -> PageNotFound.of(messages, "notFound.estimate", idParam));
        try {
            show(estimates.open(id));
        } catch (RecordNotFound missing) {
            throw PageNotFound.of(messages, "notFound.estimate", idParam);
        }
        line = new LineForm();
        line.setWorkup(true);
        line.setServiceDate(estimate.getServiceDate() != null ? estimate.getServiceDate() : estimate.getScheduledOn());
        if (!estimate.getLines().isEmpty()) {
            EstimateLine last = estimate.getLines().get(estimate.getLines().size() - 1);
            line.setProviderName(last.getProviderName());
            line.setProviderNpi(last.getProviderNpi());
            line.setProviderTin(last.getProviderTin());
            line.setProviderLocation(last.getProviderLocation());
            line.setProviderState(last.getProviderState());
        } else {
            line.setProviderName(estimate.getFeeSchedule().getHospitalName());
        }
        bill = new FinalBillForm();
    }

    private void show(CostEstimate shown) {
        estimate = shown;
        sheet = EstimateSheet.of(shown);
        versions = estimates.versions(shown.getId());
        bills = finalBills.accuracy(shown.getId());
        description = EstimateForm.of(shown);
        missingForGoodFaithEstimate = shown.isDraft() ? shown.whatStopsGoodFaithEstimate() : List.of();
    }

    /** Opens the provider dialog for one line (from its row, or from what the Good Faith Estimate lacks). */
    public void editProvider(long lineId) {
        providerLineId = lineId;
        provider = estimate.getLines().stream().filter(l -> l.getId() == lineId).findFirst()
                .map(l -> ProviderForm.of(l, estimate.getVersion())).orElseGet(ProviderForm::new);
    }

    public void saveProvider() {
        provider.setVersion(estimate.getVersion());
        show(lines.changeLineProvider(id, providerLineId, provider));
        int lineNo = estimate.getLines().stream().filter(l -> l.getId().equals(providerLineId))
                .mapToInt(EstimateLine::getLineNo).findFirst().orElse(0);
        messages.info("estimate.providerSaved", lineNo);
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void addLine() {
        line.setVersion(estimate.getVersion());
        show(lines.addLine(id, line));
        messages.info("estimate.lineAdded", line.getCode());
        LineForm next = new LineForm();
        next.setWorkup(line.isWorkup());
        next.setOption(line.getOption());
        next.setProviderName(line.getProviderName());
        next.setProviderNpi(line.getProviderNpi());
        next.setProviderTin(line.getProviderTin());
        next.setProviderLocation(line.getProviderLocation());
        next.setProviderState(line.getProviderState());
        next.setServiceDate(line.getServiceDate());
        next.setNetwork(line.getNetwork());
        next.setFacilityNetwork(line.getFacilityNetwork());
        next.setPurpose(line.getPurpose());
        line = next;
    }

    public void removeLine(long lineId) {
        show(lines.removeLine(id, estimate.getVersion(), lineId));
        messages.info("estimate.lineRemoved");
    }

    public void describe() {
        description.setVersion(estimate.getVersion());
        show(estimates.describe(id, description));
        messages.info("estimate.described");
    }

    public void issue() {
        show(issues.issue(id, estimate.getVersion()));
        messages.info("estimate.issued", estimate.reference());
    }

    public String revise() {
        CostEstimate next = issues.revise(id);
        messages.info("estimate.revised", next.reference());
        messages.keepForRedirect();
        return "/billing/estimate?faces-redirect=true&id=" + next.getId();
    }

    public void recordBill() {
        finalBills.recordFinalBill(id, bill);
        messages.info("estimate.billRecorded", bill.getProviderName());
        bill = new FinalBillForm();
        show(estimates.find(id));
    }

    public ServiceCategory[] getCategories() { return ServiceCategory.values(); }
    public NetworkStatus[] getNetworks() { return NetworkStatus.values(); }
    public OpinionPurpose[] getPurposes() { return OpinionPurpose.values(); }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public CostEstimate getEstimate() { return estimate; }
    public EstimateSheet getSheet() { return sheet; }
    public List<CostEstimate> getVersions() { return versions; }
    public List<FinalBills.BillComparison> getBills() { return bills; }
    public EstimateForm getDescription() { return description; }
    public LineForm getLine() { return line; }
    public FinalBillForm getBill() { return bill; }
    public List<CostEstimate.MissingProviderDetails> getMissingForGoodFaithEstimate() { return missingForGoodFaithEstimate; }
    public ProviderForm getProvider() { return provider; }
}
