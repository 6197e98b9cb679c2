package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * A case's productions: documents released under a valid authority and within its scope, with Bates numbers.
 */
@Path("legal/cases/{id}/productions")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionsResource {

    @Inject
    Productions productions;

    public record ItemView(long documentId, String fileName, long batesFirst, long batesLast, String sha256) {
    }

    public record ProductionView(long id, long authorityId, String recipient, String purpose, String batesPrefix,
                                 long batesFirst, long batesLast, String producedBy, Instant producedAt,
                                 List<ItemView> items) {
        static ProductionView of(Production p) {
            return new ProductionView(p.getId(), p.getAuthority().getId(), p.getRecipient(), p.getPurpose(),
                    p.getBatesPrefix(), p.getBatesFirst(), p.getBatesLast(), p.getProducedBy(), p.getProducedAt(),
                    p.getItems().stream().map(i -> new ItemView(i.getDocument().getId(), i.getDocument().getFileName(),
                            i.getBatesFirst(), i.getBatesLast(), i.getSha256())).toList());
        }
    }

    /** A production request. */
    /** A class rather than a record: Payara's OpenAPI reader fails on constraints on record components. */
    public static class ProductionRequest {
        public Long authorityId;
        public List<Long> documentIds;
        @Size(max = 400, message = "Purpose is at most 400 characters.") @PlainText(value = "Purpose", multiLine = true) public String purpose;
        @Size(max = 400, message = "Recipient address is at most 400 characters.") @PlainText(value = "Recipient address", multiLine = true) public String recipientAddress;

        public ProductionRequest() {
        }

        public ProductionRequest(Long authorityId, List<Long> documentIds, String purpose, String recipientAddress) {
            this.authorityId = authorityId;
            this.documentIds = documentIds;
            this.purpose = purpose;
            this.recipientAddress = recipientAddress;
        }

        public Long authorityId() { return authorityId; }
        public List<Long> documentIds() { return documentIds; }
        public String purpose() { return purpose; }
        public String recipientAddress() { return recipientAddress; }
    }

    @GET
    public List<ProductionView> productions(@PathParam("id") long id) {
        return productions.productions(id).stream().map(ProductionView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created")
    public Response produce(@PathParam("id") long id, @Valid ProductionRequest request) {
        RequestBodies.required(request);
        ProductionView produced = ProductionView.of(productions.produce(id, request.authorityId(),
                request.documentIds(), request.purpose(), request.recipientAddress()));
        return Response.status(Response.Status.CREATED).entity(produced).build();
    }
}
