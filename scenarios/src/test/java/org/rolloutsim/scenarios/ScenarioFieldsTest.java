package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.ScenarioFields.Field;
import org.rolloutsim.scenarios.ScenarioFields.Kind;

/**
 * The table of fields is the one source: the shipped schema and the field reference are generated
 * from it, and the loader takes each default and range exactly as the table says.
 */
class ScenarioFieldsTest {

    /** Where each section can be reached in a bundled scenario that has it. */
    static final Map<String, String[]> REACH = Map.ofEntries(
            Map.entry("program", new String[] {"academic-homegrown", "program."}),
            Map.entry("fixedCost", new String[] {"academic-homegrown", "program.fixedCosts[0]."}),
            Map.entry("module", new String[] {"academic-homegrown", "modules[0]."}),
            Map.entry("site", new String[] {"academic-homegrown", "sites[0]."}),
            Map.entry("bigBang", new String[] {"regional-big-bang", "strategy."}),
            Map.entry("phased", new String[] {"regional-phased", "strategy."}),
            Map.entry("explicitWaves", new String[] {"academic-homegrown", "strategy."}),
            Map.entry("wave", new String[] {"academic-homegrown", "strategy.waves[0]."}),
            Map.entry("team", new String[] {"academic-homegrown", "team."}),
            Map.entry("member", new String[] {"academic-homegrown", "team.staff."}),
            Map.entry("governance", new String[] {"academic-homegrown", "governance."}),
            Map.entry("practices", new String[] {"academic-homegrown", "practices."}),
            Map.entry("commandCentre", new String[] {"academic-homegrown", "practices.commandCentre."}),
            Map.entry("wellness", new String[] {"academic-homegrown", "practices.wellness."}),
            Map.entry("risk", new String[] {"academic-homegrown", "risks[0]."}),
            Map.entry("impact", new String[] {"academic-homegrown", "risks[0].impact."}),
            Map.entry("mitigation", new String[] {"academic-homegrown", "risks[0].mitigation."}));

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        try (InputStream in = ScenarioFieldsTest.class.getResourceAsStream(ScenarioSchema.RESOURCE)) {
            assertEquals(ScenarioSchema.text(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate it: ./rollout schema > scenarios/src/main/resources/schema/rollout-scenario.schema.json");
        }
    }

    @Test
    void theFieldReferenceIsTheGeneratedOne() throws IOException {
        Path doc = Path.of("..", "docs", "scenario-fields.md");
        assertEquals(ScenarioFieldsDoc.markdown(), Files.readString(doc),
                "regenerate it: ./rollout schema --markdown > docs/scenario-fields.md");
    }

    @Test
    void theLoaderFillsInEveryDefaultAsTheTableSays() {
        int checked = 0;
        for (Map.Entry<String, List<Field>> section : ScenarioFields.sections().entrySet()) {
            String[] reach = REACH.get(section.getKey());
            if (reach == null) {
                continue;
            }
            for (Field f : section.getValue()) {
                if (f.defaultValue() == null) {
                    continue;
                }
                String path = reach[1] + f.name();
                Scenario without = load(reach[0], path, "null");
                Scenario withDefault = load(reach[0], path, String.valueOf(f.defaultValue()));
                assertEquals(without, withDefault, path + ": leaving it out is the same as writing " + f.defaultValue());
                checked++;
            }
        }
        assertTrue(checked >= 30, "defaults checked: " + checked);
    }

    @Test
    void theLoaderChecksEveryRangeAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Field>> section : ScenarioFields.sections().entrySet()) {
            String[] reach = REACH.get(section.getKey());
            if (reach == null) {
                continue;
            }
            for (Field f : section.getValue()) {
                boolean numeric = f.kind() == Kind.WHOLE || f.kind() == Kind.NUMBER || f.kind() == Kind.UNCERTAIN
                        || f.kind() == Kind.WEEK;
                if (!numeric) {
                    continue;
                }
                String path = reach[1] + f.name();
                double step = f.kind() == Kind.WHOLE || f.kind() == Kind.WEEK ? 1 : Math.max(1e-3, f.max() * 1e-3);
                for (double outside : new double[] {f.min() - step, f.max() + step}) {
                    LoadResult r = ScenarioLoader.loadBundled(reach[0],
                            List.of(new ScenarioLoader.Override(path, Numbers.format(outside))));
                    // A week's upper bound is the horizon (program.horizonWeeks, at most the table's maximum).
                    boolean week = f.kind() == Kind.WEEK;
                    String expected = week && outside > f.max() ? "beyond the horizon"
                            : week ? "is below " + Numbers.format(f.min()) + ":"
                            : "is outside " + Numbers.range(f.min(), f.max());
                    boolean said = r.errors().stream().anyMatch(e -> e.path().equals(path) && e.message().contains(expected));
                    if (!said) {
                        wrong.add(path + "=" + Numbers.format(outside) + " gave " + r.errors());
                    }
                }
                checked++;
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 30, "ranges checked: " + checked);
    }

    @Test
    void theBindersKnownFieldsAreTheTables() {
        assertEquals(ScenarioFields.names("practices"), FieldNames.PRACTICES);
        assertFalse(ScenarioLoader.loadBundled("regional-phased",
                List.of(new ScenarioLoader.Override("practices.notInTheTable", "1"))).isOk());
    }

    private static Scenario load(String bundled, String path, String value) {
        LoadResult r = ScenarioLoader.loadBundled(bundled, List.of(new ScenarioLoader.Override(path, value)));
        assertTrue(r.isOk(), path + "=" + value + ": " + r.errorText());
        return r.scenarioSet().scenarios().get(0).scenario();
    }
}
