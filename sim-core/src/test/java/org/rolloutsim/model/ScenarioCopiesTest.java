package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.scenario.Scenario;

/** A scenario's copies keep its correlations: a copy that dropped them would silently decorrelate a rerun. */
class ScenarioCopiesTest {

    @Test
    void everyCopyKeepsTheCorrelations() {
        List<RankCorrelation> c = List.of(new RankCorrelation("effortPerWorkflow", "defectsPerPersonWeek", 0.6));
        Scenario s = TestScenarios.regional().build().withCorrelations(c);
        assertEquals(c, s.withName("other", "").correlations(), "withName");
        assertEquals(c, s.withTeam(s.team()).correlations(), "withTeam");
        assertEquals(c, s.withGovernance(s.governance()).correlations(), "withGovernance");
        assertEquals(c, s.withParameters(s.parameters()).correlations(), "withParameters");
    }
}
