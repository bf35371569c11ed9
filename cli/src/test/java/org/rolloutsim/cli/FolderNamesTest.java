package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FolderNamesTest {

    @Test
    void hostileNamesBecomePlainFolderNames() {
        for (String hostile : List.of(".", "..", "../..", "/", "a/../../b", "..\\x", ".hidden", "", "   ", "---")) {
            String name = FolderNames.sanitize(hostile);
            assertTrue(name.matches("[a-z0-9_][a-z0-9._-]*[a-z0-9_]|[a-z0-9_]"), hostile + " -> " + name);
            assertNotEquals(".", name);
            assertNotEquals("..", name);
        }
        assertEquals("con-scenario", FolderNames.sanitize("CON"));
        assertEquals("nul-txt-scenario", FolderNames.sanitize("nul.txt"));
        assertEquals("phased-roll-out", FolderNames.sanitize("Phased roll-out!"));
    }

    @Test
    void namesNeverTakeTheComparisonsOwnFiles() {
        FolderNames names = new FolderNames(CompareCommand.OWN_FILES);
        assertEquals("comparison.json-2", names.claim("comparison.json"));
        assertEquals("report.html-2", names.claim("Report.HTML"));
        assertEquals("charts-2", names.claim("charts"));
    }

    @Test
    void twoNamesSharingTheirFirst80CharactersGetDistinctFoldersAtOnce() {
        String common = "Phased roll-out with cross-site embedding, strong command centre and funded wellness";
        assertTrue(common.length() > FolderNames.MAX_LENGTH);
        Set<String> seen = new HashSet<>();
        // Before the bound, this spun for ever; 10 s is ample for 200 names on a busy machine.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            FolderNames names = new FolderNames(List.of());
            for (int i = 0; i < 200; i++) {
                String name = names.claim(common + ", variant " + i);
                assertTrue(name.length() <= FolderNames.MAX_LENGTH, name);
                assertTrue(seen.add(name), "distinct: " + name);
            }
        });
        assertTrue(seen.contains("phased-roll-out-with-cross-site-embedding-strong-command-centre-and-funded-wel-2"),
                "the suffix survives the length limit");
    }

    @Test
    void repeatedDisplayNamesAreNumberedWithinABound() {
        List<org.rolloutsim.scenarios.NamedScenario> named = new java.util.ArrayList<>();
        var scenario = org.rolloutsim.scenarios.ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0);
        for (String n : List.of("A", "A", "A (2)", "A")) {
            named.add(scenario.withName(n));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CompareCommand.uniqueNames(named));
        assertEquals(List.of("A", "A (2)", "A (2) (2)", "A (3)"),
                named.stream().map(org.rolloutsim.scenarios.NamedScenario::name).toList());
    }
}
