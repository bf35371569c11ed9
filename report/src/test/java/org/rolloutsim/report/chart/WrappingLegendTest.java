package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** A chart's legend wraps its entries to the drawing's width, and only where they would not fit. */
class WrappingLegendTest {

    private static final FontMetrics LABEL = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(ChartStyle.LABEL);

    /**
     * The completion chart of runs with a far, unfinished tail names its grey band in the legend with a
     * long entry ("Grey band: after …, 1% of runs (…not finished before then)"): on the phone's 400 px
     * drawing each line of it lies inside the drawing, and the lines make up the whole entry; on the
     * 900 px drawing it stays one line.
     */
    @Test
    void aLongEntryWrapsInsideAPhoneDrawing() {
        JFreeChart chart = Charts.completionHistogram(ChartLayoutTest.withUnfinishedTail());
        List<String> entries = new ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            entries.add(items.get(i).getLabel());
        }
        String longest = entries.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertTrue(LABEL.stringWidth(longest) > 360, "the case needs an entry wider than a phone: " + longest);

        List<String[]> narrow = lines(ChartFiles.svgElement(chart, 400, 408, "n"), entries);
        StringBuilder joined = new StringBuilder();
        for (String[] line : narrow) {
            double x = Double.parseDouble(line[0]);
            double right = x + LABEL.stringWidth(line[1]);
            assertTrue(x >= 0 && right <= 400, "legend line \"" + line[1] + "\" from x=" + x + " to " + right
                    + " runs off the 400 px drawing");
            if (longest.startsWith(joined + (joined.length() == 0 ? "" : " ") + line[1])) {
                joined.append(joined.length() == 0 ? "" : " ").append(line[1]);
            }
        }
        assertEquals(longest, joined.toString(), "the long entry is drawn whole, over several lines");
        assertTrue(lines(ChartFiles.svgElement(chart, 900, 480, "w"), entries).stream()
                .anyMatch(l -> l[1].equals(longest)), "on the wide drawing the entry stays one line");
    }

    /** The wrapping itself: at spaces, each line within the width where its words allow. */
    @Test
    void wrapsAtSpaces() {
        assertEquals("Grey band: after\n26 December\n2033",
                WrappingLegend.wrap("Grey band: after 26 December 2033", LABEL, LABEL.stringWidth("Grey band: after 2")));
        assertEquals("Share of runs", WrappingLegend.wrap("Share of runs", LABEL, 1000));
        assertEquals("Unbreakable\nword", WrappingLegend.wrap("Unbreakable word", LABEL, 5));
    }

    /** The (x, text) of each SVG text element that is one of {@code entries} or a line of one. */
    private static List<String[]> lines(String svg, List<String> entries) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*?x=['\"]([-0-9.]+)['\"][^>]*>([^<]+)</text>").matcher(svg);
        while (m.find()) {
            String text = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            if (entries.stream().anyMatch(e -> e.contains(text) && text.length() > 3)) {
                out.add(new String[] {m.group(1), text});
            }
        }
        return out;
    }
}
