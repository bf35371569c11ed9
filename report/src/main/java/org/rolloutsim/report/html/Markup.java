package org.rolloutsim.report.html;

/**
 * A small HTML writer that escapes every piece of text it is given, so scenario text (names,
 * descriptions, labels) can never become markup. Only {@link #raw} inserts markup as is, and it is
 * used for trusted output alone: the stylesheet and SVG made by the chart library (which escapes
 * its own text).
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Headings of the table being written, for the data-label of its cells; none outside a table. */
    private String[] labels = new String[0];
    /** Whether the row headers of the table being written carry their column's heading too. */
    private boolean rowHeadersLabelled;

    /**
     * Joins a sign to the figure it signs, where a browser may otherwise break the line: after a plus
     * or minus sign (U+2212) that comes before a digit or a currency symbol, a word joiner (U+2060,
     * invisible). A sign and a currency symbol are both prefixes to a number, and the line-breaking
     * rules allow a break between two prefixes: a table cell wrapped "at most −" above "$72.3M".
     */
    static final char SIGN_JOINER = '\u2060';

    /**
     * Escapes text for HTML element content and double- or single-quoted attribute values, and keeps
     * each signed figure on one line ({@link #SIGN_JOINER}): every piece of text in the reports
     * passes through here, so no figure needs its own markup.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '+', '\u2212' -> {
                    b.append(c);
                    if (i + 1 < text.length() && signs(text.charAt(i + 1))) {
                        b.append(SIGN_JOINER);
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a sign before {@code next} signs a figure: a digit or a currency symbol follows it. */
    private static boolean signs(char next) {
        return Character.isDigit(next) || Character.getType(next) == Character.CURRENCY_SYMBOL;
    }

    /** Opens {@code tag}, with a class attribute unless {@code cssClass} is null. */
    Markup open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Markup open(String tag) {
        return open(tag, null);
    }

    Markup close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A whole element with escaped text content. */
    Markup element(String tag, String cssClass, String text) {
        open(tag, cssClass);
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    Markup element(String tag, String text) {
        return element(tag, null, text);
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Trusted markup, inserted unchanged. */
    Markup raw(String markup) {
        if (markup.contains("</table>")) {
            labels = new String[0];
            rowHeadersLabelled = false;
        }
        out.append(markup);
        return this;
    }

    /**
     * A table row of escaped cells; the first is a row header when {@code header} is true. Each data
     * cell carries its column's heading (data-label), so a phone can show the row as a labelled list.
     */
    Markup row(boolean header, String... cells) {
        out.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            if (header && i == 0) {
                out.append("<th scope=\"row\"");
                if (rowHeadersLabelled && labels.length > 0 && !labels[0].isEmpty()) {
                    out.append(" data-label=\"").append(escape(labels[0])).append('"');
                }
                out.append('>').append(escape(cells[i])).append("</th>");
            } else {
                out.append("<td");
                if (i < labels.length && !labels[i].isEmpty()) {
                    out.append(" data-label=\"").append(escape(labels[i])).append('"');
                }
                out.append('>').append(escape(cells[i])).append("</td>");
            }
        }
        out.append("</tr>\n");
        return this;
    }

    /**
     * The row headers of the table being written carry the first column's heading as their data-label,
     * so that a phone, which hides the header row, still says what they are ("Contingency to reach:
     * P80", where "P80" alone does not say). Until the table ends.
     */
    Markup labelRowHeaders() {
        rowHeadersLabelled = true;
        return this;
    }

    /** A table header row. */
    Markup headings(String... cells) {
        return headings(cells, cells);
    }

    /**
     * A table header row whose cells' data-labels, what a phone shows beside each value, are {@code labels}:
     * fuller than a heading that a wide screen reads under a neighbour's ("P80" after "P50 completion"
     * is "P80 completion" on a phone, where each value stands alone).
     */
    Markup headings(String[] cells, String[] labels) {
        this.labels = labels.clone();
        out.append("<thead><tr>");
        for (String cell : cells) {
            // a swept input's path ("strategy.goLiveWeek") may break after its dots, not only at its end
            out.append("<th scope=\"col\">").append(escape(cell).replaceAll("\\.(?=[A-Za-z])", ".<wbr>")).append("</th>");
        }
        out.append("</tr></thead>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
