package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code correlations:} as a user meets it on the command line: in a file and through {@code --set}. */
class CorrelationsCommandTest {
    @TempDir
    Path tmp;

    private Path starter;
    private String text;
    /** The line a line added at the end of the starter is on. */
    private int added;

    @BeforeEach
    void writeStarter() throws IOException {
        starter = tmp.resolve("starter.yaml");
        assertEquals(0, CliHarness.run("init", starter.toString(), "-q").exitCode());
        text = Files.readString(starter);
        added = (int) text.lines().count() + 1;
    }

    private Path starterWith(String name, String line) throws IOException {
        return Files.writeString(tmp.resolve(name), text + line + "\n");
    }

    private static void assertNoStackTrace(CliHarness.Result r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void anEmptyListOfCorrelationsValidatesAndRuns() throws IOException {
        Path none = starterWith("none.yaml", "correlations: []");
        CliHarness.Result v = CliHarness.run("validate", none.toString());
        assertEquals(0, v.exitCode(), v.err());
        CliHarness.Result set = CliHarness.run("run", starter.toString(), "--set", "correlations=[]", "--runs", "20", "-q",
                "--out", tmp.resolve("set-out").toString());
        assertEquals(0, set.exitCode(), set.err());
    }

    @Test
    void aMatrixOfOneInputIsAnErrorAtItsInputsNotAtTheTopOfTheFile() throws IOException {
        Path one = starterWith("one.yaml", "correlations: {inputs: [testDetection], matrix: [[1]]}");
        CliHarness.Result v = CliHarness.run("validate", one.toString());
        assertEquals(2, v.exitCode(), v.err());
        assertTrue(v.err().contains(one + ":" + added + ":24: correlations.inputs: a matrix correlates at least 2 inputs"),
                v.err());
        assertNoStackTrace(v);

        CliHarness.Result set = CliHarness.run("run", starter.toString(), "--set",
                "correlations={inputs: [testDetection], matrix: [[1]]}", "--runs", "20", "-q",
                "--out", tmp.resolve("never").toString());
        assertEquals(2, set.exitCode(), set.err());
        assertTrue(set.err().contains("correlations.inputs: a matrix correlates at least 2 inputs"), set.err());
        assertFalse(set.err().contains(":1:1"), set.err());
        assertNoStackTrace(set);
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    /**
     * A correlated input that no scenario has is reported with the file's other problems, in the
     * file or through --set; it used to show only once they were fixed.
     */
    @Test
    void anInputNoScenarioHasIsReportedWithTheOtherProblems() throws IOException {
        String broken = text;
        for (String[] change : new String[][] {{"users: 3500", "users: -3"}, {"fte: 60,", "fte: x,"},
                {"probability: 0.3", "probability: 3"}, {"customizationApproval: 0.2 ", "customizationApproval: 2 "}}) {
            assertTrue(broken.contains(change[0]), "the starter has " + change[0]);
            broken = broken.replace(change[0], change[1]);
        }
        Path bad = Files.writeString(tmp.resolve("bad.yaml"),
                broken + "correlations: [{between: [effortPerWorkflow, nosuch], rank: 0.5}]\n");
        CliHarness.Result v = CliHarness.run("validate", bad.toString());
        assertEquals(2, v.exitCode(), v.err());
        List<String> problems = v.err().lines().filter(l -> l.startsWith(bad + ":")).toList();
        assertEquals(5, problems.size(), v.err());
        assertTrue(problems.get(4).startsWith(bad + ":" + added + ":46: correlations[0].between[1]: 'nosuch' is not an"
                + " input of any scenario"), v.err());
        assertNoStackTrace(v);

        Path brokenOnly = Files.writeString(tmp.resolve("broken.yaml"), broken);
        CliHarness.Result set = CliHarness.run("run", brokenOnly.toString(), "--set",
                "correlations=[{between: [effortPerWorkflow, nosuch], rank: 0.5}]", "--runs", "20", "-q",
                "--out", tmp.resolve("never").toString());
        assertEquals(2, set.exitCode(), set.err());
        assertEquals(4, set.err().lines().filter(l -> l.startsWith(brokenOnly + ":")).count(), set.err());
        assertTrue(set.err().contains("--set correlations=[{between: [effortPerWorkflow, nosuch], rank: 0.5}]:"
                + " correlations[0].between[1]: 'nosuch' is not an input of any scenario"), set.err());
        assertNoStackTrace(set);
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
