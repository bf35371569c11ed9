package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.scenarios.LoadResult;

/** What a scenario argument names, with the current directory set to {@code work}. */
class ScenarioResolverTest {
    @TempDir
    Path work;

    @Test
    void aDirectoryNamedLikeABundledScenarioDoesNotHideIt() throws IOException {
        // run regional-phased -o regional-phased: the results folder now has the bundled scenario's name
        Files.createDirectories(work.resolve("regional-phased"));
        LoadResult r = ScenarioResolver.load("regional-phased", List.of(), work);
        assertTrue(r.isOk(), r::errorText);
        assertEquals("bundled:regional-phased.yaml", r.scenarioSet().sourceName());
    }

    @Test
    void anyOtherDirectoryIsStillAClearError() throws IOException {
        Files.createDirectories(work.resolve("results"));
        UserInputException e = assertThrows(UserInputException.class,
                () -> ScenarioResolver.load("results", List.of(), work));
        assertEquals("results is a directory, not a scenario file", e.getMessage());
    }

    @Test
    void aFileNamedLikeABundledScenarioStillWins() throws IOException {
        Files.writeString(work.resolve("regional-phased"), "name: [not, a, scenario]\n");
        LoadResult r = ScenarioResolver.load("regional-phased", List.of(), work);
        assertTrue(r.errorText().contains("name: expected text"), r.errorText());
    }
}
