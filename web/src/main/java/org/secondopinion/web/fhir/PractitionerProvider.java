package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.secondopinion.directory.boundary.Directory;

/** {@code Practitioner}: a practitioner of the directory (the specialist a Task's owner and a note's author name). */
@Dependent
public class PractitionerProvider implements IResourceProvider {

    @Inject
    Directory directory;

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        if (!id.isIdPartValidLong()) {
            throw new ResourceNotFoundException(id);
        }
        return PractitionerMapping.practitioner(directory.openPractitioner(ReferralResources.numericId(id)));
    }
}
