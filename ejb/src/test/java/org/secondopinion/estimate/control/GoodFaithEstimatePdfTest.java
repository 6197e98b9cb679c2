package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.control.PrintedPdf;

class GoodFaithEstimatePdfTest {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final GoodFaithEstimatePdf pdf = new GoodFaithEstimatePdf(PrintedPdf.LETTERHEAD);

    @Test
    void rendersALetterSizePdf() throws IOException {
        byte[] bytes = pdf.render(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE);

        assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        try {
            Rectangle page = reader.getPageSize(1);
            assertThat(page.getWidth()).isEqualTo(612f);
            assertThat(page.getHeight()).isEqualTo(792f);
        } finally {
            reader.close();
        }
    }

    @Test
    void isIssuedOnTheLetterheadWithPageNumbersTheMrnTheSignatureAndTheTextHashOnEveryPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String hash = pdf.write(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE, out);

        PrintedPdf printed = PrintedPdf.read(out.toByteArray());

        assertThat(printed.pages.size()).isGreaterThanOrEqualTo(2);
        printed.isIssuedAs(PrintedPdf.LETTERHEAD, "Patient: Maria Lopez \u00b7 MRN MRN-100200", "EST-000123 v2",
                "Good Faith Estimate EST-000123 v2", GoodFaithEstimates.ISSUE.signature());
        // the facts head their rows, the charges their columns; a provider's subtotal spans five columns
        assertThat(printed.tableHeaders).contains("TH Row", "TH Column");
        assertThat(printed.spans).contains("TD colspan 5");
        assertThat(printed.textHash(1)).isEqualTo(hash);
        assertThat(printed.squeezed()).contains(PrintedPdf.squeezed(
                "Electronically signed by Nora Billings, Billing office, Lakeside General Hospital on 30 November 2026."));
    }

    @Test
    void namesThePatientTheServiceAndTheDeadline() throws IOException {
        assertHolds(pdf.render(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE),
                "Good Faith Estimate",
                "Estimate EST-000123 v2",
                "issued 30 November 2026",
                "Maria Lopez",
                "Date of birth 14 May 1958",
                "A second opinion on knee surgery for arthritis of the right knee",
                "Scheduled for 15 December 2026",
                "M17.11, M25.561",
                "Scheduled 12 business days ahead (10 or more): due within 3 business days of scheduling, "
                        + "by Wed 2 Dec 2026.");
    }

    @Test
    void itemisesEachSectionByProviderWithTheirIdentifiersAndTotals() throws IOException {
        byte[] bytes = pdf.render(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE);

        assertHolds(bytes,
                "Second-opinion workup",
                "Option: Total knee replacement",
                "Lakeside Orthopedic Associates",
                "NPI 1234567893",
                "TIN 74-1234567",
                "Location: 1200 Red River St, Austin, TX 78701",
                "St. Brigid Medical Center",
                "NPI 1987654328",
                "TIN 741234599",
                "Location: 4500 Medical Pkwy, Austin, TX 78756",
                "State: TX",
                "Service code",
                "Diagnosis codes",
                "Expected charge",
                "15 December 2026 99204 (CPT) New patient office visit, 45 minutes or more M17.11 1 $310.00",
                "12 January 2027 J2405 (HCPCS) Ondansetron injection, per 1 mg M17.11 4 $36.00",
                "73721-26 (CPT)",
                "470 (MS-DRG)",
                "J2405 (HCPCS)",
                "M17.11",
                "$310.00",
                "$124.50",
                "$28,760.00",
                "Subtotal for Lakeside Orthopedic Associates $434.50",
                "Subtotal for St. Brigid Medical Center $1,800.00",
                "Total for Second-opinion workup: $2,234.50",
                "Subtotal for St. Brigid Medical Center $28,796.00",
                "Total for Option: Total knee replacement: $33,046.00");
        String text = text(bytes);
        assertThat(text.indexOf("Second-opinion workup")).isLessThan(text.indexOf("Option: Total knee replacement"));
    }

    @Test
    void listsWhatIsScheduledSeparatelyAndHowToGetThoseEstimates() throws IOException {
        assertHolds(pdf.render(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE),
                "Items and services scheduled separately",
                "Anesthesia for the knee replacement (Capitol Anesthesia Partners)",
                "Outpatient physical therapy",
                "You will get a separate Good Faith Estimate for each of them",
                "To get them: " + GoodFaithEstimates.CONTACT);
    }

    @Test
    void carriesEveryRequiredDisclaimer() throws IOException {
        assertHolds(pdf.render(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE),
                "Other items or services may be recommended as part of your care. They are not included in "
                        + "this estimate",
                "This is only an estimate. Actual items, services or charges may differ",
                "patient-provider dispute resolution process",
                "billed at least $400.00 more than this estimate for any provider or facility",
                "within 120 calendar days of the date on the bill",
                "www.cms.gov/nosurprises",
                "does not affect the quality of the care you receive",
                "is not a contract and does not require you to obtain the items or services",
                "Questions about this estimate: " + GoodFaithEstimates.CONTACT);
    }

    @Test
    void saysWhenNothingIsScheduledYet() throws IOException {
        GoodFaithEstimateDocument requested = new GoodFaithEstimateDocument("EST-000124 v1", LocalDate.of(2026, 3, 3),
                GoodFaithEstimateDeadline.of(LocalDate.of(2026, 3, 2), null), "Sam Okafor", LocalDate.of(1971, 1, 9),
                "A second opinion on a lung biopsy", null, List.of(), List.of(GoodFaithEstimates.workup()), List.of(),
                "Billing office, 512-555-0142");

        assertHolds(pdf.render(requested, GoodFaithEstimates.ISSUE),
                "Scheduled for not yet scheduled",
                "Diagnosis codes none given",
                "Requested by the patient: due within 3 business days of the request, by Thu 5 Mar 2026.",
                "Nothing needs to be scheduled separately for this estimate.");
    }

    @Test
    void writesToAStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(GoodFaithEstimates.document(), GoodFaithEstimates.ISSUE, out);

        assertThat(text(out.toByteArray())).contains("Maria Lopez");
    }

    @Test
    void refusesToRenderNothing() {
        assertThatThrownBy(() -> pdf.render(null, GoodFaithEstimates.ISSUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Good Faith Estimate, who issued it and a place to write it are required.");
        assertThatThrownBy(() -> pdf.render(GoodFaithEstimates.document(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Whether the rendered text holds each phrase. The extractor joins neighbouring table cells without a space
     * and splits words where a line wraps, so text and phrases are compared without their white space.
     */
    private static void assertHolds(byte[] pdf, String... phrases) throws IOException {
        assertThat(squeezed(text(pdf))).contains(Arrays.stream(phrases).map(GoodFaithEstimatePdfTest::squeezed)
                .toArray(String[]::new));
    }

    private static String squeezed(String text) {
        return WHITE_SPACE.matcher(text).replaceAll("");
    }

    private static String text(byte[] bytes) throws IOException {
        PdfReader reader = new PdfReader(bytes);
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
}
