package org.secondopinion.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditEvent;
import org.secondopinion.audit.entity.AuditOutcome;

class ChainVerificationTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void findsAnUntouchedChainIntact() {
        List<AuditEntry> chain = chain(5);
        ChainVerdict verdict = verify(chain, 5, chain.get(4).getHash());
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entriesChecked()).isEqualTo(5);
    }

    @Test
    void findsAnEmptyChainIntact() {
        assertThat(new ChainVerification().finish(0, AuditHasher.GENESIS).intact()).isTrue();
    }

    @Test
    void namesTheEntryWhoseContentWasEdited() {
        List<AuditEntry> chain = chain(5);
        chain.set(2, copy(chain.get(2), 3, "mallory", chain.get(2).getPreviousHash(), chain.get(2).getHash()));
        ChainVerdict verdict = verify(chain, 5, chain.get(4).getHash());
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(3);
        assertThat(verdict.reason()).contains("content does not match");
        assertThat(verdict.entriesChecked()).isEqualTo(2);
    }

    @Test
    void namesTheEntryRewrittenTogetherWithItsHash() {
        List<AuditEntry> chain = chain(5);
        AuditEntry original = chain.get(1);
        AuditEvent forged = new AuditEvent(original.getOccurredAt(), "mallory", original.getAction(),
                original.getRecordType(), original.getRecordId(), original.getOutcome(), original.getDetail(), null);
        String forgedHash = AuditHasher.hash(2, original.getPreviousHash(), forged);
        chain.set(1, new AuditEntry(2, forged, original.getPreviousHash(), forgedHash));
        ChainVerdict verdict = verify(chain, 5, chain.get(4).getHash());
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(2);
        assertThat(verdict.reason()).contains("entry 3 records a different hash");
    }

    @Test
    void namesTheEntryDeletedFromTheMiddle() {
        List<AuditEntry> chain = chain(5);
        chain.remove(2);
        ChainVerdict verdict = verify(chain, 5, chain.get(3).getHash());
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(3);
        assertThat(verdict.reason()).contains("entry 3 is missing");
    }

    @Test
    void namesTheEntryDeletedFromTheEnd() {
        List<AuditEntry> chain = chain(5);
        String headHash = chain.get(4).getHash();
        chain.remove(4);
        ChainVerdict verdict = verify(chain, 5, headHash);
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(5);
        assertThat(verdict.reason()).contains("missing");
    }

    @Test
    void namesTheFirstOfTwoEntriesSwapped() {
        List<AuditEntry> chain = chain(5);
        AuditEntry second = chain.get(1);
        AuditEntry third = chain.get(2);
        chain.set(1, copy(third, 2, third.getActor(), third.getPreviousHash(), third.getHash()));
        chain.set(2, copy(second, 3, second.getActor(), second.getPreviousHash(), second.getHash()));
        ChainVerdict verdict = verify(chain, 5, chain.get(4).getHash());
        assertThat(verdict.firstBrokenEntryId()).isEqualTo(2);
    }

    @Test
    void hashDependsOnEveryField() {
        AuditEvent event = event(1, "alice");
        String hash = AuditHasher.hash(1, AuditHasher.GENESIS, event);
        assertThat(AuditHasher.hash(2, AuditHasher.GENESIS, event)).isNotEqualTo(hash);
        assertThat(AuditHasher.hash(1, "1".repeat(64), event)).isNotEqualTo(hash);
        assertThat(AuditHasher.hash(1, AuditHasher.GENESIS, event(1, "alicE"))).isNotEqualTo(hash);
        AuditEvent otherDetail = new AuditEvent(event.occurredAt(), event.actor(), event.action(), event.recordType(),
                event.recordId(), event.outcome(), "other", null);
        assertThat(AuditHasher.hash(1, AuditHasher.GENESIS, otherDetail)).isNotEqualTo(hash);
        // fields are length-prefixed: moving text from one field to the next changes the hash
        AuditEvent shifted = new AuditEvent(event.occurredAt(), event.actor(), event.action(), "User", "Account1",
                event.outcome(), event.detail(), null);
        AuditEvent unshifted = new AuditEvent(event.occurredAt(), event.actor(), event.action(), "UserAccount", "1",
                event.outcome(), event.detail(), null);
        assertThat(AuditHasher.hash(1, AuditHasher.GENESIS, shifted))
                .isNotEqualTo(AuditHasher.hash(1, AuditHasher.GENESIS, unshifted));
    }

    @Test
    void keepsMillisecondsOnlySoTheStoredTimeHashesTheSame() {
        AuditEvent precise = new AuditEvent(Instant.parse("2026-11-26T08:00:00.123456789Z"), "a", AuditAction.READ,
                null, null, AuditOutcome.SUCCESS, null, null);
        assertThat(precise.occurredAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00.123Z"));
    }

    private static ChainVerdict verify(List<AuditEntry> chain, long headId, String headHash) {
        ChainVerification verification = new ChainVerification();
        for (AuditEntry entry : chain) {
            if (!verification.accept(entry)) {
                break;
            }
        }
        return verification.finish(headId, headHash);
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditHasher.GENESIS;
        for (long id = 1; id <= length; id++) {
            AuditEvent event = event(id, "user" + id);
            String hash = AuditHasher.hash(id, previous, event);
            chain.add(new AuditEntry(id, event, previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static AuditEvent event(long n, String actor) {
        return new AuditEvent(T0.plusSeconds(n), actor, AuditAction.UPDATE, "UserAccount", Long.toString(n),
                AuditOutcome.SUCCESS, "changed roles", "10.0.0." + n);
    }

    private static AuditEntry copy(AuditEntry entry, long id, String actor, String previousHash, String hash) {
        AuditEvent e = entry.event();
        return new AuditEntry(id, new AuditEvent(e.occurredAt(), actor, e.action(), e.recordType(), e.recordId(),
                e.outcome(), e.detail(), e.clientAddress()), previousHash, hash);
    }
}
