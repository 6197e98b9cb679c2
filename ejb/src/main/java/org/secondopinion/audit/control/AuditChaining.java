package org.secondopinion.audit.control;

import java.util.ArrayList;
import java.util.List;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditEvent;

/** Places written events in the chain after its head: consecutive numbers, each entry with the hash before it. */
public final class AuditChaining {

    private AuditChaining() {
    }

    public static List<AuditEntry> link(long lastEntryId, String lastHash, List<AuditEvent> events) {
        List<AuditEntry> entries = new ArrayList<>(events.size());
        long id = lastEntryId;
        String previous = lastHash;
        for (AuditEvent event : events) {
            id++;
            AuditEntry entry = new AuditEntry(id, event, previous, AuditHasher.hash(id, previous, event));
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }
}
