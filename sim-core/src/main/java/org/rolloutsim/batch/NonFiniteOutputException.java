package org.rolloutsim.batch;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;

/**
 * A run recorded NaN or an infinity. Validated inputs never lead to one, so it is a bug in the
 * model: the run fails loudly, naming the value and the sampled inputs that produced it, rather
 * than being counted as an unfinished run or written as an empty cell.
 */
public final class NonFiniteOutputException extends IllegalStateException {

    private NonFiniteOutputException(String message) {
        super(message);
    }

    /** Throws when any scalar, or any recorded week of any series, of {@code out} is not finite. */
    static void check(OutputSchema schema, RunOutput out) {
        for (int c = 0; c < schema.scalarCount(); c++) {
            double v = out.get(c);
            if (!Double.isFinite(v)) {
                throw new NonFiniteOutputException(schema.scalars().get(c).name() + " is " + v + inputs(schema, out));
            }
        }
        for (int s = 0; s < schema.seriesCount(); s++) {
            for (int week = 0; week < out.weeks(); week++) {
                float v = out.series(s, week);
                if (!Float.isFinite(v)) {
                    throw new NonFiniteOutputException("week " + week + " of " + schema.series().get(s) + " is " + v
                            + inputs(schema, out));
                }
            }
        }
    }

    private static String inputs(OutputSchema schema, RunOutput out) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < schema.scalarCount(); c++) {
            OutputSchema.Scalar scalar = schema.scalars().get(c);
            if (scalar.kind() == OutputSchema.Kind.PARAMETER) {
                values.add(scalar.name() + " = " + out.get(c));
            }
        }
        return values.isEmpty() ? " (no sampled inputs)" : "; sampled inputs: " + String.join(", ", values);
    }
}
