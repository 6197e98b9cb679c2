package org.secondopinion.audit.control;

/**
 * The result of verifying the audit chain: intact, or the first broken entry and why.
 *
 * @param firstBrokenEntryId null when the chain is intact
 */
public record ChainVerdict(boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason) {

    public static ChainVerdict intact(long checked) {
        return new ChainVerdict(true, checked, null, null);
    }

    public static ChainVerdict broken(long entryId, long checked, String reason) {
        return new ChainVerdict(false, checked, entryId, reason);
    }
}
