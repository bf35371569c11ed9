package org.rolloutsim.model;

import org.rolloutsim.output.RunOutput;

/** Runs a model in the test thread and reads outputs by name. */
final class Runs {
    private Runs() {
    }

    /** One run's output buffer. */
    static RunOutput one(RolloutModel model, long seed, int run) {
        RunOutput out = model.schema().newRunOutput();
        out.reset(run);
        model.run(seed, run, out);
        return out;
    }

    /** The value of output {@code name} in runs {@code 0 .. runs-1}. */
    static double[] column(RolloutModel model, long seed, int runs, String name) {
        int col = model.schema().requireScalar(name);
        double[] values = new double[runs];
        RunOutput out = model.schema().newRunOutput();
        for (int r = 0; r < runs; r++) {
            out.reset(r);
            model.run(seed, r, out);
            values[r] = out.get(col);
        }
        return values;
    }

    static double get(RunOutput out, RolloutModel model, String name) {
        return out.get(model.schema().requireScalar(name));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
