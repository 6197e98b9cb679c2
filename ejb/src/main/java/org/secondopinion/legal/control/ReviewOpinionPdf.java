package org.secondopinion.legal.control;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.secondopinion.platform.control.DocumentFonts;
import org.secondopinion.platform.control.LetterPdf;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Signature;

/**
 * The independent reviewer's opinion as a PDF: the case, the reviewer and their qualifications, the standard of
 * care, breach, what should have been done, causation and damages, and the materials considered by Bates range.
 * The same opinion always gives the same text, so its hash identifies it. On the hospital's letterhead, with the
 * case number on every page, signed by the reviewer (see {@link LetterPdf}).
 */
public final class ReviewOpinionPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font TITLE = DocumentFonts.font(17, Font.BOLD, new Color(30, 40, 70));
    private static final Font HEADING = DocumentFonts.font(12, Font.BOLD, new Color(30, 40, 70));
    private static final Font BODY = DocumentFonts.font(10.5f, Font.NORMAL, null);
    private static final Font SMALL = DocumentFonts.font(8.5f, Font.ITALIC, Color.DARK_GRAY);

    /** What the PDF shows. */
    public record Contents(String caseReference, String matterNumber, String claimant, List<String> defendants,
                           String reviewer, String reviewerCredentials, int revision, LocalDate finalisedOn, String qualifications,
                           String standardOfCare, String breach, String shouldHaveDone, String causation,
                           String damages, String materials) {
        public Contents {
            if (caseReference == null || reviewer == null || finalisedOn == null) {
                throw new IllegalArgumentException("An opinion names its case, its reviewer and the day it was final.");
            }
            defendants = List.copyOf(defendants);
        }
    }

    private final Letterhead letterhead;

    public ReviewOpinionPdf(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    public byte[] render(Contents opinion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(opinion, out);
        return out.toByteArray();
    }

    /** Writes the opinion and returns the SHA-256 of its text, the hash its footer shows. */
    public String write(Contents opinion, OutputStream out) {
        LetterPdf document = LetterPdf.open(new LetterPdf.Frame(letterhead, "Independent medical review "
                + opinion.caseReference(), "Case " + opinion.caseReference() + (opinion.matterNumber() == null ? ""
                : " \u00b7 matter " + opinion.matterNumber()), opinion.caseReference() + " opinion v"
                + opinion.revision()), out);
        document.title(new Paragraph("Independent medical review", TITLE));
        document.add(new Paragraph(opinion.caseReference() + " · matter " + opinion.matterNumber() + " · version "
                + opinion.revision() + " · final on " + DAY.format(opinion.finalisedOn()), SMALL));
        section(document, "Claimant", opinion.claimant());
        section(document, "Defendants", String.join("; ", opinion.defendants()));
        section(document, "Reviewer", opinion.reviewer());
        section(document, "The reviewer's qualifications", opinion.qualifications());
        section(document, "Standard of care", opinion.standardOfCare());
        section(document, "Breach of the standard of care", opinion.breach());
        section(document, "What should have been done", opinion.shouldHaveDone());
        section(document, "Causation", opinion.causation());
        section(document, "Damages", opinion.damages());
        section(document, "Materials considered (Bates ranges)", opinion.materials());
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("This opinion is the reviewer's own, given independently of the parties. Its"
                + " SHA-256 was recorded when it became final; any later change is a new version.", SMALL));
        document.sign(new Signature(opinion.reviewer(), opinion.reviewerCredentials(), opinion.finalisedOn()));
        return document.close();
    }

    private static void section(LetterPdf document, String heading, String text) {
        Paragraph title = new Paragraph(heading, HEADING);
        title.setSpacingBefore(10);
        document.heading(title);
        document.add(new Paragraph(text == null || text.isBlank() ? "—" : text, BODY));
    }
}
