package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Strategy;

class BundledScenariosTest {

    @Test
    void everyBundledScenarioLoadsAndValidates() {
        List<BundledScenario> bundled = ScenarioLoader.bundled();
        assertEquals(List.of("regional-phased", "regional-big-bang", "big-bang-vs-phased", "academic-homegrown",
                "enterprise"), bundled.stream().map(BundledScenario::name).toList());
        for (BundledScenario b : bundled) {
            LoadResult result = ScenarioLoader.loadBundled(b.name());
            assertTrue(result.isOk(), () -> b.name() + ":\n" + result.errorText());
            assertFalse(b.description().isBlank(), b.name() + " has a description");
            assertFalse(b.description().contains("\n"), b.name() + " description is one line");
            assertEquals(b.variants(), result.scenarioSet().isVariants());
        }
    }

    @Test
    void regionalPhasedHasTwelveSitesInSixWaves() {
        Scenario s = only("regional-phased");
        assertEquals(12, s.sites().size());
        Strategy.Phased phased = assertInstanceOf(Strategy.Phased.class, s.strategy());
        assertEquals(6, phased.waves());
        assertEquals(4.8e8, s.program().budget().getAsDouble());
    }

    @Test
    void regionalBigBangHasTheSameSitesInOneWave() {
        Scenario phased = only("regional-phased");
        Scenario bigBang = only("regional-big-bang");
        assertEquals(phased.sites(), bigBang.sites());
        assertInstanceOf(Strategy.BigBang.class, bigBang.strategy());
    }

    @Test
    void enterpriseHasAboutOneHundredFiftySitesInAboutTwentyFourWaves() {
        Scenario s = only("enterprise");
        assertEquals(150, s.sites().size());
        assertEquals(24, ((Strategy.Phased) s.strategy()).waves());
    }

    @Test
    void bigBangVsPhasedHoldsThreeVariantsInFileOrder() {
        ScenarioSet set = ScenarioLoader.loadBundled("big-bang-vs-phased").scenarioSet();
        assertTrue(set.isVariants());
        assertEquals(List.of("phased", "big-bang", "phased-with-embedding"),
                set.scenarios().stream().map(NamedScenario::name).toList());
        Scenario phased = set.scenarios().get(0).scenario();
        Scenario bigBang = set.scenarios().get(1).scenario();
        Scenario embedded = set.scenarios().get(2).scenario();
        assertInstanceOf(Strategy.Phased.class, phased.strategy());
        assertEquals(new Strategy.BigBang(160, Strategy.DEFAULT_MIN_GAP_WEEKS), bigBang.strategy());
        assertFalse(phased.practices().crossSiteEmbedding());
        assertTrue(embedded.practices().crossSiteEmbedding());
        // The untouched variant is the base itself: same sites, team, risks.
        Scenario base = only("regional-phased");
        assertEquals(base.sites(), phased.sites());
        assertEquals(base.risks(), bigBang.risks());
        assertEquals(set.scenarios().get(0).contentHash(),
                ScenarioLoader.loadBundled("regional-phased").scenarioSet().scenarios().get(0).contentHash());
    }

    @Test
    void starterTemplateValidates() {
        LoadResult result = ScenarioLoader.loadText("starter.yaml", ScenarioTemplate.starter(), false, List.of());
        assertTrue(result.isOk(), result::errorText);
    }

    private static Scenario only(String name) {
        LoadResult result = ScenarioLoader.loadBundled(name);
        assertTrue(result.isOk(), result::errorText);
        assertEquals(1, result.scenarioSet().scenarios().size());
        return result.scenarioSet().scenarios().get(0).scenario();
    }
}
