package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The board pack as a board member gets it: its text, extracted from the PDF, quotes the same dates,
 * costs and chances as summary.json, on at most four pages before the appendix.
 */
class BoardPackTest {

    @TempDir
    Path tmp;

    /** The bundled regional scenario starts on 4 January 2027 and counts in US dollars. */
    private static final WeekCalendar CALENDAR = new WeekCalendar(LocalDate.of(2027, 1, 4));
    private static final Money MONEY = new Money("$");

    @Test
    void theBoardPackQuotesTheNumbersOfSummaryJson() throws IOException {
        Path out = tmp.resolve("pack");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--runs", "300", "-q", "--format", "pdf,json,html",
                "--out", out.toString(), "--force");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "writing a PDF prints nothing");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode weeks = summary.at("/metrics/completionWeek");
        JsonNode cost = summary.at("/metrics/programCost");
        JsonNode total = summary.at("/metrics/totalCost");
        JsonNode chances = summary.at("/probabilities");
        String[] pages;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("board-pack.pdf").toFile())) {
            pages = new String[pdf.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(pdf).replaceAll("\\s+", " ");
            }
        }
        int appendix = 0;
        while (appendix < pages.length && !pages[appendix].startsWith("Appendix")) {
            appendix++;
        }
        assertTrue(appendix <= 4, "at most four pages before the appendix, got " + appendix);
        String first = pages[0];
        // the HTML report's first screen says the same, as plain text
        String html = Files.readString(out.resolve("report.html")).replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replaceAll("\\s+", " ");
        // the answers on page 1, each as summary.json has it
        assertBoth(first, html, "P80 completion is " + CALENDAR.longDate(weeks.get("p80").asDouble()));
        assertBoth(first, html, "half finish by " + CALENDAR.longDate(weeks.get("p50").asDouble()));
        assertBoth(first, html, "P80 programme cost is " + MONEY.format(cost.get("p80").asDouble()));
        assertBoth(first, html, "the median (P50) is " + MONEY.format(cost.get("p50").asDouble()));
        assertBoth(first, html, "There is " + org.rolloutsim.report.text.Article.before(Percent.format(chances.get("jcl").asDouble()))
                + " chance of finishing on time and on budget (on time: " + Percent.format(chances.get("onTime").asDouble())
                + "; on budget: " + Percent.format(chances.get("onBudget").asDouble()) + ")");
        assertBoth(first, html, "P80 " + MONEY.format(total.get("p80").asDouble()) + ", P50 "
                + MONEY.format(total.get("p50").asDouble()));
        // every level of the P-value table that summary.json also lists
        for (String level : new String[] {"p10", "p20", "p50", "p80", "p90", "p95"}) {
            String label = level.toUpperCase(java.util.Locale.ROOT) + (level.equals("p80") ? " (board)" : "");
            assertContains(first, label + " " + CALENDAR.shortDate(weeks.get(level).asDouble()) + " "
                    + MONEY.format(cost.get(level).asDouble()) + " " + MONEY.format(total.get(level).asDouble()));
        }
        // the JCL-70 point on the joint chart
        JsonNode jcl = summary.at("/jclDateAndCost");
        assertContains(pages[2], "JCL 70: " + CALENDAR.shortDate(jcl.get("week").asDouble()) + ", "
                + MONEY.format(jcl.get("cost").asDouble()));
        assertContains(pages[3], "seed " + summary.get("seed").asLong());

        // the same command gives the same bytes (no clock, no machine fonts)
        byte[] before = Files.readAllBytes(out.resolve("board-pack.pdf"));
        assertEquals(0, CliHarness.run("run", "regional-phased", "--runs", "300", "-q", "--format", "pdf,json,html",
                "--out", out.toString(), "--force").exitCode());
        byte[] after = Files.readAllBytes(out.resolve("board-pack.pdf"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, after);
    }

    @Test
    void aComparisonPackStatesTheVerdict() throws IOException {
        Path out = tmp.resolve("cmp");
        assertEquals(0, CliHarness.run("compare", "regional-phased", "regional-phased", "--runs", "100", "-q", "--format",
                "pdf", "--out", out.toString()).exitCode());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("board-pack.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() <= 4, pdf.getNumberOfPages() + " pages");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertContains(text, "No material difference in completion date at P80 between A and B");
            // a run neither copy finished by the horizon (one of these 100) is one run of one scenario, twice:
            // the same week
            assertContains(text, "earlier in 0% of runs, later in 0%, the same week in 100% (no material difference");
        }
    }

    /**
     * A team of 20 never finishes the regional roll-out by the horizon: every run of it is cut off at
     * week 520. Its paired differences are then bounds, and the console, the report and the board
     * pack say so instead of quoting them as exact (seed 20261125, 100 runs).
     */
    @Test
    void differencesAgainstAnOptionThatNeverFinishesAreSaidToBeBounds() throws IOException {
        Path variants = tmp.resolve("team-sizes.yaml");
        Files.writeString(variants, String.join("\n", "name: Team sizes", "base: regional-phased", "variants:",
                "  normal: {}", "  tiny-team:", "    team: {staff: {fte: 20}, consultants: {fte: 0}, vendor: {fte: 0}}", ""));
        Path out = tmp.resolve("never");
        CliHarness.Result r = CliHarness.run("compare", variants.toString(), "--runs", "100", "--format", "pdf,html",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        // normal − tiny team: smaller where the tiny team was cut off, and not exact where neither finished
        assertTrue(java.util.regex.Pattern.compile("normal vs tiny-team: completion (at most \\S+ weeks \\(95% CI [^)]+\\)"
                + "|\\S+ weeks \\(95% CI [^)]+\\), not exact), cost").matcher(r.out()).find(), r.out());
        assertContains(r.out(), "Runs not finished by the horizon count the horizon as their completion");
        String html = Files.readString(out.resolve("report.html"));
        // in one run of the 100 neither option finished: which is earlier there is not known
        assertContains(html, "B against A, run by run: earlier in 0% of runs, later in 99%, the same week in 0%,"
                + " not known in 1% (not finished by the horizon); median difference at least +");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("board-pack.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertContains(text, "median difference at least +");
            assertContains(text, "Runs not finished by the horizon count the horizon as their completion");
        }
    }

    private static void assertBoth(String pdf, String html, String expected) {
        assertContains(pdf, expected);
        assertContains(html, expected);
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "expected \"" + expected + "\" in: " + text);
    }
}
