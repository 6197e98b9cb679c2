package org.secondopinion.legal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A production numbers its documents in order, each taking one Bates number per page. */
class ProductionTest {

    private static final Instant AT = Instant.parse("2026-03-15T13:00:00Z");
    private static final LegalCase CASE = ReviewerAssignmentTest.legalCase();

    @Test
    void numbersTheDocumentsInOrderByTheirPages() {
        LegalDocument chart = document("chart.pdf", 3);
        LegalDocument photo = document("wound.jpg", null);
        LegalDocument blank = document("empty.pdf", 0);
        LegalDocument notes = document("notes.pdf", 12);

        Production production = new Production(CASE, authority(), "Certificate of merit review", "LGH-", 101,
                List.of(chart, photo, blank, notes), "legal.ortiz", AT);

        // chart 101–103 (3 pages), photo 104 (no page count: 1), blank 105 (0 pages: 1), notes 106–117 (12 pages)
        assertThat(production.getItems()).extracting(ProductionItem::getDocument)
                .containsExactly(chart, photo, blank, notes);
        assertThat(production.getItems()).extracting(ProductionItem::getBatesFirst)
                .containsExactly(101L, 104L, 105L, 106L);
        assertThat(production.getItems()).extracting(ProductionItem::getBatesLast)
                .containsExactly(103L, 104L, 105L, 117L);
        assertThat(production.getBatesFirst()).isEqualTo(101);
        assertThat(production.getBatesLast()).isEqualTo(117);
        assertThat(production.getBatesLast() - production.getBatesFirst() + 1)
                .isEqualTo(Production.pagesOf(List.of(chart, photo, blank, notes)));
    }

    @Test
    void keepsTheRecipientPrefixAndEachDocumentsHash() {
        LegalDocument chart = document("chart.pdf", 3);

        Production production = new Production(CASE, authority(), "Expert review", "LGH-", 1, List.of(chart),
                "legal.ortiz", AT);

        assertThat(production.getRecipient()).isEqualTo("Baird & Cole LLP");
        assertThat(production.getBatesPrefix()).isEqualTo("LGH-");
        assertThat(production.getPurpose()).isEqualTo("Expert review");
        assertThat(production.getBatesFirst()).isEqualTo(1);
        assertThat(production.getBatesLast()).isEqualTo(3);
        assertThat(production.getItems()).singleElement()
                .satisfies(item -> assertThat(item.getSha256()).isEqualTo(chart.getSha256()));
    }

    @Test
    void countsThePagesADocumentListTakes() {
        assertThat(Production.pagesOf(List.of())).isZero();
        assertThat(Production.pagesOf(List.of(document("a.pdf", 3)))).isEqualTo(3);
        assertThat(Production.pagesOf(List.of(document("a.pdf", 3), document("b.txt", null), document("c.pdf", 0),
                document("d.pdf", 1)))).isEqualTo(6);
    }

    private static LegalDocument document(String name, Integer pages) {
        String sha = sha256(name);
        return new LegalDocument(CASE, name, name.endsWith(".pdf") ? "application/pdf" : "image/jpeg", 2048, sha,
                "key-" + name, pages, EnumSet.of(DocumentLabel.MEDICAL_RECORD), "St. Luke's HIM", "legal.ortiz", AT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DisclosureAuthority authority() {
        return new DisclosureAuthority(CASE, AuthorityKind.COURT_ORDER, "ORD-1", "Baird & Cole LLP",
                LocalDate.of(2026, 3, 1), null, EnumSet.of(DocumentLabel.MEDICAL_RECORD), false, "legal.ortiz", AT);
    }
}
