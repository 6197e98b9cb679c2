package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A case file's documents: the list (for the reviewer, those produced to them) and a new document received as the
 * raw body, streamed to storage with its SHA-256.
 */
@Path("legal/cases/{id}/documents")
@RequestScoped
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDocumentsResource {

    @Inject
    CaseDocuments documents;

    @Context
    UriInfo uri;

    public record DocumentView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                               Integer pageCount, String labels, String source, String receivedBy,
                               Instant receivedAt) {
        static DocumentView of(LegalDocument d) {
            return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                    d.getPageCount(), d.getLabels(), d.getSource(), d.getReceivedBy(), d.getReceivedAt());
        }
    }

    @GET
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documents.list(id).stream().map(DocumentView::of).toList();
    }

    /** Receives a document as the raw body; {@code labels} is a comma-separated list of {@link DocumentLabel}. */
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/*", "application/dicom",
            MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response receive(@PathParam("id") long id, @QueryParam("name") String name,
                            @HeaderParam("X-File-Name") String header, @QueryParam("labels") String labels,
                            @QueryParam("source") String source, InputStream body) {
        DocumentView received = DocumentView.of(documents.receive(id, name != null ? name : header, labels(labels),
                source, body));
        return Response.created(uri.getBaseUriBuilder().path("legal/documents/" + received.id()).build())
                .entity(received).build();
    }

    private static Set<DocumentLabel> labels(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.of(DocumentLabel.MEDICAL_RECORD);
        }
        Set<DocumentLabel> labels = EnumSet.noneOf(DocumentLabel.class);
        for (String label : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try {
                labels.add(DocumentLabel.valueOf(label.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("labels", "Unknown label " + label + "; use " + Arrays.toString(
                        DocumentLabel.values()) + ".");
            }
        }
        return labels;
    }
}
