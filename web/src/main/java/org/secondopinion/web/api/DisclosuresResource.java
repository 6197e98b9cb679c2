package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.secondopinion.legal.boundary.Productions;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/** A patient's accounting of disclosures across every case (COORDINATOR, ADMIN: the privacy office). */
@Path("disclosures")
@RequestScoped
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class DisclosuresResource {

    @Inject
    Productions productions;

    public record PatientDisclosure(long caseId, String patientName, LocalDate patientBirthDate,
                                    CaseDisclosuresResource.DisclosureView disclosure) {
    }

    @GET
    public List<PatientDisclosure> ofPatient(@QueryParam("name") String name, @QueryParam("birthDate") String born) {
        LocalDate birthDate;
        try {
            birthDate = born == null ? null : LocalDate.parse(born.strip());
        } catch (DateTimeParseException bad) {
            throw new RuleViolation("birthDate", "birthDate is a date written 1970-03-04.");
        }
        return productions.disclosuresOf(name, birthDate).stream().map(d -> new PatientDisclosure(d.getCaseId(),
                d.getPatientName(), d.getPatientBirthDate(), CaseDisclosuresResource.DisclosureView.of(d))).toList();
    }
}
