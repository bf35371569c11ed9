package org.rolloutsim.report.view;

import java.util.List;

/**
 * What a board pack adds to the distributions: the confidence level the board plans at, total cost
 * (programme cost plus delay and lost productivity), the joint confidence point the board is usually
 * shown (JCL 70), how precisely the run count pins down the date and cost at that level, and the risk
 * register ranked by what each risk contributes.
 *
 * @param confidence  the board's confidence level, e.g. 0.8 for P80
 * @param totalCost   total cost per run (same run order as completion), or {@code null} when not recorded
 * @param jcl70       date and cost at 70% joint confidence, or {@code null} when not reached
 * @param precision   95% intervals of completion and programme cost at {@code confidence}, or {@code null}
 *                    when unknown
 * @param risks       risk register rows, any order (the report ranks them)
 * @param responses   how the programme responded to slipping (replans, surge staff…), in display order;
 *                    empty when the model records none
 */
public record BoardFigures(double confidence, RunDistribution totalCost, JointPoint jcl70, Precision precision,
                           List<RiskRow> risks, List<ProgrammeResponse> responses) {

    /** Board figures of a model that records no responses. */
    public BoardFigures(double confidence, RunDistribution totalCost, JointPoint jcl70, Precision precision,
                        List<RiskRow> risks) {
        this(confidence, totalCost, jcl70, precision, risks, List.of());
    }

    /** Confidence used when none is asked for: P80, the level most boards fund to. */
    public static final double DEFAULT_CONFIDENCE = 0.8;

    public BoardFigures {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1: " + confidence);
        }
        risks = List.copyOf(risks == null ? List.of() : risks);
        responses = List.copyOf(responses == null ? List.of() : responses);
    }

    /** Nothing beyond the distributions, at the default confidence. */
    public static BoardFigures none() {
        return new BoardFigures(DEFAULT_CONFIDENCE, null, null, null, List.of());
    }

    /**
     * A date and cost at a joint confidence level: the share {@code level} of runs finish by
     * {@code week} and within {@code cost} together.
     */
    public record JointPoint(double level, double week, double cost) {
    }

    /**
     * How precisely the runs pin down the figures at the board's confidence level: 95% intervals of the
     * true completion week and programme cost at that level (P80 completion and P80 cost by default).
     */
    public record Precision(double completionLow, double completionHigh, double costLow, double costHigh) {
        /** False when too few runs leave a bound undefined (NaN). */
        public boolean isBounded() {
            return !Double.isNaN(completionLow) && !Double.isNaN(completionHigh) && !Double.isNaN(costLow)
                    && !Double.isNaN(costHigh);
        }
    }
}
