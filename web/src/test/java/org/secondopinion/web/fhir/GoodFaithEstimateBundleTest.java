package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.feeschedule.entity.FeeSchedule;

class GoodFaithEstimateBundleTest {

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    private static Claim claim(Bundle bundle, String placer) {
        return all(bundle, Claim.class).stream().filter(c -> c.getIdentifierFirstRep().getValue().equals(placer))
                .findFirst().orElseThrow();
    }

    @Test
    void aSelfPayEstimateIsACollectionWithTheSummaryFirstThenOneGfePerProviderAndPart() {
        Bundle bundle = GoodFaithEstimateBundle.of(Estimates.issued(null));

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getMeta().getProfile().get(0).getValue()).isEqualTo(GoodFaithEstimateBundle.BUNDLE_PROFILE);
        assertThat(bundle.getIdentifier().getValue()).isEqualTo("EST-000120 v1");
        Claim summary = (Claim) bundle.getEntryFirstRep().getResource();
        assertThat(summary.getType().getCodingFirstRep().getCode()).isEqualTo("estimate-summary");
        assertThat(summary.getUse()).isEqualTo(Claim.Use.PREDETERMINATION);
        // workup (hospital) 1.1; knee: surgeons 2.1, hospital 2.2; injections: hospital 3.1
        assertThat(all(bundle, Claim.class)).extracting(c -> c.getIdentifierFirstRep().getValue()).containsExactly(
                "EST-000120 v1", "EST-000120 v1 part 1.1", "EST-000120 v1 part 2.1", "EST-000120 v1 part 2.2",
                "EST-000120 v1 part 3.1");
        // self-pay owes every charge: the workup 228 with the costliest option, the knee 24,800 + 10
        assertThat(summary.getTotal().getValue()).isEqualByComparingTo("25038.00");
        assertThat(summary.getBillablePeriod().getStartElement().getValueAsString()).isEqualTo("2027-02-15");
        assertThat(summary.getBillablePeriod().getEndElement().getValueAsString()).isEqualTo("2027-03-10");
        assertThat(all(bundle, Coverage.class)).isEmpty();
        for (Claim claim : all(bundle, Claim.class)) {
            assertThat(claim.getInsuranceFirstRep().getCoverage().hasReference()).isFalse();
            assertThat(claim.getInsuranceFirstRep().getCoverage()
                    .getExtensionString(GoodFaithEstimateBundle.DATA_ABSENT_REASON)).isEqualTo("not-applicable");
            assertThat(claim.getPatient().getReference()).isEqualTo(all(bundle, Patient.class).get(0).getIdPart()
                    .transform(id -> "urn:uuid:" + id));
        }
    }

    @Test
    void aGfeClaimHasTheProviderItemsCodesDiagnosesAmountsAndPlaceOfService() {
        Bundle bundle = GoodFaithEstimateBundle.of(Estimates.issued(null));
        Claim knee = claim(bundle, "EST-000120 v1 part 2.1");

        assertThat(knee.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
        assertThat(knee.getStatus()).isEqualTo(Claim.ClaimStatus.ACTIVE);
        assertThat(knee.getPriority().getCodingFirstRep().getCode()).isEqualTo("normal");
        assertThat(knee.getProvider().getDisplay()).isEqualTo("Lakeside Orthopaedic Surgeons");
        Organization surgeons = all(bundle, Organization.class).stream()
                .filter(o -> ("urn:uuid:" + o.getIdPart()).equals(knee.getProvider().getReference()))
                .findFirst().orElseThrow();
        assertThat(surgeons.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue()).containsExactly(
                FhirIds.NPI_SYSTEM + "|1245319599", FhirIds.TIN_SYSTEM + "|987654321");
        assertThat(knee.getDiagnosis()).extracting(d -> d.getDiagnosisCodeableConcept().getCodingFirstRep().getCode())
                .containsExactly("M17.11", "M25.561");
        assertThat(knee.getDiagnosisFirstRep().getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("principal");
        Claim.ItemComponent item = knee.getItemFirstRep();
        assertThat(item.getProductOrService().getCodingFirstRep().getSystem()).isEqualTo(FhirIds.CPT_SYSTEM);
        assertThat(item.getProductOrService().getCodingFirstRep().getCode()).isEqualTo("27447");
        assertThat(item.getModifierFirstRep().getCodingFirstRep().getCode()).isEqualTo("RT");
        assertThat(item.getDiagnosisSequence()).extracting(s -> s.getValue()).containsExactly(1);
        assertThat(item.getServicedDateType().getValueAsString()).isEqualTo("2027-03-10");
        assertThat(item.getLocationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("22");
        assertThat(item.getNet().getValue()).isEqualByComparingTo("24800.00");
        assertThat(item.getNet().getCurrency()).isEqualTo("USD");
        assertThat(item.getExtensionString(GoodFaithEstimateBundle.SERVICE_DESCRIPTION))
                .isEqualTo("Total knee arthroplasty");
        assertThat(knee.getReferral().getIdentifier().getValue()).isEqualTo("42");

        Claim hospitalKnee = claim(bundle, "EST-000120 v1 part 2.2");
        Claim.ItemComponent ketorolac = hospitalKnee.getItemFirstRep();
        assertThat(ketorolac.getProductOrService().getCodingFirstRep().getSystem()).isEqualTo(FhirIds.HCPCS_SYSTEM);
        assertThat(ketorolac.getQuantity().getValue()).isEqualByComparingTo("3");
        assertThat(ketorolac.getUnitPrice().getValue()).isEqualByComparingTo("3.33");
        assertThat(ketorolac.getNet().getValue()).isEqualByComparingTo("10.00");

        Claim therapy = claim(bundle, "EST-000120 v1 part 3.1");
        // no code type: five digits are CPT; an MS-DRG has no CPT/HCPCS system and is named in words
        assertThat(therapy.getItem().get(0).getProductOrService().getCodingFirstRep().getSystem())
                .isEqualTo(FhirIds.CPT_SYSTEM);
        assertThat(therapy.getItem().get(0).getDiagnosisSequence()).extracting(s -> s.getValue()).containsExactly(1, 2);
        assertThat(therapy.getItem().get(1).getProductOrService().hasCoding()).isFalse();
        assertThat(therapy.getItem().get(1).getProductOrService().getText()).startsWith("MS-DRG 470");
        // one Organization per provider, however many parts it takes part in
        assertThat(all(bundle, Organization.class)).hasSize(2);
    }

    @Test
    void anInsuredEstimateCarriesTheCoverageAndPayerAndTheAllowedAmounts() {
        Bundle bundle = GoodFaithEstimateBundle.of(Estimates.issued(Estimates.coverage()));

        Coverage coverage = all(bundle, Coverage.class).get(0);
        Organization payer = all(bundle, Organization.class).stream()
                .filter(o -> o.getTypeFirstRep().getCodingFirstRep().getCode().equals("pay")).findFirst().orElseThrow();
        assertThat(coverage.getPayorFirstRep().getReference()).isEqualTo("urn:uuid:" + payer.getIdPart());
        assertThat(coverage.getContained()).isEmpty();
        Claim knee = claim(bundle, "EST-000120 v1 part 2.1");
        assertThat(knee.getInsuranceFirstRep().getCoverage().getReference())
                .isEqualTo("urn:uuid:" + coverage.getIdPart());
        assertThat(knee.getInsurer().getReference()).isEqualTo("urn:uuid:" + payer.getIdPart());
        // allowed: the patient's 5,540 and the plan's 19,260
        assertThat(knee.getTotal().getValue()).isEqualByComparingTo("24800.00");
        // every reference points at an entry of the bundle (PCT's pct-gfe-bundle-2)
        List<String> urls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
        FhirContexts.r4().newTerser().getAllResourceReferences(bundle).stream()
                .map(r -> r.getResourceReference().getReferenceElement().getValue())
                .filter(r -> r != null && !r.startsWith("#"))
                .forEach(reference -> assertThat(urls).contains(reference));
    }

    /**
     * Base R4 only: the PCT profiles are not loaded into the validator, so it reports each {@code meta.profile} as
     * unknown and nothing else; without those profile claims the bundles are valid R4.
     */
    @Test
    void bothBundlesAreValidR4() {
        for (Bundle bundle : List.of(GoodFaithEstimateBundle.of(Estimates.issued(null)),
                GoodFaithEstimateBundle.of(Estimates.issued(Estimates.coverage())))) {
            var parser = FhirContexts.r4().newJsonParser();
            String json = parser.encodeResourceToString(bundle);
            assertThat(R4Validation.errors(json)).as(json).isNotEmpty().allSatisfy(error -> assertThat(error)
                    .contains(GoodFaithEstimateBundle.PCT + "StructureDefinition/davinci-pct-gfe-")
                    .containsAnyOf("could not be found", "Failed to retrieve profile"));

            Bundle unprofiled = (Bundle) parser.parseResource(json);
            unprofiled.getMeta().getProfile().clear();
            unprofiled.getEntry().forEach(entry -> entry.getResource().getMeta().getProfile().clear());
            assertThat(R4Validation.errors(unprofiled)).as(json).isEmpty();
        }
    }

    @Test
    void theSameEstimateExportsTheSameBundle() {
        var parser = FhirContexts.r4().newJsonParser();
        assertThat(parser.encodeResourceToString(GoodFaithEstimateBundle.of(Estimates.issued(null))))
                .isEqualTo(parser.encodeResourceToString(GoodFaithEstimateBundle.of(Estimates.issued(null))));
    }

    @Test
    void aDraftIsNoGoodFaithEstimate() {
        CostEstimate draft = new CostEstimate("MRN-1", "Ann Lee", LocalDate.of(1980, 1, 1), null, null,
                new FeeSchedule("p.csv", "0".repeat(64), "k", 1, "billing", Estimates.ISSUED_AT), "billing",
                Estimates.ISSUED_AT);

        assertThatThrownBy(() -> GoodFaithEstimateBundle.of(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issued");
    }
}
