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
}
