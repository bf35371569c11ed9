package org.rolloutsim.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.html.ComparisonReport;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WaveRow;

/** The board pack's pages: four before the appendix, however many waves; hostile text stays text. */
class BoardPackLayoutTest {

    @Test
    void aLargeProgrammeKeepsFourPagesAndPutsItsWavesInTheAppendix() throws IOException {
        ReportData data = SampleData.builder().runs(500).waves(24).report();
        String[] pages = pages(pdf(data));
        int appendix = appendix(pages);
        assertEquals(4, appendix, "four pages before the appendix");
        assertTrue(pages[3].contains("24 waves: see the appendix"), pages[3]);
        String rest = String.join(" ", java.util.Arrays.copyOfRange(pages, appendix, pages.length));
        assertTrue(rest.contains("wave-24"), "every wave is in the appendix");
    }

    @Test
    void aSmallProgrammeListsItsWavesOnPageFour() throws IOException {
        String[] pages = pages(pdf(SampleData.builder().runs(500).waves(4).report()));
        assertEquals(4, appendix(pages));
        assertTrue(pages[3].contains("wave-4"), pages[3]);
    }

    /** A wave never live by the horizon (week 200) reads as its date "or later" in the pack too, not that date alone. */
    @Test
    void aWaveNotLiveByTheHorizonReadsItsDateOrLater() throws IOException {
        ReportData base = SampleData.builder().runs(1000).horizonWeeks(200).report();
        ReportData data = SampleData.withWaves(base, java.util.List.of(
                new WaveRow("early", 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5),
                new WaveRow("never", 6, 190, new Quantiles(200, 200, 200, 200), 200, 1)));
        String page = pages(pdf(data))[3];
        String after = data.calendar().shortDate(200) + " or later";
        assertTrue(page.contains("never 6 " + data.calendar().shortDate(190) + " " + after + " " + after + " 100%"), page);
    }

    /**
     * The wave table writes its go-live range as the HTML report's does: "Go-live P10–P90" over
     * "3 Feb 2030 – 9 Jun 2030", with an en dash (the pack had "P10 - P90", a hyphen), on page four
     * and in the appendix of a large programme alike.
     */
    @Test
    void theWaveTableWritesItsGoLiveRangeWithAnEnDashAsTheHtmlDoes() throws IOException {
        ReportData data = twoWaves("early", "late");
        String page = pages(pdf(data))[3];
        String range = data.calendar().shortDate(150) + " \u2013 " + data.calendar().shortDate(180);
        assertTrue(page.contains("Go-live P10\u2013P90"), page);
        assertTrue(page.contains("early 2 " + data.calendar().shortDate(150) + " " + range + " "), page);
        assertFalse(page.contains("P10 - P90"), page);
        String html = org.rolloutsim.report.html.HtmlReport.render(data);
        assertTrue(html.contains(">Go-live P10\u2013P90</th>"), "the HTML's heading");
        assertTrue(html.contains(">" + range + "</td>"), "the HTML's cell");

        String[] large = pages(pdf(SampleData.builder().runs(500).waves(24).report()));
        String appendix = String.join(" ", java.util.Arrays.copyOfRange(large, appendix(large), large.length));
        assertTrue(appendix.contains("Go-live P10\u2013P90"), appendix);
        assertFalse(appendix.contains("P10 - P90"), appendix);
    }

    /**
     * An empty cell reads as an em dash in the pack as in the HTML report: a wave not replanned, in a
     * table where another was, and a comparison's chance on time and budget without a budget. The
     * pack had printed a hyphen, which reads as a minus sign.
     */
    @Test
    void anEmptyCellIsAnEmDashAsInTheHtml() throws IOException {
        ReportData waves = SampleData.withWaves(SampleData.builder().runs(1000).report(), java.util.List.of(
                new WaveRow("early", 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5, List.of(), 158),
                new WaveRow("late", 6, 190, new Quantiles(190, 195, 200, 210), 205, 0.9)));
        String page = pages(pdf(waves))[3];
        String planned = waves.calendar().shortDate(190);
        assertTrue(page.contains("late 6 " + planned + " \u2014 "), page);
        assertFalse(page.contains(planned + " - "), page);
        assertTrue(org.rolloutsim.report.html.HtmlReport.render(waves).contains(">\u2014</td>"), "as the HTML's cell");

        ComparisonData base = SampleData.comparison(300);
        List<VariantResult> unbudgeted = new ArrayList<>();
        for (VariantResult v : base.variants()) {
            unbudgeted.add(new VariantResult(v.name(), v.completion(), v.cost(), v.censoredRuns(),
                    org.rolloutsim.report.view.Probabilities.count(new float[] {1, 2}, new float[] {1, 2},
                            base.targetWeek(), null)));
        }
        ComparisonData data = new ComparisonData(base.title(), base.start(), "$", base.targetWeek(), null,
                base.provenance(), unbudgeted, base.differences());
        assertTrue(ComparisonReport.render(data).contains(">\u2014</td>"), "the HTML's empty cell");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String first = pages(out.toByteArray())[0];
        assertTrue(first.contains(" \u2014 "), first);
        assertFalse(first.matches(".* - .*"), first);
    }

    /** A wave's id wider than the wave column's share widens it rather than break across lines. */
    @Test
    void aLongWaveIdIsNotBrokenAcrossLines() throws IOException {
        ReportData data = twoWaves("satellites", "community");
        String page = pages(pdf(data))[3];
        assertTrue(page.contains("satellites 2 "), page);
        assertTrue(page.contains("community 6 "), page);
    }

    /** A chance of slipping some runs cannot tell reads as a range, or "not known", in the pack too. */
    @Test
    void aChanceOfSlippingSomeRunsCannotTellIsARange() throws IOException {
        ReportData base = SampleData.builder().runs(1000).horizonWeeks(200).report();
        ReportData data = SampleData.withWaves(base, java.util.List.of(
                new WaveRow("early", 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5),
                new WaveRow("follow-on", 0, 185, new Quantiles(190, 200, 200, 200), 200, 0.4, java.util.List.of(), 190,
                        0.3, 0.5),
                new WaveRow("later", 0, 190, new Quantiles(200, 200, 200, 200), 200, 0, java.util.List.of(), 200, 0.3, 1)));
        String page = pages(pdf(data))[3];
        String after = data.calendar().shortDate(200) + " or later";
        assertTrue(page.contains(after + " 40% to 90%"), page);
        assertTrue(page.contains(after + " not known"), page);
        assertTrue(page.contains("whether it slipped is not known"), "the note saying why: " + page);
    }

    /** Costs at levels among runs not finished by the horizon read "at least" in the pack's P-value table too. */
    @Test
    void costsAmongRunsCutOffByTheHorizonReadAtLeast() throws IOException {
        ReportData data = SampleData.cutOffAtTheHorizon();
        String page = pages(pdf(data))[0];
        String after = data.calendar().shortDate(109) + " or later";
        assertTrue(page.contains("P70 " + data.calendar().shortDate(106) + " $1.3B $1.4B"), page);
        assertTrue(page.contains("P80 (board) " + after + " at least $1.35B at least $1.45B"), page);
    }

    /**
     * The comparison pack's table of variants has the HTML table's column "Not finished", with the same
     * share per variant, and its nine columns stay on the page: every glyph inside the margins, no word
     * broken across lines. The pack had no such column.
     */
    @Test
    void theComparisonTableGivesEachVariantsShareNotFinishedAsTheHtmlDoes() throws IOException {
        ComparisonData data = withUnfinished(0, 250, 3);
        String html = ComparisonReport.render(data);
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<td data-label=\"Not finished\">([^<]*)</td>")
                .matcher(html);
        List<String> shares = new ArrayList<>();
        while (cells.find()) {
            shares.add(cells.group(1).replace("&lt;", "<"));
        }
        assertEquals(List.of("0%", "25%", Percent.format(0.003)), shares, "the HTML table's column");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        List<float[]> glyphs = new ArrayList<>();
        String first;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            first = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(first.contains(">6 months late >12 months late Not finished"), first);
        Verdict verdict = new Verdict(data);
        for (Verdict.Option o : verdict.options()) {
            int i = data.variants().indexOf(o.variant());
            String row = o.key() + " " + o.variant().horizonRule().shortDate(data.calendar(),
                    o.variant().completion().quantiles().p50());
            int at = first.indexOf(row);
            assertTrue(at >= 0, row + " in " + first);
            String rest = first.substring(at);
            // the row's last cell: the share, whole (a word broken across lines would not match)
            String end = Percent.format(o.yearLate()) + " " + shares.get(i);
            assertTrue(rest.contains(end), "row " + o.key() + " ends in " + end + ": " + rest);
        }
        float right = PdfCanvas.MARGIN + PdfCanvas.WIDTH;
        for (float[] g : glyphs) {
            assertTrue(g[0] >= PdfCanvas.MARGIN - 0.5f && g[1] <= right + 0.5f, "a glyph from " + g[0] + " to " + g[1]
                    + " lies outside the margins " + PdfCanvas.MARGIN + " to " + right);
        }
    }

    /** The verdict says what it judges against, as the HTML report's verdict does; it had left that line out. */
    @Test
    void theComparisonVerdictGivesTheTargetDateAndBudgetAsTheHtmlDoes() throws IOException {
        ComparisonData data = SampleData.comparison(300);
        String line = "Target date: " + data.calendar().longDate(data.targetWeek()) + "; budget: "
                + data.money().format(data.budget()) + ".";
        assertEquals(line, new Verdict(data).targets());
        assertTrue(ComparisonReport.render(data).contains("<p>" + line + "</p>"), "the HTML's verdict");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String first = pages(out.toByteArray())[0];
        int verdict = first.indexOf("Verdict at P80");
        int variants = first.indexOf("Variants");
        int at = first.indexOf(line);
        assertTrue(verdict >= 0 && at > verdict && at < variants, "in the verdict, before the variants: " + first);

        ComparisonData none = new ComparisonData(data.title(), data.start(), "$", null, null, data.provenance(),
                data.variants(), data.differences());
        out.reset();
        BoardPack.write(none, out);
        assertTrue(pages(out.toByteArray())[0].contains("No target date is set; no budget is set."));
    }

    /** At P50 the pack's table of variants, as the HTML's, gives each date and cost once. */
    @Test
    void atP50TheComparisonTableGivesEachDateAndCostOnce() throws IOException {
        ComparisonData base = SampleData.comparison(300);
        ComparisonData data = new ComparisonData(base.title(), base.start(), "$", base.targetWeek(), base.budget(),
                base.provenance(), base.variants(), base.differences(), 0.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String first = pages(out.toByteArray())[0];
        assertTrue(first.contains("P50 date P50 cost On time and budget"), first);
        assertFalse(first.contains("P50 date P50 date"), first);
    }

    @Test
    void textTheStandardFontsCannotShowIsReplacedNotFatal() throws IOException {
        ReportData data = SampleData.builder().runs(300).name("Roll-out \u2192 \u4e2d\u6587 <script>").report();
        String text = String.join(" ", pages(pdf(data)));
        assertTrue(text.contains("Roll-out ? ?? <script>"), "unknown characters become '?'");
        assertTrue(text.contains("Some names use characters this board pack's font cannot show"), "and the pack says so");
        String plain = String.join(" ", pages(pdf(SampleData.builder().runs(300).name("Roll-out \u2212 caf\u00e9").report())));
        assertTrue(!plain.contains("font cannot show"), "a minus sign and Latin letters need no note");
    }

    /**
     * A minus sign (U+2212) is printed, and extracted, as one: the pack's Helvetica has the glyph, which
     * WinAnsiEncoding gives no code, so the pack's fonts add it. It had been printed as a hyphen.
     */
    @Test
    void aMinusSignIsPrintedAsAMinusSign() throws IOException {
        ComparisonData data = SampleData.comparison(300);
        List<String> negative = new Verdict(data).sentences().stream().filter(t -> t.contains("\u2212")).toList();
        assertTrue(!negative.isEmpty(), "the sample's verdict has a negative difference");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String first = pages(out.toByteArray())[0];
        for (String sentence : negative) {
            assertTrue(first.contains(sentence), sentence + " in " + first);
        }
    }

    /** The table of paired differences names each pair "B − A" with a minus sign, as the HTML table does, not "B - A". */
    @Test
    void theDifferencesTableNamesItsPairsWithAMinusSign() throws IOException {
        ComparisonData data = SampleData.comparison(300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String text = String.join(" ", pages(out.toByteArray()));
        String table = text.substring(text.indexOf("Pair Outcome Mean"));
        // the sample's pairs are each option against the first: B − A, C − A
        assertTrue(table.contains("B \u2212 A Completion") && table.contains("C \u2212 A Cost"), table);
        assertFalse(table.contains("B - A") || table.contains("C - A"), table);
        assertTrue(ComparisonReport.render(data).contains(">B \u2212 A</th>"), "the HTML table's label");
    }

    /**
     * The table of paired differences gives the 95% interval of each mean difference, worded and rounded
     * as the HTML table gives it, and stays on the page with its column "Not known" too. The pack's table
     * had no interval.
     */
    @Test
    void theDifferencesTableGivesTheIntervalOfTheMeanAsTheHtmlDoes() throws IOException {
        ComparisonData data = SampleData.comparison(300);
        String html = ComparisonReport.render(data);
        java.util.regex.Matcher cells = java.util.regex.Pattern
                .compile("<td data-label=\"95% interval of the mean\">([^<]*)</td>").matcher(html);
        List<String> intervals = new ArrayList<>();
        while (cells.find()) {
            // the page holds a sign to its figure with a word joiner, which a PDF has no need of
            intervals.add(cells.group(1).replace("\u2060", ""));
        }
        assertEquals(data.differences().size(), intervals.size(), "the HTML table's column");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        String text = String.join(" ", pages(out.toByteArray()));
        int at = text.indexOf("Pair Outcome Mean 95% interval of the mean P50 difference");
        assertTrue(at >= 0, "the column after the mean: " + text);
        String table = text.substring(at);
        for (int i = 0; i < intervals.size(); i++) {
            org.rolloutsim.report.view.PairedDifference d = data.differences().get(i);
            boolean time = d.outcome() == org.rolloutsim.report.view.Outcome.COMPLETION;
            String row = data.pairLabel(d) + (time ? " Completion " : " Cost ")
                    + Verdict.difference(d.meanDifference(), time, data.money()) + " " + intervals.get(i) + " ";
            assertTrue(table.contains(row), row + " in " + table);
        }

        // the widest form: runs not finished by the horizon add "not exact" and the column "Not known"
        ComparisonData cut = withUnfinished(40, 250, 3);
        out.reset();
        BoardPack.write(cut, out);
        float right = PdfCanvas.MARGIN + PdfCanvas.WIDTH;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            List<float[]> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
                    }
                    super.writeString(text, positions);
                }
            };
            String page = "";
            for (int i = 1; i <= document.getNumberOfPages() && !page.contains("Pair Outcome"); i++) {
                glyphs.clear();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                page = stripper.getText(document).replaceAll("\\s+", " ");
            }
            assertTrue(page.contains("95% interval of the mean") && page.contains("Not known") && page.contains("not exact"),
                    page);
            for (float[] g : glyphs) {
                assertTrue(g[0] >= PdfCanvas.MARGIN - 0.5f && g[1] <= right + 0.5f, "a glyph from " + g[0] + " to "
                        + g[1] + " lies outside the margins " + PdfCanvas.MARGIN + " to " + right);
            }
        }
    }

    /** A font without the minus sign still shows a hyphen for it, and no '?'. */
    @Test
    void aFontWithoutAMinusSignShowsAHyphen() throws IOException {
        try (PDDocument document = new PDDocument(); PdfCanvas pdf = new PdfCanvas(document, "name", "footer")) {
            org.apache.pdfbox.pdmodel.font.PDFont plain = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            assertEquals("-$9.3M", pdf.safe("\u2212$9.3M", plain));
            assertEquals("\u2212$9.3M", pdf.safe("\u2212$9.3M", pdf.regular));
            assertEquals("\u2212$9.3M", pdf.safe("\u2212$9.3M", pdf.bold));
            // WinAnsiEncoding has the em dash of empty cells: the pack's fonts print it as it is
            assertEquals("\u2014", pdf.safe("\u2014", pdf.regular));
            assertEquals("\u2014", pdf.safe("\u2014", pdf.bold));
            assertTrue(!pdf.replacedCharacters());
            assertEquals(pdf.regular.getStringWidth("-") < pdf.regular.getStringWidth("\u2212"), true,
                    "the minus sign has its own, wider glyph");
        }
    }

    /** The pack's completion and cost charts mark the board's level (P95 here) beside P50, not P80. */
    @Test
    void theChartsMarkTheBoardsLevel() throws IOException {
        ReportData data = SampleData.atConfidence(SampleData.builder().runs(500).report(), 0.95);
        String charts = java.util.Arrays.stream(pages(pdf(data))).filter(p -> p.contains("When: completion date"))
                .findFirst().orElseThrow();
        double week = data.completion().percentile(0.95);
        assertTrue(charts.contains("P95 " + data.calendar().longDate(week)), charts);
        assertTrue(charts.contains("P95 " + data.money().format(data.cost().percentile(0.95))), charts);
        assertFalse(charts.contains("P80"), charts);
    }

    /**
     * Every page's footer stays on one line within the margins with a very long scenario name, the
     * seed, the runs and the page number whole: the name is shortened with an ellipsis. The footer
     * had run off the page, cut after "seed 2026".
     */
    @Test
    void aLongNameIsShortenedSoTheFooterKeepsItsSeedRunsAndPage() throws IOException {
        String name = "Forty sites in ten waves with a very long name to test wrapping in headings and tables,"
                + " and then some more words so that it could never fit on one line of the footer";
        ReportData data = SampleData.builder().runs(300).name(name).report();
        List<List<TextPosition>> footers = new ArrayList<>();
        String[] texts;
        try (PDDocument document = Loader.loadPDF(pdf(data))) {
            texts = new String[document.getNumberOfPages()];
            float footerY = document.getPage(0).getMediaBox().getHeight() - (PdfCanvas.MARGIN - 4);
            for (int i = 0; i < texts.length; i++) {
                List<TextPosition> line = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            if (Math.abs(p.getYDirAdj() - footerY) < 1) {
                                line.add(p);
                            }
                        }
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(document);
                footers.add(line);
                StringBuilder text = new StringBuilder();
                line.forEach(p -> text.append(p.getUnicode()));
                texts[i] = text.toString();
            }
        }
        assertTrue(texts.length >= 5, "the pack's pages");
        String tail = " \u00b7 seed " + data.provenance().seed() + " \u00b7 "
                + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "run") + " \u00b7 page ";
        float right = PdfCanvas.MARGIN + PdfCanvas.WIDTH;
        for (int i = 0; i < texts.length; i++) {
            for (TextPosition p : footers.get(i)) {
                float end = p.getXDirAdj() + p.getWidthDirAdj();
                assertTrue(p.getXDirAdj() >= PdfCanvas.MARGIN - 0.5f && end <= right + 0.5f,
                        "page " + (i + 1) + ": '" + p.getUnicode() + "' ends at " + end + ", beyond " + right);
            }
            String footer = texts[i].replaceAll("\\s+", " ");
            assertTrue(footer.endsWith(tail.replaceAll("\\s+", " ") + (i + 1)), "page " + (i + 1) + ": " + footer);
            assertTrue(footer.startsWith("Risk report: Forty sites in ten waves") && footer.contains("\u2026 \u00b7 rollout-sim"),
                    "the name shortened with an ellipsis: " + footer);
        }
        String shortName = String.join(" ", pages(pdf(SampleData.builder().runs(300).name("Short").report())));
        assertTrue(shortName.contains("Risk report: Short \u00b7 rollout-sim"), "a name that fits is whole");
        assertFalse(shortName.contains("\u2026"), shortName);
    }

    @Test
    void sameDataSameBytes() throws IOException {
        ReportData data = SampleData.builder().runs(300).report();
        assertArrayEquals(pdf(data), pdf(SampleData.builder().runs(300).report()));
    }

    private static byte[] pdf(ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BoardPack.write(data, out);
        return out.toByteArray();
    }

    private static String[] pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document).replaceAll("\\s+", " ");
            }
            return pages;
        }
    }

    private static int appendix(String[] pages) {
        for (int i = 0; i < pages.length; i++) {
            if (pages[i].startsWith(BoardPack.APPENDIX)) {
                return i;
            }
        }
        return pages.length;
    }

    /** The sample comparison of 1,000 runs a variant, with {@code censored[i]} runs of variant i not finished by the horizon. */
    private static ComparisonData withUnfinished(int... censored) {
        ComparisonData base = SampleData.comparison(1000);
        List<VariantResult> variants = new ArrayList<>();
        for (int i = 0; i < base.variants().size(); i++) {
            VariantResult v = base.variants().get(i);
            variants.add(new VariantResult(v.name(), v.completion(), v.cost(), censored[i], v.probabilities()));
        }
        return new ComparisonData(base.title(), base.start(), "$", base.targetWeek(), base.budget(),
                base.provenance(), variants, base.differences());
    }

    /** The sample report of 1,000 runs with two waves, {@code first} (2 sites) and {@code second} (6). */
    private static ReportData twoWaves(String first, String second) {
        return SampleData.withWaves(SampleData.builder().runs(1000).report(), java.util.List.of(
                new WaveRow(first, 2, 150, new Quantiles(150, 160, 170, 180), 175, 0.5),
                new WaveRow(second, 6, 190, new Quantiles(190, 195, 200, 210), 205, 0.9)));
    }
}
