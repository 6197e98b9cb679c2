package org.secondopinion.web.billing;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.secondopinion.platform.boundary.ListPage;

/**
 * A billing table's lazy model, as the coordinator's worklist: each page is one bounded, indexed query through the
 * boundary, sorted by the column the user clicked; the count stops at the boundary's cap.
 */
public class BillingListModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page: from which row, how many, by which column ({@code null}: the list's own order), descending. */
    public interface Pages<T> extends Serializable {
        ListPage<T> page(int first, int max, String sortField, boolean descending);
    }

    /** Counts the matching rows up to the cap. */
    public interface Counter extends Serializable {
        long count();
    }

    /** The row key (the entity's id). */
    public interface Keys<T> extends Function<T, Object>, Serializable {
    }

    private final Pages<T> pages;
    private final Counter counter;
    private final Keys<T> keys;
    private boolean capped;

    public BillingListModel(Pages<T> pages, Counter counter, Keys<T> keys) {
        this.pages = pages;
        this.counter = counter;
        this.keys = keys;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = counter.count();
        capped = count > ListPage.COUNT_CAP;
        return (int) Math.min(count, ListPage.COUNT_CAP);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        ListPage<T> page = pages.page(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING);
        capped = page.capped();
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keys.apply(row));
    }

    public boolean isCapped() {
        return capped;
    }
}
