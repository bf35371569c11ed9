package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * {@code --confidence}: wherever a run's headline percentile is shown beside P50 (the console summary
 * of run and compare, the workbook's Summary sheet, the report's convergence note), it is the board's
 * level, not P80.
 */
class ConfidenceLevelTest {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @TempDir
    static Path tmp;
    private static Path p95;
    private static CliHarness.Result p95Run;
    private static JsonNode p95Summary;

    private static List<Row> summarySheet(Path xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            return workbook.findSheet("Summary").orElseThrow().read();
        }
    }

    private static Row row(List<Row> sheet, String label) {
        return sheet.stream().filter(r -> label.equals(r.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static double number(Row row) {
        return row.getCellAsNumber(1).map(BigDecimal::doubleValue).orElseThrow();
    }

    private static String completionLine(String console) {
        return console.lines().filter(l -> l.startsWith("  Completion")).findFirst().orElseThrow();
    }

    /** One run at P95, shared by the tests of each surface. */
    @BeforeAll
    static void runAtP95() throws IOException {
        p95 = tmp.resolve("p95");
        p95Run = CliHarness.run("run", "--runs", "300", "--confidence", "P95", "--format", "json,html,xlsx", "--out",
                p95.toString());
        assertEquals(0, p95Run.exitCode(), p95Run.err());
        p95Summary = new ObjectMapper().readTree(Files.readString(p95.resolve("summary.json")));
    }

    @Test
    void runPrintsP50AndTheBoardsLevelOnTheConsole() {
        String out = p95Run.out();
        String p50 = LocalDate.parse(p95Summary.at("/metrics/completionWeek/dates/p50").asText()).format(LONG);
        String at95 = LocalDate.parse(p95Summary.at("/metrics/completionWeek/dates/p95").asText()).format(LONG);
        assertTrue(completionLine(out).startsWith("  Completion      P50 " + p50 + "   P95 " + at95 + "   "), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("  Programme cost  P50 \\S+   P95 \\S+.*")), out);
        assertFalse(out.contains("P80"), "the console states P95, not P80: " + out);
    }

    @Test
    void workbookSummaryGivesP50AndTheBoardsLevel() throws IOException {
        List<Row> sheet = summarySheet(p95.resolve("results.xlsx"));
        assertEquals(p95Summary.at("/metrics/completionWeek/p95").asDouble(),
                number(row(sheet, "P95 completion (week)")));
        assertEquals(p95Summary.at("/metrics/programCost/p95").asDouble(), number(row(sheet, "P95 programme cost")));
        assertEquals(p95Summary.at("/metrics/totalCost/p95").asDouble(), number(row(sheet, "P95 total cost")));
        assertEquals(p95Summary.at("/metrics/completionWeek/p50").asDouble(),
                number(row(sheet, "P50 completion (week)")));
        assertTrue(sheet.stream().noneMatch(w -> String.valueOf(w.getCellText(0)).startsWith("P80")),
                "no P80 row on the Summary sheet at P95");
    }

    @Test
    void convergenceNoteBoundsTheBoardsLevel() throws IOException {
        String html = Files.readString(p95.resolve("report.html"));
        WeekCalendar calendar = new WeekCalendar(LocalDate.parse(p95Summary.get("programStart").asText()));
        JsonNode ci = p95Summary.at("/metrics/completionWeek/ci/p95");
        assertTrue(html.contains("Convergence: with 300 runs, the true P95 date lies between "
                + calendar.shortDate(ci.get(0).asDouble()) + " and " + calendar.shortDate(ci.get(1).asDouble())
                + " and the true P95 cost between "), "the note bounds P95 with P95's interval");
        assertFalse(html.contains("true P80"), "the note does not bound P80 at P95");
    }

    @Test
    void aLevelTheSummaryDoesNotListIsTakenFromTheRunsByNearestRank() throws IOException {
        Path out = tmp.resolve("p87");
        CliHarness.Result r = CliHarness.run("run", "--runs", "200", "--confidence", "P87", "--format", "csv,xlsx",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("completionWeek");
        double[] weeks = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[column])).sorted()
                .toArray();
        double p87 = weeks[(int) Math.ceil(0.87 * weeks.length) - 1];
        Row row = row(summarySheet(out.resolve("results.xlsx")), "P87 completion (week)");
        assertEquals(p87, number(row));
        String date = row.getCellAsDate(2).orElseThrow().toLocalDate().format(LONG);
        assertTrue(completionLine(r.out()).contains("   P87 " + date + "   "), r.out());
    }

    /**
     * At P50 the board's level is the median: the console, the workbook's Summary sheet and the report
     * each give the date and the costs once, where they had given "P50 … P50" the same figure twice.
     */
    @Test
    void atP50EachFigureIsGivenOnce() throws IOException {
        Path out = tmp.resolve("p50");
        CliHarness.Result r = CliHarness.run("run", "--runs", "200", "--confidence", "P50", "--format", "html,xlsx",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(completionLine(r.out()).matches("  Completion      P50 \\d+ \\w+ \\d{4}(   \\(target .*\\))?"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  Programme cost  P50 \\S+(   \\(budget .*\\))?")), r.out());
        List<String> labels = summarySheet(out.resolve("results.xlsx")).stream().map(w -> String.valueOf(w.getCellText(0)))
                .toList();
        for (String label : List.of("P50 completion (week)", "P50 programme cost", "P50 total cost")) {
            assertEquals(1, labels.stream().filter(label::equals).count(), label + " in " + labels);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("the median (P50) is"), "the cost sentence");

        CliHarness.Result compare = CliHarness.run("compare", "regional-phased", "regional-big-bang", "--runs", "100",
                "--confidence", "50", "--format", "json", "--out", tmp.resolve("compare-p50").toString());
        assertEquals(0, compare.exitCode(), compare.err());
        assertEquals(2, compare.out().lines().filter(l -> l.startsWith("  Completion      P50 ")
                && l.indexOf("P50") == l.lastIndexOf("P50")).count(), compare.out());
        assertEquals(2, compare.out().lines().filter(l -> l.startsWith("  Programme cost  P50 ")
                && l.indexOf("P50") == l.lastIndexOf("P50")).count(), compare.out());
    }

    @Test
    void compareStatesTheBoardsLevelForEveryVariant() {
        CliHarness.Result r = CliHarness.run("compare", "regional-phased", "regional-big-bang", "--runs", "100",
                "--confidence", "P95", "--format", "json", "--out", tmp.resolve("compare").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> completions = r.out().lines().filter(l -> l.startsWith("  Completion")).toList();
        assertEquals(2, completions.size(), r.out());
        for (String line : completions) {
            assertTrue(line.matches("  Completion      P50 .+   P95 .+"), line);
        }
        assertEquals(2, r.out().lines().filter(l -> l.matches("  Programme cost  P50 \\S+   P95 \\S+.*")).count(),
                r.out());
        assertFalse(r.out().contains("P80"), r.out());
    }
}
