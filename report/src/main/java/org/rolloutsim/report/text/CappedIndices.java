package org.rolloutsim.report.text;

import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.SensitivityData;

/**
 * Sobol indices of outputs cut off at the horizon, said the same in the report, the console and
 * sensitivity.json: a run not finished by then holds the horizon as its completion and its cost up
 * to then, so the spread the indices share out is that of completion and cost capped there.
 */
public final class CappedIndices {

    private CappedIndices() {
    }

    /**
     * "31% of runs had not finished before the horizon (7 June 2034, week 220); ...", in the words {@code rollout run}
     * uses (a run not finished within weeks 0 to 219 may finish in week 220 itself: not "by" it); null
     * when every run finished.
     */
    public static String note(SensitivityData data) {
        if (data.unfinishedRuns() == 0) {
            return null;
        }
        // the horizon's date, as every other output gives it (the note had said "week 220" alone)
        return Percent.format(data.unfinishedShare()) + " of runs had not finished before the horizon ("
                + data.calendar().longDate(data.horizonWeek()) + ", week " + data.horizonWeek() + "); their completion counts as the horizon and their costs only to then, so"
                + " these indices are of completion and programme cost capped at the horizon. A longer"
                + " program.horizonWeeks lets more of them finish within it.";
    }
}
