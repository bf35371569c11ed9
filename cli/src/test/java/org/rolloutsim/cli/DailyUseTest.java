package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traps a new user fell into: each is now either gone or said plainly. */
class DailyUseTest {

    @TempDir
    Path tmp;

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliHarness.Result r = CliHarness.run("rnu");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Did you mean: rollout run?"), r.err());
        CliHarness.Result sweep = CliHarness.run("swep");
        assertTrue(sweep.err().contains("Did you mean: rollout sweep?"), sweep.err());
        CliHarness.Result option = CliHarness.run("run", "--run", "5");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("--runs"), option.err());
    }

    @Test
    void errorMessagesSayErrorOnce() {
        CliHarness.Result r = CliHarness.run("run", "--runs", "5", "--precision", "0.1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("rollout: error: --runs=N, --precision=P are mutually exclusive"), r.err());
        CliHarness.Result twice = CliHarness.run("run", "-n", "5", "-n", "6");
        assertEquals("rollout: error: an option was given more than once: give each option once",
                twice.err().lines().findFirst().orElse(""));
        assertFalse((r.err() + twice.err()).toLowerCase(java.util.Locale.ROOT).contains("error: error"));
    }

    @Test
    void sweepHelpStatesTheRunCountItUses() {
        CliHarness.Result help = CliHarness.run("sweep", "--help");
        assertTrue(help.out().contains("default: " + BatchOptions.DEFAULT_RUNS), help.out());
        assertTrue(help.out().contains("--runs counts runs per grid point"), help.out());
    }

    @Test
    void aFormatListWithoutTheDefaultsSaysWhatIsNotWritten() throws Exception {
        Path out = tmp.resolve("charts-only");
        CliHarness.Result r = CliHarness.run("run", "--runs", "30", "--format", "svg", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("writing only svg (not html, json, csv)"), r.err());
        assertFalse(Files.exists(out.resolve("summary.json")));
        for (String fan : new String[] {"fan-sites-live", "fan-cumulative-programme-cost", "fan-team-fatigue",
            "fan-open-defects"}) {
            assertTrue(Files.exists(out.resolve("charts/" + fan + ".svg")), "charts named after their series: " + fan);
        }
    }

    @Test
    void allWritesEveryFormat() {
        OutputOptions options = new OutputOptions();
        options.formats = List.of("all");
        StringWriter err = new StringWriter();
        assertEquals(java.util.EnumSet.allOf(OutputOptions.Format.class), options.formats(new PrintWriter(err), false));
        assertEquals("", err.toString(), "nothing left out, nothing to say");
        options.formats = List.of("json", "xlsx");
        options.formats(new PrintWriter(err), false);
        assertTrue(err.toString().contains("writing only json, xlsx (not html, csv)"), err.toString());
    }

    @Test
    void underAnAsciiLocaleNothingPrintsAsAQuestionMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter ascii = new PrintWriter(new TerminalWriter(
                new java.io.OutputStreamWriter(bytes, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII), true);
        ascii.print("cost \u2212$28.1M, \u20ac900, \u201cKlinik M\u00fcnchen\u201d \u00b7 \u2014");
        ascii.flush();
        assertEquals("cost -$28.1M, EUR 900, \"Klinik Munchen\" - --", bytes.toString(StandardCharsets.US_ASCII));

        StringWriter utf8 = new StringWriter();
        PrintWriter keeps = new PrintWriter(new TerminalWriter(utf8, StandardCharsets.UTF_8), true);
        keeps.print("\u2212$3M \u20ac");
        keeps.flush();
        assertEquals("\u2212$3M \u20ac", utf8.toString(), "a UTF-8 terminal keeps the real minus sign");
    }

    @Test
    void theWholeComparisonPrintsWithoutQuestionMarksInAscii() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cmd = RolloutCommand.commandLine();
        cmd.setOut(new PrintWriter(new TerminalWriter(out, StandardCharsets.US_ASCII), true));
        cmd.setErr(new PrintWriter(new TerminalWriter(err, StandardCharsets.US_ASCII), true));
        int code = cmd.execute("compare", "big-bang-vs-phased", "--runs", "60", "--format", "json",
                "--out", tmp.resolve("ascii").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Paired differences"), out.toString());
        assertFalse(out.toString().contains("?"), out.toString());
        assertTrue(out.toString().chars().allMatch(c -> c < 128), out.toString());
    }

    @Test
    void setChangesAFieldForOneCommandAndIsValidatedLikeTheFile() throws Exception {
        Path base = tmp.resolve("base");
        Path changed = tmp.resolve("changed");
        assertEquals(0, CliHarness.run("run", "--runs", "40", "-q", "--format", "json", "--out", base.toString()).exitCode());
        CliHarness.Result r = CliHarness.run("run", "--runs", "40", "-q", "--format", "json", "--out", changed.toString(),
                "--set", "governance.customizationApproval=1", "--set", "practices.testCycles=2");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.readString(base.resolve("summary.json")).equals(Files.readString(changed.resolve("summary.json"))),
                "the changed fields change the results");

        CliHarness.Result bad = CliHarness.run("run", "--runs", "40", "-q", "--set", "practices.testCycles=99",
                "--set", "governance.customizationApprovl=0.5");
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("--set practices.testCycles=99: 99 is outside [0, 50]",
                "--set governance.customizationApprovl=0.5: unknown field 'customizationApprovl' in governance"
                        + " (did you mean customizationApproval?)",
                "rollout: error: the scenario has 2 problems (above)"), bad.err().lines().toList());
        CliHarness.Result noName = CliHarness.run("run", "--runs", "40", "-q", "--set", "name=null");
        assertEquals(2, noName.exitCode());
        assertEquals(List.of("--set name=null: required field 'name' is empty",
                "rollout: error: the scenario has a problem (above)"), noName.err().lines().toList());
        CliHarness.Result malformed = CliHarness.run("compare", "--set", "strategy.waves");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().startsWith("rollout: error: --set must look like PATH=VALUE"), malformed.err());

        CliHarness.Result sweep = CliHarness.run("sweep", "regional-phased", "--param", "strategy.waves=1:2:1",
                "--set", "strategy.spacingWeeks=-3", "-q", "--runs", "10", "--out", tmp.resolve("s").toString());
        assertEquals(2, sweep.exitCode());
        assertTrue(sweep.err().startsWith("--set strategy.spacingWeeks=-3: "), sweep.err());

        CliHarness.Result twice = CliHarness.run("sweep", "regional-phased", "--param", "team.staff.fte=40:60:20",
                "--param", "team.staff.fte=40:60:20", "-q", "--runs", "10", "--out", tmp.resolve("t").toString());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("team.staff.fte is given twice"), twice.err());

        CliHarness.Result pdf = CliHarness.run("sweep", "regional-phased", "--param", "strategy.waves=4:5:1",
                "--format", "pdf", "-q", "--runs", "10", "--out", tmp.resolve("p").toString());
        assertEquals(2, pdf.exitCode(), "a sweep writes no PDF: asked for one, it says so");
        assertTrue(pdf.err().contains("sweep writes html, json and csv only"), pdf.err());
    }

    /**
     * After {@code --set sites[1]=null} the sites after it move up one in the scenario that is
     * checked; a problem in one is still named as the file numbers it, not by its new place.
     */
    @Test
    void aProblemAfterASiteRemovedWithSetIsNamedAsTheFileNumbersTheSite() throws Exception {
        Path file = Files.writeString(tmp.resolve("three.yaml"), "name: x\nteam: {staff: {fte: 10, weeklyCost: 1}}\n"
                + "modules: [{id: m, workflows: 5}]\n"
                + "sites: [{id: a, users: 10}, {id: b, users: 10}, {id: c, users: 10, readiness: 1.5}]\n"
                + "strategy: {kind: big-bang, goLiveWeek: 100}\n");
        for (String removal : List.of("sites[1]=null", "sites.b=null")) {
            CliHarness.Result r = CliHarness.run("run", file.toString(), "--runs", "10", "-q", "--set", removal,
                    "--out", tmp.resolve("never").toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(List.of(file + ":4:79: sites[2].readiness: 1.5 is outside [0, 1]",
                    "rollout: error: the scenario has a problem (above)"), r.err().lines().toList(), removal);
        }
        // a value set before the removal is named as that --set names it, so the path is not repeated
        CliHarness.Result set = CliHarness.run("run", file.toString(), "--runs", "10", "-q", "--set", "sites[2].readiness=2",
                "--set", "sites[0]=null", "--out", tmp.resolve("never").toString());
        assertEquals(List.of("--set sites[2].readiness=2: 2 is outside [0, 1]",
                "rollout: error: the scenario has a problem (above)"), set.err().lines().toList());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void aDashReadsTheScenarioFromStandardInput() throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            String starter = org.rolloutsim.scenarios.ScenarioTemplate.starter();
            System.setIn(new java.io.ByteArrayInputStream(starter.getBytes(StandardCharsets.UTF_8)));
            Path out = tmp.resolve("piped");
            CliHarness.Result r = CliHarness.run("run", "-", "--runs", "30", "-q", "--format", "json",
                    "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(Files.readString(out.resolve("summary.json")).contains("\"completionWeek\""));

            System.setIn(new java.io.ByteArrayInputStream("name: x\nsites: 5\n".getBytes(StandardCharsets.UTF_8)));
            CliHarness.Result bad = CliHarness.run("validate", "-");
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().startsWith("<stdin>:"), bad.err());
            // and the same name when it is valid: "<stdin>: valid", where it read "-: valid"
            System.setIn(new java.io.ByteArrayInputStream(starter.getBytes(StandardCharsets.UTF_8)));
            CliHarness.Result good = CliHarness.run("validate", "-");
            assertEquals(0, good.exitCode(), good.err());
            assertEquals("<stdin>: valid", good.out().strip());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void schemaPrintsTheShippedSchemaAndInitPointsEditorsAtIt() throws Exception {
        CliHarness.Result schema = CliHarness.run("schema");
        assertEquals(0, schema.exitCode());
        String shipped;
        try (java.io.InputStream in = DailyUseTest.class.getResourceAsStream("/schema/rollout-scenario.schema.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, schema.out());
        assertTrue(schema.out().contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\""));
        assertTrue(CliHarness.run("schema", "--markdown").out().startsWith("# Scenario fields"));

        Path file = tmp.resolve("plans/my.yaml");
        CliHarness.Result init = CliHarness.run("init", file.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema=rollout-scenario.schema.json\n"));
        assertEquals(shipped, Files.readString(tmp.resolve("plans/rollout-scenario.schema.json")));
        assertTrue(init.out().contains("rollout-scenario.schema.json (for editors)"), init.out());
        assertEquals(0, CliHarness.run("validate", file.toString()).exitCode());
    }
}
