package org.secondopinion.estimate.boundary;

/** How the estimate list is sorted; each order is served by an index (V40). */
public enum EstimateSort {
    CREATED(" ORDER BY e.createdAt%1$s, e.id%1$s"),
    PATIENT(" ORDER BY e.patientName%1$s, e.id%1$s"),
    STATUS(" ORDER BY e.status%1$s, e.createdAt%1$s, e.id%1$s"),
    NUMBER(" ORDER BY e.estimateNumber%1$s, e.revision%1$s");

    private final String orderBy;

    EstimateSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy(boolean descending) {
        return orderBy.formatted(descending ? " DESC" : " ASC");
    }
}
