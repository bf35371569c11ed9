package org.rolloutsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * sim-core depends on maths libraries only, and never ends the JVM or talks to the console: it is a
 * library the command line, benchmarks and tests all drive. Checked on the sources themselves.
 */
class CoreDependenciesTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> ALLOWED = List.of(
            "java.util.", "java.time.", "java.nio.charset.", "java.nio.ByteBuffer", "java.nio.ByteOrder",
            "java.nio.DoubleBuffer", "java.nio.IntBuffer", "java.lang.",
            "org.apache.commons.math3.", "org.apache.commons.rng.", "org.rolloutsim.");
    /**
     * The two classes allowed files: they spill per-run values (the columns) and a summary's working
     * space to unnamed temporary files so that memory does not grow with the run count. They write
     * no format that anyone else reads.
     */
    private static final List<String> SPILL = List.of("ColumnStore.java", "RunScratch.java");
    private static final List<String> SPILL_ALLOWED = List.of("java.io.IOException", "java.io.UncheckedIOException",
            "java.nio.channels.FileChannel", "java.nio.file.");

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("src/main/java");
        assertTrue(Files.isDirectory(root), "run from the sim-core module directory");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void importsOnlyTheJdkCoreAndMathsLibraries() throws IOException {
        List<String> offending = new ArrayList<>();
        List<Path> sources = mainSources();
        assertTrue(sources.size() > 10, "found the sources");
        for (Path file : sources) {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                boolean spill = SPILL.contains(file.getFileName().toString())
                        && SPILL_ALLOWED.stream().anyMatch(imported::startsWith);
                if (!spill && ALLOWED.stream().noneMatch(imported::startsWith)) {
                    offending.add(file.getFileName() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void neverExitsOrPrints() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : mainSources()) {
            String text = Files.readString(file);
            for (String banned : List.of("System.exit", "System.out", "System.err", "printStackTrace")) {
                if (text.contains(banned)) {
                    offending.add(file.getFileName() + " uses " + banned);
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
