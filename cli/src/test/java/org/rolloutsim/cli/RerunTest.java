package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollout rerun} through the command line: results of run, compare, sweep and sensitivity, made again
 * from their folders or from a report.html alone, byte for byte; the reports differ only in their
 * reproducibility block; damaged input fails with exit 2 and one line.
 */
class RerunTest {
    /** A description that would end a script element early were it not escaped. */
    private static final String HOSTILE = "Ends </script><b>early</b> & \"quotes\"";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void makeResults() throws IOException {
        InputStream stdin = System.in;
        try {
            // from standard input, with --set and --mitigated, which only the folder can remember
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(scenarioFile())));
            ok(CliHarness.run("run", "-", "--runs", "150", "-q", "--mitigated", "--threads", "3", "--confidence", "P90",
                    "--set", "strategy.waves=4", "--set", "description=" + HOSTILE, "--out", dir("run")));
        } finally {
            System.setIn(stdin);
        }
        ok(CliHarness.run("compare", "big-bang-vs-phased", "--runs", "80", "-q", "--set", "practices.testCycles=2",
                "--out", dir("compare")));
        ok(CliHarness.run("sweep", "regional-phased", "--param", "strategy.waves=4:6:2", "--runs", "40", "-q",
                "--set", "governance.customizationApproval=0.3", "--out", dir("sweep")));
        // a parameter's bare key, kept in run.json by its column name; --mitigated and --set only the folder remembers
        ok(CliHarness.run("sensitivity", "regional-phased", "--inputs", "effortPerWorkflow,scopeGrowth", "--runs", "20",
                "-q", "--mitigated", "--seed", "11", "--set", "strategy.waves=4", "--format", "html,json,svg",
                "--out", dir("sensitivity")));
    }

    private static Path scenarioFile() throws IOException {
        Path file = tmp.resolve("starter.yaml");
        ok(CliHarness.run("init", file.toString()));
        return file;
    }

    private static String dir(String name) {
        return tmp.resolve(name).toString();
    }

    private static void ok(CliHarness.Result r) {
        assertEquals(0, r.exitCode(), r.err());
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a + " and " + b);
    }

    /** A report without its reproducibility block, the last block before the footer. */
    private static String withoutReproducibility(Path report) throws IOException {
        String html = Files.readString(report);
        int start = html.indexOf("<h2>Reproducibility</h2>");
        int end = html.indexOf("<footer>");
        assertTrue(start > 0 && end > start, report + " has its reproducibility block before the footer");
        return html.substring(0, start) + html.substring(end);
    }

    private static void assertReportDiffersOnlyInReproducibility(Path original, Path rerun) throws IOException {
        assertEquals(withoutReproducibility(original), withoutReproducibility(rerun), rerun.toString());
        String block = Files.readString(rerun);
        assertTrue(block.contains("<h3>Reproduced with</h3>"), "the rerun report says how it was reproduced");
        assertFalse(Files.readString(original).contains("<h3>Reproduced with</h3>"));
    }

    @Test
    void aRunIsReproducedByteForByteOnAnotherThreadCount() throws IOException {
        Path rerun = tmp.resolve("run-again");
        ok(CliHarness.run("rerun", dir("run"), "--out", rerun.toString(), "-q", "--threads", "1"));
        for (String f : List.of("summary.json", "runs.csv", "weekly.csv", ResultBundle.SCENARIO_FILE)) {
            assertSameBytes(tmp.resolve("run").resolve(f), rerun.resolve(f));
        }
        assertReportDiffersOnlyInReproducibility(tmp.resolve("run/report.html"), rerun.resolve("report.html"));
        String runJson = Files.readString(tmp.resolve("run/run.json"));
        assertTrue(runJson.contains("\"mitigated\": true"), runJson);
        assertTrue(runJson.contains("\"sampling\": \"random\""), runJson);
        assertTrue(runJson.contains("\"confidence\": 0.9"), runJson);
        assertTrue(runJson.contains("\"commandLine\": \"rollout run - --runs 150"), runJson);
        // the rerun keeps the command that defined the result and adds its own
        String again = Files.readString(rerun.resolve("run.json"));
        assertEquals(runJson.replace("\"rerunCommandLine\": null", ""),
                again.replaceFirst("\"rerunCommandLine\": \"rollout rerun [^\"]*\"", ""));
    }

    @Test
    void theCanonicalScenarioIsTheOneSimulatedAndItsSha256IsTheContentHash() throws Exception {
        String canonical = Files.readString(tmp.resolve("run").resolve(ResultBundle.SCENARIO_FILE));
        assertTrue(canonical.contains("\"waves\":4"), "the --set is in the scenario kept");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.readString(tmp.resolve("run/summary.json")).contains("\"contentHash\": \"" + sha + "\""));
    }

    @Test
    void aComparisonAndEachOfItsVariantsAreReproducedByteForByte() throws IOException {
        Path compare = tmp.resolve("compare");
        Path rerun = tmp.resolve("compare-again");
        ok(CliHarness.run("rerun", compare.toString(), "--out", rerun.toString(), "-q"));
        assertSameBytes(compare.resolve("comparison.json"), rerun.resolve("comparison.json"));
        assertReportDiffersOnlyInReproducibility(compare.resolve("report.html"), rerun.resolve("report.html"));
        for (String variant : List.of("phased", "big-bang", "phased-with-embedding")) {
            for (String f : List.of("summary.json", "runs.csv", "weekly.csv", ResultBundle.SCENARIO_FILE)) {
                assertSameBytes(compare.resolve(variant).resolve(f), rerun.resolve(variant).resolve(f));
            }
            assertReportDiffersOnlyInReproducibility(compare.resolve(variant).resolve("report.html"),
                    rerun.resolve(variant).resolve("report.html"));
        }
        // one variant's folder on its own is a result too
        Path variant = tmp.resolve("variant-again");
        ok(CliHarness.run("rerun", compare.resolve("big-bang").toString(), "--out", variant.toString(), "-q"));
        for (String f : List.of("summary.json", "runs.csv", "weekly.csv")) {
            assertSameBytes(compare.resolve("big-bang").resolve(f), variant.resolve(f));
        }
    }

    @Test
    void aSweepIsReproducedByteForByte() throws IOException {
        Path sweep = tmp.resolve("sweep");
        Path rerun = tmp.resolve("sweep-again");
        ok(CliHarness.run("rerun", sweep.toString(), "--out", rerun.toString(), "-q"));
        for (String f : List.of("sweep.json", "sweep.csv", "points/strategy.waves-4/summary.json",
                "points/strategy.waves-6/summary.json", ResultBundle.SCENARIO_FILE)) {
            assertSameBytes(sweep.resolve(f), rerun.resolve(f));
        }
        assertReportDiffersOnlyInReproducibility(sweep.resolve("report.html"), rerun.resolve("report.html"));
        assertTrue(Files.readString(sweep.resolve(ResultBundle.SCENARIO_FILE)).contains("\"customizationApproval\":0.3"),
                "the base keeps --set");
    }

    @Test
    void aSensitivityStudyIsReproducedByteForByteOnAnotherThreadCount() throws IOException {
        Path study = tmp.resolve("sensitivity");
        Path rerun = tmp.resolve("sensitivity-again");
        ok(CliHarness.run("rerun", study.toString(), "--out", rerun.toString(), "-q", "--threads", "1"));
        for (String f : List.of("sensitivity.json", ResultBundle.SCENARIO_FILE, "charts/sobol-completion-week.svg")) {
            assertSameBytes(study.resolve(f), rerun.resolve(f));
        }
        assertReportDiffersOnlyInReproducibility(study.resolve("report.html"), rerun.resolve("report.html"));
        String runJson = Files.readString(study.resolve("run.json"));
        for (String field : List.of("\"command\": \"sensitivity\"", "\"runs\": 20,", "\"seed\": 11,",
                "\"mitigated\": true", "\"sampling\": \"saltelli\"", "\"confidence\": 0.95",
                "\"formats\": [\n    \"html\",\n    \"json\",\n    \"svg\"\n  ]",
                "\"inputs\": [\n      \"effortPerWorkflow\",\n      \"scopeGrowth\"\n    ]",
                "\"commandLine\": \"rollout sensitivity regional-phased --inputs effortPerWorkflow,scopeGrowth")) {
            assertTrue(runJson.contains(field), field + " in " + runJson);
        }
        assertTrue(Files.readString(study.resolve(ResultBundle.SCENARIO_FILE)).contains("\"waves\":4"),
                "the --set is in the scenario kept");
        String again = Files.readString(rerun.resolve("run.json"));
        assertEquals(runJson.replace("\"rerunCommandLine\": null", ""),
                again.replaceFirst("\"rerunCommandLine\": \"rollout rerun [^\"]*\"", ""));
    }

    @Test
    void aSensitivityRerunUsesTheRecordedMitigationInputsAndRows() throws IOException {
        // regional-phased has no mitigations: a scenario with one, so that --mitigated changes the numbers
        ok(CliHarness.run("sensitivity", "academic-homegrown", "--inputs", "effortPerWorkflow,scopeGrowth", "--runs",
                "10", "-q", "--mitigated", "--format", "json", "--out", dir("mitigated-study")));
        String runJson = Files.readString(tmp.resolve("mitigated-study/run.json"));
        byte[] original = Files.readAllBytes(tmp.resolve("mitigated-study/sensitivity.json"));
        // each recorded option changed on its own gives other indices: the rerun reads each of them
        List<String> changes = List.of(runJson, runJson.replace("\"mitigated\": true", "\"mitigated\": false"),
                runJson.replace("\"scopeGrowth\"\n", "\"learningRate\"\n"),
                runJson.replace("\"runs\": 10,", "\"runs\": 11,"));
        for (int i = 0; i < changes.size(); i++) {
            Path copy = copyOf("mitigated-study", "mitigated-changed-" + i);
            Files.writeString(copy.resolve("run.json"), changes.get(i));
            Path out = tmp.resolve("mitigated-changed-out-" + i);
            ok(CliHarness.run("rerun", copy.toString(), "--out", out.toString(), "-q"));
            boolean same = java.util.Arrays.equals(original, Files.readAllBytes(out.resolve("sensitivity.json")));
            assertEquals(i == 0, same, changes.get(i));
        }
    }

    @Test
    void aDamagedSensitivityBlockFailsWithExitTwoAndOneClearLine() throws IOException {
        String good = Files.readString(tmp.resolve("sensitivity/run.json"));
        List<String[]> damages = List.of(
                new String[] {good.replace("\"scopeGrowth\"\n", "\"scopeGrowht\"\n"),
                    "sensitivity.inputs: 'scopeGrowht' is not an input of any scenario (did you mean scopeGrowth?)"},
                new String[] {good.replace("\"scopeGrowth\"\n", "\"effortPerWorkflow\"\n"),
                    "sensitivity.inputs[1]: 'effortPerWorkflow' is named twice"},
                new String[] {good.replaceFirst("\"sensitivity\": \\{[^}]*\\}", "\"sensitivity\": null"),
                    "sensitivity: a sensitivity study needs its inputs"},
                new String[] {good.replaceFirst("\"inputs\": \\[[^\\]]*\\]", "\"inputs\": {}"),
                    "sensitivity.inputs: expected a list"},
                new String[] {good.replace("\"runs\": 20,", "\"runs\": 1,"), "runs must be at least 2"},
                new String[] {good.replace("\"svg\"\n", "\"csv\"\n"), "a sensitivity study writes html, json"},
                new String[] {good.replace("\"sampling\": \"saltelli\"", "\"sampling\": \"lhs\""),
                    "sampling: a sensitivity study samples 'saltelli'"});
        int i = 0;
        for (String[] damage : damages) {
            assertNotEquals(good, damage[0], damage[1]);
            Path broken = copyOf("sensitivity", "broken-sensitivity-" + i);
            Files.writeString(broken.resolve("run.json"), damage[0]);
            Path never = tmp.resolve("never-sensitivity-" + i++);
            CliHarness.Result r = CliHarness.run("rerun", broken.toString(), "--out", never.toString(), "-q");
            assertEquals(ExitCode.BAD_INPUT, r.exitCode(), damage[1] + ": " + r.err());
            assertTrue(r.err().contains(damage[1]), r.err());
            assertTrue(r.err().contains(broken.toString()), "names the result: " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(never), "nothing written");
        }
    }

    @Test
    void aReportAloneIsEnoughToRerunIt() throws IOException {
        for (String result : List.of("run", "compare", "sweep", "sensitivity")) {
            Path alone = Files.createDirectories(tmp.resolve("mailed-" + result)).resolve("report.html");
            Files.copy(tmp.resolve(result).resolve("report.html"), alone);
            Path rerun = tmp.resolve("from-report-" + result);
            ok(CliHarness.run("rerun", alone.toString(), "--out", rerun.toString(), "-q"));
            assertReportDiffersOnlyInReproducibility(tmp.resolve(result).resolve("report.html"),
                    rerun.resolve("report.html"));
        }
        assertSameBytes(tmp.resolve("run/summary.json"), tmp.resolve("from-report-run/summary.json"));
        assertSameBytes(tmp.resolve("run/runs.csv"), tmp.resolve("from-report-run/runs.csv"));
        assertSameBytes(tmp.resolve("run/weekly.csv"), tmp.resolve("from-report-run/weekly.csv"));
        assertSameBytes(tmp.resolve("compare/comparison.json"), tmp.resolve("from-report-compare/comparison.json"));
        assertSameBytes(tmp.resolve("compare/phased/runs.csv"), tmp.resolve("from-report-compare/phased/runs.csv"));
        assertSameBytes(tmp.resolve("sweep/sweep.json"), tmp.resolve("from-report-sweep/sweep.json"));
        assertSameBytes(tmp.resolve("sensitivity/sensitivity.json"),
                tmp.resolve("from-report-sensitivity/sensitivity.json"));
        // the study's report carries its folder's run.json and scenario exactly
        java.util.Map<String, String> carried = org.rolloutsim.report.html.EmbeddedFiles.read(
                Files.readString(tmp.resolve("sensitivity/report.html")));
        assertEquals(List.of(RunRecord.FILE, ResultBundle.SCENARIO_FILE), List.copyOf(carried.keySet()));
        assertEquals(Files.readString(tmp.resolve("sensitivity/run.json")), carried.get(RunRecord.FILE));
        assertEquals(Files.readString(tmp.resolve("sensitivity").resolve(ResultBundle.SCENARIO_FILE)),
                carried.get(ResultBundle.SCENARIO_FILE));
        // the description that tries to end the script element survived inside it
        String report = Files.readString(tmp.resolve("run/report.html"));
        Matcher scenario = Pattern.compile("id=\"rollout-file:scenario.canonical.json\">([^<]*)</script>").matcher(report);
        assertTrue(scenario.find(), "the report carries its scenario");
        assertTrue(scenario.group(1).contains("Ends \\u003c/script\\u003e"), scenario.group(1));
    }

    @Test
    void withoutOutTheRerunGoesBesideTheResultAndNeverOverwritesIt() throws IOException {
        Path original = tmp.resolve("compare");
        byte[] before = Files.readAllBytes(original.resolve("phased/summary.json"));
        CliHarness.Result first = CliHarness.run("rerun", original.resolve("phased").toString(), "-q");
        ok(first);
        Path beside = tmp.resolve("compare-phased-rerun");
        assertTrue(Files.isRegularFile(beside.resolve("summary.json")), "a variant's rerun goes beside the comparison");
        assertFalse(Files.exists(original.resolve("phased-rerun")), "nothing is written inside a result");
        assertArrayEquals(before, Files.readAllBytes(original.resolve("phased/summary.json")));
        // again: the earlier rerun is replaced, saying so
        CliHarness.Result second = CliHarness.run("rerun", original.resolve("phased").toString(), "-q");
        ok(second);
        assertTrue(second.err().contains("replacing the earlier results in"), second.err());
        // a report on its own: beside it
        Path lone = Files.createDirectories(tmp.resolve("inbox")).resolve("board.html");
        Files.copy(tmp.resolve("run/report.html"), lone);
        ok(CliHarness.run("rerun", lone.toString(), "-q"));
        assertTrue(Files.isRegularFile(tmp.resolve("inbox/board-rerun/summary.json")));
        // --out naming results needs --force, as everywhere
        CliHarness.Result taken = CliHarness.run("rerun", dir("run"), "--out", dir("sweep"), "-q");
        assertEquals(ExitCode.BAD_INPUT, taken.exitCode());
        assertTrue(taken.err().contains("--force"), taken.err());
    }

    @Test
    void aDamagedRunJsonFailsWithExitTwoAndOneClearLine() throws IOException {
        String good = Files.readString(tmp.resolve("run/run.json"));
        List<String[]> damages = List.of(
                new String[] {good.substring(0, good.length() / 2), "is not valid JSON (line"},
                new String[] {good.replace("\"seed\": 20261125", "\"seed\": \"x\""), "seed: expected a whole number"},
                new String[] {good.replace("\"runs\": 150,", ""), "runs: missing"},
                new String[] {good.replace("\"format\": 1", "\"format\": 7"), "format: layout 7"},
                new String[] {good.replace("\"file\": \"scenario.canonical.json\"", "\"file\": \"../../etc/passwd\""),
                    "is not a file inside the result folder"},
                new String[] {good.replace("\"sampling\": \"random\"", "\"sampling\": \"sobol\""), "samples only 'random'"},
                new String[] {"[]", "expected a JSON object"});
        int i = 0;
        for (String[] damage : damages) {
            Path broken = copyOfRun("broken-" + i++);
            Files.writeString(broken.resolve("run.json"), damage[0]);
            CliHarness.Result r = CliHarness.run("rerun", broken.toString(), "--out", dir("never-" + i), "-q");
            assertEquals(ExitCode.BAD_INPUT, r.exitCode(), damage[1] + ": " + r.err());
            assertTrue(r.err().contains(damage[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(tmp.resolve("never-" + i)), "nothing written");
        }
    }

    @Test
    void aChangedScenarioOrMissingFileIsRefused() throws IOException {
        Path changed = copyOfRun("changed");
        Path scenario = changed.resolve(ResultBundle.SCENARIO_FILE);
        Files.writeString(scenario, Files.readString(scenario).replace("\"waves\":4", "\"waves\":3"));
        CliHarness.Result r = CliHarness.run("rerun", changed.toString(), "--out", dir("changed-out"), "-q");
        assertEquals(ExitCode.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("does not match the content hash"), r.err());
        Files.delete(scenario);
        r = CliHarness.run("rerun", changed.toString(), "--out", dir("changed-out"), "-q");
        assertEquals(ExitCode.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("is missing"), r.err());
        Path notAReport = Files.writeString(tmp.resolve("page.html"), "<html><body>hello</body></html>");
        r = CliHarness.run("rerun", notAReport.toString(), "-q");
        assertEquals(ExitCode.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("carries no run settings"), r.err());
    }

    @Test
    void anotherToolVersionIsRefusedUnlessAllowedAndThenWarned() throws IOException {
        Path other = copyOfRun("other-version");
        String json = Files.readString(other.resolve("run.json"));
        Files.writeString(other.resolve("run.json"),
                json.replaceFirst("\"toolVersion\": \"[^\"]*\"", "\"toolVersion\": \"0.0.1 (commit abcdef0)\""));
        CliHarness.Result refused = CliHarness.run("rerun", other.toString(), "--out", dir("other-out"), "-q");
        assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("--allow-other-version"), refused.err());
        CliHarness.Result allowed = CliHarness.run("rerun", other.toString(), "--out", dir("other-out"), "-q",
                "--allow-other-version");
        ok(allowed);
        assertTrue(allowed.err().contains("warning: rerunning with rollout-sim"), allowed.err());
        assertNotEquals(json, Files.readString(tmp.resolve("other-out/run.json")));
        assertTrue(Files.readString(tmp.resolve("other-out/run.json")).contains(BuildVersion.describe()),
                "the rerun's run.json names the version that wrote it");
    }

    /** A copy of the run's folder to damage, keeping the original intact for the other tests. */
    private static Path copyOfRun(String name) throws IOException {
        return copyOf("run", name);
    }

    /** A copy of a result folder's files (not its subfolders) to damage. */
    private static Path copyOf(String result, String name) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve(name));
        try (var files = Files.list(tmp.resolve(result))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
