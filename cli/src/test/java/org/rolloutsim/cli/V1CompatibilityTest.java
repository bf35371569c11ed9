package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check (g) of MODEL.md 11.9: {@code governance.response: none} turns every rule of the v2 model
 * off and restores the v1 defaults. Copies of the bundled scenarios as they were under v1, with
 * that one line added, must give per-run outputs equal, cell by cell, to the runs.csv recorded
 * from the last v1 commit (200 runs, seed 42). The only renamed column: v1's
 * {@code plannedGoLiveWeek} was the baseline, which v2 calls {@code baselineGoLiveWeek}; v2's
 * {@code plannedGoLiveWeek} is the plan in force at go-live.
 */
class V1CompatibilityTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"regional-phased", "regional-big-bang", "academic-homegrown", "enterprise"})
    void responseNoneReproducesTheV1Runs(String name) throws IOException {
        Path scenario = tmp.resolve(name + ".yaml");
        Files.writeString(scenario, resource(name + ".yaml"));
        Path out = tmp.resolve("out");
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "200", "--seed", "42", "--quiet",
                "--format", "csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String[]> golden = rows(resource(name + ".runs.csv"));
        List<String[]> actual = rows(Files.readString(out.resolve("runs.csv")));
        assertEquals(golden.size(), actual.size(), "runs");
        String[] goldenHeader = golden.get(0);
        List<String> header = List.of(actual.get(0));
        for (int c = 0; c < goldenHeader.length; c++) {
            String column = goldenHeader[c].replace("plannedGoLiveWeek", "baselineGoLiveWeek");
            int at = header.indexOf(column);
            for (int row = 1; row < golden.size(); row++) {
                // compared as numbers: runs.csv writes a column's values in one format (3 as 3.0 in a decimal column)
                String expected = golden.get(row)[c];
                String got = at < 0 ? "(no column)" : actual.get(row)[at];
                boolean numbers = expected.matches("-?[0-9.E-]+") && got.matches("-?[0-9.E-]+");
                assertEquals(numbers ? (Object) Double.parseDouble(expected) : expected,
                        numbers ? (Object) Double.parseDouble(got) : got, name + ": run " + (row - 1) + ", " + goldenHeader[c]);
            }
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = V1CompatibilityTest.class.getResourceAsStream("/v1-golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
