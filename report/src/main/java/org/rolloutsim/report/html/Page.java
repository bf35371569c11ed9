package org.rolloutsim.report.html;

import org.jfree.chart.JFreeChart;
import org.rolloutsim.report.chart.ChartFiles;
import org.rolloutsim.report.view.Provenance;

/**
 * The frame both reports share: document head with the inline stylesheet, numbered inline charts
 * (ids "chart-1", "chart-2", … so SVG ids never collide within the page), the reproducibility block
 * and the footer. Nothing on the page loads anything from anywhere.
 */
final class Page {

    static final int CHART_WIDTH = 900;
    static final int CHART_HEIGHT = 480;
    /**
     * Drawing width of the copy of each wide chart shown on a phone: about 350 px wide there, so its
     * text is drawn at 11–16 px and shown at about 9.5–14 px, where the wide drawing would shrink it to 4–6.
     */
    static final int PHONE_WIDTH = 400;

    private final Markup html = new Markup();
    private int charts;
    /** True while a heading waits for its chart: both sit in one block that print never splits. */
    private boolean keeping;
    private boolean grid;

    Page(String title) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title).raw("\n<style>\n").raw(Stylesheet.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
    }

    Markup html() {
        return html;
    }

    /** A chart as a figure with a caption telling how to read it. */
    void figure(JFreeChart chart, String caption) {
        figure(chart, CHART_WIDTH, CHART_HEIGHT, caption);
    }

    /**
     * A section heading; it and everything up to the next chart print on the same page, so a heading
     * is never stranded at the foot of a page.
     */
    void heading(String text) {
        endKeep();
        html.raw("<div class=\"keep\">").element("h2", text).raw("\n");
        keeping = true;
    }

    /** Opens a two-column grid of charts; a heading before it stays with the grid's first row. */
    void openGrid() {
        html.open("div", "grid2");
        grid = true;
    }

    void closeGrid() {
        html.close("div");
        grid = false;
        endKeep();
    }

    void endKeep() {
        if (keeping) {
            html.raw("</div>\n");
            keeping = false;
        }
    }

    void figure(JFreeChart chart, int width, int height, String caption) {
        charts++;
        String id = "chart-" + charts;
        html.open("figure");
        if (width > PHONE_WIDTH) {
            // a wide drawing for screens and paper, a narrow one for phones; the stylesheet shows one
            int phoneHeight = Math.max(380, Math.round(height * 0.85f));
            html.raw("<div class=\"chart-wide\">").raw(ChartFiles.svgElement(chart, width, height, id)).raw("</div>\n");
            html.raw("<div class=\"chart-narrow\">").raw(ChartFiles.svgElement(chart, PHONE_WIDTH, phoneHeight, id + "p"))
                    .raw("</div>\n");
        } else {
            html.raw("<div class=\"chart-wide chart-any\">").raw(ChartFiles.svgElement(chart, width, height, id))
                    .raw("</div>\n");
        }
        if (caption != null) {
            html.element("figcaption", caption);
        }
        html.close("figure");
        if (!grid) {
            endKeep();
        }
    }

    void reproducibility(Provenance p, String runsLabel) {
        reproducibility(p, runsLabel, "Scenario hash");
    }

    /** As {@link #reproducibility(Provenance, String)}, with the scenario hash under {@code hashLabel}. */
    void reproducibility(Provenance p, String runsLabel, String hashLabel) {
        endKeep();
        html.raw("<div class=\"keep\">").element("h2", "Reproducibility").raw("\n");
        html.element("p", "Running the same tool version on the same scenario with the same seed and number of runs"
                + " gives exactly these numbers, on any machine and with any number of threads.").raw("\n");
        html.raw("<dl class=\"repro\">\n");
        definition("Tool version", p.toolVersion());
        definition(hashLabel, p.scenarioHash());
        definition("Seed", Long.toString(p.seed()));
        definition(runsLabel, String.format(java.util.Locale.ENGLISH, "%,d", p.runs()));
        html.raw("</dl>\n");
        html.element("h3", "Command line").raw("\n");
        html.open("pre").open("code").text(p.commandLine()).raw("</code></pre>\n");
        if (p.rerunCommandLine() != null) {
            html.element("h3", "Reproduced with").raw("\n");
            html.open("pre").open("code").text(p.rerunCommandLine()).raw("</code></pre>\n");
        }
        if (!p.files().isEmpty()) {
            html.element("p", "This report carries its scenario and run settings: rollout rerun report.html"
                    + " runs it again, with this report as its only input.").raw("\n");
            EmbeddedFiles.write(html, p.files());
        }
        html.raw("</div>\n");
    }

    private void definition(String term, String value) {
        html.element("dt", term).element("dd", value).raw("\n");
    }

    String finish(String footer) {
        endKeep();
        html.open("footer").text(footer).close("footer");
        html.raw("</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
