package org.secondopinion.web.it;

/**
 * The body of a new malpractice case file ({@code POST api/legal/cases}): a plaintiff's case in Pennsylvania, the
 * incident on 2025-06-01 discovered on 2025-07-15, against an orthopaedic surgeon of Lakeside General Hospital.
 */
final class LegalCaseBody extends JsonBody<LegalCaseBody> {

    private LegalCaseBody() {
    }

    /** @param prefix the Bates prefix, also the end of the matter number */
    static LegalCaseBody aCase(String claimant, String prefix) {
        return new LegalCaseBody().with("requestingSide", "PLAINTIFF").with("attorney", "A. Counsel")
                .with("matterNumber", "M-" + prefix).with("claimantName", claimant)
                .with("claimantBirthDate", "1970-03-04").with("jurisdiction", "PA")
                .with("incidentDate", "2025-06-01").with("discoveryDate", "2025-07-15").with("batesPrefix", prefix)
                .withJson("defendants", "[{\"kind\":\"PROVIDER\",\"name\":\"Dr. Example Surgeon\","
                        + "\"specialty\":\"Orthopaedic surgery\",\"organisationName\":\"Lakeside General Hospital\"}]");
    }

    /** The firm the case is opened for (a coordinator names it; a lawyer's own firm is implied). */
    LegalCaseBody firm(long firmId) {
        return withJson("firmId", firmId);
    }

    LegalCaseBody jurisdiction(String state) {
        return with("jurisdiction", state);
    }

    /** One defendant with no more than a name. */
    LegalCaseBody againstOnly(String providerName) {
        return withJson("defendants", "[{\"kind\":\"PROVIDER\",\"name\":\"" + providerName + "\"}]");
    }
}
