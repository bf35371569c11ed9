package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.random.Distribution;

/** The YAML reader's limits, scalar aliases, and one line per problem whatever the input holds. */
class YamlLimitsTest {

    private static String bundled(String name) throws IOException {
        try (InputStream in = YamlLimitsTest.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LoadResult load(String text) {
        return ScenarioLoader.loadText("test.yaml", text, false, List.of());
    }

    @Test
    void anAliasMayNameAScalar() throws IOException {
        String text = bundled("regional-phased").replaceFirst("(?m)^name: (.*)$", "name: &title $1")
                .replaceFirst("(?m)^description: .*$", "description: *title");
        int first = text.indexOf("readiness: 0.35");
        int second = text.indexOf("readiness: ", first + 1);
        int end = text.indexOf('}', second);
        text = text.substring(0, first) + "readiness: &r 0.4" + text.substring(first + "readiness: 0.35".length(), second)
                + "readiness: *r" + text.substring(end);
        LoadResult r = load(text);
        assertTrue(r.isOk(), r.errorText());
        var sites = r.scenarioSet().scenarios().get(0).scenario().sites();
        assertEquals(Distribution.constant(0.4), sites.get(0).readiness());
        assertEquals(Distribution.constant(0.4), sites.get(1).readiness(), "the alias reads the anchored number");
    }

    @Test
    void longValuesAndLinesAreRefusedQuicklyWithAClearMessage() {
        String scenarioHead = "name: x\ndescription: ";
        // a guard against a reader that slows down with the square of a line's length (minutes on
        // 4 MB), not a speed test: it takes well under a second, and 5 s failed once on a loaded machine
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            LoadResult longLine = load(scenarioHead + "y".repeat(4 * 1024 * 1024) + "\n");
            assertFalse(longLine.isOk());
            assertTrue(longLine.errorText().contains("test.yaml:2:20001: line 2 has 4194317 characters, more than the limit"),
                    longLine.errorText());
            StringBuilder folded = new StringBuilder(scenarioHead).append(">\n");
            for (int i = 0; i < 40_000; i++) {
                folded.append("  ").append("word ".repeat(20)).append('\n');
            }
            LoadResult longValue = load(folded.toString());
            assertFalse(longValue.isOk());
            assertTrue(longValue.errorText().contains("characters is longer than the limit of 100000"),
                    longValue.errorText());
        });
    }

    @Test
    void everyProblemStaysOnOneLineWhateverTheIdsHold() throws IOException {
        String text = bundled("regional-phased").replaceFirst("(?m)^(\\s+- \\{id: )(\\w+),", "$1\"bad\\\\nid\\\\u0007\",");
        LoadResult r = load(text);
        assertFalse(r.isOk());
        for (ScenarioError e : r.errors()) {
            assertFalse(e.toString().contains("\n") || e.toString().contains("\u0007"), e.toString());
        }
        assertTrue(r.errorText().contains("bad\\nid\\u0007"), r.errorText());
    }
}
