package org.secondopinion.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.control.PrintedPdf;
import org.secondopinion.platform.control.Signature;
import org.secondopinion.referral.entity.Alternative;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralBuilder;
import org.secondopinion.referral.entity.ReferralQuestion;
import org.secondopinion.referral.entity.ReferralRecord;
import org.secondopinion.referral.entity.StandardQuestion;

class OpinionReportTest {

    private static final Instant INTAKE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void rendersADeliveredOpinionAsAPdfWithTheAnswers() throws IOException {
        Referral referral = delivered();

        byte[] pdf = new OpinionReport(ZoneId.of("America/Chicago"), PrintedPdf.LETTERHEAD).render(referral, INTAKE.plus(Duration.ofDays(13)));

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(text.toString())
                    .contains("Your second opinion")
                    .contains("Maria Lopez")
                    .contains("Lumpectomy followed by radiation")
                    .contains("The specialist recommends a different treatment.")
                    .contains("Answer to question 1");
        } finally {
            reader.close();
        }
    }

    @Test
    void isIssuedOnTheLetterheadWithPageNumbersTheMrnTheSpecialistsSignatureAndTheTextHashOnEveryPage() {
        Referral referral = inReview();
        referral.writeOpinion(EnumSet.of(OpinionOutcome.CONFIRMED), null, null, "Mastectomy", null, null, List.of());
        for (ReferralQuestion question : referral.getQuestions()) {
            referral.answer(question.getId(), ("A long answer to question " + question.getPosition() + ". ").repeat(60));
        }
        referral.deliver("specialist", at(12));
        OpinionReport report = new OpinionReport(ZoneId.of("America/Chicago"), PrintedPdf.LETTERHEAD);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        String hash = report.write(referral, at(13), out);

        PrintedPdf printed = PrintedPdf.read(out.toByteArray());
        assertThat(printed.pages.size()).isGreaterThanOrEqualTo(2);
        Signature signed = new Signature("Dr. Ana Ortiz", "Oncology / Breast, NPI 1234567893", LocalDate.of(2026, 3, 14));
        printed.isIssuedAs(PrintedPdf.LETTERHEAD, "Patient: Maria Lopez \u00b7 MRN MRN-100200",
                referral.reference() + " opinion report", "Second opinion " + referral.reference(), signed);
        assertThat(printed.structure).contains("Table", "TR", "TH", "TD");
        assertThat(printed.tableHeaders).as("the facts head their rows").contains("TH Row");
        assertThat(printed.squeezed()).contains(PrintedPdf.squeezed(
                "Electronically signed by Dr. Ana Ortiz, Oncology / Breast, NPI 1234567893 on 14 March 2026."));
        assertThat(printed.textHash(1)).isEqualTo(hash);
        // the same report printed again the same day says the same, so its text hash is the same
        assertThat(report.write(referral, at(13), new java.io.ByteArrayOutputStream())).isEqualTo(hash);
    }

    @Test
    void describesAConfirmedOpinionAsAgreement() {
        Referral referral = inReview();
        referral.writeOpinion(EnumSet.of(OpinionOutcome.CONFIRMED), null, null, "Mastectomy", null, null, List.of());

        assertThat(OpinionReport.outcomeInWords(referral))
                .isEqualTo("The specialist agrees with the diagnosis and the treatment you were offered.");
    }

    private static Referral delivered() {
        Referral referral = inReview();
        referral.writeOpinion(EnumSet.of(OpinionOutcome.TREATMENT_CHANGED), null, null,
                "Lumpectomy followed by radiation", null, "Breast-conserving surgery is enough.",
                List.of(new Alternative("Mastectomy", "no radiation", "larger operation", "same survival")));
        for (ReferralQuestion question : referral.getQuestions()) {
            referral.answer(question.getId(), "Answer to question " + question.getPosition());
        }
        referral.deliver("specialist", at(12));
        return referral;
    }

    private static Referral inReview() {
        Referral referral = ReferralBuilder.aReferral(INTAKE)
                .questions(EnumSet.of(StandardQuestion.ALTERNATIVES, StandardQuestion.RECOVERY),
                        List.of("Can it wait a month?"))
                .partIdsAfter(2000).build();
        referral.startRecordCollection("coordinator", at(1), null);
        for (ReferralRecord record : referral.getRecords()) {
            referral.markRecord(record.getId(), RecordState.RECEIVED, LocalDate.of(2026, 3, 4), "General Hospital", null);
        }
        referral.completeRecords("coordinator", at(5), Duration.ofDays(10));
        Practitioner specialist = new Practitioner("Ana", "Ortiz");
        specialist.identify("1234567893", "specialist");
        specialist.practise(List.of(new Specialty("Oncology", "Breast")), List.of("English"));
        referral.offerTo(specialist, "coordinator", at(6), null);
        referral.accept("specialist", at(7));
        referral.startReview("specialist", at(8));
        return referral;
    }

    private static Instant at(int days) {
        return INTAKE.plus(Duration.ofDays(days));
    }
}
