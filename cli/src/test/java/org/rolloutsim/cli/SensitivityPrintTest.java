package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.Percent;

/**
 * The console's table of Sobol indices: six characters each, and no negative zero; and what a study
 * says of runs the horizon cut short.
 */
class SensitivityPrintTest {

    @TempDir
    Path tmp;

    @Test
    void anIndexThatRoundsToZeroPrintsAsZero() {
        assertEquals(" 0.000", SensitivityCommand.index(-0.0004));
        assertEquals(" 0.000", SensitivityCommand.index(-0.0));
        // the minus sign of the report; the terminal writer makes it '-' where the console cannot show it
        assertEquals("\u22120.003", SensitivityCommand.index(-0.003));
        assertEquals(" 0.754", SensitivityCommand.index(0.7541));
        assertEquals(" 1.069", SensitivityCommand.index(1.0693));
    }

    /**
     * A negative index prints with the minus sign compare's console and the report use: U+2212 in a
     * UTF-8 terminal, '-' under LANG=C (the terminal writer's rule for every figure). It had printed a
     * hyphen-minus in both, "-0.004 [-0.013,  0.005]", beside compare's "completion \u221224.9 weeks".
     */
    @Test
    void aNegativeIndexPrintsTheTerminalsMinusSign() throws Exception {
        String line = String.format(java.util.Locale.ROOT, "  %s [%s, %s]", SensitivityCommand.index(-0.004),
                SensitivityCommand.index(-0.013), SensitivityCommand.index(0.005));
        for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.StandardCharsets.US_ASCII}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.PrintWriter out = new java.io.PrintWriter(new TerminalWriter(
                    new java.io.OutputStreamWriter(bytes, charset), charset), true);
            out.print(line);
            out.flush();
            String minus = charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? "\u2212" : "-";
            assertEquals("  " + minus + "0.004 [" + minus + "0.013,  0.005]", bytes.toString(charset), charset.name());
        }
    }

    /**
     * With the horizon at week 220 about a third of the regional programme's runs have not finished:
     * their completion is held at the horizon and their cost counted only to then, so the indices are
     * of completion and cost capped there. The console, sensitivity.json and the report say so, in the
     * words {@code rollout run} uses; they said nothing. With the horizon of 520 weeks, where every
     * run finishes, nothing is said.
     */
    @Test
    void runsNotFinishedByTheHorizonAreSaidToCapTheIndices() throws Exception {
        Path out = tmp.resolve("cut");
        CliHarness.Result r = CliHarness.run("sensitivity", "regional-phased", "-n", "64", "--set",
                "program.horizonWeeks=220", "-i", "effortPerWorkflow,testDetection", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("sensitivity.json").toFile());
        double share = json.get("unfinished").asDouble();
        assertTrue(share > 0.1 && share < 0.6, "a third or so: " + share);
        assertEquals(220, json.get("horizonWeek").asInt());
        // the horizon with its date, regional-phased starting on 4 January 2027 (it had said "week 220" alone)
        String note = Percent.format(share) + " of runs had not finished before the horizon (24 March 2031, week 220);"
                + " their completion"
                + " counts as the horizon and their costs only to then, so these indices are of completion and"
                + " programme cost capped at the horizon.";
        assertTrue(r.out().startsWith(note), r.out());
        assertTrue(json.get("note").asText().startsWith(note), json.toString());
        assertTrue(json.at("/outputs/programCost/cappedAtHorizon").asBoolean());
        assertTrue(ShippedSchemas.of("sensitivity.schema.json").validate(json).isEmpty(), "capped, and valid");
        assertTrue(Files.readString(out.resolve("report.html")).contains(note), "the report");

        Path whole = tmp.resolve("whole");
        CliHarness.Result all = CliHarness.run("sensitivity", "regional-phased", "-n", "16", "-i",
                "effortPerWorkflow,testDetection", "--out", whole.toString());
        assertEquals(0, all.exitCode(), all.err());
        JsonNode finished = new ObjectMapper().readTree(whole.resolve("sensitivity.json").toFile());
        // the default seed's 64 runs all finish by week 520
        assertEquals(0.0, finished.get("unfinished").asDouble());
        assertFalse(all.out().contains("horizon"), all.out());
        assertTrue(finished.get("note").isNull());
        assertFalse(finished.at("/outputs/programCost/cappedAtHorizon").asBoolean());
        assertTrue(ShippedSchemas.of("sensitivity.schema.json").validate(finished).isEmpty(), "not capped, and valid");
    }

    /**
     * A scenario with nothing uncertain that reaches its outcomes (no build or customization, no leavers, go-live
     * in week 1): every model run finishes in the same week at the same cost, and each index is 0 by
     * convention. The console says there is no spread to explain, under each table; it had printed
     * rows of 0.000 as if the inputs did not matter.
     */
    @Test
    void anOutcomeNoRunVariesIsSaidToHaveNoSpread() throws Exception {
        Path scenario = tmp.resolve("flat.yaml");
        Files.writeString(scenario, String.join("\n",
                "name: Flat",
                "modules: [{id: m, workflows: 0}]",
                "sites: [{id: a, users: 1, interfaces: 0}]",
                "strategy: {kind: big-bang, goLiveWeek: 1, minGapWeeks: 0}",
                "team: {staff: {fte: 1, weeklyCost: 100}}",
                "governance: {customizationApproval: 0, readinessThreshold: 0, tolerance: 0, response: none, goLiveWindowWeeks: 1, blackoutWeeks: []}",
                "practices: {prepWeeks: 1, testCycles: 0, trainingWeeks: 0, supportRatio: 10000, interfaceMaintenanceFte: 0,",
                "  commandCentre: {fte: 0, weeklyCost: 0, minWeeks: 0, exitIncidentsPerThousandUsers: 0}}",
                "parameters: {annualAttrition: 0}", ""));
        CliHarness.Result r = CliHarness.run("sensitivity", scenario.toString(), "-n", "16", "-i",
                "effortPerWorkflow,testDetection", "--out", tmp.resolve("flat").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  Every model run gives the same completion week, so there is no spread"), r.out());
        assertTrue(r.out().contains("  Every model run gives the same programme cost, so there is no spread"), r.out());
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("flat").resolve("sensitivity.json").toFile());
        assertEquals(0.0, json.at("/outputs/programCost/variance").asDouble());
        assertTrue(ShippedSchemas.of("sensitivity.schema.json").validate(json).isEmpty(), "no spread, and valid");
    }
}
