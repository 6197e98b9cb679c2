package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.boundary.Directory;

/** {@code Practitioner}: a practitioner of the directory (the specialist a Task's owner and a note's author name). */
@Dependent
public class PractitionerProvider implements IResourceProvider {

    @Inject
    Directory directory;

    @Inject
    AuditLog audit;

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        if (!id.isIdPartValidLong()) {
            throw new ResourceNotFoundException(id);
        }
        Practitioner practitioner = PractitionerMapping.practitioner(directory.practitioner(id.getIdPartAsLong()));
        audit.record(AuditAction.READ, "Practitioner", id.getIdPartAsLong(), "read through FHIR");
        return practitioner;
    }
}
