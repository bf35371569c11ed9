package org.rolloutsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.random.StreamKey;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * The fixed shape of a scenario that every run shares, resolved once into arrays: the baseline
 * waves and their sites, the scope each wave builds, sites' sizes and legacy, the risk register's
 * windows and targets. Immutable after construction, so runs on many threads read it freely.
 */
final class ProgrammeLayout {
    final int horizon;
    final int waveCount;
    final int siteCount;
    final String[] waveIds;
    final long[] defectSources;
    final long[] customizationSources;
    final long[] liveSources;
    final int[][] waveSites;
    final long[] waveUsers;
    final int[] baselineGoLive;
    final int[] buildStart;
    final int[] testStart;
    /** Workflows of the modules whose enterprise build this wave pays (the first wave with each). */
    final double[] enterpriseWorkflows;
    /** Workflows of all modules the wave brings live (localized at each of its sites). */
    final double[] waveWorkflows;
    final int firstBuildStart;
    final long[] siteUsers;
    final int[] siteLegacy;
    final int[] siteInterfaces;
    final boolean[] siteInLaterWaveOnly;
    final long totalUsers;

    final int testCycles;
    final int testCycleWeeks;
    final int trainingWeeks;
    final int minCommandCentreWeeks;
    final int minGapWeeks;
    final int maxCriticalDefects;
    final TimelinePolicy policy;
    final boolean embedding;
    final boolean celebrate;

    final int[] fixedFrom;
    final int[] fixedTo;

    final String[] riskIds;
    final long[] riskSources;
    final int[] riskFrom;
    final int[] riskTo;
    /** Hashed {@code team} and {@code live} sources. */
    final long teamSource = StreamKey.sourceHash("team");
    final long liveSource = StreamKey.sourceHash("live");
    /** Waves a risk hits; {@code null} for programme scope (every wave not yet live). */
    final int[][] riskWaves;

    ProgrammeLayout(Scenario s, List<PlannedWave> plan) {
        horizon = s.program().horizonWeeks();
        waveCount = plan.size();
        siteCount = s.sites().size();
        Map<String, Integer> siteIndex = new HashMap<>();
        siteUsers = new long[siteCount];
        siteLegacy = new int[siteCount];
        siteInterfaces = new int[siteCount];
        long users = 0;
        for (int i = 0; i < siteCount; i++) {
            Site site = s.sites().get(i);
            siteIndex.put(site.id(), i);
            siteUsers[i] = site.users();
            siteLegacy[i] = site.legacy().ordinal();
            siteInterfaces[i] = site.interfaces();
            users += site.users();
        }
        totalUsers = users;
        Map<String, Integer> workflows = new HashMap<>();
        for (Module m : s.modules()) {
            workflows.put(m.id(), m.workflows());
        }
        waveIds = new String[waveCount];
        waveSites = new int[waveCount][];
        waveUsers = new long[waveCount];
        baselineGoLive = new int[waveCount];
        buildStart = new int[waveCount];
        testStart = new int[waveCount];
        enterpriseWorkflows = new double[waveCount];
        waveWorkflows = new double[waveCount];
        siteInLaterWaveOnly = new boolean[siteCount];
        java.util.Set<String> built = new java.util.HashSet<>();
        int first = Integer.MAX_VALUE;
        for (int w = 0; w < waveCount; w++) {
            PlannedWave p = plan.get(w);
            waveIds[w] = p.id();
            waveSites[w] = p.siteIds().stream().mapToInt(siteIndex::get).toArray();
            waveUsers[w] = p.users();
            baselineGoLive[w] = p.goLiveWeek();
            buildStart[w] = p.buildStartWeek();
            testStart[w] = p.testStartWeek();
            first = Math.min(first, p.buildStartWeek());
            for (String m : p.moduleIds()) {
                waveWorkflows[w] += workflows.get(m);
                if (built.add(m)) {
                    enterpriseWorkflows[w] += workflows.get(m);
                }
            }
        }
        firstBuildStart = first;
        defectSources = WaveStreams.sources("defects", waveIds);
        customizationSources = WaveStreams.sources("customization", waveIds);
        liveSources = WaveStreams.sources("live", waveIds);
        boolean[] inFirst = new boolean[siteCount];
        for (int site : waveSites[0]) {
            inFirst[site] = true;
        }
        for (int i = 0; i < siteCount; i++) {
            siteInLaterWaveOnly[i] = !inFirst[i];
        }

        Practices practices = s.practices();
        testCycles = practices.testCycles();
        testCycleWeeks = practices.testCycleWeeks();
        trainingWeeks = practices.trainingWeeks();
        minCommandCentreWeeks = practices.commandCentre().minWeeks();
        minGapWeeks = s.strategy().minGapWeeks();
        maxCriticalDefects = s.governance().maxCriticalDefects();
        policy = s.governance().timelinePolicy();
        embedding = practices.crossSiteEmbedding();
        celebrate = practices.celebrateMilestones();

        int fixed = s.program().fixedCosts().size();
        fixedFrom = new int[fixed];
        fixedTo = new int[fixed];
        for (int i = 0; i < fixed; i++) {
            fixedFrom[i] = s.program().fixedCosts().get(i).fromWeek();
            fixedTo[i] = s.program().fixedCosts().get(i).toWeek();
        }

        int risks = s.risks().size();
        riskIds = new String[risks];
        riskSources = new long[risks];
        riskFrom = new int[risks];
        riskTo = new int[risks];
        riskWaves = new int[risks][];
        for (int i = 0; i < risks; i++) {
            Risk r = s.risks().get(i);
            riskIds[i] = r.id();
            riskSources[i] = StreamKey.sourceHash("risks/" + r.id());
            riskFrom[i] = r.fromWeek();
            riskTo[i] = r.toWeek();
            riskWaves[i] = switch (r.scope().kind()) {
                case PROGRAM -> null;
                case WAVE -> wavesNamed(r, plan);
                case SITE -> wavesWithSite(r, siteIndex);
            };
        }
    }

    private static int[] wavesNamed(Risk r, List<PlannedWave> plan) {
        for (int w = 0; w < plan.size(); w++) {
            if (plan.get(w).id().equals(r.scope().target())) {
                return new int[] {w};
            }
        }
        throw new IllegalArgumentException("risk " + r.id() + ": unknown wave " + r.scope().target());
    }

    private int[] wavesWithSite(Risk r, Map<String, Integer> siteIndex) {
        Integer site = siteIndex.get(r.scope().target());
        if (site == null) {
            throw new IllegalArgumentException("risk " + r.id() + ": unknown site " + r.scope().target());
        }
        return java.util.stream.IntStream.range(0, waveCount)
                .filter(w -> java.util.Arrays.stream(waveSites[w]).anyMatch(x -> x == site))
                .toArray();
    }
}
