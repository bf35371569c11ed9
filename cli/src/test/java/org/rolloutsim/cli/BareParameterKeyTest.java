package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model parameter's bare key given to {@code --set} (run, compare, sensitivity) and to sweep's
 * {@code --param} is its path under parameters, as sensitivity's inputs and correlations read it:
 * the results are those of the full path, the command line and run.json keep what was typed, and
 * {@code rerun} makes the result again byte for byte. Both had been refused with a hint to write
 * {@code parameters.testExitShare}.
 */
class BareParameterKeyTest {

    @TempDir
    Path tmp;

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = CliHarness.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a + " and " + b);
    }

    @Test
    void setTakesABareKeyAndRerunMakesTheRunAgain() throws IOException {
        Path bare = tmp.resolve("bare");
        Path full = tmp.resolve("full");
        ok("run", "regional-phased", "--runs", "60", "-q", "--format", "json,csv", "--set", "testExitShare=0.15",
                "--out", bare.toString());
        ok("run", "regional-phased", "--runs", "60", "-q", "--format", "json,csv", "--set",
                "parameters.testExitShare=0.15", "--out", full.toString());
        for (String f : List.of("summary.json", "runs.csv", "weekly.csv", ResultBundle.SCENARIO_FILE)) {
            assertSameBytes(full.resolve(f), bare.resolve(f));
        }
        assertTrue(Files.readString(bare.resolve(ResultBundle.SCENARIO_FILE)).contains("\"testExitShare\":0.15"));
        assertTrue(Files.readString(bare.resolve("run.json")).contains("--set testExitShare=0.15"), "as typed");

        Path again = tmp.resolve("again");
        ok("rerun", bare.toString(), "--out", again.toString(), "-q");
        for (String f : List.of("summary.json", "runs.csv", "weekly.csv", ResultBundle.SCENARIO_FILE)) {
            assertSameBytes(bare.resolve(f), again.resolve(f));
        }
    }

    @Test
    void compareAndSensitivityTakeABareKeyInSet() throws IOException {
        for (String path : List.of("testExitShare", "parameters.testExitShare")) {
            ok("compare", "big-bang-vs-phased", "--runs", "40", "-q", "--format", "json", "--set", path + "=0.15",
                    "--out", tmp.resolve("compare-" + path).toString());
            ok("sensitivity", "regional-phased", "-i", "scopeGrowth", "--runs", "10", "-q", "--format", "json",
                    "--set", path + "=0.15", "--out", tmp.resolve("sensitivity-" + path).toString());
        }
        assertSameBytes(tmp.resolve("compare-parameters.testExitShare/comparison.json"),
                tmp.resolve("compare-testExitShare/comparison.json"));
        assertSameBytes(tmp.resolve("sensitivity-parameters.testExitShare/sensitivity.json"),
                tmp.resolve("sensitivity-testExitShare/sensitivity.json"));
    }

    /**
     * A swept bare key is named by its path wherever the sweep names its inputs (sweep.json, the
     * points' folders, the report, which reads a parameter by its meaning), so the results are those
     * of the full path; run.json keeps each --param as typed, and rerun reads it so again.
     */
    @Test
    void sweepTakesABareKeyAndRerunMakesTheSweepAgain() throws IOException {
        Path bare = tmp.resolve("sweep-bare");
        Path full = tmp.resolve("sweep-full");
        ok("sweep", "regional-phased", "-p", "testExitShare=0.1:0.3:0.2", "--runs", "30", "-q", "--out",
                bare.toString());
        ok("sweep", "regional-phased", "-p", "parameters.testExitShare=0.1:0.3:0.2", "--runs", "30", "-q", "--out",
                full.toString());
        for (String f : List.of("sweep.json", "sweep.csv", "points/parameters.testexitshare-0.1/summary.json",
                "points/parameters.testexitshare-0.3/summary.json", ResultBundle.SCENARIO_FILE)) {
            assertSameBytes(full.resolve(f), bare.resolve(f));
        }
        assertTrue(Files.readString(bare.resolve("sweep.json")).contains("\"parameters.testExitShare\""));
        assertEquals(withoutReproducibility(full), withoutReproducibility(bare));
        JsonNode record = new ObjectMapper().readTree(bare.resolve("run.json").toFile());
        assertEquals("testExitShare=0.1:0.3:0.2", record.at("/sweep/params/0").asText(), "as typed");
        assertEquals("parameters.testExitShare=0.1", record.at("/sweep/points/0/label").asText(), "as read");

        Path again = tmp.resolve("sweep-again");
        ok("rerun", bare.toString(), "--out", again.toString(), "-q");
        for (String f : List.of("sweep.json", "sweep.csv", "points/parameters.testexitshare-0.3/summary.json")) {
            assertSameBytes(bare.resolve(f), again.resolve(f));
        }
    }

    private static String withoutReproducibility(Path folder) throws IOException {
        String html = Files.readString(folder.resolve("report.html"));
        return html.substring(0, html.indexOf("<h2>Reproducibility</h2>")) + html.substring(html.indexOf("<footer>"));
    }

    /** Problems name what was typed and the field it was read as; a misspelt key, the parameter it is closest to. */
    @Test
    void problemsNameTheKeyAsTypedAndAsRead() {
        CliHarness.Result outside = CliHarness.run("run", "--runs", "10", "-q", "--set", "testExitShare=2");
        assertEquals(2, outside.exitCode());
        assertEquals(List.of("--set testExitShare=2: parameters.testExitShare: 2 is outside [0, 1]",
                "rollout: error: the scenario has a problem (above)"), outside.err().lines().toList());
        CliHarness.Result misspelt = CliHarness.run("run", "--runs", "10", "-q", "--set", "testExitShre=0.15");
        assertEquals(2, misspelt.exitCode());
        assertEquals(List.of("--set testExitShre=0.15: unknown field 'testExitShre' in a scenario"
                        + " (did you mean parameters.testExitShare?)",
                "rollout: error: the scenario has a problem (above)"), misspelt.err().lines().toList());
        CliHarness.Result swept = CliHarness.run("sweep", "regional-phased", "-p", "testExitShre=0.1:0.2:0.1",
                "--runs", "10", "-q", "--out", tmp.resolve("never").toString());
        assertEquals(2, swept.exitCode());
        assertTrue(swept.err().startsWith("--param testExitShre=0.1:0.2:0.1, at value 0.1 of its grid: unknown field"
                + " 'testExitShre' in a scenario (did you mean parameters.testExitShare?)"), swept.err());
        CliHarness.Result twice = CliHarness.run("sweep", "regional-phased", "-p", "testExitShare=0.1:0.2:0.1", "-p",
                "parameters.testExitShare=0.1:0.2:0.1", "--runs", "10", "-q");
        assertEquals(2, twice.exitCode());
        assertEquals("rollout: error: --param parameters.testExitShare is given twice; sweep each field once",
                twice.err().strip());
    }
}
