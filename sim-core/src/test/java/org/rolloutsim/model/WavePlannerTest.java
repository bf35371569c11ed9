package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Strategy;

class WavePlannerTest {

    private static TestScenarios.Builder fourSites() {
        return TestScenarios.builder()
                .site("a", 1000, 1, Legacy.PAPER, 0.5, 0.4)
                .site("b", 3000, 1, Legacy.PAPER, 0.5, 0.6)
                .site("c", 1000, 1, Legacy.PAPER, 0.5, 0.6)
                .site("d", 3000, 1, Legacy.PAPER, 0.5, 0.5);
    }

    @Test
    void phasedCutsContiguousGroupsNearestEqualUsers() {
        // listed: 1000, 3000, 1000, 3000; total 8000, targets 4000 and 8000 -> cut after b
        List<PlannedWave> waves = WavePlanner.plan(fourSites().phased(2, 100, 20, SiteOrder.LISTED).build());
        assertEquals(List.of("a", "b"), waves.get(0).siteIds());
        assertEquals(List.of("c", "d"), waves.get(1).siteIds());
        assertEquals(4000, waves.get(0).users());
        assertEquals("w1", waves.get(0).id());
        assertEquals("w2", waves.get(1).id());
        assertEquals(100, waves.get(0).goLiveWeek());
        assertEquals(120, waves.get(1).goLiveWeek());
    }

    @Test
    void phasedNeverLeavesAWaveEmpty() {
        // one giant site first: the nearest cut for 4 waves would put everything in wave 1
        TestScenarios.Builder b = TestScenarios.builder()
                .site("giant", 100_000, 1, Legacy.PAPER, 0.5, 0.5)
                .site("x", 10, 1, Legacy.PAPER, 0.5, 0.5)
                .site("y", 10, 1, Legacy.PAPER, 0.5, 0.5)
                .site("z", 10, 1, Legacy.PAPER, 0.5, 0.5);
        List<PlannedWave> waves = WavePlanner.plan(b.phased(4, 100, 10, SiteOrder.LISTED).build());
        assertEquals(4, waves.size());
        for (PlannedWave w : waves) {
            assertEquals(1, w.siteIds().size());
        }
    }

    @Test
    void orderingsSortStablyBeforeCutting() {
        assertEquals(List.of("b", "d", "a", "c"), sites(fourSites().phased(4, 100, 10, SiteOrder.LARGEST_FIRST)));
        assertEquals(List.of("a", "c", "b", "d"), sites(fourSites().phased(4, 100, 10, SiteOrder.SMALLEST_FIRST)));
        // readiness 0.4, 0.6, 0.6, 0.5: b and c tie and keep their listed order
        assertEquals(List.of("b", "c", "d", "a"), sites(fourSites().phased(4, 100, 10, SiteOrder.MOST_READY_FIRST)));
        assertEquals(List.of("a", "b", "c", "d"), sites(fourSites().phased(4, 100, 10, SiteOrder.LISTED)));
    }

    private static List<String> sites(TestScenarios.Builder b) {
        return WavePlanner.plan(b.build()).stream().map(w -> w.siteIds().get(0)).toList();
    }

    @Test
    void minGapPushesCloseGoLivesApart() {
        // spacing 3 < minGap 8: go-lives 100, 108, 116, 124
        List<PlannedWave> waves = WavePlanner.plan(fourSites().phased(4, 100, 3, SiteOrder.LISTED).build());
        assertEquals(List.of(100, 108, 116, 124), waves.stream().map(PlannedWave::goLiveWeek).toList());
    }

    @Test
    void buildAndTestStartsFollowPracticesAndNeverPrecedeWeekZero() {
        List<PlannedWave> waves = WavePlanner.plan(fourSites().practices(78, 4, 3, 12)
                .phased(2, 60, 40, SiteOrder.LISTED).build());
        assertEquals(0, waves.get(0).buildStartWeek());
        assertEquals(47, waves.get(0).testStartWeek()); // 60 - 4*3 - 1: a go/no-go week
        assertEquals(22, waves.get(1).buildStartWeek());
        assertEquals(87, waves.get(1).testStartWeek());
    }

    @Test
    void bigBangIsOneWaveOfEverything() {
        List<PlannedWave> waves = WavePlanner.plan(fourSites().bigBang(150).build());
        assertEquals(1, waves.size());
        assertEquals(List.of("a", "b", "c", "d"), waves.get(0).siteIds());
        assertEquals(List.of("core"), waves.get(0).moduleIds());
        assertEquals(8000, waves.get(0).users());
    }

    @Test
    void explicitWavesAreSortedByGoLiveAndMayPhaseScope() {
        Strategy s = new Strategy.ExplicitWaves(List.of(
                new Strategy.WaveSpec("late", List.of("c", "d"), List.of(), 200),
                new Strategy.WaveSpec("early", List.of("a", "b"), List.of("core"), 100),
                new Strategy.WaveSpec("rev", List.of("a"), List.of("revenue"), 204)), 8);
        List<PlannedWave> waves = WavePlanner.plan(fourSites()
                .modules(new Module("core", 100), new Module("revenue", 50)).strategy(s).build());
        assertEquals(List.of("early", "late", "rev"), waves.stream().map(PlannedWave::id).toList());
        assertEquals(List.of("core", "revenue"), waves.get(1).moduleIds());
        assertEquals(List.of("revenue"), waves.get(2).moduleIds());
        assertEquals(208, waves.get(2).goLiveWeek()); // pushed to keep the 8-week gap
    }

    @Test
    void rejectsMoreWavesThanSitesAndUnknownSites() {
        assertThrows(IllegalArgumentException.class,
                () -> WavePlanner.plan(fourSites().phased(5, 100, 10, SiteOrder.LISTED).build()));
        Strategy s = new Strategy.ExplicitWaves(List.of(new Strategy.WaveSpec("x", List.of("nowhere"), null, 10)), 8);
        assertThrows(IllegalArgumentException.class, () -> WavePlanner.plan(fourSites().strategy(s).build()));
    }
}
