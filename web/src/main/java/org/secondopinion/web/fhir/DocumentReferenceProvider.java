package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.secondopinion.referral.boundary.Opinions;
import org.secondopinion.referral.boundary.ReferralSearch;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.entity.Referral;

/**
 * {@code DocumentReference}: the consult note of a delivered opinion ({@code DocumentReference/{referralId}}); a
 * referral without a delivered opinion has none (404). Read through {@link Referrals#open} (audited), searched
 * through {@link ReferralSearch}; the size and hash come from the stored report ({@link Opinions#reportFacts}).
 */
@Dependent
public class DocumentReferenceProvider implements IResourceProvider {

    @Inject
    Referrals referrals;

    @Inject
    ReferralSearch search;

    @Inject
    Opinions opinions;

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Read
    public DocumentReference read(@IdParam IdType id, RequestDetails details) {
        Referral referral = referrals.open(ReferralResources.referralId(id));
        if (referral.getDeliveredAt() == null) {
            throw new ResourceNotFoundException(id);
        }
        return note(referral, search.patientId(referral.getPatientMrn()).orElse(null), details.getFhirServerBase());
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = DocumentReference.SP_RES_ID) TokenParam id,
                                  @OptionalParam(name = DocumentReference.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
                                  @Offset Integer offset, @Count Integer count, RequestDetails details) {
        String base = details.getFhirServerBase();
        return ReferralResources.page(search, ReferralResources.criteria(ReferralResources.idCriterion(id, null, null,
                        null), ReferralResources.onePatient(patient, subject, "DocumentReference.subject"),
                        null, null, true), offset, count,
                (referral, patientId) -> note(referral, patientId, base));
    }

    private DocumentReference note(Referral referral, Long patientId, String base) {
        Opinions.ReportFacts report = opinions.reportFacts(referral.getId());
        return ConsultNoteMapping.documentReference(referral, patientId, base, report.size(), report.sha1());
    }
}
