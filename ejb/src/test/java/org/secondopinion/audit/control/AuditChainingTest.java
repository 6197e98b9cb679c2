package org.secondopinion.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditEvent;
import org.secondopinion.audit.entity.AuditOutcome;

class AuditChainingTest {

    private static final String GENESIS = "0".repeat(64);

    private static AuditEvent event(String detail) {
        return new AuditEvent(Instant.parse("2026-12-06T10:00:00Z"), "admin", AuditAction.CREATE, "UserAccount", "7",
                AuditOutcome.SUCCESS, detail, "127.0.0.1");
    }

    @Test
    void numbersTheEntriesOnFromTheHeadEachWithTheHashBeforeIt() {
        List<AuditEntry> entries = AuditChaining.link(41, "a".repeat(64), List.of(event("one"), event("two"),
                event("three")));

        assertThat(entries).extracting(AuditEntry::getId).containsExactly(42L, 43L, 44L);
        assertThat(entries.get(0).getPreviousHash()).isEqualTo("a".repeat(64));
        assertThat(entries.get(1).getPreviousHash()).isEqualTo(entries.get(0).getHash());
        assertThat(entries.get(2).getPreviousHash()).isEqualTo(entries.get(1).getHash());
        assertThat(entries.get(2).getHash()).isEqualTo(AuditHasher.hash(44, entries.get(1).getHash(), event("three")));
    }

    @Test
    void makesAChainTheVerificationAccepts() {
        List<AuditEntry> entries = AuditChaining.link(0, GENESIS, List.of(event("one"), event("two")));
        ChainVerification verification = new ChainVerification();

        assertThat(entries).allMatch(verification::accept);
        assertThat(verification.finish(2, entries.get(1).getHash()).intact()).isTrue();
    }

    @Test
    void linksTheSameEventsDifferentlyAfterAnotherHead() {
        AuditEntry afterOne = AuditChaining.link(0, GENESIS, List.of(event("one"))).get(0);
        AuditEntry afterOther = AuditChaining.link(0, "b".repeat(64), List.of(event("one"))).get(0);

        assertThat(afterOne.getHash()).isNotEqualTo(afterOther.getHash());
        assertThat(AuditChaining.link(5, GENESIS, List.of())).isEmpty();
    }
}
