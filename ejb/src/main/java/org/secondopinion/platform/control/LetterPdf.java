package org.secondopinion.platform.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document the hospital issues to a patient or a court, as a US Letter PDF: the hospital's letterhead and a
 * running head (the patient's name and MRN, or the case number) on every page; the document's id, the SHA-256 of
 * its text and "Page x of y" in every page's footer; the author's signature block. It is PDF/UA-1 (ISO 14289-1):
 * a title shown by viewers, the language en-US, XMP metadata with dc:title and the PDF/UA identification, every font
 * embedded ({@link DocumentFonts}), and a tagged structure: title H1, headings H2, paragraphs and the signature block
 * P; a table as Table, TR, and TH (its header rows, scope Column; in a table of facts its first column, scope Row)
 * or TD, with ColSpan where a cell spans columns; a list as L, LI, Lbl and LBody. Letterhead, running head, footer,
 * the rules between them, a table's borders and shading and a table header repeated on a following page are
 * artifacts.
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
 * OpenPDF tags neither table cells nor list items, so this class lays tables out itself, a page's worth of rows at a
 * time (borders and shading first, then each cell's text in its own sequence), and draws a list item's label and
 * body separately. A table row is never split across pages.
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
    private static final Font BODY = DocumentFonts.font(10.5f, Font.NORMAL, null);
    private static final Font BOLD = DocumentFonts.font(10.5f, Font.BOLD, null);
    private static final Font SMALL = DocumentFonts.font(8.5f, Font.ITALIC, Color.DARK_GRAY);
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW = new PdfName("Row");
    private static final PdfName COLSPAN = new PdfName("ColSpan");
    private static final PdfName LIST_NUMBERING = new PdfName("ListNumbering");

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
        writer.setXmpMetadata(xmpMetadata(writer));
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

    /** A paragraph, list or table of the body; a table's header rows (see {@link PdfPTable#setHeaderRows}) head its columns. */
    public void add(Element element) {
        if (element instanceof PdfPTable table) {
            table(table, false);
        } else if (element instanceof com.lowagie.text.List list) {
            list(list);
        } else {
            add(element, PdfName.P);
        }
    }

    /**
     * A table of the body. Its header rows head its columns (TH, scope Column) and are drawn again, as artifacts, on
     * every page it continues on; with {@code firstColumnHeadsRows} the first cell of every other row heads its row
     * (TH, scope Row), as in a table of facts ("Patient" | the patient's name).
     */
    public void table(PdfPTable table, boolean firstColumnHeadsRows) {
        text.update(textOf(table).getBytes(StandardCharsets.UTF_8));
        float width = table.isLockedWidth() ? table.getTotalWidth()
                : (document.right() - document.left()) * table.getWidthPercentage() / 100;
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        float x = switch (table.getHorizontalAlignment()) {
            case Element.ALIGN_LEFT -> document.left();
            case Element.ALIGN_RIGHT -> document.right() - width;
            default -> document.left() + (document.right() - document.left() - width) / 2;
        };
        int headerRows = Math.min(table.getHeaderRows(), table.size());
        float headerHeight = 0;
        for (int row = 0; row < headerRows; row++) {
            headerHeight += table.getRowHeight(row);
        }
        PdfStructureElement tagged = new PdfStructureElement(root, PdfName.TABLE);
        float y = column.getYLine();
        if (y < document.top()) {
            y -= table.spacingBefore();
        }
        int next = 0;
        while (next < table.size()) {
            boolean continued = next > 0;
            float top = continued ? y - headerHeight : y;
            int end = next;
            float bottom = top;
            while (end < table.size() && bottom - table.getRowHeight(end) >= document.bottom()) {
                bottom -= table.getRowHeight(end);
                end++;
            }
            // a page that would show only the header, or nothing, gives way to the next one
            boolean enough = end > next && (continued || end > headerRows || end == table.size());
            if (!enough) {
                if (y >= document.top()) {
                    throw new IllegalStateException("A row of a table is too large for a page.");
                }
                newPage();
                y = document.top();
                continue;
            }
            if (continued && headerRows > 0) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.beginMarkedContentSequence(ARTIFACT, pagination(null), true);
                table.writeSelectedRows(0, headerRows, x, y, canvas);
                canvas.endMarkedContentSequence();
            }
            writeRows(table, next, end, x, top, tagged, headerRows, firstColumnHeadsRows);
            y = bottom;
            next = end;
            if (next < table.size()) {
                newPage();
                y = document.top();
            }
        }
        column.setYLine(y - table.spacingAfter());
    }

    /** The author's signature block: name, credentials, date and the electronic-signature statement. */
    public void sign(Signature signature) {
        if (column.getYLine() - SIGNATURE_HEIGHT < document.bottom()) {
            newPage();
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
        write(element, new PdfStructureElement(root, role));
    }

    /** Lays the element out from the column's line on, over as many pages as it needs, tagged as that element. */
    private void write(Element element, PdfStructureElement tag) {
        PdfContentByte canvas = writer.getDirectContent();
        column.addElement(element);
        try {
            while (true) {
                float before = column.getYLine();
                canvas.beginMarkedContentSequence(tag);
                int status = column.go();
                canvas.endMarkedContentSequence();
                if (!ColumnText.hasMoreText(status)) {
                    // the column stops on the last line's baseline: keep what follows clear of its descenders
                    column.setYLine(column.getYLine() - Math.max(3, -column.getDescender()));
                    return;
                }
                if (before == document.top() && column.getYLine() == document.top()) {
                    throw new IllegalStateException("A part of the document is too large for a page.");
                }
                newPage();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the document", e);
        }
    }

    private void newPage() {
        document.newPage();
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    /**
     * Rows [start, end) of a table with their top at y: first the borders and shading of all of them as one
     * artifact, then every cell's text in a sequence of its own TH or TD, in a TR per row.
     */
    private void writeRows(PdfPTable table, int start, int end, float x, float y, PdfStructureElement tagged,
                           int headerRows, boolean firstColumnHeadsRows) {
        PdfContentByte canvas = writer.getDirectContent();
        PdfContentByte[] layers = layers(canvas);
        table.writeSelectedRows(0, -1, start, end, x, y, layers);
        canvas.beginMarkedContentSequence(ARTIFACT, layout(), true);
        canvas.add(layers[PdfPTable.BASECANVAS]);
        layers[PdfPTable.BASECANVAS] = canvas;
        layers[PdfPTable.TEXTCANVAS] = canvas.getDuplicate();
        PdfPTable.endWritingRows(layers);
        canvas.endMarkedContentSequence();

        float top = y;
        for (int r = start; r < end; r++) {
            PdfStructureElement row = new PdfStructureElement(tagged, TR);
            PdfPCell[] cells = table.getRow(r).getCells();
            for (int c = 0; c < cells.length; c++) {
                PdfPCell cell = cells[c];
                if (cell == null) {
                    continue;
                }
                boolean columnHead = r < headerRows;
                boolean rowHead = !columnHead && firstColumnHeadsRows && c == 0;
                PdfStructureElement tag = new PdfStructureElement(row, columnHead || rowHead ? PdfName.TH : PdfName.TD);
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, PdfName.TABLE);
                if (columnHead || rowHead) {
                    attributes.put(SCOPE, columnHead ? COLUMN : ROW);
                }
                if (cell.getColspan() > 1) {
                    attributes.put(COLSPAN, new PdfNumber(cell.getColspan()));
                }
                if (attributes.size() > 1) {
                    tag.put(PdfName.A, attributes);
                }
                PdfContentByte[] cellLayers = layers(canvas);
                table.writeSelectedRows(c, c + 1, r, r + 1, x + cell.getLeft(), top, cellLayers);
                canvas.beginMarkedContentSequence(tag);
                canvas.add(cellLayers[PdfPTable.TEXTCANVAS]);
                canvas.endMarkedContentSequence();
            }
            top -= table.getRowHeight(r);
        }
    }

    private static PdfContentByte[] layers(PdfContentByte canvas) {
        return new PdfContentByte[] {canvas.getDuplicate(), canvas.getDuplicate(), canvas.getDuplicate(),
                canvas.getDuplicate()};
    }

    /** Item by item: the label (the bullet or number) as Lbl, drawn on the first line of the body, the text as LBody. */
    private void list(com.lowagie.text.List list) {
        text.update(textOf(list).getBytes(StandardCharsets.UTF_8));
        PdfStructureElement tagged = new PdfStructureElement(root, PdfName.L);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, new PdfName("List"));
        attributes.put(LIST_NUMBERING, list.isNumbered()
                ? (list.isLettered() ? new PdfName(list.isLowercase() ? "LowerAlpha" : "UpperAlpha") : new PdfName("Decimal"))
                : new PdfName("Disc"));
        tagged.put(PdfName.A, attributes);
        PdfContentByte canvas = writer.getDirectContent();
        for (Element element : list.getItems()) {
            if (!(element instanceof ListItem item)) {
                throw new IllegalArgumentException("A list in a document holds items, not lists.");
            }
            PdfStructureElement listItem = new PdfStructureElement(tagged, PdfName.LI);
            Paragraph body = new Paragraph(item);
            body.setIndentationLeft(list.getIndentationLeft() + item.getIndentationLeft());
            float leading = body.getTotalLeading();
            if (column.getYLine() - body.getSpacingBefore() - leading < document.bottom()) {
                newPage();
            }
            // where ColumnText puts the body's first baseline (and where it would put the label of its own lists)
            float firstLine = column.getYLine() - body.getSpacingBefore() - leading;
            canvas.beginMarkedContentSequence(new PdfStructureElement(listItem, PdfName.LBL));
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(item.getListSymbol()),
                    document.left() + list.getIndentationLeft(), firstLine, 0);
            canvas.endMarkedContentSequence();
            write(body, new PdfStructureElement(listItem, PdfName.LBODY));
        }
    }

    private static PdfDictionary pagination(String subtype) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName("Pagination"));
        if (subtype != null) {
            properties.put(PdfName.SUBTYPE, new PdfName(subtype));
        }
        return properties;
    }

    private static PdfDictionary layout() {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName("Layout"));
        return properties;
    }

    /** The Info dictionary's title, author and dates as XMP, with the PDF/UA identification (ISO 14289-1, 5). */
    private static byte[] xmpMetadata(PdfWriter writer) {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try {
            XmpWriter metadata = new XmpWriter(xmp, writer.getInfo(), PdfWriter.PDFXNONE);
            metadata.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                    "<pdfuaid:part>1</pdfuaid:part>");
            metadata.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xmp.toByteArray();
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
            this.regular = DocumentFonts.base(Font.NORMAL);
            this.bold = DocumentFonts.base(Font.BOLD);
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
            canvas.beginMarkedContentSequence(ARTIFACT, pagination("Header"), true);
            text(canvas, bold, 12, BLUE, frame.letterhead().name(), left, height - 40, Element.ALIGN_LEFT);
            text(canvas, regular, 8.5f, Color.DARK_GRAY, frame.letterhead().address(), left, height - 52,
                    Element.ALIGN_LEFT);
            text(canvas, bold, 9, Color.BLACK, frame.runningHead(), right, height - 40, Element.ALIGN_RIGHT);
            canvas.setColorStroke(Color.GRAY);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, height - 60);
            canvas.lineTo(right, height - 60);
            canvas.stroke();
            canvas.endMarkedContentSequence();
            canvas.beginMarkedContentSequence(ARTIFACT, pagination("Footer"), true);
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
