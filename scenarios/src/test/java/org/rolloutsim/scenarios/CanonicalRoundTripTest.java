package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON of a scenario is what a result folder keeps so that it can be rerun: loaded
 * back it must be the very scenario that was simulated, with the same content hash.
 */
class CanonicalRoundTripTest {

    @Test
    void everyBundledScenarioAndVariantLoadsBackAsTheSameScenarioWithTheSameHash() {
        for (String name : ScenarioLoader.bundledNames()) {
            for (NamedScenario original : ScenarioLoader.loadBundled(name).scenarioSet().scenarios()) {
                assertEquals(original.contentHash(), CanonicalJson.sha256(original.canonicalJson()),
                        name + "/" + original.name() + ": the hash is the SHA-256 of the canonical text");
                LoadResult back = ScenarioLoader.loadCanonical("canonical", original.canonicalJson(), List.of());
                assertTrue(back.isOk(), name + ": " + back.errorText());
                NamedScenario reloaded = back.scenarioSet().scenarios().get(0);
                assertEquals(original.contentHash(), reloaded.contentHash(), name + "/" + original.name());
                assertEquals(original.canonicalJson(), reloaded.canonicalJson());
                // a variant is shown under its own name; the content is the same scenario
                assertEquals(original.scenario(), reloaded.scenario().withName(original.scenario().name(),
                        original.scenario().description()), name + "/" + original.name());
            }
        }
    }

    @Test
    void overridesAreInTheCanonicalTextAndApplyTheSameWayToIt() {
        List<ScenarioLoader.Override> sets = List.of(new ScenarioLoader.Override("strategy.waves", "4"));
        NamedScenario withSet = ScenarioLoader.loadBundled("regional-phased", sets).scenarioSet().scenarios().get(0);
        NamedScenario plain = ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0);
        assertNotEquals(plain.contentHash(), withSet.contentHash());
        NamedScenario reapplied = ScenarioLoader.loadCanonical("canonical", plain.canonicalJson(), sets)
                .scenarioSet().scenarios().get(0);
        assertEquals(withSet.contentHash(), reapplied.contentHash());
        assertEquals(withSet.scenario(), reapplied.scenario());
    }

    @Test
    void numbersInExponentFormAndYamlSpellingsSurviveTheRoundTrip() {
        String json = ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0).canonicalJson();
        // a YAML 1.1 spelling that canonical JSON writes in exponent form, as Java prints 0.0001
        LoadResult small = ScenarioLoader.loadCanonical("c", json, List.of(new ScenarioLoader.Override(
                "governance.customizationApproval", "1_0.0e-5")));
        assertTrue(small.isOk(), small.errorText());
        NamedScenario once = small.scenarioSet().scenarios().get(0);
        assertTrue(once.canonicalJson().contains("\"customizationApproval\":1.0E-4"), once.canonicalJson());
        NamedScenario twice = ScenarioLoader.loadCanonical("c", once.canonicalJson(), List.of()).scenarioSet()
                .scenarios().get(0);
        assertEquals(once.contentHash(), twice.contentHash());
        assertEquals(once.scenario(), twice.scenario());
    }

    @Test
    void aVariantsFileIsNotACanonicalScenario() {
        LoadResult r = ScenarioLoader.loadCanonical("c", "{\"base\":\"regional-phased\",\"variants\":{\"a\":{}}}",
                List.of());
        assertFalse(r.isOk());
    }
}
