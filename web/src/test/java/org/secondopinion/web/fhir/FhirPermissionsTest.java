package org.secondopinion.web.fhir;

import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.CREATE;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.DELETE;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.HISTORY_INSTANCE;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.METADATA;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.READ;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.SEARCH_TYPE;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.TRANSACTION;
import static ca.uhn.fhir.rest.api.RestOperationTypeEnum.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.platform.entity.Role;

class FhirPermissionsTest {

    private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
    private static final Set<Role> SPECIALIST = EnumSet.of(Role.SPECIALIST);
    private static final Set<Role> BILLING = EnumSet.of(Role.BILLING);
    private static final Set<Role> LEGAL = EnumSet.of(Role.LEGAL);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> NONE = EnumSet.noneOf(Role.class);

    private static ApiCaller client(String... scopes) {
        return new ApiCaller("ehr", Set.of(scopes));
    }

    @Test
    void theCapabilityStatementIsForAnyone() {
        assertThat(FhirPermissions.refusal(null, METADATA, NONE, null)).isEmpty();
    }

    @Test
    void coordinatorsTakeReferralsInAndReadThem() {
        assertThat(FhirPermissions.refusal(null, TRANSACTION, COORDINATOR, null)).isEmpty();
        assertThat(FhirPermissions.refusal("ServiceRequest", CREATE, COORDINATOR, null)).isEmpty();
        assertThat(FhirPermissions.refusal("Task", UPDATE, COORDINATOR, null)).isEmpty();
        assertThat(FhirPermissions.refusal("Task", HISTORY_INSTANCE, COORDINATOR, null)).isEmpty();
        assertThat(FhirPermissions.refusal("Coverage", SEARCH_TYPE, COORDINATOR, null)).isEmpty();
    }

    @Test
    void specialistsReadClinicalResourcesButChangeNothing() {
        assertThat(FhirPermissions.refusal("DocumentReference", SEARCH_TYPE, SPECIALIST, null)).isEmpty();
        assertThat(FhirPermissions.refusal("Task", UPDATE, SPECIALIST, null)).isPresent();
        assertThat(FhirPermissions.refusal(null, TRANSACTION, SPECIALIST, null)).isPresent();
        assertThat(FhirPermissions.refusal("Coverage", READ, SPECIALIST, null)).isPresent();
    }

    @Test
    void billingLegalAndAdministratorsNeverSeeClinicalResources() {
        for (Set<Role> roles : java.util.List.of(BILLING, LEGAL, ADMIN)) {
            for (String type : FhirPermissions.CLINICAL) {
                assertThat(FhirPermissions.refusal(type, READ, roles, null)).as(type + " for " + roles).isPresent();
            }
            assertThat(FhirPermissions.refusal(null, TRANSACTION, roles, null)).isPresent();
        }
        assertThat(FhirPermissions.refusal("Coverage", SEARCH_TYPE, BILLING, null)).isEmpty();
        assertThat(FhirPermissions.refusal("Coverage", READ, LEGAL, null)).isPresent();
    }

    @Test
    void coverageIsReadOnly() {
        assertThat(FhirPermissions.refusal("Coverage", CREATE, COORDINATOR, null)).isPresent();
        assertThat(FhirPermissions.refusal("Coverage", UPDATE, BILLING, null)).isPresent();
        assertThat(FhirPermissions.refusal("Coverage", CREATE, NONE, client("fhir.coverage.read"))).isPresent();
    }

    @Test
    void aClientIsConfinedToItsScopesWhateverRoleTheyLend() {
        ApiCaller reader = client("fhir.referral.read");
        assertThat(FhirPermissions.refusal("Task", READ, COORDINATOR, reader)).isEmpty();
        assertThat(FhirPermissions.refusal("Task", UPDATE, COORDINATOR, reader)).hasValueSatisfying(
                r -> assertThat(r).contains("fhir.referral.write"));
        assertThat(FhirPermissions.refusal(null, TRANSACTION, COORDINATOR, reader)).isPresent();
        assertThat(FhirPermissions.refusal("Coverage", SEARCH_TYPE, COORDINATOR, reader)).hasValueSatisfying(
                r -> assertThat(r).contains("fhir.coverage.read"));

        ApiCaller writer = client("fhir.referral.write");
        assertThat(FhirPermissions.refusal(null, TRANSACTION, COORDINATOR, writer)).isEmpty();
        assertThat(FhirPermissions.refusal("Task", READ, COORDINATOR, writer)).isPresent();

        assertThat(FhirPermissions.refusal("Coverage", READ, BILLING, client("fhir.coverage.read"))).isEmpty();
        // the /api scopes open nothing here
        assertThat(FhirPermissions.refusal("Task", READ, COORDINATOR, client("referral.intake", "referral.status")))
                .isPresent();
    }

    @Test
    void operationsAndTypesThisServerDoesNotOfferAreRefused() {
        assertThat(FhirPermissions.refusal("Task", DELETE, COORDINATOR, null)).isPresent();
        assertThat(FhirPermissions.refusal("Claim", READ, COORDINATOR, null)).isPresent();
        assertThat(FhirPermissions.refusal(null, null, COORDINATOR, null)).isPresent();
    }
}
