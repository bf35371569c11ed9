package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** run.json reads back as what was written, and says which field is wrong when it is not. */
class RunRecordTest {
    private static final String HASH = "a".repeat(64);

    private static RunRecord sweep() {
        return new RunRecord("sweep", "1.2.3 (commit abc1234)", "rollout sweep x --param a=0:1:0.5", null, -7L, 40,
                null, true, "random", 0.8, List.of("html", "json"), null,
                List.of(new RunRecord.ScenarioEntry("x", "X", "Ends \u201cquoted\u201d\n", HASH, "scenario.canonical.json")),
                new RunRecord.SweepGrid(List.of("a=0:1:0.5"), List.of(new RunRecord.SweepGrid.Point("a=0", HASH),
                        new RunRecord.SweepGrid.Point("a=0.5", HASH), new RunRecord.SweepGrid.Point("a=1", HASH))));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        RunRecord written = sweep();
        assertEquals(written, RunRecord.parse(written.toJson(), "run.json"));
        RunRecord precise = new RunRecord("compare", "v", "rollout compare a b --precision 0.01", "rollout rerun out",
                1L, 12_345, new RunRecord.Precision(0.01, 500_000), false, "random", 0.95, List.of("pdf"), "a vs b",
                List.of(new RunRecord.ScenarioEntry("a", "A", "", HASH, "a/scenario.canonical.json"),
                        new RunRecord.ScenarioEntry("b", "B", "", HASH, "b/scenario.canonical.json")), null);
        assertEquals(precise, RunRecord.parse(precise.toJson(), "run.json"));
        assertTrue(precise.toJson().endsWith("}\n") && !precise.toJson().contains("\r"), "one newline at the end, no CR");
    }

    @Test
    void problemsNameTheFileAndTheField() {
        String json = sweep().toJson();
        assertEquals("out/run.json: sweep.points[1].contentHash: expected a SHA-256 in hex (64 characters), got 'zz'",
                assertThrows(UserInputException.class, () -> RunRecord.parse(
                        json.replaceFirst("(\"label\": \"a=0.5\",\\s*\"contentHash\": \")a{64}", "$1zz"), "out/run.json"))
                        .getMessage());
        assertEquals("out/run.json: sweep: only a sweep has a grid", assertThrows(UserInputException.class,
                () -> RunRecord.parse(json.replace("\"command\": \"sweep\"", "\"command\": \"run\""), "out/run.json"))
                .getMessage());
        assertTrue(assertThrows(UserInputException.class, () -> RunRecord.parse(json.replace("\"confidence\": 0.8",
                "\"confidence\": 80"), "r")).getMessage().startsWith("r: confidence: must be between 0.5 and 0.99"));
        assertTrue(assertThrows(UserInputException.class, () -> RunRecord.parse(json.replace("\"scenario.canonical.json\"",
                "\"/etc/passwd\""), "r")).getMessage().contains("is not a file inside the result folder"));
    }
}
