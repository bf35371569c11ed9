package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options that cannot do what they say are refused with one line and exit 2, before any run. */
class UsageErrorsTest {

    @TempDir
    Path tmp;

    /** Before, {@code --max-runs} without {@code --precision} was silently ignored: --runs 100 made 100. */
    @Test
    void maxRunsWithoutPrecisionIsAUsageError() {
        for (String command : new String[] {"run", "compare"}) {
            String scenario = command.equals("run") ? "regional-phased" : "big-bang-vs-phased";
            Path out = tmp.resolve(command);
            CliHarness.Result r = CliHarness.run(command, scenario, "--runs", "100", "--max-runs", "50", "-q",
                    "--out", out.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals("rollout: error: --max-runs works only with --precision (it caps the runs --precision adds):"
                    + " give --precision P, or leave --max-runs out and give the count with --runs", r.err().trim());
            assertFalse(Files.exists(out), "nothing is written");
        }
    }

    /**
     * picocli's "'1e3' is not an int" said plainly, in one line, naming the option; and digits too many
     * for the option's type are a whole number too large, not "not a whole number".
     */
    @Test
    void aValueOfTheWrongTypeIsOnePlainLine() {
        String[][] cases = {
            {"--runs", "1e3", "--runs: '1e3' is not a whole number"},
            {"--seed", "abc", "--seed: 'abc' is not a whole number"},
            // a whole number, too large for the option: it had been called no whole number
            {"--runs", "99999999999", "--runs: '99999999999' is too large"},
            {"--seed", "-99999999999999999999", "--seed: '-99999999999999999999' is too far below zero"},
            {"--precision", "abc", "--precision: 'abc' is not a number"}};
        for (String[] c : cases) {
            CliHarness.Result r = CliHarness.run("run", "regional-phased", c[0], c[1], "-q",
                    "--out", tmp.resolve("typed").toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals("rollout: error: " + c[2] + System.lineSeparator(), r.err());
        }
    }

    /**
     * In a variants file a --set is applied to every variant; its problems name the --set and the
     * variants, not "variants.big-bang.practices.testCycles", a path the user never wrote, and the
     * same problem in every variant is said once (it was repeated once per variant).
     */
    @Test
    void aBadSetInCompareNamesTheSetAndTheVariant() {
        CliHarness.Result r = CliHarness.run("compare", "big-bang-vs-phased", "--set", "practices.testCycles=99",
                "--runs", "10", "-q", "--out", tmp.resolve("cmp").toString());
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("--set practices.testCycles=99 (in variants phased, big-bang and phased-with-embedding): 99 is"
                + " outside [0, 50]", lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("--set")).count(), "said once: " + r.err());
        assertEquals("rollout: error: the scenario has a problem (above)", lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("variants.")), r.err());
    }
}
