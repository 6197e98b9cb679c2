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
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.platform.entity.Role;

/**
 * A case's disclosure records: every release, for the patient's accounting of disclosures.
 */
@Path("legal/cases/{id}/disclosures")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDisclosuresResource {

    @Inject
    Productions productions;

    public record DisclosureView(long id, Instant disclosedAt, String recipient, String recipientAddress,
                                 String what, String purpose, String disclosedBy, LocalDate keepUntil) {
        static DisclosureView of(DisclosureRecord d) {
            return new DisclosureView(d.getId(), d.getDisclosedAt(), d.getRecipient(), d.getRecipientAddress(),
                    d.getWhat(), d.getPurpose(), d.getDisclosedBy(), d.getKeepUntil());
        }
    }

    @GET
    public List<DisclosureView> disclosures(@PathParam("id") long id) {
        return productions.disclosures(id).stream().map(DisclosureView::of).toList();
    }
}
