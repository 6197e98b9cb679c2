package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.boundary.AuditQuery;
import org.secondopinion.audit.control.ChainVerdict;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/** The audit log for administrators and their monitoring (for example a SIEM pulling entries). */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_PAGE = 1000;

    @Inject
    AuditLog auditLog;

    public record EntryView(long id, Instant occurredAt, String actor, AuditAction action, String recordType,
                            String recordId, AuditOutcome outcome, String detail, String clientAddress, String hash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getOutcome(), e.getDetail(), e.getClientAddress(), e.getHash());
        }
    }

    @GET
    @Path("entries")
    public List<EntryView> entries(@QueryParam("actor") String actor,
                                   @QueryParam("action") AuditAction action,
                                   @QueryParam("recordType") String recordType,
                                   @QueryParam("recordId") String recordId,
                                   @QueryParam("outcome") AuditOutcome outcome,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("100") int max) {
        if (first < 0) {
            throw new RuleViolation("first", "first must be 0 or more.");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new RuleViolation("max", "max must be between 1 and " + MAX_PAGE + ".");
        }
        return auditLog.search(new AuditQuery(actor, action, recordType, recordId, outcome, null, null), first, max)
                .stream().map(EntryView::of).toList();
    }

    @POST
    @Path("verification")
    public ChainVerdict verify() {
        return auditLog.verify();
    }
}
