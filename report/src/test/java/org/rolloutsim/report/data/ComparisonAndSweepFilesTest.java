package org.rolloutsim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.analysis.ComparedBatch;
import org.rolloutsim.analysis.Comparison;
import org.rolloutsim.analysis.ComparisonResult;
import org.rolloutsim.analysis.Sweep;
import org.rolloutsim.analysis.SweepPoint;
import org.rolloutsim.analysis.SweepTable;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.Targets;

class ComparisonAndSweepFilesTest {

    private static BatchStatistics batch(double extraWeeks) {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(new TinyModel(extraWeeks), 42, 500, stats, null, null);
        }
        return stats;
    }

    @Test
    void comparisonJsonShowsExactZeroForASelfComparison() throws IOException {
        List<ComparedBatch> batches = List.of(
                new ComparedBatch("baseline", batch(0)),
                new ComparedBatch("baseline-again", batch(0)),
                new ComparedBatch("slower", batch(4)));
        ComparisonResult result = Comparison.of(batches);
        StringWriter out = new StringWriter();
        ComparisonJsonWriter.write(result, batches, 42, "EUR", out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(3, root.get("pairs").size(), "three batches make three pairs");
        assertEquals("EUR", root.get("currency").asText());
        assertEquals("weeks", root.at("/pairs/0/metrics/completionWeek/unit").asText(), "a difference of dates is weeks");
        assertEquals("money", root.at("/pairs/0/metrics/programCost/unit").asText());
        assertEquals("EUR", root.at("/pairs/0/metrics/programCost/currency").asText());
        JsonNode self = root.at("/pairs/0");
        assertEquals("baseline", self.get("a").asText());
        assertEquals("baseline-again", self.get("b").asText());
        for (String metric : List.of("completionWeek", "programCost", "totalCost", "patientSafetyEvents", "peakFatigue")) {
            JsonNode m = self.at("/metrics/" + metric);
            assertEquals("0", m.get("meanDiff").asText(), metric);
            assertEquals("[0,0]", m.get("meanDiffCi").toString(), metric);
            assertEquals("0", m.get("p50Diff").asText(), metric);
            assertEquals("0", m.get("p10Diff").asText(), metric);
            assertEquals("0", m.get("p90Diff").asText(), metric);
            assertEquals("0", m.get("pLower").asText(), metric + ": a tie is not half a win");
            assertEquals("0", m.get("pHigher").asText(), metric);
            assertEquals("1", m.get("pSame").asText(), metric);
            assertEquals("0", m.get("pNotKnown").asText(), metric + ": no run was cut off at the horizon");
            assertEquals("0", m.get("nNotKnown").asText(), metric);
        }
        JsonNode slower = root.at("/pairs/1/metrics/completionWeek");
        assertTrue(slower.get("meanDiff").asDouble() < -3, "baseline finishes earlier than the slower variant");
        assertTrue(slower.get("pLower").asDouble() > 0.9);
        assertEquals(1.0, slower.get("pLower").asDouble() + slower.get("pHigher").asDouble()
                + slower.get("pSame").asDouble(), 1e-12, "earlier, later and the same week cover every run");
    }

    /**
     * The tiny model stops at week 79, its horizon, and marks a run that reaches it as not finished.
     * Compared with itself, a run cut off in both is not "the same week": it cannot be told which
     * would finish first. Those runs are counted apart (pNotKnown), so that the four shares, and not
     * an overstated pSame, add up to 1, as the console and the reports say.
     */
    @Test
    void runsCutOffAtTheHorizonAreNotKnownNotTheSameWeek() throws IOException {
        BatchStatistics late = batch(25);
        double[] cut = late.values("censored");
        int censored = 0;
        for (double c : cut) {
            censored += c > 0 ? 1 : 0;
        }
        assertTrue(censored > 20 && censored < 480, "some runs of 500 are cut off, not all: " + censored);
        List<ComparedBatch> batches = List.of(new ComparedBatch("late", late), new ComparedBatch("late-again", batch(25)),
                new ComparedBatch("later", batch(40)));
        StringWriter out = new StringWriter();
        ComparisonJsonWriter.write(Comparison.of(batches), batches, 42, "EUR", out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        for (String metric : List.of("completionWeek", "programCost", "totalCost")) {
            JsonNode m = root.at("/pairs/0/metrics/" + metric);
            assertEquals((500 - censored) / 500.0, m.get("pSame").asDouble(), 1e-12,
                    metric + ": the same in the runs finished in both, not in those cut off in both");
            assertEquals(censored, m.path("nNotKnown").asInt(), metric + ": every run cut off in both");
            assertEquals(censored / 500.0, m.path("pNotKnown").asDouble(), 1e-12, metric);
            assertEquals(0, m.get("pLower").asDouble() + m.get("pHigher").asDouble(), metric);
            assertEquals("0", m.get("meanDiff").asText(), metric + ": the figures as computed stay as they were");
        }
        // outputs whose value in a cut-off run is not a bound of known direction are not told apart
        JsonNode fatigue = root.at("/pairs/0/metrics/peakFatigue");
        assertTrue(fatigue.get("pNotKnown").isNull() && fatigue.get("nNotKnown").isNull(), fatigue.toString());
        assertEquals("1", fatigue.get("pSame").asText());
        // against a later variant: a run both left unfinished is not known; where only the later one was
        // cut off, the first is known to be earlier
        for (int pair = 1; pair <= 2; pair++) {
            JsonNode m = root.at("/pairs/" + pair + "/metrics/completionWeek");
            assertEquals(censored, m.get("nNotKnown").asInt(), "the runs " + root.at("/pairs/" + pair + "/a") + " left unfinished");
            assertEquals(1.0, m.get("pLower").asDouble() + m.get("pHigher").asDouble() + m.get("pSame").asDouble()
                    + m.get("pNotKnown").asDouble(), 1e-12, "lower, higher, the same and not known cover every run");
            assertEquals(0.0, m.get("pSame").asDouble(), "15 weeks later in every run finished");
        }
    }

    /**
     * A scenario compared with itself (the same hash) ran the same runs: a run cut off in both, equal
     * in every value, would have gone on alike, so it is the same, not unknown. Another scenario's
     * hash leaves the rule as it was.
     */
    @Test
    void runsCutOffInBothRunsOfOneScenarioAreTheSame() throws IOException {
        BatchStatistics late = batch(25);
        List<ComparedBatch> batches = List.of(new ComparedBatch("late", late, "sha256:aa"),
                new ComparedBatch("late-again", batch(25), "sha256:aa"), new ComparedBatch("later", batch(40), "sha256:bb"));
        StringWriter out = new StringWriter();
        ComparisonJsonWriter.write(Comparison.of(batches), batches, 42, "EUR", out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        for (String metric : List.of("completionWeek", "programCost", "totalCost")) {
            JsonNode m = root.at("/pairs/0/metrics/" + metric);
            assertEquals("1", m.get("pSame").asText(), metric + ": every run the same, cut off or not");
            assertEquals("0", m.get("pNotKnown").asText(), metric);
            assertEquals("0", m.get("nNotKnown").asText(), metric);
        }
        double[] cut = late.values("censored");
        int censored = 0;
        for (double c : cut) {
            censored += c > 0 ? 1 : 0;
        }
        assertTrue(censored > 20, "runs were cut off: " + censored);
        assertEquals(censored, root.at("/pairs/1/metrics/completionWeek/nNotKnown").asInt(),
                "against another scenario a run both left unfinished is still not known");
    }

    @Test
    void sweepFilesListEveryGridPoint() throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        for (int extra = 0; extra <= 8; extra += 4) {
            points.add(new SweepPoint(List.of((double) extra, 0.5), batch(extra).summary(Targets.of(52, 1.6e7)), HORIZON));
        }
        SweepTable table = Sweep.tabulate(List.of("timeline.extraWeeks", "governance.customizationApproval"), points);
        StringWriter csv = new StringWriter();
        SweepCsvWriter.write(table, ResultFilesTest.UNITS, csv);
        String[] lines = csv.toString().split("\n");
        assertEquals("timeline.extraWeeks,governance.customizationApproval,runs,p50Completion,p50CompletionDate,"
                + "p80Completion,p80CompletionDate,p50Cost,p80Cost,onTime,onBudget,jcl,unfinished,horizonWeek,"
                + "lowestUnfinishedCost,onBudgetNotKnown", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("0,0.5,500,") && lines[2].startsWith("4,0.5,500,")
                && lines[3].startsWith("8,0.5,500,"), "whole-number inputs as whole numbers: " + csv);
        String[] cells = lines[3].split(",", -1);
        assertEquals(ResultFilesTest.UNITS.date(table.rows().get(2).p80Completion()), cells[6]);
        assertTrue(cells[7].matches("\\d+\\.\\d+"), "money always with a decimal point: " + cells[7]);
        assertTrue(cells[3].matches("\\d+") && cells[5].matches("\\d+"),
                "completion weeks as whole numbers, as in runs.csv: " + cells[3] + ", " + cells[5]);
        StringWriter json = new StringWriter();
        SweepJsonWriter.write(table, 42, ResultFilesTest.UNITS, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals(3, root.get("points").size());
        assertEquals(table.rows().get(2).p80Completion(), root.at("/points/2/p80Completion").asDouble());
        assertEquals(0.5, root.at("/points/2/values/governance.customizationApproval").asDouble());
        assertEquals(ResultFilesTest.UNITS.date(table.rows().get(2).p80Completion()),
                root.at("/points/2/p80CompletionDate").asText());
        assertEquals("EUR", root.get("currency").asText());
    }

    /**
     * A swept input with every value whole (waves 1, 2, 3) reads 1, 2, 3 in sweep.csv as in sweep.json;
     * one with a fraction among its values keeps the decimal point on each (0.5, 1.0, 1.5).
     */
    @Test
    void sweepCsvWritesWholeNumberInputsAsWholeNumbers() throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        double[] approval = {0.5, 1.0, 1.5};
        for (int i = 0; i < 3; i++) {
            points.add(new SweepPoint(List.of((double) (i + 1), approval[i]), batch(4 * i).summary(Targets.of(52, 1.6e7)),
                    HORIZON));
        }
        SweepTable table = Sweep.tabulate(List.of("strategy.waves", "governance.customizationApproval"), points);
        StringWriter csv = new StringWriter();
        SweepCsvWriter.write(table, ResultFilesTest.UNITS, csv);
        String[] lines = csv.toString().split("\n");
        assertTrue(lines[1].startsWith("1,0.5,"), lines[1]);
        assertTrue(lines[2].startsWith("2,1.0,"), lines[2]);
        assertTrue(lines[3].startsWith("3,1.5,"), lines[3]);
        StringWriter json = new StringWriter();
        SweepJsonWriter.write(table, 42, ResultFilesTest.UNITS, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals("2", root.at("/points/1/values/strategy.waves").toString(), "sweep.json writes it whole too");
        assertEquals("1.5", root.at("/points/2/values/governance.customizationApproval").toString());
    }

    /**
     * A point whose runs often outlast the horizon says so: the share of them beside the percentiles
     * they hold at the horizon, and the horizon itself, in sweep.csv and sweep.json alike. A P80 of
     * week 79 read as a date once nothing said that a fifth of runs had not finished by then.
     */
    @Test
    void sweepFilesCountTheRunsNotFinishedByTheHorizon() throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        for (int extra : new int[] {0, 28}) {
            points.add(new SweepPoint(List.of((double) extra), batch(extra).summary(Targets.of(52, 1.6e7)), HORIZON));
        }
        SweepTable table = Sweep.tabulate(List.of("timeline.extraWeeks"), points);
        double late = table.rows().get(1).unfinishedShare();
        assertTrue(late > 0.2 && late < 0.8, "28 weeks later, many runs reach week 79: " + late);
        assertEquals(HORIZON, table.rows().get(1).p80Completion(), "P80 falls among them");
        StringWriter csv = new StringWriter();
        SweepCsvWriter.write(table, ResultFilesTest.UNITS, csv);
        String[] lines = csv.toString().split("\n");
        assertTrue(lines[1].endsWith(",0.0,79,,0.0"), "every run of the first point finished: " + lines[1]);
        double lowest = table.rows().get(1).lowestUnfinishedCost();
        assertTrue(lowest > 0, "the lowest cost among the second point's unfinished runs: " + lowest);
        double notKnown = table.rows().get(1).onBudgetNotKnown();
        assertTrue(lines[2].endsWith("," + NumberText.decimal(late) + ",79," + NumberText.decimal(lowest) + ","
                + Unit.SHARE.cell(notKnown)), lines[2]);
        StringWriter json = new StringWriter();
        SweepJsonWriter.write(table, 42, ResultFilesTest.UNITS, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals(0.0, root.at("/points/0/unfinished").asDouble());
        assertEquals(late, root.at("/points/1/unfinished").asDouble());
        assertEquals(HORIZON, root.at("/points/1/horizonWeek").asInt());
        assertTrue(root.at("/points/0/lowestUnfinishedCost").isNull(), "every run finished");
        assertEquals(lowest, root.at("/points/1/lowestUnfinishedCost").asDouble());
        assertEquals(notKnown, root.at("/points/1/onBudgetNotKnown").asDouble(), "as the point's summary.json gives it");
        assertEquals(0.0, root.at("/points/0/onBudgetNotKnown").asDouble());
    }

    /** TinyModel's horizon: a run reaching week 79 is not finished by then. */
    private static final int HORIZON = 79;
}
