package org.rolloutsim.stats;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.batch.MonteCarloModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;

/**
 * A model whose answers are known: each scalar is computed by a small formula from named random
 * draws, so tests know the true distribution of every output.
 */
public final class SyntheticModel implements MonteCarloModel {

    /** Computes one run's scalars from its random streams. */
    @FunctionalInterface
    public interface Formula {
        void fill(Draws draws, RunOutput out, OutputSchema schema);
    }

    /** The random draws of one run, one stream per named source. */
    public static final class Draws {
        private final long seed;
        private final int run;

        Draws(long seed, int run) {
            this.seed = seed;
            this.run = run;
        }

        public double uniform(String source) {
            return RandomStream.of(seed, run, source).nextDouble();
        }

        public double gaussian(String source) {
            return RandomStream.of(seed, run, source).gaussian();
        }

        public double exponential(String source) {
            return -Math.log(1 - uniform(source));
        }

        public int run() {
            return run;
        }
    }

    private final OutputSchema schema;
    private final Formula formula;
    private final int weeklyWeeks;

    /**
     * @param schema      the layout; weekly series are filled with value week × U (U one uniform per
     *                    run and series) for {@code weeklyWeeks} weeks
     */
    public SyntheticModel(OutputSchema schema, Formula formula, int weeklyWeeks) {
        this.schema = schema;
        this.formula = formula;
        this.weeklyWeeks = weeklyWeeks;
    }

    public static OutputSchema schema(List<OutputSchema.Scalar> scalars, List<String> series, int maxWeeks) {
        return new OutputSchema(scalars, series, maxWeeks);
    }

    public static OutputSchema.Scalar output(String name) {
        return new OutputSchema.Scalar(name, OutputSchema.Kind.OUTPUT);
    }

    public static OutputSchema.Scalar parameter(String name) {
        return new OutputSchema.Scalar(name, OutputSchema.Kind.PARAMETER);
    }

    public static OutputSchema.Scalar risk(String name) {
        return new OutputSchema.Scalar(name, OutputSchema.Kind.RISK);
    }

    /** Scalar names of a schema, for building formulas. */
    public static List<String> names(OutputSchema schema) {
        List<String> names = new ArrayList<>();
        schema.scalars().forEach(s -> names.add(s.name()));
        return names;
    }

    @Override
    public OutputSchema schema() {
        return schema;
    }

    @Override
    public void run(long seed, int runIndex, RunOutput out) {
        Draws draws = new Draws(seed, runIndex);
        formula.fill(draws, out, schema);
        for (int s = 0; s < schema.seriesCount(); s++) {
            double u = draws.uniform("series/" + s);
            for (int w = 0; w < Math.min(weeklyWeeks, schema.maxWeeks()); w++) {
                out.record(s, w, (float) (w * u));
            }
        }
    }
}
