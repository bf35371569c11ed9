package org.rolloutsim.scenario;

import java.util.List;

/**
 * The programme office's thresholds (MODEL.md 11), set under {@code governance:}. Policy, not
 * uncertainty: each is a plain number, the same in every run.
 *
 * @param reviewWeeks          weeks between programme reviews (4)
 * @param surgeTriggerWeeks    forecast lateness, beyond the current plan, that asks for surge staff (4)
 * @param surgeMaxShare        surge head-count cap, as a share of the starting team (0.25)
 * @param surgeStep            surge staff asked for at one review, as a share of the starting team (0.05)
 * @param replanTriggerWeeks   forecast lateness, beyond the current plan, that re-baselines a wave (8)
 * @param replanBufferWeeks    weeks added to the forecast when a wave is re-baselined (4)
 * @param descopeTriggerWeeks  forecast lateness, beyond the original baseline, that defers a module (16)
 * @param overtimeFatigueCap   fatigue at or above which the team works normal hours (0.5)
 * @param maxSlipWeeks         slip past the original baseline ({@code slip-until-ready}), or weeks of failed gates
 *                             ({@code hold-the-line}), after which a wave goes live whatever the gate says (52)
 * @param goLiveWindowWeeks    weeks between go-live windows (4)
 * @param blackoutWeeks        ISO calendar weeks with no go-live window (51, 52, 53, 1)
 */
public record ResponseRules(
        int reviewWeeks,
        double surgeTriggerWeeks,
        double surgeMaxShare,
        double surgeStep,
        double replanTriggerWeeks,
        int replanBufferWeeks,
        double descopeTriggerWeeks,
        double overtimeFatigueCap,
        int maxSlipWeeks,
        int goLiveWindowWeeks,
        List<Integer> blackoutWeeks) {

    public static final List<Integer> DEFAULT_BLACKOUT = List.of(51, 52, 53, 1);

    public ResponseRules {
        if (reviewWeeks < 1 || goLiveWindowWeeks < 1 || replanBufferWeeks < 0 || maxSlipWeeks < 0) {
            throw new IllegalArgumentException(
                    "need reviewWeeks >= 1, goLiveWindowWeeks >= 1, replanBufferWeeks >= 0, maxSlipWeeks >= 0");
        }
        if (surgeMaxShare < 0 || surgeStep < 0 || overtimeFatigueCap < 0) {
            throw new IllegalArgumentException("surge shares and the overtime fatigue cap must be >= 0");
        }
        blackoutWeeks = blackoutWeeks == null ? DEFAULT_BLACKOUT : List.copyOf(blackoutWeeks);
    }

    public static ResponseRules defaults() {
        return new ResponseRules(4, 4, 0.25, 0.05, 8, 4, 16, 0.5, 52, 4, DEFAULT_BLACKOUT);
    }
}
