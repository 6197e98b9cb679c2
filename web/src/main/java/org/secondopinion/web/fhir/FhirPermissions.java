package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.identity.entity.ApiScope;
import org.secondopinion.platform.entity.Role;

/**
 * Who may do what at {@code /fhir}, decided before a provider runs (the boundaries behind check the roles again, and
 * which case a caller may see: a specialist only their own cases). Clinical resources (a referral's Task,
 * ServiceRequest, Patient, the consult note and its PDF, the decision) are for the second-opinion department:
 * coordinators, and specialists for reading; never billing, legal or administrators. Coverage is for billing and
 * coordinators. A machine client is confined to its scopes' operations, whatever role those scopes lend it.
 */
final class FhirPermissions {

    /** The resource types holding a referral's clinical content. */
    static final Set<String> CLINICAL = Set.of("Task", "ServiceRequest", "Patient", "DocumentReference", "Binary",
            "Observation", "Practitioner", "QuestionnaireResponse");

    static final Set<String> FINANCIAL = Set.of("Coverage");

    private static final Set<RestOperationTypeEnum> READS = EnumSet.of(RestOperationTypeEnum.READ,
            RestOperationTypeEnum.VREAD, RestOperationTypeEnum.SEARCH_TYPE, RestOperationTypeEnum.HISTORY_INSTANCE,
            RestOperationTypeEnum.HISTORY_TYPE, RestOperationTypeEnum.GET_PAGE);

    private static final Set<RestOperationTypeEnum> WRITES = EnumSet.of(RestOperationTypeEnum.CREATE,
            RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.TRANSACTION);

    /** Operations anyone may call: the CapabilityStatement (the one anonymous path, see web.xml). */
    private static final Set<RestOperationTypeEnum> OPEN = EnumSet.of(RestOperationTypeEnum.METADATA);

    private static final Map<String, ApiScope> READ_SCOPES = Map.of("Coverage", ApiScope.FHIR_COVERAGE_READ);

    private FhirPermissions() {
    }

    /**
     * Why this request is refused, or empty when it may go on.
     *
     * @param resourceType the resource type addressed, null for the server as a whole (a transaction)
     * @param operation    what is asked
     * @param roles        the caller's roles (a machine client's: those its scopes lend)
     * @param client       the machine client when the caller signed in with a bearer token, else null
     */
    static Optional<String> refusal(String resourceType, RestOperationTypeEnum operation, Set<Role> roles,
                                    ApiCaller client) {
        if (operation != null && OPEN.contains(operation)) {
            return Optional.empty();
        }
        boolean read = operation != null && READS.contains(operation);
        boolean write = operation != null && WRITES.contains(operation);
        if (!read && !write) {
            return Optional.of("This server does not offer " + (operation == null ? "this request" : operation.getCode())
                    + (resourceType == null ? "" : " on " + resourceType) + ".");
        }
        boolean transaction = operation == RestOperationTypeEnum.TRANSACTION;
        boolean clinical = transaction || resourceType != null && CLINICAL.contains(resourceType);
        boolean financial = resourceType != null && FINANCIAL.contains(resourceType);
        if (!clinical && !financial) {
            return Optional.of("This server holds no " + resourceType + " resources for you.");
        }
        if (client != null) {
            ApiScope needed = write ? ApiScope.FHIR_REFERRAL_WRITE
                    : READ_SCOPES.getOrDefault(resourceType, ApiScope.FHIR_REFERRAL_READ);
            if (financial && write) {
                return Optional.of("Coverage is read-only here.");
            }
            return client.holds(needed) ? Optional.empty()
                    : Optional.of("The access token lacks the scope " + needed.value() + ".");
        }
        if (financial) {
            if (write) {
                return Optional.of("Coverage is read-only here.");
            }
            return roles.contains(Role.BILLING) || roles.contains(Role.COORDINATOR) ? Optional.empty()
                    : Optional.of("Coverage is for billing staff and coordinators.");
        }
        if (write) {
            return roles.contains(Role.COORDINATOR) ? Optional.empty()
                    : Optional.of("Only coordinators take referrals in or change them.");
        }
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.SPECIALIST) ? Optional.empty()
                : Optional.of("Referrals and their clinical records are for the second-opinion department.");
    }
}
