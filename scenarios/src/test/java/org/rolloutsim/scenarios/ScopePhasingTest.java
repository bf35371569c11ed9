package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.scenario.Strategy;

/** A site may go live in several waves when each brings other modules live (phased scope). */
class ScopePhasingTest {
    @TempDir
    Path tmp;

    private static final String HEAD = "name: Scope\nteam: {staff: {fte: 10, weeklyCost: 2000}}\n"
            + "modules: [{id: a, workflows: 50}, {id: b, workflows: 50}]\n"
            + "sites: [{id: s1, users: 1000}, {id: s2, users: 500}]\n"
            + "strategy:\n  kind: waves\n  waves:\n";

    private LoadResult load(String waves) throws IOException {
        Path file = tmp.resolve("scope.yaml");
        Files.writeString(file, HEAD + waves);
        return ScenarioLoader.load(file);
    }

    @Test
    void aSiteMayBringDifferentModulesLiveInDifferentWaves() throws IOException {
        LoadResult r = load("    - {id: first, sites: [s1], modules: [a], goLiveWeek: 80}\n"
                + "    - {id: second, sites: [s2], goLiveWeek: 100}\n"
                + "    - {id: third, sites: [s1], modules: [b], goLiveWeek: 120}\n");
        assertTrue(r.isOk(), r.errorText());
        Strategy.ExplicitWaves waves = (Strategy.ExplicitWaves) r.scenarioSet().scenarios().get(0).scenario().strategy();
        assertEquals(List.of("b"), waves.waves().get(2).modules());
    }

    @Test
    void theSameModuleOfTheSameSiteTwiceIsAnError() throws IOException {
        LoadResult r = load("    - {id: first, sites: [s1], modules: [a], goLiveWeek: 80}\n"
                + "    - {id: second, sites: [s2, s1], goLiveWeek: 100}\n");
        assertEquals(1, r.errors().size(), r.errorText());
        ScenarioError e = r.errors().get(0);
        assertEquals("strategy.waves[1].sites[1]", e.path());
        assertEquals(9, e.line());
        assertTrue(e.message().contains("module a is in both"), e.message());
    }
}
