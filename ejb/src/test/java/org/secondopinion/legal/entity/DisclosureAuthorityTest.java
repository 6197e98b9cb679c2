package org.secondopinion.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether records may leave the hospital under an authority on a given day (HIPAA 45 CFR 164.508, 164.512(e)). */
class DisclosureAuthorityTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 2, 10);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 8, 10);
    private static final Instant RECORDED = Instant.parse("2026-02-11T10:00:00Z");
    private static final Set<DocumentLabel> RECORDS = EnumSet.of(DocumentLabel.MEDICAL_RECORD,
            DocumentLabel.CONFIDENTIAL);

    @Test
    void allowsASignedAuthorisationFromTheDaySignedToTheDayItExpires() {
        DisclosureAuthority authority = authorisation(EXPIRES);

        assertThat(authority.refusal(SIGNED)).isNull();
        assertThat(authority.refusal(LocalDate.of(2026, 5, 1))).isNull();
        assertThat(authority.refusal(EXPIRES)).isNull();
    }

    @Test
    void refusesAnAuthorityBeforeTheDayItWasSigned() {
        assertThat(authorisation(EXPIRES).refusal(SIGNED.minusDays(1)))
                .isEqualTo("The authorisation AUTH-7 is dated 2026-02-10, after today.");
    }

    @Test
    void refusesAnAuthorisationTheDayAfterItExpired() {
        assertThat(authorisation(EXPIRES).refusal(EXPIRES.plusDays(1)))
                .isEqualTo("The authorisation AUTH-7 expired on 2026-08-10.");
    }

    @Test
    void refusesARevokedAuthorisationFromTheDayOfRevocation() {
        DisclosureAuthority authority = authorisation(EXPIRES);
        LocalDate revoked = LocalDate.of(2026, 4, 1);

        authority.revoke(revoked);

        assertThat(authority.getRevokedOn()).isEqualTo(revoked);
        assertThat(authority.refusal(revoked.minusDays(1))).isNull();
        assertThat(authority.refusal(revoked)).isEqualTo("The authorisation AUTH-7 was revoked on 2026-04-01.");
        assertThat(authority.refusal(revoked.plusDays(30))).contains("was revoked on 2026-04-01");
    }

    @Test
    void refusesAnAuthorisationWithoutAnExpiry() {
        assertThat(authorisation(null).refusal(SIGNED.plusDays(5)))
                .contains("needs an expiry date").contains("164.508(c)");
    }

    @Test
    void refusesASubpoenaWithoutSatisfactoryAssurances() {
        DisclosureAuthority without = authority(AuthorityKind.SUBPOENA, null, false);
        DisclosureAuthority with = authority(AuthorityKind.SUBPOENA, null, true);

        assertThat(without.refusal(SIGNED.plusDays(5))).contains("satisfactory assurances").contains("164.512(e)");
        assertThat(with.refusal(SIGNED.plusDays(5))).isNull();
    }

    @Test
    void allowsACourtOrderWithoutExpiryOrAssurances() {
        DisclosureAuthority order = authority(AuthorityKind.COURT_ORDER, null, false);

        assertThat(order.refusal(SIGNED)).isNull();
        assertThat(order.refusal(SIGNED.plusYears(3))).isNull();
        assertThat(order.refusal(SIGNED.minusDays(1))).isNotNull();
        assertThat(order.describe()).isEqualTo("court order AUTH-7");
    }

    @Test
    void keepsTheKindsOfRecordItNames() {
        DisclosureAuthority authority = authorisation(EXPIRES);

        assertThat(authority.scope()).containsExactlyInAnyOrderElementsOf(RECORDS);
        assertThat(authority.getScopeLabels()).isEqualTo("CONFIDENTIAL,MEDICAL_RECORD");

        DisclosureAuthority everything = new DisclosureAuthority(ReviewerAssignmentTest.legalCase(),
                AuthorityKind.COURT_ORDER, "ORD-1", "Baird & Cole LLP", SIGNED, null,
                EnumSet.allOf(DocumentLabel.class), false, "legal.ortiz", RECORDED);
        assertThat(everything.scope()).isEqualTo(EnumSet.allOf(DocumentLabel.class));

        DisclosureAuthority nothing = new DisclosureAuthority(ReviewerAssignmentTest.legalCase(),
                AuthorityKind.COURT_ORDER, "ORD-2", "Baird & Cole LLP", SIGNED, null,
                EnumSet.noneOf(DocumentLabel.class), false, "legal.ortiz", RECORDED);
        assertThat(nothing.scope()).isEmpty();
    }

    private static DisclosureAuthority authorisation(LocalDate expires) {
        return authority(AuthorityKind.AUTHORISATION, expires, false);
    }

    private static DisclosureAuthority authority(AuthorityKind kind, LocalDate expires, boolean assurances) {
        return new DisclosureAuthority(ReviewerAssignmentTest.legalCase(), kind, "AUTH-7", "Baird & Cole LLP", SIGNED,
                expires, RECORDS, assurances, "legal.ortiz", RECORDED);
    }
}
