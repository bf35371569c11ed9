package org.rolloutsim.report.data;

import java.util.List;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.OutputSchema.Kind;
import org.rolloutsim.output.OutputSchema.Scalar;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/** A small stand-in for the roll-out model with the agreed output names and known randomness. */
final class TinyModel implements MonteCarloModel {
    static final OutputSchema SCHEMA = new OutputSchema(List.of(
            new Scalar("completionWeek", Kind.OUTPUT),
            new Scalar("censored", Kind.OUTPUT),
            new Scalar("programCost", Kind.OUTPUT),
            new Scalar("totalCost", Kind.OUTPUT),
            new Scalar("peakFatigue", Kind.OUTPUT),
            new Scalar("patientSafetyEvents", Kind.OUTPUT),
            new Scalar("testDetection", Kind.PARAMETER),
            new Scalar("risks.vendor-upgrade.occurred", Kind.RISK)),
            List.of("cumulativeProgramCost", "sitesLive"), 80);

    private final double extraWeeks;

    TinyModel(double extraWeeks) {
        this.extraWeeks = extraWeeks;
    }

    @Override
    public OutputSchema schema() {
        return SCHEMA;
    }

    @Override
    public void run(long seed, int runIndex, RunOutput out) {
        double detection = 0.25 + 0.25 * RandomStream.of(seed, runIndex, "parameters/testDetection").nextDouble();
        boolean vendor = RandomStream.of(seed, runIndex, "risks/vendor-upgrade").bernoulli(0.3);
        double noise = RandomStream.of(seed, runIndex, "noise").gaussian();
        int weeks = (int) Math.min(79, Math.round(50 + 20 * (0.5 - detection) + 5 * noise + (vendor ? 6 : 0) + extraWeeks));
        double weeklyCost = 3.1e5 * (1 + 0.1 * noise);
        out.set(0, weeks);
        out.set(1, weeks >= 79 ? 1 : 0);
        out.set(2, weeklyCost * weeks);
        out.set(3, weeklyCost * weeks * 1.15);
        out.set(4, 0.4 + 0.05 * noise);
        out.set(5, Math.max(0, Math.round(2 + noise)));
        out.set(6, detection);
        out.set(7, vendor ? 1 : 0);
        for (int w = 0; w <= weeks; w++) {
            out.record(0, w, (float) (weeklyCost * (w + 1)));
            out.record(1, w, Math.min(12, w / 5));
        }
    }
}
