package org.secondopinion.audit.control;

import org.secondopinion.audit.entity.AuditEntry;

/**
 * Walks the audit chain in id order and stops at the first entry that does not hold:
 * a gap in the numbering (an entry deleted), a stored hash that is not the hash of
 * the stored content (an entry edited or moved), or a hash that the next entry does
 * not record as its predecessor (an entry rewritten together with its hash).
 * Feed it every entry with {@link #accept}, then {@link #finish} with the chain head.
 */
public class ChainVerification {

    private long expectedId = 1;
    private String previousHash = AuditHasher.GENESIS;
    private long checked;
    private ChainVerdict broken;

    /** @return false once the chain is known to be broken (no need to feed more). */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.getId() != expectedId) {
            return fail(expectedId, entry.getId() > expectedId
                    ? "entry " + expectedId + " is missing (the next entry found is " + entry.getId() + ")"
                    : "entry " + entry.getId() + " is out of order (expected " + expectedId + ")");
        }
        String recomputed = AuditHasher.hash(entry.getId(), entry.getPreviousHash(), entry.event());
        boolean selfConsistent = recomputed.equals(entry.getHash());
        if (!entry.getPreviousHash().equals(previousHash)) {
            // an entry that still matches its own hash was not touched: its predecessor was rewritten
            return selfConsistent
                    ? fail(expectedId - 1, "entry " + (expectedId - 1) + " was changed: entry " + expectedId
                            + " records a different hash for it")
                    : fail(expectedId, "entry " + expectedId + " was changed: its link to the previous entry is wrong");
        }
        if (!selfConsistent) {
            return fail(entry.getId(), "entry " + entry.getId() + " was changed: its content does not match its hash");
        }
        checked++;
        expectedId++;
        previousHash = entry.getHash();
        return true;
    }

    /** Compares the end of the chain with the head the application last wrote. */
    public ChainVerdict finish(long headLastId, String headLastHash) {
        if (broken != null) {
            return broken;
        }
        long lastSeen = expectedId - 1;
        if (headLastId > lastSeen) {
            return ChainVerdict.broken(lastSeen + 1, checked,
                    "entry " + (lastSeen + 1) + " is missing (the chain should end at " + headLastId + ")");
        }
        if (headLastId < lastSeen) {
            return ChainVerdict.broken(headLastId + 1, checked,
                    "entry " + (headLastId + 1) + " was added outside the application");
        }
        if (!headLastHash.equals(previousHash)) {
            return ChainVerdict.broken(lastSeen, checked, "entry " + lastSeen + " was changed: its hash is not the one last written");
        }
        return ChainVerdict.intact(checked);
    }

    private boolean fail(long entryId, String reason) {
        broken = ChainVerdict.broken(entryId, checked, reason);
        return false;
    }
}
