package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run not finished by the horizon holds its cost only up to then, too small, so it sits among the
 * low cost percentiles: in a small clinic whose horizon cuts a third of its runs short, P50 cost
 * takes some of them in although P50 completion is a date before the horizon. It reads "at least"
 * on the console, in the report's P-value table and in the workbook; with a horizon that lets every
 * run finish, it is exact.
 */
class UnfinishedCostTest {
    private static final int TARGET_WEEK = 60;
    private static final Pattern COST_LINE = Pattern.compile("Programme cost  P50 (.+?)   P80");

    @TempDir
    Path tmp;

    private record Run(String p50Cost, JsonNode summary, Path out) {
    }

    private Run run(int horizon) throws IOException {
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        TinyClinic.write(scenario, TARGET_WEEK, horizon);
        Path out = tmp.resolve("out-" + horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "1000", "--seed", "7",
                "--format", "json,html,xlsx", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = COST_LINE.matcher(r.out());
        assertTrue(m.find(), r.out());
        return new Run(m.group(1), new ObjectMapper().readTree(Files.readString(out.resolve("summary.json"))), out);
    }

    private static Row summaryRow(Path xlsx, String label) throws IOException {
        return summaryRows(xlsx).stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow();
    }

    private static List<Row> summaryRows(Path xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            return workbook.findSheet("Summary").orElseThrow().read();
        }
    }

    @Test
    void p50CostAmongUnfinishedRunsReadsAtLeastThoughP50CompletionIsBeforeTheHorizon() throws IOException {
        Run cut = run(71);
        JsonNode weeks = cut.summary().at("/metrics/completionWeek");
        JsonNode cost = cut.summary().at("/metrics/programCost");
        // the shape of the defect: P50 completion finished, P50 cost takes in unfinished runs
        assertTrue(weeks.get("censored").asInt() > 0);
        assertTrue(weeks.get("p50").asDouble() < 71, "P50 completion is before the horizon");
        assertTrue(cost.get("censoredMin").asDouble() <= cost.get("p50").asDouble(),
                "the lowest unfinished cost is at most P50 cost");
        assertEquals(71, weeks.get("censoredMin").asDouble(), "unfinished runs hold the horizon");

        assertTrue(cut.p50Cost().startsWith("at least $"), "console: " + cut.p50Cost());
        String html = Files.readString(cut.out().resolve("report.html"));
        assertTrue(html.contains("P50</th><td data-label=\"Completion\">"), "P-value table");
        String p50Row = html.substring(html.indexOf("P50</th><td data-label=\"Completion\">"));
        p50Row = p50Row.substring(0, p50Row.indexOf("</tr>"));
        assertTrue(p50Row.contains("data-label=\"Programme cost\">" + cut.p50Cost() + "<"), p50Row);
        assertTrue(html.contains("the median (P50) is " + cut.p50Cost()), "executive summary");
        Row workbook = summaryRow(cut.out().resolve("results.xlsx"), "P50 programme cost");
        assertTrue(workbook.getCell(1).getDataFormatString().startsWith("\"at least \""),
                workbook.getCell(1).getDataFormatString());
    }

    private static Row percentileRow(Path xlsx, String metric) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Row> rows = workbook.findSheet("P-values").orElseThrow().read();
            return rows.stream().filter(r -> metric.equals(r.getCellText(0))).findFirst().orElseThrow();
        }
    }

    @Test
    void meanCompletionAmongUnfinishedRunsReadsAtLeastInTheWorkbookAsTheMeanCostDoes() throws IOException {
        Run cut = run(71);
        Path xlsx = cut.out().resolve("results.xlsx");
        // unfinished runs hold the horizon as their completion, too early: the mean is a lower bound
        Row completion = percentileRow(xlsx, "completionWeek");
        assertEquals("\"at least \"0.0", completion.getCell(4).getDataFormatString());
        assertEquals(cut.summary().at("/metrics/completionWeek/mean").asDouble(),
                completion.getCell(4).asNumber().doubleValue(), 1e-9, "still the number");
        assertTrue(percentileRow(xlsx, "programCost").getCell(4).getDataFormatString().startsWith("\"at least \""));
        // an output that is no week nor cost keeps its plain format: a share's, a whole percentage
        org.dhatim.fastexcel.reader.Cell fatigue = percentileRow(xlsx, "peakFatigue").getCell(4);
        String shown = org.rolloutsim.report.view.Percent.format(fatigue.asNumber().doubleValue());
        assertEquals(shown.startsWith("<") || shown.startsWith(">") ? "\"" + shown + "\"" : "0%",
                fatigue.getDataFormatString());
    }

    /**
     * The cost at 70% joint confidence is a cost percentile like any other: with its week before the
     * horizon it still takes in runs not finished by then when it is at or above the lowest of their
     * costs, and reads "at least" (it had been marked by its week, and so read as exact).
     */
    @Test
    void costAtSeventyPercentJointConfidenceFollowsTheCostRuleNotItsWeek() throws IOException {
        Run cut = run(100);
        JsonNode jcl = cut.summary().at("/jclDateAndCost");
        double lowestUnfinished = cut.summary().at("/metrics/programCost/censoredMin").asDouble();
        assertTrue(jcl.get("week").asDouble() < 100, "its week is before the horizon: " + jcl);
        assertTrue(jcl.get("cost").asDouble() >= lowestUnfinished, "its cost takes in unfinished runs: " + jcl);

        Path xlsx = cut.out().resolve("results.xlsx");
        assertTrue(summaryRow(xlsx, "Programme cost at 70% joint confidence").getCell(1).getDataFormatString()
                .startsWith("\"at least \""), "workbook");
        assertFalse(summaryRow(xlsx, "Completion at 70% joint confidence (week)").getCell(1).getDataFormatString()
                .contains("after"), "its week is exact");
        String html = Files.readString(cut.out().resolve("report.html"));
        String cost = new org.rolloutsim.report.view.Money("$").format(jcl.get("cost").asDouble());
        assertTrue(html.contains(" and at least " + cost + " together (JCL 70)."), "report: " + cost);
    }

    private static final Pattern CHANCES = Pattern.compile("Chance on time (.+?), on budget (.+?), both \\(JCL\\) (.+)");

    /**
     * The clinic's runs not finished by the horizon have paid far less than the budget so far: whether
     * they stay within it is not known, so the chance on budget is a range, from counting them over to
     * counting them within, on the console, in the report and in the workbook (there as two numbers,
     * its ends, and a note that reads it); the chance of both is exact, as they are late.
     */
    @Test
    void theChanceOnBudgetIsARangeWhileUnfinishedRunsAreWithinBudgetSoFar() throws IOException {
        Run cut = run(71);
        JsonNode p = cut.summary().at("/probabilities");
        double low = p.get("onBudget").asDouble();
        double notKnown = p.get("onBudgetNotKnown").asDouble();
        assertEquals(cut.summary().at("/metrics/completionWeek/censored").asDouble() / 1000, notKnown, 1e-9,
                "every unfinished run is within budget so far");
        String range = org.rolloutsim.report.view.Percent.range(low, low + notKnown);
        Matcher m = CHANCES.matcher(CliHarness.run("run", tmp.resolve("tiny-71.yaml").toString(), "--runs", "1000",
                "--seed", "7", "--format", "json", "--out", tmp.resolve("again").toString()).out());
        assertTrue(m.find());
        assertEquals(range, m.group(2), "console");
        assertEquals(org.rolloutsim.report.view.Percent.format(p.get("jcl").asDouble()), m.group(3), "JCL exact");
        String html = Files.readString(cut.out().resolve("report.html"));
        assertTrue(html.contains("on budget: " + range + ")"), "summary sentence");
        assertTrue(html.contains("the budget in " + range), "the plan itself");
        // the workbook: both ends as numbers a planner can sort and chart, the range as text to read below
        Path xlsx = cut.out().resolve("results.xlsx");
        Row atLeast = summaryRow(xlsx, "Chance on budget, at least");
        Row atMost = summaryRow(xlsx, "Chance on budget, at most");
        assertEquals(CellType.NUMBER, atLeast.getCell(1).getType(), "workbook: the lower end is a number");
        assertEquals(CellType.NUMBER, atMost.getCell(1).getType(), "workbook: the upper end is a number");
        assertEquals(low, atLeast.getCell(1).asNumber().doubleValue(), 1e-9);
        assertEquals(low + notKnown, atMost.getCell(1).asNumber().doubleValue(), 1e-9);
        // whole percentages as the other chances (and the report) give them, "<1%" and ">99%" kept
        assertEquals(wholePercent(low), atLeast.getCell(1).getDataFormatString());
        assertEquals(wholePercent(low + notKnown), atMost.getCell(1).getDataFormatString());
        assertFalse(summaryRows(xlsx).stream().anyMatch(r -> "Chance on budget".equals(r.getCellText(0))),
                "no row holds the range as text in place of a number");
        assertTrue(summaryRows(xlsx).stream().anyMatch(r -> r.getCellText(0).startsWith("Chance on budget: " + range
                + ". ")), "the note reads the range as the report does");

        Run exact = run(520);
        JsonNode q = exact.summary().at("/probabilities");
        assertEquals(0.0, q.get("onBudgetNotKnown").asDouble(), "no unfinished run is within the budget so far");
        Row share = summaryRow(exact.out().resolve("results.xlsx"), "Chance on budget");
        assertEquals(q.get("onBudget").asDouble(), share.getCell(1).asNumber().doubleValue(), 1e-9, "a number still");
        assertFalse(summaryRows(exact.out().resolve("results.xlsx")).stream()
                .anyMatch(r -> "Chance on budget, at least".equals(r.getCellText(0))), "no range: one cell");
        // one figure, as the page writes it (">99%" escaped)
        String single = org.rolloutsim.report.view.Percent.format(q.get("onBudget").asDouble())
                .replace("<", "&lt;").replace(">", "&gt;");
        assertTrue(Files.readString(exact.out().resolve("report.html")).contains("the budget in " + single + ";"),
                "followed by the JCL 70 point");
    }

    @Test
    void withALongHorizonP50CostIsExact() throws IOException {
        Run exact = run(520);
        JsonNode cost = exact.summary().at("/metrics/programCost");
        // a few runs still outlast ten years, at costs far above the median
        assertTrue(cost.get("censoredMin").isNull()
                || cost.get("censoredMin").asDouble() > cost.get("p50").asDouble(), cost.toString());
        assertTrue(exact.p50Cost().startsWith("$"), "console: " + exact.p50Cost());
        String html = Files.readString(exact.out().resolve("report.html"));
        String p50Row = html.substring(html.indexOf("P50</th><td data-label=\"Completion\">"));
        p50Row = p50Row.substring(0, p50Row.indexOf("</tr>"));
        assertTrue(p50Row.contains("data-label=\"Programme cost\">" + exact.p50Cost() + "<"), p50Row);
        Row workbook = summaryRow(exact.out().resolve("results.xlsx"), "P50 programme cost");
        assertFalse(workbook.getCell(1).getDataFormatString().contains("at least"));
    }

    /** The number format of a chance in the workbook: a whole percentage, or the report's "<1%" / ">99%". */
    private static String wholePercent(double share) {
        String shown = org.rolloutsim.report.view.Percent.format(share);
        return shown.startsWith("<") || shown.startsWith(">") ? "\"" + shown + "\"" : "0%";
    }
}
