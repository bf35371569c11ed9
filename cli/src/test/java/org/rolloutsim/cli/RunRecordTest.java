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
                        new RunRecord.SweepGrid.Point("a=0.5", HASH), new RunRecord.SweepGrid.Point("a=1", HASH))),
                null);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        RunRecord written = sweep();
        assertEquals(written, RunRecord.parse(written.toJson(), "run.json"));
        RunRecord precise = new RunRecord("compare", "v", "rollout compare a b --precision 0.01", "rollout rerun out",
                1L, 12_345, new RunRecord.Precision(0.01, 500_000), false, "random", 0.95, List.of("pdf"), "a vs b",
                List.of(new RunRecord.ScenarioEntry("a", "A", "", HASH, "a/scenario.canonical.json"),
                        new RunRecord.ScenarioEntry("b", "B", "", HASH, "b/scenario.canonical.json")), null, null);
        assertEquals(precise, RunRecord.parse(precise.toJson(), "run.json"));
        assertTrue(precise.toJson().endsWith("}\n") && !precise.toJson().contains("\r"), "one newline at the end, no CR");
    }

    private static RunRecord sensitivity() {
        return new RunRecord("sensitivity", "v", "rollout sensitivity x --inputs a,b --runs 20", null, 3L, 20, null,
                true, RunRecord.SALTELLI, 0.95, List.of("html", "json"), null,
                List.of(new RunRecord.ScenarioEntry("x", "X", "", HASH, "scenario.canonical.json")), null,
                new RunRecord.Study(List.of("parameters.a", "sites.north.b")));
    }

    @Test
    void aSensitivityStudyReadsBackWithItsInputs() {
        RunRecord written = sensitivity();
        assertEquals(written, RunRecord.parse(written.toJson(), "run.json"));
        String json = written.toJson();
        assertTrue(json.contains("\"sensitivity\": {\n    \"inputs\": [\n      \"parameters.a\","), json);
        assertTrue(sweep().toJson().contains("\"sensitivity\": null"), "every other result says it has none");
    }

    @Test
    void aDamagedSensitivityBlockNamesItsField() {
        String json = sensitivity().toJson();
        List<String[]> damages = List.of(
                new String[] {json.replace("\"parameters.a\"", "\"sites.north.b\""),
                    "r: sensitivity.inputs[1]: 'sites.north.b' is named twice"},
                new String[] {json.replace("\"parameters.a\"", "7"), "r: sensitivity.inputs[0]: expected an input's name, got 7"},
                new String[] {json.replaceFirst("\"inputs\": \\[[^\\]]*\\]", "\"inputs\": []"),
                    "r: sensitivity.inputs: expected 1 to 20 inputs, got 0"},
                new String[] {json.replaceFirst("\"inputs\": \\[[^\\]]*\\]", "\"inputs\": \"a\""),
                    "r: sensitivity.inputs: expected a list"},
                new String[] {json.replaceFirst("\"sensitivity\": \\{[^}]*\\}", "\"sensitivity\": null"),
                    "r: sensitivity: a sensitivity study needs its inputs"},
                new String[] {json.replaceFirst("\"sensitivity\": \\{[^}]*\\}", "\"sensitivity\": 3"),
                    "r: sensitivity: expected an object or null"},
                new String[] {json.replace("\"command\": \"sensitivity\"", "\"command\": \"run\""),
                    "r: sensitivity: only a sensitivity study has inputs"},
                new String[] {json.replace("\"sampling\": \"saltelli\"", "\"sampling\": \"random\""),
                    "r: sampling: a sensitivity study samples 'saltelli', not 'random'"});
        for (String[] damage : damages) {
            assertTrue(!damage[0].equals(json), "the damage applies: " + damage[1]);
            assertEquals(damage[1], assertThrows(UserInputException.class, () -> RunRecord.parse(damage[0], "r"))
                    .getMessage());
        }
    }

    @Test
    void aRunJsonWrittenBeforeSensitivityStudiesHasNoSuchFieldAndStillReads() {
        String older = sweep().toJson().replace(",\n  \"sensitivity\": null", "");
        assertTrue(!older.contains("sensitivity"), older);
        assertEquals(sweep(), RunRecord.parse(older, "run.json"));
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
