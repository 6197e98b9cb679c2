package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The frame every issued document shares: letterhead, running head, page numbers, id and text hash, tagging. */
class LetterPdfTest {

    private static final Signature SIGNED = new Signature("Dr. Ana Ortiz", "Oncology, NPI 1234567893",
            LocalDate.of(2026, 3, 14));
    private static final LetterPdf.Frame FRAME = new LetterPdf.Frame(PrintedPdf.LETTERHEAD, "Test letter SO-000007",
            "Patient: Maria Lopez \u00b7 MRN MRN-100200", "SO-000007 letter");

    @Test
    void framesEveryPageAndSaysWhatPageOfHowManyItIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("A long letter"));
        for (int i = 1; i <= 120; i++) {
            letter.add(new Paragraph("Paragraph " + i + " of a letter long enough to need several pages."));
        }
        letter.sign(SIGNED);
        String hash = letter.close();

        PrintedPdf pdf = PrintedPdf.read(out.toByteArray());

        assertThat(pdf.pages.size()).isGreaterThanOrEqualTo(3);
        pdf.isIssuedAs(PrintedPdf.LETTERHEAD, "Patient: Maria Lopez \u00b7 MRN MRN-100200", "SO-000007 letter",
                "Test letter SO-000007", SIGNED);
        assertThat(pdf.textHash(pdf.pages.size())).isEqualTo(hash);
        assertThat(PrintedPdf.squeezed(pdf.pages.get(0))).contains("Page1of" + pdf.pages.size())
                .doesNotContain("Paragraph120");
    }

    @Test
    void theFooterHashIsTheSha256OfTheBodyTextAsDocumented() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("Title"));
        letter.add(new Paragraph("First paragraph."));
        PdfPTable table = new PdfPTable(2);
        table.addCell(new Phrase("left"));
        table.addCell(new Phrase("right"));
        letter.add(table);
        letter.sign(SIGNED);
        String hash = letter.close();

        String text = "Title\nFirst paragraph.\nleft\nright\nDr. Ana Ortiz\nOncology, NPI 1234567893\n"
                + "Date: 14 March 2026\n" + SIGNED.statement() + "\n";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(hash).isEqualTo(expected);
        assertThat(PrintedPdf.read(out.toByteArray()).textHash(1)).isEqualTo(expected);
    }

    @Test
    void theSameTextGivesTheSameHashAndAnyChangeAnother() {
        assertThat(hashOf("The specialist agrees.")).isEqualTo(hashOf("The specialist agrees."))
                .isNotEqualTo(hashOf("The specialist disagrees."));
    }

    @Test
    void tagsHeadingsParagraphsAndTablesAndMarksThemAsTagged() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("Title"));
        letter.heading(new Paragraph("Heading"));
        letter.add(new Paragraph("Body"));
        PdfPTable table = new PdfPTable(1);
        table.addCell(new Phrase("cell"));
        letter.add(table);
        letter.sign(SIGNED);
        letter.close();

        PrintedPdf pdf = PrintedPdf.read(out.toByteArray());

        assertThat(pdf.marked).isTrue();
        assertThat(pdf.structure).startsWith("Document").contains("H1", "H2", "P", "Div");
    }

    @Test
    void signatureNeedsANameAndADay() {
        assertThatThrownBy(() -> new Signature(" ", "MD", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Signature("Dr. Ana Ortiz", "MD", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Signature("Jane Roe", null, LocalDate.of(2026, 1, 2)).statement())
                .isEqualTo("Electronically signed by Jane Roe on 2 January 2026.");
    }

    private static String hashOf(String body) {
        LetterPdf letter = LetterPdf.open(FRAME, new ByteArrayOutputStream());
        letter.add(new Paragraph(body));
        letter.sign(SIGNED);
        return letter.close();
    }
}
