package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of broken files in {@code src/test/resources/broken/}: each must fail to load with
 * errors naming the file and a line, never throw, and finish well under a second. YAML files state
 * what they expect in header comments, {@code # expect: LINE: text} (LINE 0 = any line); the JSON
 * files' expectations are listed here.
 */
class BrokenFilesTest {
    /** Generous for a 2-core machine shared by several builds; a hang or blow-up takes far longer. */
    private static final long TIME_LIMIT_MILLIS = 1000;

    private static final Map<String, List<String>> JSON_EXPECTATIONS = Map.of(
            "malformed.json", List.of("4: JSON syntax"),
            // in plain words, at the start of the token: not Jackson's settings
            "non-numeric.json", List.of("2: non-numeric.json:2:28: JSON syntax: NaN is not a number here"),
            "comment.json", List.of("1: comment.json:1:26: JSON syntax: JSON does not allow comments"),
            "wrong-types.json", List.of("3: modules[0].workflows: expected a whole number of workflows, got the text \"lots\"",
                    "4: sites[0].leadership: 1.4 is outside [0, 1]"));

    @TestFactory
    Stream<DynamicTest> everyBrokenFileFailsWithLocatedErrors() throws IOException, URISyntaxException {
        Path folder = Path.of(BrokenFilesTest.class.getResource("/broken").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        assertTrue(files.size() >= 30, "the corpus has its files");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LoadResult result = ScenarioLoader.load(file);
        long millis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1_000_000;
        assertFalse(result.isOk(), file + " should not load");
        assertTrue(millis < TIME_LIMIT_MILLIS, file + " took " + millis + " ms");
        String report = result.errorText();
        assertTrue(result.errors().stream().anyMatch(e -> e.file().equals(file.toString())),
                "an error names the file:\n" + report);
        for (ScenarioError e : result.errors()) {
            assertTrue(e.line() >= 1 && e.column() >= 1, "located: " + e);
            assertFalse(e.message().isBlank());
            assertFalse(e.message().contains("Feature") || e.message().contains("`"), "no parser internals: " + e);
        }
        for (String expectation : expectations(file)) {
            int colon = expectation.indexOf(':');
            int line = Integer.parseInt(expectation.substring(0, colon).trim());
            String text = expectation.substring(colon + 1).trim();
            assertTrue(result.errors().stream().anyMatch(e -> (line == 0 || e.line() == line)
                            && e.toString().contains(text)),
                    "expected an error at line " + line + " containing '" + text + "', got:\n" + report);
        }
    }

    private static List<String> expectations(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (JSON_EXPECTATIONS.containsKey(name)) {
            return JSON_EXPECTATIONS.get(name);
        }
        List<String> out = new ArrayList<>();
        for (String line : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")) {
            if (line.startsWith("# expect:")) {
                out.add(line.substring("# expect:".length()).trim());
            }
        }
        assertFalse(out.isEmpty(), name + " states what it expects");
        return out;
    }
}
