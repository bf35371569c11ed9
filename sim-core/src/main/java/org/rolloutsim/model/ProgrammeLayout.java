package org.rolloutsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.random.StreamKey;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
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
    /** Id of the wave that takes deferred modules under {@code governance.response: full}. */
    static final String FOLLOW_ON = "follow-on";

    final int horizon;
    final Response response;
    /** The rules of MODEL.md 11 apply. */
    final boolean managed;
    /** Surge staff are paid as consultants; with no consultants in the team, as staff. */
    final boolean surgePaidAsStaff;
    final ResponseRules rules;
    final GoLiveCalendar calendar;
    /** Index of the follow-on wave (the last), or -1 when the response defers no scope. */
    final int followOn;
    /** Users each wave's command centre reads its incidents per thousand against. */
    final long[] commandCentreUsers;
    /** Workflows of each module a wave brings live, for descoping (empty for the follow-on). */
    final int[][] moduleWorkflows;
    /** {@code commandCentre.minWeeks} when the scenario sets it, else -1 (the default applies). */
    final int fixedCommandCentreWeeks;
    final int waveCount;
    final int siteCount;
    final String[] waveIds;
    final long[] defectSources;
    final long[] customizationSources;
    final long[] liveSources;
    /** Per-wave draws of MODEL.md 11.2-11.3: estimation error, command-centre stay, training effect. */
    final long[] waveSources;
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

    ProgrammeLayout(Scenario s, List<PlannedWave> plan, GoLiveCalendar calendar) {
        horizon = s.program().horizonWeeks();
        response = s.governance().response();
        managed = response.managed();
        surgePaidAsStaff = s.team().consultants() == null;
        rules = s.governance().rules();
        this.calendar = calendar;
        followOn = response == Response.FULL ? plan.size() : -1;
        waveCount = plan.size() + (followOn >= 0 ? 1 : 0);
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
        commandCentreUsers = new long[waveCount];
        moduleWorkflows = new int[waveCount][];
        java.util.Set<String> built = new java.util.HashSet<>();
        int first = Integer.MAX_VALUE;
        for (int w = 0; w < plan.size(); w++) {
            PlannedWave p = plan.get(w);
            waveIds[w] = p.id();
            waveSites[w] = p.siteIds().stream().mapToInt(siteIndex::get).toArray();
            waveUsers[w] = p.users();
            commandCentreUsers[w] = p.users();
            baselineGoLive[w] = p.goLiveWeek();
            buildStart[w] = p.buildStartWeek();
            testStart[w] = p.testStartWeek();
            first = Math.min(first, p.buildStartWeek());
            moduleWorkflows[w] = new int[p.moduleIds().size()];
            for (int i = 0; i < p.moduleIds().size(); i++) {
                String m = p.moduleIds().get(i);
                moduleWorkflows[w][i] = workflows.get(m);
                waveWorkflows[w] += workflows.get(m);
                if (built.add(m)) {
                    enterpriseWorkflows[w] += workflows.get(m);
                }
            }
        }
        firstBuildStart = first;
        if (followOn >= 0) {
            // no sites of its own and no users to train: it brings deferred modules live at sites
            // already live, so its command centre reads incidents against the whole programme
            int last = baselineGoLive[plan.size() - 1];
            waveIds[followOn] = FOLLOW_ON;
            waveSites[followOn] = new int[0];
            commandCentreUsers[followOn] = users;
            moduleWorkflows[followOn] = new int[0];
            baselineGoLive[followOn] = calendar.atOrAfter(last + s.strategy().minGapWeeks());
            buildStart[followOn] = first;
            int testWeeks = s.practices().testCycles() * s.practices().testCycleWeeks();
            testStart[followOn] = Math.max(first, baselineGoLive[followOn] - testWeeks - (testWeeks > 0 ? 1 : 0));
        }
        defectSources = WaveStreams.sources("defects", waveIds);
        customizationSources = WaveStreams.sources("customization", waveIds);
        liveSources = WaveStreams.sources("live", waveIds);
        waveSources = WaveStreams.sources("waves", waveIds);
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
        Integer ccWeeks = practices.commandCentre().minWeeks();
        fixedCommandCentreWeeks = ccWeeks == null ? -1 : ccWeeks;
        minCommandCentreWeeks = ccWeeks == null ? Practices.CommandCentre.SHORTEST_DEFAULT_STAY_WEEKS : ccWeeks;
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
