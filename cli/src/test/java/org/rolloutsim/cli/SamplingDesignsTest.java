package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sampling}, {@code correlations:} and {@code rollout sensitivity} from the command line. */
class SamplingDesignsTest {
    private static final String EFFORT_DEFECTS_CUSTOMIZATION = "correlations=["
            + "{between: [effortPerWorkflow, defectsPerPersonWeek], rank: %s},"
            + " {between: [effortPerWorkflow, customizationRate], rank: %s},"
            + " {between: [defectsPerPersonWeek, customizationRate], rank: %s}]";

    @TempDir
    Path tmp;

    private Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        String[] args = new String[extra.length + 8];
        String[] base = {"run", "regional-phased", "-q", "--format", "json,csv", "--out", out.toString(), "--force"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliHarness.Result r = CliHarness.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static String correlations(double rank) {
        String r = Double.toString(rank);
        return String.format(EFFORT_DEFECTS_CUSTOMIZATION, r, r, r);
    }

    private static byte[] bytes(Path dir, String file) throws IOException {
        return Files.readAllBytes(dir.resolve(file));
    }

    @Test
    void correlationsOfZeroChangeNoOutput() throws IOException {
        Path plain = run("plain", "--runs", "300");
        Path zero = run("zero", "--runs", "300", "--set", correlations(0));
        assertArrayEquals(bytes(plain, "runs.csv"), bytes(zero, "runs.csv"));
        assertArrayEquals(bytes(plain, "weekly.csv"), bytes(zero, "weekly.csv"));
        // summary.json differs only in the scenario's content hash (the file did change)
        String a = Files.readString(plain.resolve("summary.json")).replaceAll("\"contentHash\"\\s*:\\s*\"[0-9a-f]+\"", "");
        String b = Files.readString(zero.resolve("summary.json")).replaceAll("\"contentHash\"\\s*:\\s*\"[0-9a-f]+\"", "");
        assertEquals(a, b);
        assertFalse(a.contains("\"design\""), "independent random sampling is not written");
    }

    @Test
    void latinHypercubeWithCorrelationsGivesTheSameFilesOnOneTwoAndEightThreads() throws IOException {
        Path one = run("t1", "--runs", "300", "--sampling", "lhs", "--set", correlations(0.5), "-t", "1");
        for (String threads : new String[] {"2", "8"}) {
            Path other = run("t" + threads, "--runs", "300", "--sampling", "lhs", "--set", correlations(0.5), "-t", threads);
            for (String file : new String[] {"runs.csv", "weekly.csv", "summary.json"}) {
                assertArrayEquals(bytes(one, file), bytes(other, file), file + " on " + threads + " threads");
            }
        }
        JsonNode design = new ObjectMapper().readTree(one.resolve("summary.json").toFile()).get("design");
        assertEquals("lhs", design.get("sampling").asText());
        assertEquals(3, design.get("correlations").size());
        assertEquals(0.5, design.get("correlations").get(0).get("rank").asDouble());
    }

    /**
     * When a harder programme is harder all round (effort, defects and customization rising
     * together), the tail is longer. Measured with Latin hypercube sampling at 2,000 runs over seeds
     * 1-3: P80 completion rose by 5, 3 and 4 weeks with rank correlations of 0.7; the replicate sd of
     * P80 at that size is about 1.05 weeks (docs/sampling-benchmark.md), so a rise is 2 or more sd of
     * the difference of two independent estimates even at the smallest.
     */
    @Test
    void positivelyCorrelatedEffortDefectsAndCustomizationRaiseP80Completion() throws IOException {
        Path independent = run("independent", "--runs", "2000", "--sampling", "lhs", "--seed", "1", "-t", "2");
        Path correlated = run("correlated", "--runs", "2000", "--sampling", "lhs", "--seed", "1", "-t", "2",
                "--set", correlations(0.7));
        ObjectMapper json = new ObjectMapper();
        double p80 = json.readTree(independent.resolve("summary.json").toFile()).at("/metrics/completionWeek/p80").asDouble();
        double p80Correlated = json.readTree(correlated.resolve("summary.json").toFile())
                .at("/metrics/completionWeek/p80").asDouble();
        assertTrue(p80Correlated > p80, p80Correlated + " after correlating, " + p80 + " before");
    }

    @Test
    void aRerunOfALatinHypercubeCorrelatedResultMakesTheSameFiles() throws IOException {
        Path first = run("first", "--runs", "300", "--sampling", "lhs", "--set", correlations(0.5));
        Path again = tmp.resolve("again");
        CliHarness.Result r = CliHarness.run("rerun", first.toString(), "--out", again.toString(), "-q");
        assertEquals(0, r.exitCode(), r.err());
        for (String file : new String[] {"runs.csv", "weekly.csv", "summary.json"}) {
            assertArrayEquals(bytes(first, file), bytes(again, file), file);
        }
    }

    @Test
    void badSamplingAndBadCorrelationsExitTwoWithOneLine() throws IOException {
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--sampling", "sobol", "--runs", "10", "-q",
                "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertEquals("rollout: error: --sampling must be random or lhs: sobol", r.err().strip());
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, """
                name: Bad
                team: {staff: {fte: 10, weeklyCost: 2000}}
                modules: [{id: inpatient, workflows: 100}]
                sites: [{id: central, users: 1000}]
                strategy: {kind: big-bang, goLiveWeek: 90}
                correlations:
                  - {between: [testDetection, learningRat], rank: 0.5}
                """);
        CliHarness.Result bad = CliHarness.run("run", file.toString(), "--runs", "10", "-q", "--out",
                tmp.resolve("y").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("bad.yaml:7:31: correlations[0].between[1]: 'learningRat' is not an input of any scenario (did you mean learningRate?)"),
                bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void sensitivityWritesItsJsonAndReportAndRefusesUnknownInputs() throws IOException {
        Path out = tmp.resolve("sensitivity");
        CliHarness.Result r = CliHarness.run("sensitivity", "regional-phased", "--inputs",
                "effortPerWorkflow,parameters.scopeGrowth", "--runs", "60", "-t", "2", "-q", "--format", "html,json,svg",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("sensitivity.json").toFile());
        assertEquals(240, json.get("modelRuns").asInt(), "60 rows x (2 inputs + 2)");
        JsonNode effort = json.at("/outputs/completionWeek/indices/0");
        assertEquals("effortPerWorkflow", effort.get("input").asText());
        assertTrue(effort.get("totalCi").get(0).asDouble() <= effort.get("total").asDouble());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
        assertTrue(Files.exists(out.resolve("charts/sobol-program-cost.svg")));
        assertTrue(Files.exists(out.resolve(".rollout-output")), "marked as rollout output");

        Path again = tmp.resolve("again");
        CliHarness.Result same = CliHarness.run("sensitivity", "regional-phased", "--inputs",
                "effortPerWorkflow,parameters.scopeGrowth", "--runs", "60", "-t", "1", "-q", "--format", "json",
                "--out", again.toString());
        assertEquals(0, same.exitCode(), same.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("sensitivity.json")), Files.readAllBytes(again.resolve("sensitivity.json")),
                "same bytes on one thread and two");

        // the console says what the report says of an index estimated where indices cannot be
        CliHarness.Result loud = CliHarness.run("sensitivity", "regional-phased", "--inputs",
                "effortPerWorkflow,parameters.scopeGrowth", "--runs", "60", "-t", "2", "--format", "json",
                "--out", tmp.resolve("loud").toString());
        assertEquals(0, loud.exitCode(), loud.err());
        boolean impossible = false;
        for (JsonNode outcome : json.get("outputs")) {
            for (JsonNode index : outcome.get("indices")) {
                double first = Math.round(index.get("first").asDouble() * 1000) / 1000.0;
                double total = Math.round(index.get("total").asDouble() * 1000) / 1000.0;
                impossible |= first > total || first < 0 || total < 0 || first > 1 || total > 1;
            }
        }
        assertEquals(impossible, loud.out().contains("Sampling error: for "), loud.out());

        CliHarness.Result unknown = CliHarness.run("sensitivity", "regional-phased", "--inputs", "effortPerWorkflw",
                "--runs", "10", "-q", "--out", tmp.resolve("z").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().strip().startsWith("rollout: error: --inputs: 'effortPerWorkflw' is not an input of any scenario (did you mean effortPerWorkflow?)"),
                unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    }
}
