package org.secondopinion.platform.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document the hospital issues to a patient or a court, as a US Letter PDF: the hospital's letterhead and a
 * running head (the patient's name and MRN, or the case number) on every page; the document's id, the SHA-256 of
 * its text and "Page x of y" in every page's footer; the author's signature block; a title shown by viewers, the
 * language en-US and a tagged structure (title H1, headings H2, paragraphs and the signature block P, a list as one L,
 * a table as one Div; letterhead, running head and footer as artifacts). That is not full PDF/UA: OpenPDF cannot tag
 * table rows and cells or list items, and the fonts are the standard Helvetica, not embedded.
 *
 * <p>The hash in the footer cannot be the SHA-256 of the file, which the application stores and checks on every
 * download: a file cannot carry its own hash. It is the SHA-256 of the document's <em>text</em>: the UTF-8 text of
 * every body element in reading order (every paragraph, heading, list item and table cell, each followed by a line
 * feed; the signature block included; letterhead, running head and footer left out). Rendering the same content
 * again gives the same value, and any change to what the document says changes it; {@link #close()} returns it so
 * the caller can record it in the audit trail beside the file's SHA-256.
 *
 * <p>OpenPDF lays out each body element with {@link ColumnText} on the page's content so that it can be wrapped in a
 * marked-content sequence of its structure element: the layout engine behind {@code Document.add} cannot be tagged.
 */
public final class LetterPdf {

    /** What frames every page: the letterhead, the title, the running head and the document's id. */
    public record Frame(Letterhead letterhead, String title, String runningHead, String documentId) {
        public Frame {
            if (letterhead == null || title == null || runningHead == null || documentId == null) {
                throw new IllegalArgumentException("A document has a letterhead, a title, a running head and an id.");
            }
        }
    }

    public static final String LANGUAGE = "en-US";

    private static final float MARGIN = 54;
    private static final float TOP = 86;
    private static final float BOTTOM = 72;
    private static final float SIGNATURE_HEIGHT = 80;
    private static final Color BLUE = new Color(20, 60, 110);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.ITALIC, Color.DARK_GRAY);
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final MessageDigest text;
    private final Pages pages;
    private final ColumnText column;

    private LetterPdf(Frame frame, OutputStream out) {
        this.text = sha256();
        this.document = new Document(PageSize.LETTER, MARGIN, MARGIN, TOP, BOTTOM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not start " + frame.title(), e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        document.addTitle(frame.title());
        document.addAuthor(frame.letterhead().name());
        document.addCreator("Second Opinion");
        this.pages = new Pages(frame);
        writer.setPageEvent(pages);
        document.open();
        // the title also as dc:title in the XMP metadata, where PDF/UA looks for it
        writer.createXmpMetadata();
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        // one column for the whole body, so that spacing and line heights between elements are the layout engine's
        this.column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    /** Opens a document on the stream; write its body, then {@link #close()} it. */
    public static LetterPdf open(Frame frame, OutputStream out) {
        return new LetterPdf(frame, out);
    }

    /** The document's title at the top of its body (tagged H1). */
    public void title(Paragraph title) {
        add(title, PdfName.H1);
    }

    /** A section heading (tagged H2). */
    public void heading(Paragraph heading) {
        add(heading, PdfName.H2);
    }

    /** A paragraph, list or table of the body. */
    public void add(Element element) {
        add(element, element instanceof PdfPTable ? PdfName.DIV
                : element instanceof com.lowagie.text.List ? PdfName.L : PdfName.P);
    }

    /** The author's signature block: name, credentials, date and the electronic-signature statement. */
    public void sign(Signature signature) {
        if (column.getYLine() - SIGNATURE_HEIGHT < document.bottom()) {
            document.newPage();
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        } else {
            column.setYLine(column.getYLine() - 18);
        }
        add(new Paragraph(signature.name(), BOLD), PdfName.P);
        if (!signature.credentials().isEmpty()) {
            add(new Paragraph(signature.credentials(), BODY), PdfName.P);
        }
        add(new Paragraph("Date: " + signature.day(), BODY), PdfName.P);
        Paragraph statement = new Paragraph(signature.statement(), SMALL);
        statement.setSpacingBefore(4);
        add(statement, PdfName.P);
    }

    /** Finishes the document (fills in every page's total and the text hash) and returns the SHA-256 of its text. */
    public String close() {
        String hash = HexFormat.of().formatHex(text.digest());
        pages.textSha256 = hash;
        document.close();
        return hash;
    }

    private void add(Element element, PdfName role) {
        text.update(textOf(element).getBytes(StandardCharsets.UTF_8));
        PdfContentByte canvas = writer.getDirectContent();
        column.addElement(element);
        try {
            while (true) {
                float before = column.getYLine();
                canvas.beginMarkedContentSequence(new PdfStructureElement(root, role));
                int status = column.go();
                canvas.endMarkedContentSequence();
                if (!ColumnText.hasMoreText(status)) {
                    if (!(element instanceof PdfPTable)) {
                        // the column stops on the last line's baseline: keep what follows clear of its descenders
                        column.setYLine(column.getYLine() - Math.max(3, -column.getDescender()));
                    }
                    return;
                }
                if (before == document.top() && column.getYLine() == document.top()) {
                    throw new IllegalStateException("A part of the document is too large for a page.");
                }
                document.newPage();
                column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the document", e);
        }
    }

    /** The text an element puts on the page, as the footer's hash covers it. */
    static String textOf(Element element) {
        StringBuilder out = new StringBuilder();
        if (element instanceof PdfPTable table) {
            for (PdfPRow row : table.getRows()) {
                for (PdfPCell cell : row.getCells()) {
                    if (cell != null && cell.getPhrase() != null) {
                        out.append(cell.getPhrase().getContent()).append('\n');
                    }
                }
            }
        } else if (element instanceof com.lowagie.text.List list) {
            for (Element item : list.getItems()) {
                out.append(textOf(item));
            }
        } else {
            for (Element chunk : element.getChunks()) {
                out.append(((Chunk) chunk).getContent());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Letterhead, running head and footer of every page; the totals are filled in when the document closes. */
    private static final class Pages extends PdfPageEventHelper {

        private final Frame frame;
        private final BaseFont regular;
        private final BaseFont bold;
        private PdfTemplate total;
        private PdfTemplate hash;
        private int count;
        private String textSha256 = "";

        Pages(Frame frame) {
            this.frame = frame;
            try {
                this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            hash = writer.getDirectContent().createTemplate(300, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            count++;
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float height = document.getPageSize().getHeight();
            canvas.saveState();
            canvas.beginMarkedContentSequence(ARTIFACT);
            text(canvas, bold, 12, BLUE, frame.letterhead().name(), left, height - 40, Element.ALIGN_LEFT);
            text(canvas, regular, 8.5f, Color.DARK_GRAY, frame.letterhead().address(), left, height - 52,
                    Element.ALIGN_LEFT);
            text(canvas, bold, 9, Color.BLACK, frame.runningHead(), right, height - 40, Element.ALIGN_RIGHT);
            canvas.setColorStroke(Color.GRAY);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, height - 60);
            canvas.lineTo(right, height - 60);
            canvas.moveTo(left, 56);
            canvas.lineTo(right, 56);
            canvas.stroke();
            String id = "Document " + frame.documentId() + " \u00b7 SHA-256 of its text: ";
            text(canvas, regular, 7, Color.DARK_GRAY, id, left, 44, Element.ALIGN_LEFT);
            canvas.addTemplate(hash, left + regular.getWidthPoint(id, 7), 44);
            String page = "Page " + count + " of ";
            text(canvas, regular, 8.5f, Color.BLACK, page, right - 14, 32, Element.ALIGN_RIGHT);
            canvas.addTemplate(total, right - 14, 32);
            canvas.endMarkedContentSequence();
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            fill(total, 8.5f, Integer.toString(count));
            fill(hash, 7, textSha256);
        }

        private void fill(PdfTemplate template, float size, String value) {
            template.beginText();
            template.setFontAndSize(regular, size);
            template.setColorFill(Color.BLACK);
            template.setTextMatrix(0, 0);
            template.showText(value);
            template.endText();
        }

        private static void text(PdfContentByte canvas, BaseFont font, float size, Color color, String value,
                                 float x, float y, int alignment) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(color);
            canvas.showTextAligned(alignment, value, x, y, 0);
            canvas.endText();
        }
    }
}
