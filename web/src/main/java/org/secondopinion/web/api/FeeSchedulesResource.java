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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.FeeScheduleIssue;
import org.secondopinion.feeschedule.entity.ScheduledCharge;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.Role;

/**
 * Fee schedules for billing systems: send a hospital's price file (CMS format, CSV or JSON)
 * as the raw body; it is imported in the background (202 with the schedule to poll), then its
 * report, rejected rows and charges by code can be read.
 */
@Path("fee-schedules")
@RequestScoped
@RolesAllowed(Role.Names.BILLING)
@Produces(MediaType.APPLICATION_JSON)
public class FeeSchedulesResource {

    @Inject
    FeeSchedules feeSchedules;

    @Context
    UriInfo uri;

    /** A fee schedule and its import's progress and report. */
    public record ScheduleView(long id, String fileName, String fileSha256, String status, int percentDone,
                               String hospitalName, String templateVersion, String fileFormat, LocalDate effectiveDate,
                               long rowsRead, long chargesAccepted, long rejectedCount, long warningCount, String message,
                               String importedBy, Instant startedAt, Instant finishedAt) {
        static ScheduleView of(FeeSchedule f) {
            return new ScheduleView(f.getId(), f.getFileName(), f.getFileSha256(), f.getStatus().name(), f.percentDone(),
                    f.getHospitalName(), f.getTemplateVersion(), f.getFileFormat(), f.getEffectiveDate(), f.getRowsRead(),
                    f.getChargesAccepted(), f.getRejectedCount(), f.getWarningCount(), f.getMessage(), f.getImportedBy(),
                    f.getStartedAt(), f.getFinishedAt());
        }
    }

    public record IssueView(long line, String location, String field, String message, boolean warning) {
        static IssueView of(FeeScheduleIssue i) {
            return new IssueView(i.getLine(), i.getLocation(), i.getField(), i.getMessage(), i.isWarning());
        }
    }

    public record ChargeView(String code, String codeType, String description, String setting, String modifiers,
                             BigDecimal grossCharge, BigDecimal discountedCash, String payerName, String planName,
                             BigDecimal negotiatedDollar, BigDecimal negotiatedPercentage, String negotiatedAlgorithm,
                             BigDecimal medianAmount, BigDecimal percentile10, BigDecimal percentile90,
                             String methodology, long line) {
        static ChargeView of(ScheduledCharge c) {
            return new ChargeView(c.getCode(), c.getCodeType(), c.getDescription(), c.getSetting(), c.getModifiers(),
                    c.getGrossCharge(), c.getDiscountedCash(), c.getPayerName(), c.getPlanName(), c.getNegotiatedDollar(),
                    c.getNegotiatedPercentage(), c.getNegotiatedAlgorithm(), c.getMedianAmount(), c.getPercentile10(),
                    c.getPercentile90(), c.getMethodology(), c.getSourceLine());
        }
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
            "application/gzip"})
    @Operation(summary = "Receives a hospital price file (CMS template v2 or v3: tall CSV, wide CSV or JSON, optionally gzip) and imports it in the background")
    @RequestBody(required = true, description = "The price file, as sent; its name in ?name= or X-File-Name",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Received; the import runs (poll the Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "413", description = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "422", description = ApiDocs.REFUSED)
    public Response receive(@QueryParam("name") String name, @HeaderParam("X-File-Name") String header, InputStream body) {
        ScheduleView view = ScheduleView.of(feeSchedules.receive(name != null ? name : header, body));
        return Response.accepted(view).location(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
                .build();
    }

    /**
     * The price files received, newest first; {@code first} and {@code max} page them as the worklist does (default:
     * the newest 200), {@code sort} (STARTED, FILE) and {@code desc} order them; the number of files is in
     * {@code X-Total-Count}.
     */
    @GET
    @Operation(summary = "The price files received, newest first; paged, with X-Total-Count")
    @APIResponse(responseCode = "200", description = "A page of fee schedules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    public Response list(@QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first, @QueryParam("max") Integer max,
                         @QueryParam("sort") FeeSchedules.Sort sort, @QueryParam("desc") Boolean descending) {
        ListPage<FeeSchedule> page = feeSchedules.page(Paging.first(first), Paging.max(max, 200), sort,
                descending != null ? descending : sort == null);
        return Response.ok(page.rows().stream().map(ScheduleView::of).toList())
                .header("X-Total-Count", page.capped() ? ListPage.COUNT_CAP + "+" : Long.toString(page.count())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A fee schedule and how far its import is")
    @APIResponse(responseCode = "200", description = "The fee schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public ScheduleView get(@PathParam("id") long id) {
        return ScheduleView.of(feeSchedules.find(id));
    }

    @GET
    @Path("{id}/issues")
    @Operation(summary = "The rows a fee schedule's import rejected or warned about, with their line numbers")
    @APIResponse(responseCode = "200", description = "The issues",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IssueView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public List<IssueView> issues(@PathParam("id") long id, @QueryParam("first") int first,
                                  @QueryParam("max") Integer max) {
        return feeSchedules.issues(id, Paging.first(first), Paging.max(max, 100)).stream().map(IssueView::of).toList();
    }

    @GET
    @Path("{id}/charges")
    @Operation(summary = "A fee schedule's standard charges, by code")
    @APIResponse(responseCode = "200", description = "The charges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ChargeView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.INVALID)
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public List<ChargeView> charges(@PathParam("id") long id, @QueryParam("code") String code,
                                    @QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
                                    @QueryParam("max") Integer max) {
        return feeSchedules.charges(id, code, Paging.first(first), Paging.max(max, ListPage.MAX_PAGE)).stream()
                .map(ChargeView::of).toList();
    }
}
