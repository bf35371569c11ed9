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
 * their swing, from the runs themselves: in a small clinic whose horizon cuts a third of its runs
 * short, nearly all of those with the most effort per workflow are unfinished and none of those
 * with the least, so the report marks that driver and gives the shares; with a horizon that lets
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
            """;
    private static final String EFFORT = "\u201cPerson-weeks to build, test and train one workflow\u201d";

    @TempDir
    Path tmp;

    private String report(int horizon) throws IOException {
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        Files.writeString(scenario, TINY.formatted(horizon));
        Path out = tmp.resolve("out-" + horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "1000", "--seed", "7",
                "--format", "html", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return Files.readString(out.resolve("report.html"));
    }

    @Test
    void aDriverWhoseEndsTheHorizonCutsShortUnevenlyIsMarkedWithItsShares() throws IOException {
        String cut = report(71);
        assertTrue(cut.contains("The input that swings both delay and cost the most is " + EFFORT + ". For " + EFFORT
                + ", 82% of the runs with the most of it had not finished by the horizon, against 0% of those with the"
                + " least"), "summary");
        assertTrue(cut.contains("Person-weeks to build, test and train one workflow *"), "the tornado's bar is marked");

        String whole = report(400);
        assertFalse(whole.contains("not finished by the horizon, against"), "every run finished: nothing to mark");
        assertFalse(whole.contains("workflow *"));
        assertTrue(whole.contains("biggest driver of"), "named as before");
    }
}
