package org.rolloutsim.model;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.OutputSchema.Kind;
import org.rolloutsim.output.OutputSchema.Scalar;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;

/**
 * The output schema of one scenario under the agreed names, and the column of each value a run
 * records, resolved once so that recording is array stores only.
 */
final class OutputColumns {
    static final String[] SERIES = {"cumulativeProgramCost", "sitesLive", "fatigue", "openDefects", "headcount"};
    static final int SERIES_CUMULATIVE_COST = 0;
    static final int SERIES_SITES_LIVE = 1;
    static final int SERIES_FATIGUE = 2;
    static final int SERIES_OPEN_DEFECTS = 3;
    static final int SERIES_HEADCOUNT = 4;

    final OutputSchema schema;
    final int completionWeek;
    final int censored;
    final int programCost;
    final int totalCost;
    final int[] cost = new int[CostCategory.ALL.length];
    final int unfinishedWork;
    final int peakFatigue;
    final int meanFatigue;
    final int leavers;
    final int hires;
    final int customizationsRequested;
    final int customizationsApproved;
    final int testDefects;
    final int productionDefects;
    final int incidents;
    final int patientSafetyEvents;
    final int minIntegrity;
    final int siloWeeks;
    final int pauses;
    final int weeksPaused;
    final int risksOccurred;
    final int replans;
    final int surgeFte;
    final int modulesDeferred;
    final int forcedGoLives;
    final int[] baselineGoLive;
    final int[] plannedGoLive;
    final int[] goLive;
    final int[] stabilized;
    final int[] slip;
    /** Column of each sampled input, in {@link InputLayout#sampled()} order. */
    final int[] sampled;
    final int[] riskOccurred;

    OutputColumns(Scenario s, String[] waveIds, InputLayout inputs) {
        List<Scalar> scalars = new ArrayList<>();
        completionWeek = out(scalars, "completionWeek");
        censored = out(scalars, "censored");
        programCost = out(scalars, "programCost");
        totalCost = out(scalars, "totalCost");
        for (CostCategory c : CostCategory.ALL) {
            cost[c.ordinal()] = out(scalars, "cost." + c.key());
        }
        unfinishedWork = out(scalars, "unfinishedWorkAtGoLive");
        peakFatigue = out(scalars, "peakFatigue");
        meanFatigue = out(scalars, "meanFatigue");
        leavers = out(scalars, "leavers");
        hires = out(scalars, "hires");
        customizationsRequested = out(scalars, "customizationsRequested");
        customizationsApproved = out(scalars, "customizationsApproved");
        testDefects = out(scalars, "testDefects");
        productionDefects = out(scalars, "productionDefects");
        incidents = out(scalars, "incidents");
        patientSafetyEvents = out(scalars, "patientSafetyEvents");
        minIntegrity = out(scalars, "minIntegrity");
        siloWeeks = out(scalars, "siloWeeks");
        pauses = out(scalars, "pauses");
        weeksPaused = out(scalars, "weeksPaused");
        risksOccurred = out(scalars, "risksOccurred");
        replans = out(scalars, "replans");
        surgeFte = out(scalars, "surgeFte");
        modulesDeferred = out(scalars, "modulesDeferred");
        forcedGoLives = out(scalars, "forcedGoLives");
        int n = waveIds.length;
        baselineGoLive = new int[n];
        plannedGoLive = new int[n];
        goLive = new int[n];
        stabilized = new int[n];
        slip = new int[n];
        for (int w = 0; w < n; w++) {
            String at = "waves." + waveIds[w] + ".";
            baselineGoLive[w] = out(scalars, at + "baselineGoLiveWeek");
            plannedGoLive[w] = out(scalars, at + "plannedGoLiveWeek");
            goLive[w] = out(scalars, at + "goLiveWeek");
            stabilized[w] = out(scalars, at + "stabilizedWeek");
            slip[w] = out(scalars, at + "slipWeeks");
        }
        List<InputField> fields = inputs.sampled();
        sampled = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            sampled[i] = scalars.size();
            scalars.add(new Scalar(fields.get(i).path(), Kind.PARAMETER));
        }
        riskOccurred = new int[s.risks().size()];
        for (int i = 0; i < s.risks().size(); i++) {
            Risk r = s.risks().get(i);
            riskOccurred[i] = scalars.size();
            scalars.add(new Scalar("risks." + r.id() + ".occurred", Kind.RISK));
        }
        // a finished programme still has every site live: sites live holds, like the running cost
        schema = new OutputSchema(scalars, List.of(SERIES), s.program().horizonWeeks(),
                List.of("cumulativeProgramCost", "sitesLive"));
    }

    private static int out(List<Scalar> scalars, String name) {
        scalars.add(new Scalar(name, Kind.OUTPUT));
        return scalars.size() - 1;
    }
}
