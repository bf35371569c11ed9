package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A variant's report describes the variant: with its own description, or as a variant of its file. */
class VariantDescriptionTest {

    @Test
    void aVariantNeverPassesOffTheBasesDescriptionAsItsOwn() {
        ScenarioSet set = ScenarioLoader.loadBundled("big-bang-vs-phased").scenarioSet();
        List<String> descriptions = set.scenarios().stream().map(s -> s.scenario().description()).toList();
        assertEquals("Variant \u201cphased\u201d of \u201cBig bang vs phased\u201d.", descriptions.get(0),
                "no description of its own");
        assertEquals("All twelve hospitals and clinics go live together in week 160, after 140 weeks of preparation.",
                descriptions.get(1));
        assertEquals("big-bang", set.scenarios().get(1).scenario().name(), "named by its id");
    }

    @Test
    void aVariantThatNamesItselfIsComparedUnderThatName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String longName = "Phased roll-out in six waves with cross-site embedding of go-live leaders at each site";
        java.nio.file.Path file = dir.resolve("long.yaml");
        java.nio.file.Files.writeString(file, "name: Long names\nbase: regional-phased\nvariants:\n"
                + "  phased: {}\n  embedding:\n    name: " + longName + "\n    practices: {crossSiteEmbedding: true}\n");
        LoadResult loaded = ScenarioLoader.load(file);
        assertEquals(List.of("phased", longName), loaded.scenarioSet().scenarios().stream().map(NamedScenario::name).toList());
        assertEquals("Variant \u201cembedding\u201d of \u201cLong names\u201d.",
                loaded.scenarioSet().scenarios().get(1).scenario().description());
    }
}
