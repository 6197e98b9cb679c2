package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.control.PrintedPdf;
import org.secondopinion.platform.control.Signature;

/** The reviewer's opinion as a PDF shows the case, every section under its heading, the materials and the reviewer. */
class ReviewOpinionPdfTest {

    private static final LocalDate FINAL = LocalDate.of(2026, 5, 8);
    private static final String CREDENTIALS = "Emergency medicine, board certified, licence unrestricted, NPI 1427051135";

    @Test
    void showsTheCaseEverySectionTheMaterialsAndTheReviewer() throws IOException {
        byte[] pdf = new ReviewOpinionPdf(PrintedPdf.LETTERHEAD).render(contents("LC-2026-0031", "Dr. Evelyn Hale", List.of(
                "Dr. Martin Moss", "St. Luke's Hospital")));

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = squeezed(textOf(pdf));
        assertThat(text).contains(squeezed("Independent medical review"))
                .contains("LC-2026-0031")
                .contains(squeezed("matter M-2026-014"))
                .contains(squeezed("version 2"))
                .contains(squeezed("final on 8 May 2026"))
                .contains(squeezed("Dr. Evelyn Hale"))
                .contains(squeezed("Jordan Price"))
                .contains(squeezed("Dr. Martin Moss; St. Luke's Hospital"));
        for (String[] section : sections()) {
            assertThat(text).as(section[0]).contains(squeezed(section[0])).contains(squeezed(section[1]));
        }
        assertThat(text).contains(squeezed("LGH-000001 – LGH-000042; LGH-000050"));
        // the headings come in the order of the opinion
        List<Integer> at = new ArrayList<>();
        for (String[] section : sections()) {
            at.add(text.indexOf(squeezed(section[0])));
        }
        assertThat(at).isSorted();
    }

    @Test
    void isIssuedOnTheLetterheadWithPageNumbersTheCaseNumberTheSignatureAndTheTextHashOnEveryPage() {
        String[][] s = sections();
        String longCausation = "The delay more likely than not caused the extent of the infarct. ".repeat(120);
        byte[] pdf = new ReviewOpinionPdf(PrintedPdf.LETTERHEAD).render(new ReviewOpinionPdf.Contents("LR-000031",
                "M-2026-014", "Jordan Price", List.of("Dr. Martin Moss"), "Dr. Evelyn Hale", CREDENTIALS, 2, FINAL,
                s[0][1], s[1][1], s[2][1], s[3][1], longCausation, s[5][1], s[6][1]));

        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.pages.size()).isGreaterThanOrEqualTo(2);
        printed.isIssuedAs(PrintedPdf.LETTERHEAD, "Case LR-000031 \u00b7 matter M-2026-014", "LR-000031 opinion v2",
                "Independent medical review LR-000031", new Signature("Dr. Evelyn Hale", CREDENTIALS, FINAL));
        assertThat(printed.squeezed()).contains(PrintedPdf.squeezed("Electronically signed by Dr. Evelyn Hale, "
                + CREDENTIALS + " on 8 May 2026."));
        assertThat(printed.structure).contains("H2");
    }

    @Test
    void showsADashForAnEmptySectionAndRendersWithoutDefendants() throws IOException {
        ReviewOpinionPdf.Contents contents = new ReviewOpinionPdf.Contents("LC-2026-0032", "M-2026-015", null,
                List.of(), "Dr. Evelyn Hale", CREDENTIALS, 1, FINAL, "Board-certified.", "Standard.", "Breach.", "Should.",
                "Causation.", "", "LGH-000007");

        String text = squeezed(textOf(new ReviewOpinionPdf(PrintedPdf.LETTERHEAD).render(contents)));

        assertThat(text).contains(squeezed("Damages—")).contains("LGH-000007").contains("LC-2026-0032");
    }

    @Test
    void refusesContentsWithoutCaseReviewerOrFinalDay() {
        assertThatThrownBy(() -> contents(null, "Dr. Evelyn Hale", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> contents("LC-2026-0031", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewOpinionPdf.Contents("LC-2026-0031", "M-2026-014", "Jordan Price",
                List.of(), "Dr. Evelyn Hale", CREDENTIALS, 2, null, "q", "s", "b", "w", "c", "d", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheDefendants() {
        List<String> defendants = new ArrayList<>(List.of("Dr. Martin Moss"));
        ReviewOpinionPdf.Contents contents = contents("LC-2026-0031", "Dr. Evelyn Hale", defendants);

        defendants.add("Someone added later");

        assertThat(contents.defendants()).containsExactly("Dr. Martin Moss");
        assertThatThrownBy(() -> contents.defendants().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Heading and text of each section, in the order the PDF shows them. */
    private static String[][] sections() {
        return new String[][] {
                {"The reviewer's qualifications", "Board-certified in emergency medicine; 14 years in practice."},
                {"Standard of care", "A reasonably prudent emergency physician orders a troponin."},
                {"Breach of the standard of care", "No troponin was ordered over six hours."},
                {"What should have been done", "Serial troponins and a cardiology consult."},
                {"Causation", "The delay more likely than not caused the extent of the infarct."},
                {"Damages", "Reduced ejection fraction and lost earning capacity."},
                {"Materials considered (Bates ranges)", "LGH-000001 – LGH-000042; LGH-000050"}};
    }

    private static ReviewOpinionPdf.Contents contents(String caseReference, String reviewer, List<String> defendants) {
        String[][] s = sections();
        return new ReviewOpinionPdf.Contents(caseReference, "M-2026-014", "Jordan Price", defendants, reviewer,
                CREDENTIALS, 2,
                FINAL, s[0][1], s[1][1], s[2][1], s[3][1], s[4][1], s[5][1], s[6][1]);
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** Text extraction breaks and spaces lines as it likes; compare without whitespace. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
