package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
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
    private static final Font BODY = DocumentFonts.font(10.5f, Font.NORMAL, null);
    private static final Font BOLD = DocumentFonts.font(10.5f, Font.BOLD, null);
    private static final LetterPdf.Frame FRAME = new LetterPdf.Frame(PrintedPdf.LETTERHEAD, "Test letter SO-000007",
            "Patient: Maria Lopez \u00b7 MRN MRN-100200", "SO-000007 letter");

    @Test
    void framesEveryPageAndSaysWhatPageOfHowManyItIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("A long letter", BODY));
        for (int i = 1; i <= 120; i++) {
            letter.add(new Paragraph("Paragraph " + i + " of a letter long enough to need several pages.", BODY));
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
        letter.title(new Paragraph("Title", BODY));
        letter.add(new Paragraph("First paragraph.", BODY));
        PdfPTable table = new PdfPTable(2);
        table.addCell(new Phrase("left", BODY));
        table.addCell(new Phrase("right", BODY));
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
        letter.title(new Paragraph("Title", DocumentFonts.font(16, Font.BOLD, null)));
        letter.heading(new Paragraph("Heading", DocumentFonts.font(13, Font.BOLD, null)));
        letter.add(new Paragraph("Body", BODY));
        PdfPTable table = new PdfPTable(1);
        table.addCell(new Phrase("cell", BODY));
        letter.add(table);
        letter.sign(SIGNED);
        letter.close();

        PrintedPdf pdf = PrintedPdf.read(out.toByteArray());

        assertThat(pdf.marked).isTrue();
        assertThat(pdf.structure).startsWith("Document").contains("H1", "H2", "P", "Table", "TR", "TD");
        pdf.isAccessible();
    }

    @Test
    void tagsEveryRowAndCellOfATableAndItsHeadersOnceWithTheirScope() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("Charges", BODY));
        PdfPTable charges = new PdfPTable(3);
        charges.setWidthPercentage(100);
        charges.setHeaderRows(1);
        for (String title : new String[] {"Date", "Service", "Charge"}) {
            charges.addCell(new PdfPCell(new Phrase(title, BOLD)));
        }
        for (int i = 1; i <= 80; i++) {
            charges.addCell(new Phrase("2026-03-" + (10 + i % 20), BODY));
            charges.addCell(new Phrase("Service " + i, BODY));
            charges.addCell(new Phrase("$" + i + "0.00", BODY));
        }
        PdfPCell label = new PdfPCell(new Phrase("Total", BOLD));
        label.setColspan(2);
        charges.addCell(label);
        charges.addCell(new Phrase("$32,400.00", BODY));
        letter.add(charges);
        PdfPTable facts = new PdfPTable(2);
        facts.addCell(new Phrase("Patient", BOLD));
        facts.addCell(new Phrase("Maria Lopez", BODY));
        letter.table(facts, true);
        letter.sign(SIGNED);
        letter.close();

        PrintedPdf pdf = PrintedPdf.read(out.toByteArray());

        assertThat(pdf.pages.size()).as("the table runs over pages").isGreaterThanOrEqualTo(2);
        assertThat(pdf.structure).containsSubsequence("Table", "TR", "TH", "TH", "TH", "TR", "TD", "TD", "TD");
        assertThat(pdf.structure).filteredOn("Table"::equals).hasSize(2);
        // 81 rows and the header of the charges, one row of the facts: a header repeated on the next page is an artifact
        assertThat(pdf.structure).filteredOn("TR"::equals).hasSize(83);
        assertThat(pdf.tableHeaders).containsExactly("TH Column", "TH Column", "TH Column", "TH Row");
        assertThat(pdf.spans).containsExactly("TD colspan 2");
        assertThat(PrintedPdf.squeezed(pdf.pages.get(1))).as("the header drawn again on the next page")
                .contains("DateServiceCharge");
        assertThat(pdf.squeezed()).contains("Service80$800.00", "Total$32,400.00", "PatientMariaLopez");
        pdf.isAccessible();
    }

    @Test
    void tagsAListItemByItemWithItsLabelAndBody() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdf letter = LetterPdf.open(FRAME, out);
        letter.title(new Paragraph("To schedule", BODY));
        List list = new List(List.UNORDERED, 12);
        list.setListSymbol(new Chunk("\u2022", BODY));
        list.add(new ListItem("Anesthesia consultation", BODY));
        list.add(new ListItem("Physical therapy after the operation", BODY));
        letter.add(list);
        letter.sign(SIGNED);
        letter.close();

        PrintedPdf pdf = PrintedPdf.read(out.toByteArray());

        assertThat(pdf.structure).containsSubsequence("L", "LI", "Lbl", "LBody", "LI", "Lbl", "LBody");
        assertThat(pdf.squeezed()).contains("\u2022Anesthesiaconsultation", "\u2022Physicaltherapyaftertheoperation");
        pdf.isAccessible();
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
        letter.add(new Paragraph(body, BODY));
        letter.sign(SIGNED);
        return letter.close();
    }
}
