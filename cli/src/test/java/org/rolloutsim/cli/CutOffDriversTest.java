package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drivers of delay and cost carry the share of runs not finished by the horizon at each end of
 * their swing, from the runs themselves: in a small clinic whose horizon cuts two runs in five
 * short, most of those with the most effort per workflow are unfinished and almost none of those
 * with the least (88% against 2%), so the report marks that driver and gives the shares; with a horizon that lets
 * every run finish, nothing is marked.
 */
class CutOffDriversTest {
    private static final String TINY = """
            name: Tiny clinic
            program: {budget: 2.0e6, targetWeek: 60, horizonWeeks: %d}
            team: {staff: {fte: 3, weeklyCost: 2000}}
            modules: [{id: ambulatory, workflows: 20}]
            sites: [{id: clinic, users: 40}]
            strategy: {kind: big-bang, goLiveWeek: 40}
            practices: {prepWeeks: 30}
            """ + TinyClinic.REQUESTS_AS_A_HOSPITAL;
    private static final String EFFORT = "\u201cPerson-weeks to build, test and train one workflow\u201d";

    @TempDir
    Path tmp;

    private String report(int horizon) throws IOException {
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        Files.writeString(scenario, TINY.formatted(horizon));
        Path out = tmp.resolve("out-" + horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "1000", "--seed", "7",
                "--format", "html,json", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return Files.readString(out.resolve("report.html"));
    }

    /**
     * summary.json gives each driver's shares not finished at either end of its swing, the figures the
     * report quotes ("88% ... against 2%"), under both outputs; it had given neither.
     */
    @Test
    void summaryJsonGivesTheSharesNotFinishedAtEachEndOfASwing() throws IOException {
        String html = report(71);
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(tmp.resolve("out-71/summary.json").toFile());
        for (String output : new String[] {"completionWeek", "programCost"}) {
            com.fasterxml.jackson.databind.JsonNode entries = summary.at("/sensitivity/" + output);
            com.fasterxml.jackson.databind.JsonNode effort = null;
            for (com.fasterxml.jackson.databind.JsonNode e : entries) {
                assertTrue(e.has("unfinishedWithLeast") && e.has("unfinishedWithMost"), output + ": " + e);
                if (e.get("input").asText().equals("effortPerWorkflow")) {
                    effort = e;
                }
            }
            assertTrue(effort != null, output + ": " + entries);
            double most = effort.get("unfinishedWithMost").asDouble();
            double least = effort.get("unfinishedWithLeast").asDouble();
            String quoted = org.rolloutsim.report.view.Percent.format(most) + " of the runs with the most of it had not"
                    + " finished by the horizon, against " + org.rolloutsim.report.view.Percent.format(least)
                    + " of those with the least";
            assertTrue(html.contains(quoted), "as the report says it: " + quoted);
            assertEquals("88%", org.rolloutsim.report.view.Percent.format(most));
            assertEquals(0.02, least);
        }
    }

    @Test
    void aDriverWhoseEndsTheHorizonCutsShortUnevenlyIsMarkedWithItsShares() throws IOException {
        String cut = report(71);
        assertTrue(cut.contains("The input that swings delay the most is " + EFFORT + ";"), "summary");
        assertTrue(cut.contains("For " + EFFORT + ", 88% of the runs with the most of it had not finished by the"
                + " horizon, against 2% of those with the least"), "summary");
        assertTrue(cut.contains("Person-weeks to build, test and train one workflow *"), "the tornado's bar is marked");

        String whole = report(400);
        assertFalse(whole.contains("not finished by the horizon, against"), "every run finished: nothing to mark");
        assertFalse(whole.contains("workflow *"));
        assertTrue(whole.contains("biggest driver of"), "named as before");
    }
}
