package org.secondopinion.estimate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.control.PrintedPdf;
import org.secondopinion.platform.control.Signature;

class PatientEstimatePdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final EstimateIssue ISSUE = new EstimateIssue("MRN-200300", new Signature("Nora Billings",
            "Billing office, Lakeside General Hospital", DAY));

    @Test
    void showsThePlanTheOptionsSideBySideTheirLinesAndTheDisclaimers() throws IOException {
        PatientEstimatePdf.Option workup = new PatientEstimatePdf.Option("Second-opinion workup", true,
                new BigDecimal("60.00"), new BigDecimal("60.00"), new BigDecimal("60.00"), new BigDecimal("168.00"),
                new BigDecimal("60.00"), List.of(new PatientEstimatePdf.Line(DAY, "Lakeside General Hospital", "99204",
                "Office visit, new patient", 1, new BigDecimal("60.00"))));
        PatientEstimatePdf.Option knee = new PatientEstimatePdf.Option("Knee replacement", false,
                new BigDecimal("5540.00"), new BigDecimal("5100.00"), new BigDecimal("5540.00"),
                new BigDecimal("19260.00"), new BigDecimal("5600.00"), List.of(new PatientEstimatePdf.Line(
                DAY.plusDays(20), "Lakeside General Hospital", "27447", "Total knee replacement", 1,
                new BigDecimal("5540.00"))));

        String text = text(new PatientEstimatePdf(PrintedPdf.LETTERHEAD).render(new PatientEstimatePdf.Contents("EST-001050 v1", DAY,
                "Daniel Ortiz", LocalDate.of(1978, 9, 2), "Northwind Health · Northwind Gold PPO, member DEMO-100871",
                "deductible 400.00, out of pocket 400.00", "Second opinion on knee arthritis", DAY.plusDays(20),
                List.of(workup, knee), List.of("This is an estimate, not a bill or a guarantee of payment.")), ISSUE));

        assertThat(text).contains("Yourcostestimate", "EST-001050v1", "DanielOrtiz", "NorthwindGoldPPO",
                "deductible400.00", "Sidebyside", "Second-opinionworkup$60.00", "Kneereplacement$5,540.00",
                "$5,100.00–$5,540.00", "$19,260.00", "$5,600.00", "27447", "Totalkneereplacement",
                "notabilloraguaranteeofpayment", "alternatives");
    }

    @Test
    void showsTheWholeEstimateAsTheChoiceThatCostsMostWithTheRangeOverEveryChoice() throws IOException {
        PatientEstimatePdf.Option knee = new PatientEstimatePdf.Option("Knee replacement", false,
                new BigDecimal("5540.00"), new BigDecimal("5540.00"), new BigDecimal("5540.00"),
                new BigDecimal("19260.00"), new BigDecimal("5600.00"), List.of());

        String text = text(new PatientEstimatePdf(PrintedPdf.LETTERHEAD).render(new PatientEstimatePdf.Contents(
                "EST-001052 v1", DAY, "Daniel Ortiz", null, "Northwind Gold PPO", "nothing met", "Knee", null,
                List.of(knee), new PatientEstimatePdf.Overall("Knee replacement", new BigDecimal("5600.00"),
                new BigDecimal("1120.00"), new BigDecimal("5600.00"), new BigDecimal("19260.00")),
                List.of("This is an estimate.")), ISSUE));

        assertThat(text).contains("Thewholeestimate,upto(Kneereplacement)$5,600.00$1,120.00–$5,600.00$19,260.00");
    }

    @Test
    void isIssuedOnTheLetterheadWithPageNumbersTheMrnTheSignatureAndTheTextHashOnEveryPage() {
        List<PatientEstimatePdf.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new PatientEstimatePdf.Line(DAY.plusDays(i), "Lakeside General Hospital", "97110",
                    "Physical therapy session " + i, 1, new BigDecimal("25.00")));
        }
        PatientEstimatePdf.Option therapy = new PatientEstimatePdf.Option("Injections and therapy", false,
                new BigDecimal("1500.00"), new BigDecimal("1500.00"), new BigDecimal("1500.00"),
                new BigDecimal("3000.00"), new BigDecimal("1560.00"), lines);
        byte[] pdf = new PatientEstimatePdf(PrintedPdf.LETTERHEAD).render(new PatientEstimatePdf.Contents(
                "EST-001051 v2", DAY, "Daniel Ortiz", LocalDate.of(1978, 9, 2), "Northwind Gold PPO", "nothing met",
                "Second opinion on knee arthritis", null, List.of(therapy), List.of("This is an estimate.")), ISSUE);

        PrintedPdf printed = PrintedPdf.read(pdf);

        assertThat(printed.pages.size()).isGreaterThanOrEqualTo(2);
        printed.isIssuedAs(PrintedPdf.LETTERHEAD, "Patient: Daniel Ortiz \u00b7 MRN MRN-200300", "EST-001051 v2",
                "Cost estimate EST-001051 v2", ISSUE.signature());
        // the options side by side head their rows, the lines their columns; the disclaimers are a list
        assertThat(printed.tableHeaders).contains("TH Column", "TH Row");
        assertThat(printed.structure).containsSubsequence("L", "LI", "Lbl", "LBody");
        assertThat(printed.squeezed()).contains(PrintedPdf.squeezed(
                "Electronically signed by Nora Billings, Billing office, Lakeside General Hospital on 1 December 2026."));
    }

    @Test
    void refusesAnEstimateWithoutItsReferenceDayPatientOrPlan() {
        assertThatThrownBy(() -> new PatientEstimatePdf.Contents(null, DAY, "A", null, "P", "", "", null, List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }
}
