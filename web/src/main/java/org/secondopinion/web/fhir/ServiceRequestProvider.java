package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.secondopinion.referral.boundary.ReferralSearch;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.entity.Referral;

/** {@code ServiceRequest}: what a referral asks for, read and searched as its Task is (same walls, same audit). */
@Dependent
public class ServiceRequestProvider implements IResourceProvider {

    @Inject
    Referrals referrals;

    @Inject
    ReferralSearch search;

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read(version = true)
    public ServiceRequest read(@IdParam IdType id) {
        Referral referral = referrals.open(ReferralResources.referralId(id));
        return ServiceRequestMapping.serviceRequest(referral, ReferralResources.version(referral, id),
                search.patientId(referral.getPatientMrn()).orElse(null));
    }

    @History
    public IBundleProvider history(@IdParam IdType id) {
        Referral referral = referrals.open(ReferralResources.referralId(id));
        Long patient = search.patientId(referral.getPatientMrn()).orElse(null);
        return ReferralResources.history(ReferralVersion.all(referral).stream()
                .map(version -> ServiceRequestMapping.serviceRequest(referral, version, patient)).toList());
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = ServiceRequest.SP_RES_ID) TokenParam id,
                                  @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = ServiceRequest.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @Offset Integer offset, @Count Integer count) {
        return ReferralResources.page(search, ReferralResources.criteria(ReferralResources.idCriterion(id, null, null,
                        null), ReferralResources.onePatient(patient, subject, "ServiceRequest.subject"), null,
                        lastUpdated, false), offset, count,
                ServiceRequestMapping::current);
    }
}
