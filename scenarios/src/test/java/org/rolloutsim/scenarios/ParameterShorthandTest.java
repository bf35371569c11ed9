package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Parameter;

/**
 * A model parameter's bare key in an override's path ({@code --set testExitShare=0.15}, a swept
 * {@code --param}) is its path under parameters, as correlations and sensitivity inputs read it;
 * they had been refused with a hint to write {@code parameters.testExitShare}.
 */
class ParameterShorthandTest {

    @Test
    void aBareKeyIsItsPathUnderParameters() {
        assertEquals("parameters.testExitShare", ParameterShorthand.path("testExitShare"));
        assertEquals("parameters.legacyEffort.homegrown", ParameterShorthand.path("legacyEffort.homegrown"));
        assertEquals("parameters.legacyEffort", ParameterShorthand.path("legacyEffort"), "a group, set whole");
        // a misspelt member of a group is the group's, where the binder names the members
        assertEquals("parameters.legacyEffort.homegrwn", ParameterShorthand.path("legacyEffort.homegrwn"));
    }

    @Test
    void everyOtherPathIsAsWritten() {
        for (String path : List.of("parameters.testExitShare", "strategy.waves", "sites[0].users",
                "sites.mercy-central.users", "name", "testExitShre", "practices.testCycles", "")) {
            assertEquals(path, ParameterShorthand.path(path));
            assertEquals(Optional.empty(), ParameterShorthand.ambiguity(path), path);
        }
    }

    /** No parameter's key (nor a group's) is a top-level field: no bare key can mean either. */
    @Test
    void noBareKeyIsATopLevelFieldToday() {
        List<String> clashes = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            for (String key : List.of(p.key(), p.key().split("\\.")[0])) {
                if (FieldNames.TOP.contains(key) || ParameterShorthand.ambiguity(key).isPresent()) {
                    clashes.add(key);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** Were a key a top-level field too, it would be refused, naming both readings, and not guessed at. */
    @Test
    void aKeyThatWereAlsoATopLevelFieldIsRefusedNamingBoth() {
        List<String> top = new ArrayList<>(FieldNames.TOP);
        top.add("testExitShare");
        Optional<String> why = ParameterShorthand.ambiguity("testExitShare", top);
        assertEquals(Optional.of("'testExitShare' may be the scenario field testExitShare or the model parameter"
                + " parameters.testExitShare: write parameters.testExitShare for the parameter"), why);
        assertTrue(ParameterShorthand.ambiguity("legacyEffort.paper", List.of("legacyEffort")).orElseThrow()
                .endsWith("write parameters.legacyEffort.paper for the parameter"));
        assertEquals(Optional.empty(), ParameterShorthand.ambiguity("parameters.testExitShare", top));
    }

    /** The loader reads the bare key as the full path: the same scenario, the same content hash. */
    @Test
    void anOverrideWithABareKeyLoadsAsTheFullPath() {
        NamedScenario bare = load("testExitShare", "0.15");
        NamedScenario full = load("parameters.testExitShare", "0.15");
        assertEquals(full.contentHash(), bare.contentHash());
        assertEquals(full.canonicalJson(), bare.canonicalJson());
        assertTrue(!load("parameters.testExitShare", "0.2").contentHash().equals(bare.contentHash()), "0.15 was set");
        assertEquals(load("parameters.legacyEffort.homegrown", "2").contentHash(),
                load("legacyEffort.homegrown", "2").contentHash());
    }

    /** Problems name the field as read; a misspelt bare key gets the parameter it is closest to. */
    @Test
    void problemsNameTheParameterPath() {
        LoadResult outside = ScenarioLoader.loadBundled("regional-phased",
                List.of(new ScenarioLoader.Override("testExitShare", "2")));
        assertEquals(1, outside.errors().size(), outside.errorText());
        assertEquals("parameters.testExitShare", outside.errors().get(0).path());
        assertEquals("2 is outside [0, 1]", outside.errors().get(0).message());
        LoadResult misspelt = ScenarioLoader.loadBundled("regional-phased",
                List.of(new ScenarioLoader.Override("testExitShre", "0.15")));
        assertEquals(List.of("unknown field 'testExitShre' in a scenario (did you mean parameters.testExitShare?)"),
                misspelt.errors().stream().map(ScenarioError::message).toList());
        LoadResult member = ScenarioLoader.loadBundled("regional-phased",
                List.of(new ScenarioLoader.Override("legacyEffort.homegrwn", "2")));
        assertEquals(1, member.errors().size(), member.errorText());
        assertTrue(member.errors().get(0).message().contains("(did you mean homegrown?)"), member.errorText());
    }

    private static NamedScenario load(String path, String value) {
        LoadResult r = ScenarioLoader.loadBundled("regional-phased", List.of(new ScenarioLoader.Override(path, value)));
        assertTrue(r.isOk(), r.errorText());
        return r.scenarioSet().scenarios().get(0);
    }
}
