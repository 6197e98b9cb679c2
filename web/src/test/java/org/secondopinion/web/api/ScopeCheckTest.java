package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.secondopinion.identity.entity.ApiScope;

class ScopeCheckTest {

    @Test
    void everyOperationAScopeGrantsIsAResourceMethodThatExists() {
        ScopeCheck.OPERATIONS.forEach((resource, methods) -> methods.keySet().forEach(name ->
                assertThat(Arrays.stream(resource.getMethods()).map(Method::getName))
                        .as(resource.getSimpleName() + "#" + name).contains(name)));
    }

    @Test
    void grantsIntakeAndStatusOnlyAndNothingOfBillingOrLegal() {
        assertThat(ScopeCheck.scopeOf(ReferralsResource.class, "takeIn")).contains(ApiScope.REFERRAL_INTAKE);
        assertThat(ScopeCheck.scopeOf(ReferralsResource.class, "get")).contains(ApiScope.REFERRAL_STATUS);
        assertThat(ScopeCheck.scopeOf(ReferralsResource.class, "worklist")).isEmpty();
        assertThat(ScopeCheck.scopeOf(ReferralsResource.class, "step")).isEmpty();
        assertThat(ScopeCheck.scopeOf(EstimatesResource.class, "open")).isEmpty();
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "list")).isEmpty();
        assertThat(ScopeCheck.scopeOf(ApiClientsResource.class, "register")).isEmpty();
    }

    @Test
    void grantsAFirmsClientReadingItsCasesUploadingAndRequestingAReviewButNoChangeToTheCaseFile() {
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "search")).contains(ApiScope.LEGAL_CASES);
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "get")).contains(ApiScope.LEGAL_CASES);
        assertThat(ScopeCheck.scopeOf(CaseDeadlinesResource.class, "deadlines")).contains(ApiScope.LEGAL_CASES);
        assertThat(ScopeCheck.scopeOf(OpinionsResource.class, "opinionPdf")).contains(ApiScope.LEGAL_CASES);
        assertThat(ScopeCheck.scopeOf(CaseDocumentsResource.class, "receive")).contains(ApiScope.LEGAL_DOCUMENTS);
        assertThat(ScopeCheck.scopeOf(AssignmentsResource.class, "propose")).contains(ApiScope.LEGAL_REVIEWS);
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "open")).isEmpty();
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "export")).isEmpty();
        assertThat(ScopeCheck.scopeOf(LegalCasesResource.class, "addDefendant")).isEmpty();
        assertThat(ScopeCheck.scopeOf(LegalDocumentsResource.class, "delete")).isEmpty();
        assertThat(ScopeCheck.scopeOf(AssignmentsResource.class, "withdraw")).isEmpty();
        assertThat(ScopeCheck.scopeOf(OpinionsResource.class, "writeOpinion")).isEmpty();
        assertThat(ScopeCheck.scopeOf(InvoicesResource.class, "invoices")).isEmpty();
    }

    @Test
    void everyScopeOfTheApiGrantsSomeOperation() {
        // the fhir.* scopes grant operations of /fhir (FhirPermissionsTest)
        assertThat(ScopeCheck.OPERATIONS.values().stream().flatMap(m -> m.values().stream()).distinct())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(ApiScope.values())
                        .filter(s -> !s.value().startsWith("fhir.")).toArray(ApiScope[]::new));
    }
}
