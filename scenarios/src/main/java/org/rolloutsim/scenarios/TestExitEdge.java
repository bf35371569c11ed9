package org.rolloutsim.scenarios;

import java.util.Locale;
import java.util.Optional;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.Scenario;

/**
 * A plan whose test exit sits on a knife edge (docs/model.md 12.3). A wave leaves test only when
 * its last cycle found at most {@code testExitShare} of all the defects its cycles found, else it
 * runs an extra cycle and slips a go-live window. Each cycle finds {@code testDetection} of what is
 * left, so of {@code n} cycles the last is expected to find {@code d(1-d)^(n-1) / (1-(1-d)^n)} of
 * all found: with the defaults (d = 0.367, the mean of triangular 0.25, 0.35, 0.5, and 4 cycles)
 * 11.1%, against an exit share of 12%. When that expected share lies within {@link #BAND} of the
 * exit share, whether a wave leaves on plan turns on the detection a run draws and on chance,
 * however well staffed the wave is: a finding of the rule's calibration, not of the plan.
 *
 * <p>The expected share uses the means of {@code testDetection} and {@code testExitShare} (the
 * model draws them); nothing is said when no extra cycle can run (no planned cycles,
 * {@code maxExtraCycles} 0, or {@code governance.response: none}).
 */
final class TestExitEdge {
    /** How near, relative to the exit share, the expected last-cycle share counts as on the edge. */
    static final double BAND = 0.10;

    private TestExitEdge() {
    }

    /** The warning for {@code scenario}, if its test exit is on the edge. */
    static Optional<String> of(Scenario scenario) {
        Response response = scenario.governance().response();
        int cycles = scenario.practices().testCycles();
        double detection = mean(scenario, Parameter.TEST_DETECTION, response);
        double exit = mean(scenario, Parameter.TEST_EXIT_SHARE, response);
        if (!response.managed() || cycles < 1 || Math.round(mean(scenario, Parameter.MAX_EXTRA_CYCLES, response)) < 1
                || exit <= 0) {
            return Optional.empty();
        }
        double share = lastCycleShare(detection, cycles);
        if (Math.abs(share - exit) > BAND * exit) {
            return Optional.empty();
        }
        int more = cycles + 1;
        while (more < 50 && lastCycleShare(detection, more) > exit * (1 - BAND)) {
            more++;
        }
        return Optional.of(String.format(Locale.ROOT, "the test exit is on a knife edge: with testDetection %.3f"
                        + " (%s) and %d planned test cycles (practices.testCycles), the last cycle is expected to find"
                        + " %.1f%% of the defects the cycles find, against an exit share of %.1f%%"
                        + " (parameters.testExitShare), so whether a wave leaves test on plan or runs an extra cycle"
                        + " and slips a go-live window is close to a coin flip, however it is staffed; plan %d cycles"
                        + " (the last then finds %.1f%%) or set testExitShare clearly away from %.1f%%",
                detection, describe(scenario, Parameter.TEST_DETECTION, response), cycles, 100 * share, 100 * exit,
                more, 100 * lastCycleShare(detection, more), 100 * share));
    }

    /**
     * The share of all defects found that the last of {@code cycles} cycles finds, each finding
     * {@code detection} of the defects left: {@code d(1-d)^(n-1) / (1-(1-d)^n)}, {@code 1/n} at d = 0.
     */
    static double lastCycleShare(double detection, int cycles) {
        if (detection <= 0) {
            return 1.0 / cycles;
        }
        double left = 1 - detection;
        return detection * Math.pow(left, cycles - 1) / (1 - Math.pow(left, cycles));
    }

    private static double mean(Scenario scenario, Parameter p, Response response) {
        return scenario.parameters().get(p, response).mean();
    }

    private static String describe(Scenario scenario, Parameter p, Response response) {
        Distribution d = scenario.parameters().get(p, response);
        return d.isConstant() ? "as set" : "the mean of its distribution";
    }
}
