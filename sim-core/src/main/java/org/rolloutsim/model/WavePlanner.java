package org.rolloutsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Strategy;

/**
 * Turns a scenario's strategy into its baseline plan of waves (MODEL.md 2.4): which sites and
 * modules go live together, and when build, testing and go-live are planned.
 */
public final class WavePlanner {
    private WavePlanner() {
    }

    /**
     * The baseline plan, waves in go-live order.
     *
     * @throws IllegalArgumentException when the strategy names an unknown site or module, or a
     *                                  phased strategy asks for more waves than there are sites
     */
    public static List<PlannedWave> plan(Scenario s) {
        List<String> allModules = s.modules().stream().map(Module::id).toList();
        List<Draft> drafts;
        if (s.strategy() instanceof Strategy.BigBang b) {
            drafts = List.of(new Draft("w1", s.sites().stream().map(Site::id).toList(), allModules, b.goLiveWeek()));
        } else if (s.strategy() instanceof Strategy.Phased p) {
            drafts = phased(s, p, allModules);
        } else {
            drafts = explicit(s, (Strategy.ExplicitWaves) s.strategy(), allModules);
        }
        return finish(s, drafts);
    }

    private record Draft(String id, List<String> sites, List<String> modules, int goLiveWeek) {
    }

    private static List<Draft> phased(Scenario s, Strategy.Phased p, List<String> allModules) {
        int n = s.sites().size();
        if (p.waves() > n) {
            throw new IllegalArgumentException("phased strategy: " + p.waves() + " waves but only " + n + " sites");
        }
        List<Site> sorted = sortSites(s.sites(), p.order());
        long[] cumulative = new long[n + 1];
        for (int i = 0; i < n; i++) {
            cumulative[i + 1] = cumulative[i] + sorted.get(i).users();
        }
        double total = cumulative[n];
        List<Draft> drafts = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= p.waves(); k++) {
            int end;
            if (k == p.waves()) {
                end = n;
            } else {
                // the cut whose cumulative users are nearest k/waves of the total, leaving at least
                // one site for each later wave; ties go to the earlier cut
                double target = total * k / p.waves();
                end = start + 1;
                double best = Math.abs(cumulative[end] - target);
                for (int i = start + 2; i <= n - (p.waves() - k); i++) {
                    double distance = Math.abs(cumulative[i] - target);
                    if (distance < best) {
                        best = distance;
                        end = i;
                    }
                }
            }
            List<String> ids = sorted.subList(start, end).stream().map(Site::id).toList();
            drafts.add(new Draft("w" + k, ids, allModules, p.firstGoLiveWeek() + (k - 1) * p.spacingWeeks()));
            start = end;
        }
        return drafts;
    }

    /** Sites in the strategy's order; {@link List#sort} is stable, so ties keep the listed order. */
    static List<Site> sortSites(List<Site> sites, SiteOrder order) {
        List<Site> sorted = new ArrayList<>(sites);
        switch (order) {
            case LISTED -> { }
            case LARGEST_FIRST -> sorted.sort(Comparator.comparingInt(Site::users).reversed());
            case SMALLEST_FIRST -> sorted.sort(Comparator.comparingInt(Site::users));
            case MOST_READY_FIRST -> sorted.sort(
                    Comparator.comparingDouble((Site site) -> site.readiness().mean()).reversed());
        }
        return sorted;
    }

    private static List<Draft> explicit(Scenario s, Strategy.ExplicitWaves e, List<String> allModules) {
        List<String> siteIds = s.sites().stream().map(Site::id).toList();
        List<Draft> drafts = new ArrayList<>();
        for (Strategy.WaveSpec spec : e.waves()) {
            for (String site : spec.sites()) {
                if (!siteIds.contains(site)) {
                    throw new IllegalArgumentException("wave " + spec.id() + ": unknown site " + site);
                }
            }
            for (String module : spec.modules()) {
                if (!allModules.contains(module)) {
                    throw new IllegalArgumentException("wave " + spec.id() + ": unknown module " + module);
                }
            }
            if (spec.sites().isEmpty()) {
                throw new IllegalArgumentException("wave " + spec.id() + ": no sites");
            }
            drafts.add(new Draft(spec.id(), spec.sites(),
                    spec.modules().isEmpty() ? allModules : spec.modules(), spec.goLiveWeek()));
        }
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(Draft::goLiveWeek));
        return sorted;
    }

    private static List<PlannedWave> finish(Scenario s, List<Draft> drafts) {
        Practices practices = s.practices();
        int gap = s.strategy().minGapWeeks();
        int testWeeks = practices.testCycles() * practices.testCycleWeeks();
        List<PlannedWave> waves = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (Draft d : drafts) {
            int goLive = previous == Integer.MIN_VALUE ? d.goLiveWeek() : Math.max(d.goLiveWeek(), previous + gap);
            int buildStart = Math.max(0, goLive - practices.prepWeeks());
            // the last cycle ends a week before go-live: a go/no-go week in which its critical
            // findings can be fixed before the gate looks at them (docs/model.md, departures)
            int testStart = Math.max(buildStart, goLive - testWeeks - (testWeeks > 0 ? 1 : 0));
            long users = 0;
            for (String id : d.sites()) {
                users += s.sites().stream().filter(site -> site.id().equals(id)).findFirst().orElseThrow().users();
            }
            waves.add(new PlannedWave(d.id(), d.sites(), d.modules(), buildStart, testStart, goLive, users));
            previous = goLive;
        }
        return List.copyOf(waves);
    }
}
