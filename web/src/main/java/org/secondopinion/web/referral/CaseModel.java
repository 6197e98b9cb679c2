package org.secondopinion.web.referral;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.secondopinion.referral.boundary.Page;
import org.secondopinion.referral.boundary.WorklistQuery;
import org.secondopinion.referral.entity.Referral;

/**
 * A worklist table's lazy model: each page is one bounded, indexed query through the
 * boundary; the count stops at the boundary's cap ("10,000+"), never a full COUNT(*).
 */
public class CaseModel extends LazyDataModel<Referral> {

    private static final long serialVersionUID = 1L;

    /** How the page fetches rows and counts them (the coordinator's queue or the specialist's own cases). */
    interface Source extends java.io.Serializable {
        Page<Referral> page(WorklistQuery query, int first, int max);

        long count(WorklistQuery query);
    }

    /** The filters the page shows, read afresh for every page. */
    interface Filters extends Supplier<WorklistQuery>, java.io.Serializable {
    }

    private final Source source;
    private final Filters filters;
    private boolean capped;

    CaseModel(Source source, Filters filters) {
        this.source = source;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = source.count(filters.get());
        capped = count > org.secondopinion.referral.boundary.Referrals.COUNT_CAP;
        return (int) Math.min(count, org.secondopinion.referral.boundary.Referrals.COUNT_CAP);
    }

    @Override
    public List<Referral> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        WorklistQuery query = filters.get();
        sortBy.values().stream().findFirst().ifPresent(sort -> {
            query.setSort(switch (sort.getField()) {
                case "createdAt" -> WorklistQuery.Sort.CREATED;
                case "status" -> WorklistQuery.Sort.STATUS;
                default -> WorklistQuery.Sort.DUE;
            });
            query.setDescending(sort.getOrder() == SortOrder.DESCENDING);
        });
        Page<Referral> page = source.page(query, first, pageSize);
        capped = page.capped();
        return page.rows();
    }

    @Override
    public String getRowKey(Referral referral) {
        return Long.toString(referral.getId());
    }

    public boolean isCapped() {
        return capped;
    }
}
