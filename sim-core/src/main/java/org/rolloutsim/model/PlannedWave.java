package org.rolloutsim.model;

import java.util.List;
import java.util.Objects;

/**
 * One wave of the baseline plan (the plan as it stands at week 0, MODEL.md 2.4).
 *
 * @param id             {@code w1}, {@code w2}, ... for big-bang and phased strategies, else the explicit id
 * @param siteIds        the sites that go live in this wave
 * @param moduleIds      the modules they bring live
 * @param buildStartWeek first week of build: {@code goLiveWeek - prepWeeks}, never before week 0
 * @param testStartWeek  planned start of testing: {@code goLiveWeek - testCycles * testCycleWeeks - 1}
 *                       (the last cycle ends a week before go-live), never before the build start;
 *                       {@code goLiveWeek} when there are no test cycles
 * @param goLiveWeek     baseline go-live week, after {@code minGapWeeks} has been enforced
 * @param users          end users of the wave's sites
 */
public record PlannedWave(String id, List<String> siteIds, List<String> moduleIds, int buildStartWeek,
                          int testStartWeek, int goLiveWeek, long users) {
    public PlannedWave {
        Objects.requireNonNull(id, "id");
        siteIds = List.copyOf(siteIds);
        moduleIds = List.copyOf(moduleIds);
    }
}
