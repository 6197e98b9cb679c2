package org.secondopinion.audit.control;

import java.io.Serializable;

/**
 * The result of verifying the audit chain: intact, or the first broken entry and why.
 *
 * @param firstBrokenEntryId null when the chain is intact
 * @param unchained entries written but not linked into the chain yet when the walk ended
 */
public record ChainVerdict(boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason,
                           long unchained) implements Serializable {

    public static ChainVerdict intact(long checked) {
        return new ChainVerdict(true, checked, null, null, 0);
    }

    public static ChainVerdict broken(long entryId, long checked, String reason) {
        return new ChainVerdict(false, checked, entryId, reason, 0);
    }

    /** The same verdict, with the number of entries not chained yet. */
    public ChainVerdict withUnchained(long count) {
        return new ChainVerdict(intact, entriesChecked, firstBrokenEntryId, reason, count);
    }
}
