package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
