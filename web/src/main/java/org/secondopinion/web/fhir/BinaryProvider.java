package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.IdType;
import org.secondopinion.referral.boundary.Opinions;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.entity.Referral;

/**
 * {@code Binary/{referralId}}: the opinion report's PDF, the stored file {@code /api/referrals/{id}/report.pdf}
 * gives, audited as an export. HAPI answers the raw PDF to a client that asks for it (or for no FHIR format), and a
 * Binary resource with the bytes in base64 to one that asks for FHIR JSON or XML.
 */
@Dependent
public class BinaryProvider implements IResourceProvider {

    @Inject
    Referrals referrals;

    @Inject
    Opinions opinions;

    @Override
    public Class<Binary> getResourceType() {
        return Binary.class;
    }

    @Read
    public Binary read(@IdParam IdType id) {
        long referralId = ReferralResources.referralId(id);
        Referral referral = referrals.open(referralId);
        if (referral.getDeliveredAt() == null) {
            throw new ResourceNotFoundException(id);
        }
        return ConsultNoteMapping.binary(referral, opinions.reportPdf(referralId));
    }
}
