package org.rolloutsim.report.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A4 pages filled top to bottom: headings, wrapped paragraphs, tables and charts, each moved to a new
 * page when it does not fit. Text uses the standard Helvetica fonts (nothing embedded, all text
 * extractable; the minus sign added to their encoding); charts are drawn as vectors through a
 * Graphics2D bridge, their text as real text.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 16;
    /** Room a table cell keeps beside its text. */
    private static final float CELL_PADDING = 6;
    private static final float FOOTER_SIZE = 7.5f;
    private static final String ELLIPSIS = "\u2026";

    static {
        BundledFontMapper.install();
    }

    /**
     * The code the pack's fonts give the minus sign: one WinAnsiEncoding leaves unused (129), so every
     * other character keeps its code.
     */
    static final int MINUS_CODE = 0x81;

    final PDFont regular = standard(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = standard(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    /** The footer's name (the title), shortened when the page is too narrow for it and the rest. */
    private final String footerName;
    /** What the footer says after the name (version, seed, runs), always whole, as is the page number. */
    private final String footerTail;
    private PDPageContentStream content;
    private float y;
    private int pages;
    /** Per font, whether it can show a character. */
    private final Map<PDFont, Map<Character, Boolean>> encodable = new java.util.IdentityHashMap<>();
    /** Some character so far could not be shown in the standard fonts and was written as '?'. */
    private boolean replacedCharacters;

    /**
     * A canvas whose pages end in the footer "{@code footerName} · {@code footerTail} · page N"; a name
     * too long for the line is shortened (see {@link #footer}).
     */
    PdfCanvas(PDDocument document, String footerName, String footerTail) {
        this.document = document;
        this.footerName = footerName;
        this.footerTail = footerTail;
    }

    /**
     * A standard font, not embedded, in WinAnsiEncoding with its minus sign (U+2212, the glyph "minus",
     * which every standard Helvetica has but WinAnsiEncoding gives no code) added at {@link #MINUS_CODE}:
     * so "\u22129.3M" is printed and extracted as written, not with a hyphen.
     */
    static PDFont standard(Standard14Fonts.FontName name) {
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(MINUS_CODE));
        differences.add(COSName.getPDFName("minus"));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, name.getName());
        font.setItem(COSName.ENCODING, encoding);
        try {
            // PDFBox takes a font whose encoding has Differences for no standard font (as Acrobat does
            // on reading), and would then measure it with the outlines it maps it to and warn on every
            // page that it is not embedded: this one is the standard Helvetica, measured by its metrics
            return new PDType1Font(font) {
                @Override
                public boolean isStandard14() {
                    return true;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return pages;
    }

    /** Starts a new page (the first call starts the first). */
    void newPage() throws IOException {
        finishPage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        y = TOP;
    }

    private void finishPage() throws IOException {
        if (content != null) {
            write(footer(pages), regular, FOOTER_SIZE, MARGIN, MARGIN - 4);
            content.close();
            content = null;
        }
    }

    /**
     * The footer of page {@code page}, one line no wider than the page's text: the seed, the runs and
     * the page number are always whole, and a name too long for the room they leave is cut, at a
     * space when one is near, and ends in an ellipsis. A long scenario name had pushed the rest off
     * the page ("… seed 2026").
     */
    String footer(int page) throws IOException {
        String tail = " \u00b7 " + footerTail + " \u00b7 page " + page;
        return shorten(footerName, regular, FOOTER_SIZE, WIDTH - width(tail, regular, FOOTER_SIZE)) + tail;
    }

    /**
     * {@code text} as it is when it is no wider than {@code width}, else its longest beginning that
     * fits with an ellipsis after it (cut at a word when that keeps at least two thirds of the
     * characters); just the ellipsis when nothing fits.
     */
    String shorten(String text, PDFont font, float size, float width) throws IOException {
        if (width(text, font, size) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + ELLIPSIS, font, size) > width) {
            end--;
            if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        int space = text.lastIndexOf(' ', end);
        if (space >= end * 2 / 3 && space > 0) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Room left on the page, in points. */
    float room() {
        return y - BOTTOM;
    }

    /** A new page unless {@code height} points fit on this one. */
    void need(float height) throws IOException {
        if (content == null || room() < height) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    void heading(String text, float size) throws IOException {
        need(size * 2 + 60);
        y -= size * 0.4f;
        paragraph(text, bold, size, 0);
        y -= size * 0.25f;
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, regular, size, 0);
    }

    /** Wrapped text at the left margin plus {@code indent}; a new page when a line does not fit. */
    void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            need(size * 1.35f);
            y -= size * 1.3f;
            write(line, font, size, MARGIN + indent, y);
        }
        y -= size * 0.45f;
    }

    /** Lines of {@code text} no wider than {@code width}, broken at spaces (a longer word breaks anywhere). */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text, font).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(safe(text, font)) / 1000 * size;
    }

    /**
     * A table with a bold header row; column widths are shares of the page width; cells wrap. A row
     * that does not fit goes to a new page, under the header again.
     */
    void table(String[] header, List<String[]> rows, float[] shares, float size) throws IOException {
        float[] widths = new float[shares.length];
        float total = 0;
        for (float s : shares) {
            total += s;
        }
        for (int i = 0; i < shares.length; i++) {
            widths[i] = WIDTH * shares[i] / total;
        }
        fitLongestWords(widths, header, rows, size);
        need(size * 6);
        row(header, widths, bold, size, true);
        for (String[] row : rows) {
            float height = rowHeight(row, widths, regular, size);
            if (room() < height) {
                newPage();
                row(header, widths, bold, size, true);
            }
            row(row, widths, regular, size, false);
        }
        y -= size * 0.8f;
    }

    /**
     * Widens a column too narrow for its longest word (a wave called "community" was printed
     * "commun" over "ity") with room taken from the columns that have the most to spare, as far as
     * the others' own longest words allow; a word wider than that still breaks.
     */
    private void fitLongestWords(float[] widths, String[] header, List<String[]> rows, float size) throws IOException {
        float[] least = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            least[i] = longestWord(header[i], bold, size) + CELL_PADDING;
            for (String[] row : rows) {
                least[i] = Math.max(least[i], longestWord(row[i], i == 0 ? bold : regular, size) + CELL_PADDING);
            }
        }
        for (int i = 0; i < widths.length; i++) {
            float missing = least[i] - widths[i];
            while (missing > 0.01f) {
                int donor = -1;
                for (int j = 0; j < widths.length; j++) {
                    if (j != i && widths[j] - least[j] > 0.01f
                            && (donor < 0 || widths[j] - least[j] > widths[donor] - least[donor])) {
                        donor = j;
                    }
                }
                if (donor < 0) {
                    break;
                }
                float given = Math.min(missing, widths[donor] - least[donor]);
                widths[donor] -= given;
                widths[i] += given;
                missing -= given;
            }
        }
    }

    private float longestWord(String text, PDFont font, float size) throws IOException {
        float longest = 0;
        for (String word : safe(text, font).split(" ")) {
            longest = Math.max(longest, width(word, font, size));
        }
        return longest;
    }

    private float rowHeight(String[] cells, float[] widths, PDFont font, float size) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], i == 0 ? bold : font, size, widths[i] - CELL_PADDING).size());
        }
        return lines * size * 1.25f + size * 0.6f;
    }

    private void row(String[] cells, float[] widths, PDFont font, float size, boolean header) throws IOException {
        float height = rowHeight(cells, widths, font, size);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float lineY = y - size * 1.1f;
            for (String line : wrap(cells[i], i == 0 ? bold : font, size, widths[i] - CELL_PADDING)) {
                write(line, i == 0 ? bold : font, size, x + 2, lineY);
                lineY -= size * 1.25f;
            }
            x += widths[i];
        }
        y -= height;
        content.setStrokingColor(header ? 0.4f : 0.82f);
        content.setLineWidth(header ? 0.9f : 0.4f);
        content.moveTo(MARGIN, y + size * 0.2f);
        content.lineTo(MARGIN + WIDTH, y + size * 0.2f);
        content.stroke();
    }

    /**
     * A chart drawn at {@code drawWidth} × {@code drawHeight} (the size its fonts are made for) and
     * scaled to the page width at most, as vectors.
     */
    void chart(JFreeChart chart, int drawWidth, int drawHeight) throws IOException {
        float scale = Math.min(1f, WIDTH / drawWidth);
        float height = drawHeight * scale;
        need(height + 6);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, drawWidth, drawHeight);
        g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
        chart.draw(g, new Rectangle2D.Double(0, 0, drawWidth, drawHeight));
        g.dispose();
        PDFormXObject form = g.getXFormObject();
        y -= height;
        content.saveGraphicsState();
        Matrix matrix = new Matrix();
        matrix.translate(MARGIN + (WIDTH - drawWidth * scale) / 2, y);
        matrix.scale(scale, scale);
        content.transform(matrix);
        content.drawForm(form);
        content.restoreGraphicsState();
        y -= 6;
    }

    /** A row of framed boxes, each a small label, a large value and a note, as tall as the fullest. */
    void cards(List<String[]> cards) throws IOException {
        float gap = 8;
        float w = (WIDTH - gap * (cards.size() - 1)) / cards.size();
        List<List<List<String>>> texts = new ArrayList<>();
        float h = 0;
        for (String[] card : cards) {
            float valueSize = valueSize(card[1]);
            List<List<String>> parts = List.of(wrap(card[0].toUpperCase(java.util.Locale.ROOT), regular, 7, w - 10),
                    wrap(card[1], bold, valueSize, w - 10), wrap(card[2], regular, 7.5f, w - 10));
            texts.add(parts);
            h = Math.max(h, 10 + parts.get(0).size() * 9 + parts.get(1).size() * valueSize * 1.15f + 4
                    + parts.get(2).size() * 9 + 6);
        }
        need(h + 8);
        float x = MARGIN;
        for (int c = 0; c < cards.size(); c++) {
            content.setStrokingColor(0.75f);
            content.setLineWidth(0.6f);
            content.addRect(x, y - h, w, h);
            content.stroke();
            float valueSize = valueSize(cards.get(c)[1]);
            float lineY = y - 4;
            for (String line : texts.get(c).get(0)) {
                lineY -= 9;
                write(line, regular, 7, x + 6, lineY);
            }
            for (String line : texts.get(c).get(1)) {
                lineY -= valueSize * 1.15f;
                write(line, bold, valueSize, x + 6, lineY);
            }
            lineY -= 4;
            for (String line : texts.get(c).get(2)) {
                lineY -= 9;
                write(line, regular, 7.5f, x + 6, lineY);
            }
            x += w + gap;
        }
        y -= h + 10;
    }

    private static float valueSize(String value) {
        return value.length() > 22 ? 9.5f : 15;
    }

    private void write(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(0.13f);
        content.newLineAtOffset(x, baseline);
        content.showText(safe(text, font));
        content.endText();
    }

    /**
     * The text with every character the font cannot show replaced: the minus sign by a hyphen (in a
     * font without one: the pack's own fonts have it, see {@link #standard}), thin and narrow spaces
     * by spaces, anything else by '?'.
     */
    String safe(String text, PDFont font) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char shown = c;
            if (!encodable(font, shown)) {
                shown = switch (c) {
                    case '\u2212' -> '-';
                    case '\u2009', '\u202f', '\u2007' -> ' ';
                    default -> c;
                };
            }
            if (!encodable(font, shown)) {
                shown = '?';
                replacedCharacters = true;
            }
            b.append(shown);
        }
        return b.toString();
    }

    /** Whether the font can show the character, asked once per font and character. */
    private boolean encodable(PDFont font, char c) {
        return encodable.computeIfAbsent(font, k -> new HashMap<>()).computeIfAbsent(c, k -> canEncode(font, k));
    }

    /** True once some text was written with '?' in place of characters the standard fonts cannot show. */
    boolean replacedCharacters() {
        return replacedCharacters;
    }

    private static boolean canEncode(PDFont font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        finishPage();
    }
}
