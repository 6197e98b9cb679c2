package org.secondopinion.referral.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.control.DocumentFonts;
import org.secondopinion.platform.control.LetterPdf;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Signature;
import org.secondopinion.referral.entity.Alternative;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralAddendum;
import org.secondopinion.referral.entity.ReferralQuestion;

/**
 * The second-opinion report as a PDF the patient can read: plain headings, the outcome in
 * words, the recommendation and the alternatives side by side, every question with its
 * answer, and any follow-up answers as an addendum; on the hospital's letterhead, with the patient's name and MRN on
 * every page, signed by the reviewing specialist (see {@link LetterPdf}).
 */
public final class OpinionReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font TITLE = DocumentFonts.font(18, Font.BOLD, new Color(20, 60, 110));
    private static final Font HEADING = DocumentFonts.font(13, Font.BOLD, new Color(20, 60, 110));
    private static final Font BODY = DocumentFonts.font(10.5f, Font.NORMAL, null);
    private static final Font BOLD = DocumentFonts.font(10.5f, Font.BOLD, null);
    private static final Font SMALL = DocumentFonts.font(8.5f, Font.ITALIC, Color.DARK_GRAY);

    private final ZoneId zone;
    private final Letterhead letterhead;

    public OpinionReport(ZoneId zone, Letterhead letterhead) {
        this.zone = zone;
        this.letterhead = letterhead;
    }

    public byte[] render(Referral referral, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(referral, printedAt, out);
        return out.toByteArray();
    }

    /** Writes the report and returns the SHA-256 of its text, the hash its footer shows. */
    public String write(Referral referral, Instant printedAt, OutputStream out) {
        LetterPdf document = LetterPdf.open(new LetterPdf.Frame(letterhead, "Second opinion " + referral.reference(),
                "Patient: " + referral.getPatientName() + " \u00b7 MRN " + referral.getPatientMrn(),
                referral.reference() + " opinion report"), out);
        document.title(new Paragraph("Your second opinion", TITLE));
        document.add(new Paragraph("Case " + referral.reference() + " \u00b7 delivered "
                + day(referral.getDeliveredAt()), SMALL));
        document.table(facts(referral), true);

        heading(document, "What the specialist concluded");
        document.add(new Paragraph(outcomeInWords(referral), BODY));
        if (referral.getSecondDiagnosisCode() != null) {
            field(document, "Diagnosis after review", referral.getSecondDiagnosisCode() + " "
                    + nullToEmpty(referral.getSecondDiagnosisText()));
        }
        field(document, "Recommended treatment", referral.getRecommendedTreatment());
        if (referral.getOpinionSummary() != null) {
            field(document, "Summary", referral.getOpinionSummary());
        }
        if (referral.getRepeatDiagnostics() != null) {
            field(document, "Tests the specialist suggests repeating", referral.getRepeatDiagnostics());
        }

        if (!referral.getAlternatives().isEmpty()) {
            heading(document, "The options side by side");
            document.add(alternatives(referral));
        }

        heading(document, "Your questions, answered");
        for (ReferralQuestion question : referral.getQuestions()) {
            Paragraph asked = new Paragraph(question.getPosition() + ". " + question.getText(), BOLD);
            asked.setSpacingBefore(6);
            document.add(asked);
            document.add(new Paragraph(nullToEmpty(question.getAnswer()), BODY));
        }

        if (referral.getAddenda().stream().anyMatch(ReferralAddendum::isAnswered)) {
            heading(document, "Addendum: your follow-up questions");
            for (ReferralAddendum addendum : referral.getAddenda()) {
                if (addendum.isAnswered()) {
                    Paragraph asked = new Paragraph(addendum.getQuestion(), BOLD);
                    asked.setSpacingBefore(6);
                    document.add(asked);
                    document.add(new Paragraph(addendum.getAnswer() + "  (answered "
                            + day(addendum.getAnsweredAt()) + ")", BODY));
                }
            }
        }

        Paragraph note = new Paragraph("This opinion is based on the records sent to the reviewing specialist. "
                + "It does not replace a conversation with your own doctor: please discuss it with them before "
                + "you decide. If your condition gets worse, seek care at once. Printed " + day(printedAt) + ".", SMALL);
        note.setSpacingBefore(18);
        document.add(note);
        document.sign(signature(referral, printedAt));
        return document.close();
    }

    /**
     * The reviewing specialist signs the report on the day it was delivered. The directory keeps no degrees or
     * board certifications, so the credentials are the specialist's specialties and NPI as the directory holds them.
     */
    private Signature signature(Referral referral, Instant printedAt) {
        Instant signed = referral.getDeliveredAt() == null ? printedAt : referral.getDeliveredAt();
        Practitioner specialist = referral.getSpecialist();
        if (specialist == null) {
            return new Signature("Second-opinion department", letterhead.name(), signed.atZone(zone).toLocalDate());
        }
        String specialties = specialist.getSpecialties().isEmpty() ? nullToEmpty(referral.getRequestedSpecialty())
                : specialist.getSpecialties().stream().map(Specialty::toString).collect(Collectors.joining("; "));
        String credentials = specialties + (specialist.getNpi() == null ? "" : (specialties.isEmpty() ? "" : ", ")
                + "NPI " + specialist.getNpi());
        return new Signature(specialist.displayName(), credentials, signed.atZone(zone).toLocalDate());
    }

    private PdfPTable facts(Referral referral) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        row(table, "Patient", referral.getPatientName() + " (born " + day(referral.getPatientBirthDate()) + ", record "
                + referral.getPatientMrn() + ")");
        row(table, "First opinion", referral.getFirstPhysicianName()
                + (referral.getFirstOrganisationName() == null ? "" : ", " + referral.getFirstOrganisationName()));
        row(table, "Diagnosis given", referral.getDiagnosisCode() + " " + referral.getDiagnosisText());
        row(table, "Treatment proposed", referral.getTreatmentText() + " (" + words(referral.getTreatmentKind().name()) + ")");
        row(table, "Reviewed by", referral.getSpecialist() == null ? "" : referral.getSpecialist().displayName()
                + ", " + referral.getRequestedSpecialty());
        return table;
    }

    private static PdfPTable alternatives(Referral referral) {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 1.6f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : new String[] {"Option", "For", "Against", "What to expect"}) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(new Color(225, 235, 245));
            table.addCell(cell);
        }
        for (Alternative alternative : referral.getAlternatives()) {
            table.addCell(new Phrase(alternative.getTreatment(), BODY));
            table.addCell(new Phrase(nullToEmpty(alternative.getPros()), BODY));
            table.addCell(new Phrase(nullToEmpty(alternative.getCons()), BODY));
            table.addCell(new Phrase(nullToEmpty(alternative.getExpectedOutcome()), BODY));
        }
        return table;
    }

    static String outcomeInWords(Referral referral) {
        if (referral.getOutcomes().contains(OpinionOutcome.CONFIRMED)) {
            return "The specialist agrees with the diagnosis and the treatment you were offered.";
        }
        return referral.getOutcomes().stream().map(outcome -> switch (outcome) {
            case DIAGNOSIS_REFINED -> "The specialist made the diagnosis more precise.";
            case DIAGNOSIS_CHANGED -> "The specialist reached a different diagnosis.";
            case TREATMENT_CHANGED -> "The specialist recommends a different treatment.";
            case CONFIRMED -> "";
        }).collect(Collectors.joining(" "));
    }

    private static void heading(LetterPdf document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.heading(heading);
    }

    private static void field(LetterPdf document, String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", BOLD));
        paragraph.add(new Chunk(nullToEmpty(value), BODY));
        paragraph.setSpacingBefore(4);
        document.add(paragraph);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, BOLD));
        left.setBorderColor(Color.LIGHT_GRAY);
        PdfPCell right = new PdfPCell(new Phrase(value, BODY));
        right.setBorderColor(Color.LIGHT_GRAY);
        right.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(left);
        table.addCell(right);
    }

    private String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String words(String constant) {
        String text = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
