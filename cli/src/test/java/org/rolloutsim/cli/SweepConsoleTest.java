package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.analysis.SweepRow;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.report.data.Unit;
import org.rolloutsim.report.view.InputUnit;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * What a sweep prints and writes about runs not finished by the horizon, how its table writes the
 * swept money and weeks, and its warning when grid points come out alike.
 */
class SweepConsoleTest {

    /**
     * One site with more to build than a small team gets through: with 2 people over a quarter
     * of runs are still building at week 520, with 3 a few. (Until departure 29 of docs/model.md
     * this was 20 workflows at 2,000 a week, whose unfinished runs were waves that customization
     * requests kept from ever going live.)
     */
    private static final String TINY = """
            name: Tiny clinic
            program: {budget: 2.0e6, targetWeek: 60}
            team: {staff: {fte: 3, weeklyCost: 700}}
            modules: [{id: ambulatory, workflows: 80}]
            sites: [{id: clinic, users: 40}]
            strategy: {kind: big-bang, goLiveWeek: 40}
            practices: {prepWeeks: 30}
            """ + TinyClinic.REQUESTS_AS_A_HOSPITAL;

    @TempDir
    Path tmp;

    private Path tiny() throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, TINY);
        return file;
    }

    /**
     * The QA case: fte 2 of the tiny clinic, where over a fifth of runs have not finished by the horizon (22
     * December 2036). Its P80 completion is that date "or later" and its P80 cost "at least", in the
     * console as in {@code rollout run}; the share of unfinished runs is in every output; sweep.json
     * (three inputs here) is valid against its schema. The console gave the horizon's date as P80
     * completion and an exact cost, and no output said that runs were cut off.
     */
    @Test
    void runsNotFinishedByTheHorizonAreSaidSoInEveryOutput() throws Exception {
        Path out = tmp.resolve("sweep");
        CliHarness.Result r = CliHarness.run("sweep", tiny().toString(), "--param", "team.staff.fte=2:3:1",
                "--param", "program.budget=2e6:2e6:1", "--param", "program.targetWeek=60:60:1", "--runs", "1000",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> console = r.out().lines().toList();
        assertTrue(console.get(0).matches(".*JCL +not finished"), console.get(0));
        String two = console.get(1);
        String three = console.get(2);
        // the swept budget and target as money and a date, not 2000000 and 60
        assertTrue(two.matches("2 +\\$2M +28 Feb 2028 +\\|  .*"), two);
        assertTrue(two.contains("22 Dec 2036 or later") && two.contains("at least $"), two);
        assertFalse(two.replace("22 Dec 2036 or later", "").contains("22 Dec 2036"), "the horizon is no P80: " + two);
        assertFalse(three.contains("or later"), "fte 3's P80 is a date: " + three);
        assertTrue(r.out().contains("not finished: share of runs not finished before the horizon (22 Dec 2036)"), r.out());

        Path folder;
        try (var folders = Files.list(out.resolve("points"))) {
            folder = folders.filter(f -> f.getFileName().toString().startsWith("team.staff.fte-2")).findFirst().orElseThrow();
        }
        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        long censored = summary.at("/metrics/completionWeek/censored").asLong();
        assertTrue(censored > 200, "a fifth of runs or more are unfinished, so P80 is among them: " + censored);
        assertTrue(two.contains(" " + Math.round(censored / 10.0) + "%"), "the share in the row: " + two);
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(csv.get(0).endsWith(",jcl,unfinished,horizonWeek,lowestUnfinishedCost,onBudgetNotKnown"), csv.get(0));
        assertTrue(csv.get(1).endsWith("," + Unit.SHARE.cell(censored / 1000.0) + ",520,"
                + Unit.MONEY.cell(summary.at("/metrics/programCost/censoredMin").asDouble()) + ","
                + Unit.SHARE.cell(summary.at("/probabilities/onBudgetNotKnown").asDouble())), csv.get(1));

        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        Set<ValidationMessage> problems = ShippedSchemas.of("sweep.schema.json").validate(sweep);
        assertTrue(problems.isEmpty(), "three inputs, unfinished runs: " + problems);
        JsonNode point = sweep.at("/points/0");
        assertEquals(censored / 1000.0, point.get("unfinished").asDouble());
        assertEquals(520, point.get("horizonWeek").asInt());
        assertEquals(520, point.get("p80Completion").asInt(), "the figure as computed, which horizonWeek explains");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(">22\u00a0Dec\u00a02036 or\u00a0later</td>") && html.contains(">at\u00a0least $"), "the table says so too");
        assertTrue(html.contains("had not finished before 22 December 2036, the end of the simulated horizon"), "a note");
        assertTrue(html.contains("<th scope=\"col\">Not finished</th>"), "a column");
    }

    /**
     * A horizon at week 71 cuts the tiny clinic's runs short far within its budget: they may or may not
     * stay within it, so the sweep gives the chance on budget as the range {@code rollout run} gives for
     * the same point, and the share not known in sweep.csv and sweep.json (valid against its schema),
     * as summary.json does; its footnote and its report say what the run report says. They gave the
     * lower end alone and said such a run "counts as neither on time nor on budget". With a budget
     * every run is over already, the chance is one figure and the footnote as before.
     */
    @Test
    void theChanceOnBudgetIsTheRangeRunGives() throws Exception {
        Path out = tmp.resolve("range");
        CliHarness.Result r = CliHarness.run("sweep", tiny().toString(), "--set", "program.horizonWeeks=71",
                "--param", "team.staff.fte=3:3:1", "--runs", "400", "--seed", "7", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        CliHarness.Result run = CliHarness.run("run", tiny().toString(), "--set", "program.horizonWeeks=71",
                "--set", "team.staff.fte=3", "--runs", "400", "--seed", "7", "--format", "json", "--out",
                tmp.resolve("range-run").toString());
        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(", on budget (.+?), both").matcher(run.out());
        assertTrue(m.find(), run.out());
        String range = m.group(1);
        assertTrue(range.contains(" to "), "run gives a range: " + range);
        String row = r.out().lines().toList().get(1);
        assertTrue(row.contains("  " + range + "  "), "as run gives it: " + row);
        assertTrue(r.out().contains("counted as late, and as over budget when over it already; one within budget so far"
                + " may or may not stay within it, so on budget is a range."), r.out());
        assertFalse(r.out().contains("neither on time nor on budget"), r.out());

        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("range-run").resolve("summary.json").toFile());
        double notKnown = summary.at("/probabilities/onBudgetNotKnown").asDouble();
        assertTrue(notKnown > 0, "some unfinished runs are within budget so far");
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(csv.get(0).endsWith(",lowestUnfinishedCost,onBudgetNotKnown"), csv.get(0));
        assertTrue(csv.get(1).endsWith("," + Unit.SHARE.cell(notKnown)), csv.get(1));
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        assertTrue(ShippedSchemas.of("sweep.schema.json").validate(sweep).isEmpty());
        assertEquals(notKnown, sweep.at("/points/0/onBudgetNotKnown").asDouble());
        assertEquals(summary.at("/probabilities/onBudget").asDouble(), sweep.at("/points/0/onBudget").asDouble());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td data-label=\"On budget\">" + range + "</td>"), "the report's table");
        assertTrue(html.contains("within budget so far, it may or may not stay within it"), "the report's note");

        CliHarness.Result over = CliHarness.run("sweep", tiny().toString(), "--set", "program.horizonWeeks=71",
                "--set", "program.budget=1e4", "--param", "team.staff.fte=3:3:1", "--runs", "400", "--seed", "7",
                "--format", "csv", "--out", tmp.resolve("over").toString());
        assertEquals(0, over.exitCode(), over.err());
        assertFalse(over.out().lines().toList().get(1).contains(" to "), over.out());
        assertTrue(over.out().contains("), counted neither on time nor on budget."), over.out());
        assertTrue(Files.readAllLines(tmp.resolve("over").resolve("sweep.csv")).get(1).endsWith("," + Unit.SHARE.cell(0)), "none not known");
    }

    /**
     * The same point through {@code rollout run}: its console, like its report, calls a P80 cost
     * among unfinished runs "at least" (it gave the cost counted to the horizon as if exact).
     */
    @Test
    void runsConsoleCallsACostAmongUnfinishedRunsAtLeast() throws Exception {
        CliHarness.Result r = CliHarness.run("run", tiny().toString(), "--set", "team.staff.fte=2", "--runs", "1000",
                "--format", "json", "--out", tmp.resolve("run").toString());
        assertEquals(0, r.exitCode(), r.err());
        String costLine = r.out().lines().filter(l -> l.contains("Programme cost")).findFirst().orElseThrow();
        // P50 may take unfinished runs in too (UnfinishedCostTest); P80, among them, must say so
        assertTrue(costLine.matches(" +Programme cost +P50 (at least )?\\$[0-9.]+[kM] +P80 at least \\$[0-9.]+[kM] .*"),
                costLine);
        assertTrue(r.out().contains("P80 22 December 2036 or later"), r.out());
    }

    /** Precision mode on a P80 beyond the horizon: not "within 0.00%", but not measurable, and it stops. */
    @Test
    void precisionOfAP80BeyondTheHorizonIsNotMeasurable() throws Exception {
        CliHarness.Result r = CliHarness.run("run", tiny().toString(), "--set", "program.horizonWeeks=71", "--precision",
                "0.02", "--max-runs", "50000", "--format", "json", "--out", tmp.resolve("precision").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Precision: not measurable: P80 completion lies beyond the horizon (week 71)"), r.out());
        assertFalse(r.out().contains("within 0.00%"), r.out());
    }

    /**
     * fte 2.7, 3 and 3.3 are all a team of 3 (fte is rounded to whole people): the three rows are
     * the same, and one warning on stderr says so. Points that differ bring no warning.
     */
    @Test
    void pointsThatComeOutAlikeAreWarnedOfOnce() throws IOException {
        CliHarness.Result alike = CliHarness.run("sweep", tiny().toString(), "--param", "team.staff.fte=2.7:3.3:0.3",
                "--runs", "50", "--format", "csv", "--out", tmp.resolve("alike").toString());
        assertEquals(0, alike.exitCode(), alike.err());
        assertEquals(1, alike.err().split("warning", -1).length - 1, alike.err());
        assertTrue(alike.err().contains("rollout: warning: grid points gave the very same results, every output alike"
                + " run for run: the model does not tell the swept values apart (a team's fte, for one, is rounded to"
                + " whole people), or they change nothing it measures: team.staff.fte=2.7,"
                + " team.staff.fte=3 and team.staff.fte=3.3"), alike.err());
        CliHarness.Result differ = CliHarness.run("sweep", tiny().toString(), "--param", "team.staff.fte=2:4:1",
                "--runs", "50", "--format", "csv", "--out", tmp.resolve("differ").toString());
        assertEquals(0, differ.exitCode(), differ.err());
        assertFalse(differ.err().contains("warning"), differ.err());
    }

    /**
     * A swept delay cost changes the total cost, which the table does not show: the warning said the
     * points "gave the very same summary, run for run" while their total costs differed. It now says
     * they are alike in the table only, and names the outputs that differ.
     */
    @Test
    void pointsAlikeInTheTableOnlyAreNotCalledTheSame() throws IOException {
        CliHarness.Result r = CliHarness.run("sweep", tiny().toString(), "--param", "program.delayCostPerDay=0:200000:100000",
                "--runs", "50", "--format", "csv", "--out", tmp.resolve("delay").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("very same"), r.err());
        assertTrue(r.err().contains("rollout: warning: grid points gave the same figures in every column of the table:"
                + " the swept value changes only outputs the table does not show (see each point's summary.json):"
                + " program.delayCostPerDay=$0, program.delayCostPerDay=$100k and program.delayCostPerDay=$200k differ"
                + " only in totalCost and cost.delay"), r.err());
        assertEquals(1, r.err().split("warning", -1).length - 1, r.err());
    }

    /**
     * The warning names the points as the table writes them: a swept delay cost (not in the table's
     * figures, so every point comes out alike) as money, a target week as its date, fte as the number
     * given. It gave the raw values: program.delayCostPerDay=1000, program.targetWeek=60, team.staff.fte=3.0.
     */
    @Test
    void theWarningNamesPointsAsTheTableWritesThem() throws IOException {
        CliHarness.Result r = CliHarness.run("sweep", tiny().toString(), "--param", "program.delayCostPerDay=1000:2000:1000",
                "--runs", "50", "--format", "csv", "--out", tmp.resolve("money").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("summary.json): program.delayCostPerDay=$1k and program.delayCostPerDay=$2k differ"), r.err());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.get(1).startsWith("$1k ") && rows.get(2).startsWith("$2k "), "as the table has them: " + r.out());

        // each value as the value it is: $1,250 and $2,250 read "$1.25k" and "$2.25k", not "$1k" and "$2k"
        CliHarness.Result quarter = CliHarness.run("sweep", tiny().toString(), "--param",
                "program.delayCostPerDay=1250:2250:1000", "--runs", "50", "--format", "csv", "--out",
                tmp.resolve("quarter").toString());
        assertEquals(0, quarter.exitCode(), quarter.err());
        assertTrue(quarter.err().contains("program.delayCostPerDay=$1.25k and program.delayCostPerDay=$2.25k"),
                quarter.err());
        List<String> quarterRows = quarter.out().lines().toList();
        assertTrue(quarterRows.get(1).startsWith("$1.25k ") && quarterRows.get(2).startsWith("$2.25k "),
                "as the table has them: " + quarter.out());

        WeekCalendar calendar = new WeekCalendar(LocalDate.of(2027, 1, 4));
        SweepTable table = new SweepTable(List.of("team.staff.fte", "program.targetWeek", "program.budget"), List.of(
                new SweepRow(List.of(3.0, 60.0, 1.0e6), 300, 0, 520, 50, 60, 5e5, 6e5, 0.4, 0.5, 0.3, Double.NaN),
                new SweepRow(List.of(3.0, 61.0, 1.5e6), 300, 0, 520, 50, 60, 5e5, 6e5, 0.4, 0.5, 0.3, Double.NaN)));
        assertEquals(List.of("(team.staff.fte=3, program.targetWeek=" + calendar.shortDate(60) + ", program.budget=$1M)",
                "(team.staff.fte=3, program.targetWeek=" + calendar.shortDate(61) + ", program.budget=$1.5M)"),
                SweepConsole.labels(table, calendar, new Money("$")));
    }

    /** A swept budget reads as money, a swept target as its date, other inputs as the number given. */
    @Test
    void sweptMoneyAndWeeksReadAsTheConsoleWritesThem() {
        assertEquals(InputUnit.MONEY, InputUnit.of("program.budget"));
        assertEquals(InputUnit.MONEY, InputUnit.of("team.staff.weeklyCost"));
        assertEquals(InputUnit.MONEY, InputUnit.of("program.delayCostPerDay"));
        assertEquals(InputUnit.MONEY, InputUnit.of("program.fixedCosts[0].amount"));
        assertEquals(InputUnit.MONEY, InputUnit.of("parameters.replacementCost"));
        assertEquals(InputUnit.DATE, InputUnit.of("program.targetWeek"));
        assertEquals(InputUnit.DATE, InputUnit.of("strategy.goLiveWeek"));
        assertEquals(InputUnit.NUMBER, InputUnit.of("program.horizonWeeks"));
        assertEquals(InputUnit.NUMBER, InputUnit.of("program.fixedCosts[0].weeks"));
        assertEquals(InputUnit.NUMBER, InputUnit.of("team.staff.fte"));

        WeekCalendar calendar = new WeekCalendar(LocalDate.of(2027, 1, 4));
        Money money = new Money("$");
        SweepTable table = new SweepTable(List.of("program.budget", "program.targetWeek"), List.of(
                row(4.6e8, 186), row(4.601e8, 186)));
        StringWriter text = new StringWriter();
        SweepConsole.printTable(table, calendar, money, new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertEquals(3, lines.size(), "every run finished: no column or note of unfinished runs: " + text);
        // a step of $100k: one more digit, so neighbouring points do not both read $460M
        assertTrue(lines.get(1).matches("\\$460M +" + calendar.shortDate(186) + " +\\|.*"), lines.get(1));
        assertTrue(lines.get(2).matches("\\$460.1M +" + calendar.shortDate(186) + " +\\|.*"), lines.get(2));
        assertTrue(lines.get(1).contains("$480M"), "the cost as money, as before: " + lines.get(1));
    }

    private static SweepRow row(double budget, int targetWeek) {
        return new SweepRow(List.of(budget, (double) targetWeek), 300, 0, 520, 190, 230, 4.8e8, 5.4e8, 0.4, 0.5, 0.3,
                Double.NaN);
    }
}
