package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.platform.entity.Role;

/**
 * A case's chain of custody: every receipt, download, production, hold and deletion (or refusal) of its documents.
 */
@Path("legal/cases/{id}/custody")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustodyResource {

    @Inject
    CaseDocuments documents;

    public record CustodyView(long id, Long documentId, String action, String actor, Instant at, String detail) {
        static CustodyView of(CustodyEntry e) {
            return new CustodyView(e.getId(), e.getDocumentId(), e.getAction().name(), e.getActor(), e.getAt(),
                    e.getDetail());
        }
    }

    @GET
    public List<CustodyView> custody(@PathParam("id") long id) {
        return documents.custodyLog(id).stream().map(CustodyView::of).toList();
    }
}
