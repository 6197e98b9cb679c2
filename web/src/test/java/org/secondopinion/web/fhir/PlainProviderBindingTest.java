package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * The intake's create methods live in plain providers ({@code @Create(type = ...)}) so that the resource providers
 * that read Patient, ServiceRequest and Task (HAPI allows one per type) can sit beside them: in HAPI 8.8.0 both end
 * up in the same resource binding.
 */
class PlainProviderBindingTest {

    public static class PatientReader implements IResourceProvider {
        @Override
        public Class<? extends IBaseResource> getResourceType() {
            return Patient.class;
        }

        @Read
        public Patient read(@IdParam IdType id) {
            return new Patient();
        }
    }

    @Test
    void aPlainProvidersCreateAndAResourceProvidersReadShareTheResourceType() throws Exception {
        RestfulServer server = new RestfulServer(FhirContexts.r4());
        server.registerProvider(new PatientReader());
        server.registerProvider(new PatientIntake());
        server.registerProvider(new ServiceRequestIntake());
        server.registerProvider(new TaskIntake());
        server.registerProvider(new ReferralTransaction());
        server.init();
        assertThat(operations(server, "Patient")).contains(RestOperationTypeEnum.READ, RestOperationTypeEnum.CREATE);
        assertThat(operations(server, "ServiceRequest")).contains(RestOperationTypeEnum.CREATE);
        assertThat(operations(server, "Task")).contains(RestOperationTypeEnum.CREATE);
        assertThat(server.getServerBindings().stream().map(BaseMethodBinding::getRestOperationType))
                .contains(RestOperationTypeEnum.TRANSACTION);
    }

    private static Set<RestOperationTypeEnum> operations(RestfulServer server, String type) {
        return server.getResourceBindings().stream().filter(b -> b.getResourceName().equals(type))
                .flatMap(b -> b.getMethodBindings().stream()).map(BaseMethodBinding::getRestOperationType)
                .collect(Collectors.toSet());
    }
}
