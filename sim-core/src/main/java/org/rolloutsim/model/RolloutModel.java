package org.rolloutsim.model;

import java.util.List;
import java.util.Optional;
import org.rolloutsim.design.DesignedModel;
import org.rolloutsim.design.UncertainInput;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.random.StreamKey;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;

/**
 * The weekly roll-out model of MODEL.md as a {@link MonteCarloModel}: each run samples the
 * scenario's uncertain inputs, then simulates the programme week by week until every wave is
 * stabilized or the horizon is reached, and records its outcome under the agreed output names.
 *
 * <p>Thread-safe: the instance holds only what every run shares (the baseline plan, the input and
 * output layouts), all immutable; each run's state is created inside {@link #run}. Every random
 * number comes from a stream keyed by (seed, run, source), sources being fixed names per mechanism,
 * per wave and per uncertain input, so results do not depend on threads and two scenarios run with
 * one seed share their random numbers source by source.
 *
 * <p>As a {@link DesignedModel}, a run may instead be given its uncertain inputs (Latin hypercube
 * sampling, rank correlations, variance-based sensitivity): {@link #inputs()} are the sampled
 * inputs in the order of their output columns.
 */
public final class RolloutModel implements DesignedModel {
    private final Scenario scenario;
    private final ModelOptions options;
    private final List<PlannedWave> plan;
    private final ProgrammeLayout layout;
    private final InputLayout inputs;
    private final OutputColumns columns;
    private final InputField[] sampled;
    private final long[] sources;
    private final int pauseField;
    private final double totalInterfaces;
    private final boolean embeddedRateDerived;

    public RolloutModel(Scenario scenario, ModelOptions options) {
        this.scenario = scenario;
        this.options = options == null ? ModelOptions.DEFAULT : options;
        List<PlannedWave> planned = WavePlanner.plan(scenario);
        GoLiveCalendar calendar = GoLiveCalendar.of(scenario, planned.get(0).goLiveWeek());
        this.plan = calendar.snap(planned, scenario);
        this.layout = new ProgrammeLayout(scenario, plan, calendar);
        this.inputs = new InputLayout(scenario, this.options.mitigated());
        this.columns = new OutputColumns(scenario, layout.waveIds, inputs);
        this.sampled = inputs.sampled().toArray(InputField[]::new);
        this.sources = new long[sampled.length];
        int pause = -1;
        for (int i = 0; i < sampled.length; i++) {
            sources[i] = StreamKey.sourceHash(sampled[i].source());
            if (sampled[i].slot() == Parameter.PAUSE_WEEKS.ordinal()) {
                pause = i;
            }
        }
        this.pauseField = pause;
        double interfaces = 0;
        for (Site site : scenario.sites()) {
            interfaces += site.interfaces();
        }
        this.totalInterfaces = interfaces;
        this.embeddedRateDerived = scenario.parameters().get(Parameter.LEARNING_RATE_EMBEDDED) == null;
    }

    /**
     * The baseline plan of {@code scenario} as {@link #plan()} gives it, without the rest of a
     * model: what a scenario's checks need to see where its go-lives land.
     */
    public static List<PlannedWave> baselinePlan(Scenario scenario) {
        List<PlannedWave> planned = WavePlanner.plan(scenario);
        return GoLiveCalendar.of(scenario, planned.get(0).goLiveWeek()).snap(planned, scenario);
    }

    /**
     * The first week from which {@code scenario}'s go-live calendar has no window left (windows
     * every {@code goLiveWindowWeeks} from the first planned go-live, none in a blackout week),
     * looked for up to 120 weeks past the horizon; {@link Integer#MAX_VALUE} under
     * {@code governance.response: none}, where every week is a window. Before the horizon, a wave
     * moved to that week or later would have no window to go live in: the loader refuses such a
     * scenario.
     */
    public static int goLiveWindowsEnd(Scenario scenario) {
        List<PlannedWave> planned = WavePlanner.plan(scenario);
        return GoLiveCalendar.of(scenario, planned.get(0).goLiveWeek()).windowsEnd();
    }

    /**
     * The names of the scenario's uncertain inputs, before and after mitigation (a risk's
     * mitigation replaces its own inputs): what {@code correlations:} may name.
     */
    public static List<String> uncertainInputNames(Scenario scenario) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (boolean mitigated : new boolean[] {false, true}) {
            new InputLayout(scenario, mitigated).sampled().forEach(f -> names.add(f.path()));
        }
        return List.copyOf(names);
    }

    /**
     * The name of this model's uncertain input that {@code name}, as a scenario's
     * {@code correlations:} write it, designates: the same name, or under {@code --mitigated} the
     * mitigated name of a risk's own impact field that its mitigation carries over unchanged (the
     * same quantity, drawn under the mitigated name). Empty when this model samples no such input: a
     * constant, or a risk's own probability or impact that its mitigation replaced.
     */
    public Optional<String> uncertainInputNamed(String name) {
        return Optional.ofNullable(inputs.sampledNamed(name));
    }

    /**
     * The path of every input any scenario can have, {@code *} standing for an id (a site's, a fixed
     * cost's or a risk's), the parameters' keys among them: every name of
     * {@link #uncertainInputNames} fits one. A name that fits none can be refused before the rest of
     * the scenario is known.
     */
    public static List<String> inputPathShapes() {
        return InputLayout.SHAPES;
    }

    /** Pre-mitigation model of {@code scenario}. */
    public RolloutModel(Scenario scenario) {
        this(scenario, ModelOptions.DEFAULT);
    }

    public Scenario scenario() {
        return scenario;
    }

    public ModelOptions options() {
        return options;
    }

    /**
     * The baseline plan the runs start from: go-lives on windows under the rules of MODEL.md 11.
     * The follow-on wave of {@code response: full}, which has no baseline of its own, is not in it.
     */
    public List<PlannedWave> plan() {
        return plan;
    }

    @Override
    public OutputSchema schema() {
        return columns.schema;
    }

    @Override
    public void run(long seed, int runIndex, RunOutput out) {
        newRun(seed, runIndex, null, out).run();
    }

    @Override
    public List<UncertainInput> inputs() {
        return List.of(sampled);
    }

    @Override
    public void run(long seed, int runIndex, double[] values, RunOutput out) {
        if (values.length != sampled.length) {
            throw new IllegalArgumentException("expected " + sampled.length + " input values, got " + values.length);
        }
        newRun(seed, runIndex, values, out).run();
    }

    /** The scenario resolved for runs; for tests in this package. */
    ProgrammeLayout layout() {
        return layout;
    }

    /** Samples the inputs of one run and builds its state, ready to run; for tests in this package. */
    RolloutRun newRun(long seed, int runIndex, RunOutput out) {
        return newRun(seed, runIndex, null, out);
    }

    /**
     * Builds one run's state with its uncertain inputs drawn from their streams, or set to
     * {@code given} (in the order of {@link #inputs()}) when that is not null. The pause length's
     * stream is drawn from either way, so later pauses draw the same lengths.
     */
    private RolloutRun newRun(long seed, int runIndex, double[] given, RunOutput out) {
        double[] values = inputs.newValues();
        RandomStream pauseStream = null;
        for (int i = 0; i < sampled.length; i++) {
            InputField field = sampled[i];
            double x = given == null ? Double.NaN : given[i];
            if (given == null || i == pauseField) {
                RandomStream stream = RandomStream.ofSource(seed, runIndex, sources[i]);
                double drawn = field.distribution().sampleWithin(stream, field.min(), field.max());
                x = given == null ? drawn : x;
                if (i == pauseField) {
                    pauseStream = stream; // later pauses draw their lengths afresh from it
                }
            }
            values[field.slot()] = x;
            out.set(columns.sampled[i], x);
        }
        deriveDefaults(values);
        Distribution pauseDistribution = scenario.parameters().get(Parameter.PAUSE_WEEKS,
                scenario.governance().response());
        return new RolloutRun(layout, columns, inputs, values, pauseDistribution, pauseStream, seed, runIndex, out);
    }

    /** Inputs whose default depends on other inputs of the same run (docs/model.md). */
    private void deriveDefaults(double[] values) {
        if (embeddedRateDerived) {
            Parameter p = Parameter.LEARNING_RATE_EMBEDDED;
            values[p.ordinal()] = Math.max(p.min(), Math.min(p.max(), values[Parameter.LEARNING_RATE.ordinal()] - 0.05));
        }
        int ccCost = inputs.practicesBase + InputLayout.CC_COST;
        if (Double.isNaN(values[ccCost])) {
            double consultants = values[inputs.teamBase + InputLayout.CONSULTANT_COST];
            values[ccCost] = scenario.team().consultants() != null
                    ? consultants : values[inputs.teamBase + InputLayout.STAFF_COST];
        }
        int maintenance = inputs.practicesBase + InputLayout.MAINTENANCE_FTE;
        if (Double.isNaN(values[maintenance])) {
            values[maintenance] = totalInterfaces / values[Parameter.INTERFACES_PER_MAINTENANCE_FTE.ordinal()];
        }
    }
}
