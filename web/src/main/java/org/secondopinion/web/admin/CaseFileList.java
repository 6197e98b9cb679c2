package org.secondopinion.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.secondopinion.legal.boundary.CaseFileOversight;
import org.secondopinion.legal.boundary.CaseFileOverview;
import org.secondopinion.legal.boundary.LegalFirms;
import org.secondopinion.legal.entity.CaseStatus;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.platform.boundary.ListPage;

/**
 * {@code admin/case-files.xhtml}: the administrators' oversight of malpractice-review case files across all firms,
 * page by page, filtered by firm and status in the database; counts and the next deadline, nothing privileged.
 */
@Named
@ViewScoped
public class CaseFileList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileOversight oversight;

    @Inject
    LegalFirms legalFirms;

    private Long firmId;
    private CaseStatus status;
    private List<LegalFirm> firms;
    private LazyDataModel<CaseFileOverview> cases;

    @PostConstruct
    void init() {
        firms = legalFirms.list();
        cases = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(oversight.count(firmId, status), ListPage.COUNT_CAP);
            }

            @Override
            public List<CaseFileOverview> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
                return oversight.overview(firmId, status, first, Math.min(pageSize, ListPage.MAX_PAGE)).rows();
            }

            @Override
            public String getRowKey(CaseFileOverview overview) {
                return Long.toString(overview.id());
            }
        };
    }

    public void clearFilters() {
        firmId = null;
        status = null;
    }

    public LazyDataModel<CaseFileOverview> getCases() { return cases; }
    public List<LegalFirm> getFirms() { return firms; }
    public CaseStatus[] getStatuses() { return CaseStatus.values(); }
    public Long getFirmId() { return firmId; }
    public void setFirmId(Long firmId) { this.firmId = firmId; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
}
