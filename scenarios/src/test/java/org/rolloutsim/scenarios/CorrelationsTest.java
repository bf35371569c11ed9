package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.scenario.Scenario;

/** {@code correlations:}: pairs or a matrix of rank correlations between named uncertain inputs. */
class CorrelationsTest {
    private static final String BASE = """
            name: Correlated
            team: {staff: {fte: 10, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 100}]
            sites:
              - {id: central, users: 1000, complexity: {triangular: [0.9, 1, 1.3]}}
              - {id: east, users: 800}
            strategy: {kind: big-bang, goLiveWeek: 90}
            """;

    private static LoadResult load(String correlations) {
        return ScenarioLoader.load("c.yaml", (BASE + correlations).getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static List<RankCorrelation> loaded(String correlations) {
        LoadResult r = load(correlations);
        assertTrue(r.isOk(), r.errorText());
        Scenario s = r.scenarioSet().scenarios().get(0).scenario();
        return s.correlations();
    }

    @Test
    void pairsNameInputsAsSetPathsWithBareParameterKeysAsShorthand() {
        assertEquals(List.of(new RankCorrelation("testDetection", "learningRate", 0.7),
                        new RankCorrelation("sites.central.complexity", "effortPerWorkflow", -0.2)),
                loaded("""
                        correlations:
                          - {between: [parameters.testDetection, learningRate], rank: 0.7}
                          - {between: ["sites[0].complexity", effortPerWorkflow], rank: -0.2}
                        """));
    }

    @Test
    void theMatrixFormIsTheSameAsItsPairs() {
        assertEquals(List.of(new RankCorrelation("effortPerWorkflow", "defectsPerPersonWeek", 0.5),
                        new RankCorrelation("effortPerWorkflow", "customizationRate", 0.4),
                        new RankCorrelation("defectsPerPersonWeek", "customizationRate", 0.3)),
                loaded("""
                        correlations:
                          inputs: [effortPerWorkflow, defectsPerPersonWeek, customizationRate]
                          matrix: [[1, 0.5, 0.4], [0.5, 1, 0.3], [0.4, 0.3, 1]]
                        """));
    }

    /**
     * An empty list says "no correlations" as plainly as leaving the field out; it used to fail on
     * the empty matrix it made, reported at the top of the file with no field path.
     */
    @Test
    void anEmptyListMeansTheInputsAreIndependent() {
        assertEquals(List.of(), loaded("correlations: []\n"));
    }

    /**
     * A matrix names at least two inputs (as the schema says): fewer is an error at its inputs, where
     * it used to be the empty matrix's error at the top of the file with no field path.
     */
    @Test
    void aMatrixOfFewerThanTwoInputsIsAnErrorAtItsInputs() {
        for (String inputs : List.of("[]", "[testDetection]")) {
            LoadResult r = load("correlations: {inputs: " + inputs + ", matrix: " + (inputs.equals("[]") ? "[]" : "[[1]]")
                    + "}\n");
            assertEquals(1, r.errors().size(), r.errorText());
            assertTrue(r.errorText().startsWith("c.yaml:8:24: correlations.inputs: a matrix correlates at least 2 inputs"),
                    r.errorText());
        }
    }

    /** A matrix's input that is wrong is reported once, not once for each pair it is in. */
    @Test
    void aWrongInputOfAMatrixIsReportedOnce() {
        LoadResult r = load("correlations: {inputs: [testDetection, nosuch, learningRate],"
                + " matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}\n");
        assertEquals(1, r.errors().size(), r.errorText());
        assertTrue(r.errorText().contains("c.yaml:8:40: correlations.inputs[1]: 'nosuch' is not an input of any scenario"),
                r.errorText());
    }

    @Test
    void anInputThatIsNotUncertainIsAnErrorAtItsPlace() {
        LoadResult r = load("""
                correlations:
                  - {between: [testDetection, sites.east.complexity], rank: 0.5}
                  - {between: [testDetecton, learningRate], rank: 0.5}
                """);
        assertFalse(r.isOk());
        String text = r.errorText();
        assertTrue(text.contains("c.yaml:9:31: correlations[0].between[1]: 'sites.east.complexity' is not an uncertain input"),
                text);
        assertTrue(text.contains("c.yaml:10:16: correlations[1].between[0]: 'testDetecton' is not an input of any"
                + " scenario (did you mean testDetection?)"), text);
    }

    /**
     * A wrong name is told apart by why it is wrong: no input of any scenario (nothing to make
     * uncertain), an input of some scenario but not this one (a misspelt id), or an input this one
     * fixes; each with a did-you-mean when one is close, a misspelt id's among this scenario's ids.
     */
    @Test
    void aWrongNameSaysWhyItIsNoUncertainInputWithADidYouMean() {
        LoadResult r = load("""
                correlations:
                  - {between: [sites.centrl.complexity, testDetection], rank: 0.5}
                  - {between: [nosuchInput, learningRate], rank: 0.5}
                  - {between: [effortPerWorkflw, site.central.complexity], rank: 0.5}
                  - {between: ["sites[0].complexty", sites.east.complexity], rank: 0.5}
                """);
        assertEquals(List.of(
                "c.yaml:9:16: correlations[0].between[0]: 'sites.centrl.complexity' is not an input of this scenario"
                        + " (did you mean sites.central.complexity?)",
                "c.yaml:10:16: correlations[1].between[0]: 'nosuchInput' is not an input of any scenario",
                "c.yaml:11:16: correlations[2].between[0]: 'effortPerWorkflw' is not an input of any scenario"
                        + " (did you mean effortPerWorkflow?)",
                "c.yaml:11:34: correlations[2].between[1]: 'site.central.complexity' is not an input of any scenario"
                        + " (did you mean sites.central.complexity?)",
                "c.yaml:12:16: correlations[3].between[0]: 'sites[0].complexty' is not an input of any scenario"
                        + " (did you mean sites[0].complexity?)",
                "c.yaml:12:38: correlations[3].between[1]: 'sites.east.complexity' is not an uncertain input of this"
                        + " scenario; only inputs that are distributions (written so, or by default) can be correlated"),
                r.errors().stream().map(ScenarioError::toString).toList());
        // a misspelt id of a fixed input is still suggested, when no uncertain input is close
        assertTrue(load("correlations: [{between: [sites.eats.complexity, testDetection], rank: 0.5}]\n").errorText()
                .contains("'sites.eats.complexity' is not an input of this scenario (did you mean sites.east.complexity?)"));
    }

    @Test
    void shapesAndRangesAreChecked() {
        assertTrue(load("correlations:\n  - {between: [testDetection, learningRate], rank: 1.2}\n").errorText()
                .contains("correlations[0].rank: 1.2 is outside [-1, 1]"));
        assertTrue(load("correlations:\n  - {between: [testDetection], rank: 0.2}\n").errorText()
                .contains("expected two input names"));
        assertTrue(load("correlations:\n  - {between: [testDetection, testDetection], rank: 0.2}\n").errorText()
                .contains("cannot be correlated with itself"));
        assertTrue(load("correlations:\n  - {between: [testDetection, learningRate], rank: 0.2}\n"
                + "  - {between: [learningRate, testDetection], rank: 0.3}\n").errorText().contains("given twice"));
        assertTrue(load("correlations: {inputs: [testDetection, learningRate], matrix: [[1, 0.2], [0.3, 1]]}\n")
                .errorText().contains("correlations.matrix[1][0]: the matrix must be symmetric"));
        assertTrue(load("correlations: {inputs: [testDetection, learningRate], matrix: [[0.9, 0.2], [0.2, 1]]}\n")
                .errorText().contains("the diagonal is 1"));
    }

    @Test
    void anInputCorrelatedWithItselfIsAnErrorAtItsSecondNameEvenWhenTheRestOfTheFileHasProblems() {
        String pair = "correlations:\n  - {between: [effortPerWorkflow, effortPerWorkflow], rank: 0.5}\n";
        assertTrue(load(pair).errorText().contains(
                "c.yaml:9:35: correlations[0].between[1]: an input cannot be correlated with itself"), load(pair).errorText());
        // a site with no users: the scenario cannot be built, the pair is still judged
        LoadResult r = ScenarioLoader.load("c.yaml", (BASE.replace("users: 800", "users: 0") + pair)
                .getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(r.errorText().contains("sites[1].users: 0 is outside"), r.errorText());
        assertTrue(r.errorText().contains(
                "c.yaml:9:35: correlations[0].between[1]: an input cannot be correlated with itself"), r.errorText());
    }

    /**
     * A name that no scenario has is reported with the other problems of the file, not only once they
     * are fixed; a name that may be an input once the rest can be read is left until then.
     */
    @Test
    void aNameNoScenarioHasIsReportedWithTheOtherProblems() {
        String correlations = """
                correlations:
                  - {between: [effortPerWorkflow, nosuch], rank: 0.5}
                  - {between: [testDetecton, sites.central.size], rank: 0.5}
                  - {between: ["sites[0].complexity", sites.lakeside.complexity], rank: 0.5}
                  - {between: [parameters.learningRate, risks.late.mitigation.impact.cost], rank: 0.5}
                """;
        // a site with no users: the scenario cannot be built, the names are still judged
        LoadResult r = ScenarioLoader.load("c.yaml", (BASE.replace("users: 800", "users: 0") + correlations)
                .getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals(List.of("c.yaml:6:23: sites[1].users: 0 is outside [1, 1000000]",
                        "c.yaml:9:35: correlations[0].between[1]: 'nosuch' is not an input of any scenario",
                        "c.yaml:10:16: correlations[1].between[0]: 'testDetecton' is not an input of any scenario"
                                + " (did you mean testDetection?)",
                        "c.yaml:10:30: correlations[1].between[1]: 'sites.central.size' is not an input of any scenario"),
                r.errors().stream().map(ScenarioError::toString).toList());
        // the same name once the rest is fixed: the same message at the same place
        assertTrue(load(correlations).errorText().contains("c.yaml:9:35: correlations[0].between[1]: 'nosuch' is not an"
                + " input of any scenario"), load(correlations).errorText());
    }

    /**
     * A rank out of range used to hide the other correlations' problems until it was fixed; the
     * names are judged whatever else is wrong, including another correlation's rank or a matrix's
     * numbers.
     */
    @Test
    void aRankOutOfRangeDoesNotHideTheOtherCorrelationsProblems() {
        LoadResult r = load("""
                correlations:
                  - {between: [testDetection, nosuch], rank: 0.5}
                  - {between: [learningRate, learningRate], rank: 0.3}
                  - {between: [effortPerWorkflow, customizationRate], rank: 1.5}
                """);
        assertEquals(List.of("c.yaml:9:31: correlations[0].between[1]: 'nosuch' is not an input of any scenario",
                        "c.yaml:10:30: correlations[1].between[1]: an input cannot be correlated with itself (learningRate)",
                        "c.yaml:11:61: correlations[2].rank: 1.5 is outside [-1, 1]"),
                r.errors().stream().map(ScenarioError::toString).toList());
        String matrix = load("correlations: {inputs: [testDetection, nosuch], matrix: [[1, 2], [2, 1]]}\n").errorText();
        assertTrue(matrix.contains("correlations.inputs[1]: 'nosuch' is not an input of any scenario"), matrix);
        assertTrue(matrix.contains("correlations.matrix[0][1]: expected a number from -1 to 1")
                || matrix.contains("is outside [-1, 1]"), matrix);
    }

    /**
     * Every uncertain input a scenario can have, before and after mitigation, fits a shape: a name
     * refused before the rest of the scenario is read would never have been accepted once it was.
     */
    @Test
    void everyUncertainInputCouldBeNamedBeforeTheScenarioIsRead() {
        String all = """
                name: Everything uncertain
                program:
                  delayCostPerDay: {uniform: [0, 10]}
                  fixedCosts: [{id: licences, amount: {uniform: [1, 2]}}]
                modules: [{id: inpatient, workflows: 100}]
                sites:
                  - {id: central, users: 1000, complexity: {uniform: [0.9, 1.1]}, leadership: {uniform: [0.4, 0.6]},
                     readiness: {uniform: [0.4, 0.6]}}
                strategy: {kind: big-bang, goLiveWeek: 90}
                team:
                  staff: {fte: {uniform: [9, 11]}, weeklyCost: {uniform: [1900, 2100]}}
                  consultants: {fte: {uniform: [1, 2]}, weeklyCost: {uniform: [5000, 6000]}}
                  vendor: {fte: {uniform: [1, 2]}, weeklyCost: {uniform: [5000, 6000]}}
                  hiringLagWeeks: {uniform: [8, 12]}
                  rampUpWeeks: {uniform: [10, 14]}
                  partnership: {uniform: [0.6, 0.8]}
                governance:
                  customizationApproval: {uniform: [0.1, 0.3]}
                  readinessThreshold: {uniform: [0.7, 0.8]}
                  tolerance: {uniform: [0.05, 0.15]}
                practices:
                  supportRatio: {uniform: [10, 20]}
                  wellness: {costPerFteWeek: {uniform: [10, 20]}}
                  commandCentre: {fte: {uniform: [10, 20]}, weeklyCost: {uniform: [5000, 6000]},
                                  exitIncidentsPerThousandUsers: {uniform: [0.4, 0.6]}}
                  interfaceMaintenanceFte: {uniform: [1, 2]}
                risks:
                  - id: late
                    probability: {uniform: [0.2, 0.4]}
                    impact: {delayWeeks: {uniform: [1, 2]}, cost: {uniform: [1, 2]}, fatigue: {uniform: [0, 0.1]},
                             defects: {uniform: [1, 2]}, leavers: {uniform: [1, 2]}}
                    mitigation:
                      probability: {uniform: [0.1, 0.2]}
                      cost: {uniform: [1, 2]}
                      impact: {delayWeeks: {uniform: [1, 2]}, cost: {uniform: [1, 2]}, fatigue: {uniform: [0, 0.1]},
                               defects: {uniform: [1, 2]}, leavers: {uniform: [1, 2]}}
                """;
        LoadResult r = ScenarioLoader.load("all.yaml", all.getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(r.isOk(), r.errorText());
        Scenario s = r.scenarioSet().scenarios().get(0).scenario();
        List<String> names = InputNames.uncertain(s);
        // each kind of input is among them: a shape missing for one would show here
        assertTrue(names.containsAll(List.of("sites.central.readiness", "team.vendor.weeklyCost", "governance.tolerance",
                "practices.wellness.costPerFteWeek", "practices.interfaceMaintenanceFte",
                "program.fixedCosts.licences.amount", "risks.late.mitigation.impact.leavers", "risks.late.mitigation.cost",
                "risks.late.impact.fatigue", "program.delayCostPerDay", "team.partnership")), names.toString());
        for (String name : names) {
            assertTrue(InputNames.couldName(name), name);
            assertTrue(InputNames.couldName("parameters." + name) || !name.contains("."), name);
        }
        assertTrue(InputNames.couldName("sites[0].complexity"));
        assertTrue(InputNames.couldName("program.fixedCosts[3].amount"));
        assertFalse(InputNames.couldName("sites.central"));
        assertFalse(InputNames.couldName("sites..complexity"));
        assertFalse(InputNames.couldName("risks.late.mitigation.impact"));
    }

    @Test
    void correlationsThatCannotHoldTogetherAreRefusedWithTheNearestThatCan() {
        LoadResult r = load("""
                correlations:
                  - {between: [effortPerWorkflow, defectsPerPersonWeek], rank: 0.9}
                  - {between: [defectsPerPersonWeek, customizationRate], rank: 0.9}
                  - {between: [effortPerWorkflow, customizationRate], rank: -0.9}
                """);
        assertFalse(r.isOk());
        String text = r.errorText();
        assertTrue(text.contains("c.yaml:9:3: correlations: these rank correlations cannot all hold at once"), text);
        String suggested = text.substring(text.indexOf("the nearest that can: ") + "the nearest that can: ".length()).trim();
        assertTrue(suggested.startsWith("{between: [effortPerWorkflow, defectsPerPersonWeek], rank: 0."), suggested);
        // the suggestion, pasted back as the list, loads
        String pasted = "correlations:\n" + String.join("\n",
                java.util.Arrays.stream(suggested.split("(?<=}), ")).map(p -> "  - " + p).toList()) + "\n";
        assertEquals(3, loaded(pasted).size(), pasted);

        LoadResult matrix = load("""
                correlations:
                  inputs: [effortPerWorkflow, defectsPerPersonWeek, customizationRate]
                  matrix: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]
                """);
        assertTrue(matrix.errorText().contains("the nearest that can: matrix: [[1, 0."), matrix.errorText());
    }
}
