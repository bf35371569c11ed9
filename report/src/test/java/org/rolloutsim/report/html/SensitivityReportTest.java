package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.text.ImpossibleIndices;
import org.rolloutsim.report.text.UnvaryingOutcome;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.SensitivityData;

class SensitivityReportTest {

    /** An index estimated at -0.0004 reads 0.000 in the table; one at -0.012 keeps its minus sign. */
    @Test
    void anEstimateThatRoundsToZeroReadsZero() {
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 200, 900, List.of(new SensitivityData.Index("trainingRate", -0.0004, -0.012, 0.012, 0.002,
                        0.002, 0.004)));
        SensitivityData data = new SensitivityData("t", "s", 200, 0.95, List.of("trainingRate"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 7, 600, "rollout sensitivity s"));
        // the text as read: without the word joiners that keep a sign with its figure
        String html = SensitivityReport.render(data).replace("\u2060", "");
        assertFalse(html.contains("\u22120.000"), "no negative zero");
        assertTrue(html.contains(">0.000</td>"), html);
        assertTrue(html.contains("\u22120.012 to 0.012"), "a negative bound stays negative");
    }

    /**
     * The level of the bootstrap intervals reads as the study gave it, as the other reports write a
     * level (Percent.level): 97.5%, never rounded to a 98% nobody chose.
     */
    @Test
    void theIntervalsLevelReadsExactly() {
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 200, 900, List.of(new SensitivityData.Index("trainingRate", 0.3, 0.2, 0.4, 0.35, 0.25, 0.45)));
        for (double level : new double[] {0.975, 0.953}) {
            SensitivityData data = new SensitivityData("t", "s", 200, level, List.of("trainingRate"), List.of(outcome),
                    new Provenance("0.1.0", "sha256:00", 7, 600, "rollout sensitivity s"));
            String html = SensitivityReport.render(data);
            String exact = level == 0.975 ? "97.5%" : "95.3%";
            assertTrue(html.contains("Intervals are " + exact + " bootstrap intervals."), html);
            assertTrue(html.contains(">" + exact + " interval</th>"), html);
            assertFalse(html.contains(level == 0.975 ? "98%" : "95% interval"), "never rounded");
        }
    }

    /**
     * A first order above the total, or an index below 0 or above 1, is sampling error, and the
     * report says so under the table; estimates that are possible as the table rounds them get no note.
     */
    @Test
    void estimatesWhereIndicesCannotBeAreCalledSamplingError() {
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("programCost", "Programme cost",
                "money", 4e8, 1e15, List.of(
                        new SensitivityData.Index("effortPerWorkflow", 0.85, 0.6, 1.1, 0.73, 0.5, 0.9),
                        new SensitivityData.Index("learningRate", -0.04, -0.2, 0.1, 0.05, 0.0, 0.1),
                        new SensitivityData.Index("scopeGrowth", 0.1, 0.0, 0.2, 0.12, 0.05, 0.2),
                        new SensitivityData.Index("trainingRate", -0.0004, -0.01, 0.01, 0.002, 0.0, 0.004)));
        assertEquals("Sampling error: for effortPerWorkflow, learningRate the estimates lie where indices cannot"
                + " (below 0, above 1, or a first order above the total). They are too uncertain to read; more"
                + " base rows (--runs) narrow them.", ImpossibleIndices.note(outcome));
        SensitivityData.OutcomeIndices possible = new SensitivityData.OutcomeIndices("programCost", "Programme cost",
                "money", 4e8, 1e15, List.of(outcome.indices().get(2), outcome.indices().get(3)));
        assertNull(ImpossibleIndices.note(possible));
        SensitivityData data = new SensitivityData("t", "s", 200, 0.95, List.of("effortPerWorkflow"), List.of(outcome),
                new Provenance("0.1.0", "sha256:00", 7, 600, "rollout sensitivity s"));
        assertTrue(SensitivityReport.render(data).contains("Sampling error: for effortPerWorkflow"));
    }

    /**
     * An outcome with no variance (every model run alike) has every index 0 by convention: the
     * report says there is no spread to explain under its table, and only under that outcome's.
     */
    @Test
    void anOutcomeNoRunVariesIsSaidToHaveNoSpread() {
        SensitivityData.Index zero = new SensitivityData.Index("effortPerWorkflow", 0, 0, 0, 0, 0, 0);
        SensitivityData.OutcomeIndices flat = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 2, 0, List.of(zero));
        SensitivityData.OutcomeIndices varying = new SensitivityData.OutcomeIndices("programCost", "Programme cost",
                "money", 4e8, 1e15, List.of(new SensitivityData.Index("effortPerWorkflow", 0.3, 0.2, 0.4, 0.35, 0.25,
                        0.45)));
        assertEquals("Every model run gives the same completion week, so there is no spread for the inputs to explain:"
                + " the indices are 0 because there is nothing to share out, not because the inputs do not matter.",
                UnvaryingOutcome.note(flat));
        assertNull(UnvaryingOutcome.note(varying));
        SensitivityData data = new SensitivityData("t", "s", 200, 0.95, List.of("effortPerWorkflow"),
                List.of(flat, varying), new Provenance("0.1.0", "sha256:00", 7, 600, "rollout sensitivity s"));
        String html = SensitivityReport.render(data);
        assertTrue(html.contains("Every model run gives the same completion week"), html);
        assertFalse(html.contains("Every model run gives the same programme cost"), html);
    }

    /**
     * A study whose runs the horizon cut short (a third of them at week 220) shares out the spread of
     * completion and cost capped there: the report says so above the charts, and sensitivity.json
     * gives the share, the horizon and the same words. They said nothing; with every run finished
     * there is still nothing to say.
     */
    @Test
    void runsCutOffAtTheHorizonAreSaidToCapTheOutcomes() throws java.io.IOException {
        SensitivityData.OutcomeIndices outcome = new SensitivityData.OutcomeIndices("completionWeek", "Completion week",
                "week", 200, 900, List.of(new SensitivityData.Index("effortPerWorkflow", 0.74, 0.6, 0.87, 0.86, 0.74,
                        0.99)));
        Provenance provenance = new Provenance("0.1.0", "sha256:00", 7, 1280, "rollout sensitivity s");
        SensitivityData cut = new SensitivityData("t", "s", 256, 0.95, List.of("effortPerWorkflow"), List.of(outcome),
                provenance, 411, 220, java.time.LocalDate.of(2030, 1, 7));
        // the horizon with its date, as every other output gives it (the note had said "week 220" alone)
        String note = "32% of runs had not finished before the horizon (27 March 2034, week 220); their completion counts as the horizon"
                + " and their costs only to then, so these indices are of completion and programme cost capped at the"
                + " horizon. A longer program.horizonWeeks lets more of them finish within it.";
        assertEquals(note, org.rolloutsim.report.text.CappedIndices.note(cut));
        assertTrue(SensitivityReport.render(cut).contains("<p class=\"note-box\">" + note + "</p>"), "above the charts");
        java.io.StringWriter json = new java.io.StringWriter();
        org.rolloutsim.report.data.SensitivityJsonWriter.write(cut, json);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toString());
        assertEquals(411 / 1280.0, root.get("unfinished").asDouble());
        assertEquals(220, root.get("horizonWeek").asInt());
        assertEquals("2034-03-27", root.get("horizonDate").asText());
        assertEquals(note, root.get("note").asText());
        assertTrue(root.at("/outputs/completionWeek/cappedAtHorizon").asBoolean());

        SensitivityData whole = new SensitivityData("t", "s", 256, 0.95, List.of("effortPerWorkflow"), List.of(outcome),
                provenance, 0, 520, java.time.LocalDate.of(2030, 1, 7));
        assertNull(org.rolloutsim.report.text.CappedIndices.note(whole));
        assertFalse(SensitivityReport.render(whole).contains("horizon"), "every run finished");
        json = new java.io.StringWriter();
        org.rolloutsim.report.data.SensitivityJsonWriter.write(whole, json);
        root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
        assertEquals(0.0, root.get("unfinished").asDouble());
        assertTrue(root.get("note").isNull());
        assertFalse(root.at("/outputs/completionWeek/cappedAtHorizon").asBoolean());
    }
}
