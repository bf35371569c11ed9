package org.rolloutsim.scenario;

import java.util.Objects;
import org.rolloutsim.random.Distribution;

/**
 * One entry of the risk register (MODEL.md 2.6). It occurs at most once per run, at a uniformly
 * drawn week in [fromWeek, toWeek].
 *
 * @param mitigation what post-mitigation runs use instead; {@code null} when there is none
 */
public record Risk(
        String id,
        String description,
        Distribution probability,
        int fromWeek,
        int toWeek,
        Scope scope,
        Impact impact,
        Mitigation mitigation) {

    public Risk {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description;
        Objects.requireNonNull(probability, "probability");
        if (fromWeek < 0 || toWeek < fromWeek) {
            throw new IllegalArgumentException("risk " + id + ": window needs 0 <= from <= to");
        }
        scope = scope == null ? Scope.PROGRAM : scope;
        impact = impact == null ? Impact.NONE : impact;
    }

    /** What a risk hits: the whole programme, one wave, or one site's wave. */
    public record Scope(Kind kind, String target) {
        public static final Scope PROGRAM = new Scope(Kind.PROGRAM, null);

        public enum Kind { PROGRAM, WAVE, SITE }

        public Scope {
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.PROGRAM) != (target == null)) {
                throw new IllegalArgumentException("a wave or site scope names its target; a programme scope does not");
            }
        }
    }

    /** What happens when the risk occurs; absent impacts are 0. */
    public record Impact(
            Distribution delayWeeks,
            Distribution cost,
            Distribution fatigue,
            Distribution defects,
            Distribution leavers) {
        public static final Impact NONE = new Impact(null, null, null, null, null);

        public Impact {
            delayWeeks = zeroIfNull(delayWeeks);
            cost = zeroIfNull(cost);
            fatigue = zeroIfNull(fatigue);
            defects = zeroIfNull(defects);
            leavers = zeroIfNull(leavers);
        }

        private static Distribution zeroIfNull(Distribution d) {
            return d == null ? Distribution.constant(0) : d;
        }
    }

    /** Post-mitigation probability and impact, and the mitigation's cost (always paid when chosen). */
    public record Mitigation(Distribution probability, Impact impact, Distribution cost) {
        public Mitigation {
            Objects.requireNonNull(probability, "probability");
            impact = impact == null ? Impact.NONE : impact;
            cost = cost == null ? Distribution.constant(0) : cost;
        }
    }
}
