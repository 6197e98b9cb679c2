package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.secondopinion.directory.boundary.Directory;
import org.secondopinion.directory.boundary.OrganisationForm;
import org.secondopinion.directory.boundary.PractitionerForm;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.entity.Role;

/**
 * The directory of organisations (with practice groups and networks) and practitioners.
 * Coordinators and administrators maintain it; legal staff read it to choose reviewers.
 * A view carries the fields of the form that changes it, so a client can read, edit and
 * send it back; its {@code version} must be the one read, or the change is refused (409).
 * Bodies are validated by the boundary's method constraints.
 */
@Path("directory")
@RequestScoped
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    @Context
    UriInfo uri;

    /** An organisation, practice group or network. */
    public record OrganisationView(long id, String name, OrganisationKind kind, String npi, String city,
                                   Long networkId, String networkName, long version) {
        static OrganisationView of(Organisation o) {
            Organisation network = o.getNetwork();
            return new OrganisationView(o.getId(), o.getName(), o.getKind(), o.getNpi(), o.getCity(),
                    network == null ? null : network.getId(), network == null ? null : network.getName(),
                    o.getVersion());
        }
    }

    /** A network, organisation or practice group a practitioner belongs to, named. */
    public record Membership(long id, String name) {
        static Membership of(Organisation o) {
            return o == null ? null : new Membership(o.getId(), o.getName());
        }
    }

    /** A practitioner; specialties are written "Field" or "Field / Sub-specialty". */
    public record PractitionerView(long id, String displayName, String givenName, String familyName, String npi,
                                   String username, List<String> specialties, List<String> languages,
                                   Long organisationId, Long practiceGroupId, List<Long> networkIds,
                                   Membership organisation, Membership practiceGroup, List<Membership> networks,
                                   int yearsExperience, int capacity, boolean available,
                                   BigDecimal medianTurnaroundDays, long version) {
        static PractitionerView of(Practitioner p) {
            List<Organisation> networks = p.getNetworks().stream()
                    .sorted(Comparator.comparing(Organisation::getName)).toList();
            return new PractitionerView(p.getId(), p.displayName(), p.getGivenName(), p.getFamilyName(), p.getNpi(),
                    p.getUsername(),
                    p.getSpecialties().stream().map(Specialty::toString).toList(),
                    List.copyOf(p.getLanguages()),
                    p.getOrganisation() == null ? null : p.getOrganisation().getId(),
                    p.getPracticeGroup() == null ? null : p.getPracticeGroup().getId(),
                    networks.stream().map(Organisation::getId).toList(),
                    Membership.of(p.getOrganisation()), Membership.of(p.getPracticeGroup()),
                    networks.stream().map(Membership::of).toList(),
                    p.getYearsExperience(), p.getCapacity(), p.isAvailable(), p.getMedianTurnaroundDays(),
                    p.getVersion());
        }
    }

    @GET
    @Path("organisations")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<OrganisationView> organisations() {
        return directory.organisations().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("organisations/{id}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public OrganisationView organisation(@PathParam("id") long id) {
        return OrganisationView.of(directory.organisation(id));
    }

    @POST
    @Path("organisations")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response addOrganisation(@Valid OrganisationForm form) {
        OrganisationView added = OrganisationView.of(directory.addOrganisation(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("organisations/{id}")
    public OrganisationView changeOrganisation(@PathParam("id") long id, @Valid OrganisationForm form) {
        return OrganisationView.of(directory.changeOrganisation(id, form));
    }

    /** Every practitioner, or those practising one field ({@code ?specialty=Oncology}, any case). */
    @GET
    @Path("practitioners")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public List<PractitionerView> practitioners(@QueryParam("specialty") String specialty) {
        List<Practitioner> found = specialty == null || specialty.isBlank()
                ? directory.practitioners() : directory.practitionersIn(specialty.trim());
        return found.stream().map(PractitionerView::of).toList();
    }

    @GET
    @Path("practitioners/{id}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.LEGAL})
    public PractitionerView practitioner(@PathParam("id") long id) {
        return PractitionerView.of(directory.practitioner(id));
    }

    @POST
    @Path("practitioners")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response addPractitioner(@Valid PractitionerForm form) {
        PractitionerView added = PractitionerView.of(directory.addPractitioner(form));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("practitioners/{id}")
    public PractitionerView changePractitioner(@PathParam("id") long id, @Valid PractitionerForm form) {
        return PractitionerView.of(directory.changePractitioner(id, form));
    }
}
