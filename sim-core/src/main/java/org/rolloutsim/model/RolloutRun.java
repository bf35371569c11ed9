package org.rolloutsim.model;

import static org.rolloutsim.model.InputLayout.APPROVAL;
import static org.rolloutsim.model.InputLayout.CC_EXIT;
import static org.rolloutsim.model.InputLayout.CC_FTE;
import static org.rolloutsim.model.InputLayout.CONSULTANT_FTE;
import static org.rolloutsim.model.InputLayout.HIRING_LAG;
import static org.rolloutsim.model.InputLayout.MAINTENANCE_FTE;
import static org.rolloutsim.model.InputLayout.PARTNERSHIP;
import static org.rolloutsim.model.InputLayout.RAMP_UP;
import static org.rolloutsim.model.InputLayout.SITE_COMPLEXITY;
import static org.rolloutsim.model.InputLayout.SITE_LEADERSHIP;
import static org.rolloutsim.model.InputLayout.SITE_READINESS;
import static org.rolloutsim.model.InputLayout.STAFF_FTE;
import static org.rolloutsim.model.InputLayout.SUPPORT_RATIO;
import static org.rolloutsim.model.InputLayout.THRESHOLD;
import static org.rolloutsim.model.InputLayout.TOLERANCE;
import static org.rolloutsim.model.InputLayout.VENDOR_FTE;
import static org.rolloutsim.model.InputLayout.WELLNESS;

import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.engine.Simulation;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * One run of the roll-out model: the state of the waves and the programme, created fresh for the
 * run, and the weekly cycle of MODEL.md 1 that moves it:
 * <ol>
 *   <li>dated events: risks, hires, test cycles ending, gate checks, cut-overs, command-centre exits;</li>
 *   <li>the programme review (every few weeks, v2), team capacity and its allocation to active waves;</li>
 *   <li>build and rework;</li>
 *   <li>defect injection, and testing starting;</li>
 *   <li>customization requests and emergent scope;</li>
 *   <li>readiness at sites in training, and forgetting out of it;</li>
 *   <li>live sites: incidents, harm, the command centre, interfaces, safety pauses;</li>
 *   <li>overtime, fatigue, attrition;</li>
 *   <li>costs, and the week's record.</li>
 * </ol>
 * Each mechanism keeps its own state in a class named for it: the team ({@link Workforce}), its
 * {@link Attrition}, {@link TeamFatigue} and {@link OvertimePolicy}; each wave's {@link WaveBuild},
 * {@link TestCycles} and {@link WavePlan} on the {@link GoLiveCalendar}; {@link SiteReadiness}, the
 * {@link Gate}, the {@link CommandCentre}, the {@link SafetyPause}, the {@link LearningCurve}, the
 * {@link ProgrammeReview}, {@link Interoperability}, the {@link RiskRegister}, and the
 * {@link WeeklyCosts} charged to the {@link CostLedger}. This class holds each wave's phase and ties
 * the mechanisms together, one method per step. Under {@code governance.response: none} every rule
 * of MODEL.md 11 is off and a run is the v1 run.
 *
 * <p>State lives in arrays indexed by wave (in baseline go-live order) or site, sized once per run,
 * so that a simulated week allocates nothing.
 */
final class RolloutRun implements ProgrammeReview.Programme {
    // Event kinds, numbered in the step-1 order of MODEL.md 1.
    static final int RISK_EVENT = 0;
    static final int HIRE_ARRIVES = 1;
    static final int TEST_CYCLE_END = 2;
    static final int GATE_CHECK = 3;
    static final int CUT_OVER = 4;
    static final int COMMAND_CENTRE_EXIT = 5;

    // Wave phases, in the order a wave goes through them.
    static final int PLANNED = 0;
    static final int BUILD = 1;
    static final int TEST = 2;
    static final int LIVE = 3;
    static final int STABILIZED = 4;

    private static final Distribution COMMAND_CENTRE_STAY = new Distribution.Triangular(2, 3, 6);

    private final ProgrammeLayout layout;
    private final boolean managed;
    private final OutputColumns columns;
    private final RunOutput out;
    private final Simulation simulation;
    private final EventCalendar calendar;
    private final GoLiveCalendar windows;
    private final CostLedger ledger = new CostLedger();
    private final WeeklyCosts costs;
    private final Workforce team;
    private final Attrition attrition;
    private final TeamFatigue fatigue;
    private final OvertimePolicy overtime;
    private final SiteReadiness readiness;
    private final Gate gate;
    private final CommandCentre commandCentre;
    private final Interoperability interoperability;
    private final RiskRegister risks;
    private final ProgrammeReview review;
    private final long seed;
    private final int runIndex;

    // ---- per-run inputs ----
    private final double changeCapacityUsers;
    private final double productivityDip;
    private final double recoverySum;
    private final double userWeekValue;
    private final double atElbowCostPerUser;
    private final double siloIncidentRate;
    private final LearningCurve learning;
    private final SafetyPause pause;
    private final double[] siteComplexity;

    // ---- wave state ----
    private final int waves;
    /** Each wave's phase, {@link #PLANNED} to {@link #STABILIZED}; set only here, read by the plan. */
    private final int[] phase;
    private final WaveBuild build;
    private final TestCycles tests;
    private final WavePlan plan;
    private final int[] stabilizedWeek;
    /** Under {@code slip-until-ready}, the wave goes live at its next window whatever the gate says (v2). */
    private final boolean[] forced;
    private final double[] share;
    /** Of a live wave's share, the part that finishes its unfinished build (v2). */
    private final double[] liveBuildShare;
    private final double[] trainingCost;
    private final int[] trainingWeeksCharged;
    private final int[] commandCentreWeeks;
    private final int[] commandCentreExit;
    private final double[] trainingEffect;
    /** The wave's sites have had training, so out of training they forget (v2). */
    private final boolean[] trainedOnce;
    private final double[] scopePerWeek;
    private final int[] scopeUntil;
    private final WaveStreams defectStreams;
    private final WaveStreams customizationStreams;
    private final WaveStreams liveStreams;
    /** Waves {@code [firstOpen, started)} are the only ones in build, test or stabilization. */
    private int firstOpen;
    private int started;
    private int wavesLive;
    private int wavesStabilized;

    // ---- programme state ----
    private final boolean[] siteLive;
    private final RandomStream liveStream;
    private boolean onPayroll;
    /** Hours factor set at the end of last week for this week (1 = normal, 1 + maxOvertime = most). */
    private double hours = 1;
    /** Hours factor worked this week. */
    private double hoursWorked = 1;
    /** Effective person-weeks of a normal week at full freshness, as this week began. */
    private double baseCapacity;
    /** Capacity given to the backlog of incidents that belong to no command centre (v2). */
    private double backlogShare;
    private int sitesLive;
    private boolean anyGoneLive;
    private int risksOccurred;
    private int surgePeak;
    private int forcedGoLives;
    private boolean followOnUsed;
    private int commandCentreWavesThisWeek;
    private int currentWeek;
    private int lastWeek = -1;

    RolloutRun(ProgrammeLayout layout, OutputColumns columns, InputLayout inputLayout, double[] in,
               Distribution pauseDistribution, RandomStream pauseStream, long seed, int runIndex, RunOutput out) {
        this.layout = layout;
        this.managed = layout.managed;
        this.windows = layout.calendar;
        this.columns = columns;
        this.out = out;
        this.seed = seed;
        this.runIndex = runIndex;
        // events fall before the horizon but for a few (a plan moved past it): buckets for them all
        simulation = new Simulation(layout.horizon + 1);
        calendar = simulation.calendar();
        int siteBase = inputLayout.siteBase;
        int teamBase = inputLayout.teamBase;
        int governanceBase = inputLayout.governanceBase;
        int practicesBase = inputLayout.practicesBase;

        double fixEffort = p(in, Parameter.FIX_EFFORT);
        double maxOvertime = p(in, Parameter.MAX_OVERTIME);
        overtime = new OvertimePolicy(maxOvertime, managed, layout.rules.overtimeFatigueCap());
        boolean wellnessFunded = in[practicesBase + WELLNESS] > 0;
        fatigue = new TeamFatigue(p(in, Parameter.FATIGUE_TIME), p(in, Parameter.CHRONIC_FATIGUE),
                managed ? p(in, Parameter.FATIGUE_HOURS_SCALE) : maxOvertime,
                wellnessFunded ? p(in, Parameter.WELLNESS_RELIEF) : 0, p(in, Parameter.FATIGUE_PRODUCTIVITY_LOSS),
                p(in, Parameter.FATIGUE_ERROR_GAIN), p(in, Parameter.CELEBRATION_RELIEF));
        gate = new Gate(layout.policy, in[governanceBase + THRESHOLD], in[governanceBase + TOLERANCE],
                layout.maxCriticalDefects);
        changeCapacityUsers = p(in, Parameter.CHANGE_CAPACITY_USERS);
        double userHourValue = p(in, Parameter.USER_HOUR_VALUE);
        productivityDip = p(in, Parameter.PRODUCTIVITY_DIP);
        // sum over weeks t >= 0 of exp(-t / recoveryWeeks): the whole dip, in weeks at full loss
        recoverySum = 1.0 / (1.0 - Math.exp(-1.0 / p(in, Parameter.RECOVERY_WEEKS)));
        userWeekValue = p(in, Parameter.HOURS_PER_WEEK) * userHourValue;
        atElbowCostPerUser = p(in, Parameter.AT_ELBOW_WEEKS) * p(in, Parameter.SUPPORT_WEEKLY_COST)
                / in[practicesBase + SUPPORT_RATIO];
        interoperability = new Interoperability(
                p(in, Parameter.INTERFACES_PER_MAINTENANCE_FTE) * in[practicesBase + MAINTENANCE_FTE],
                p(in, Parameter.INTEGRITY_RESTORE), p(in, Parameter.ENTROPY_RATE));
        siloIncidentRate = p(in, Parameter.SILO_INCIDENT_RATE);
        double rate = layout.embedding ? p(in, Parameter.LEARNING_RATE_EMBEDDED) : p(in, Parameter.LEARNING_RATE);
        learning = new LearningCurve(rate, p(in, Parameter.LEARNING_FLOOR));
        pause = new SafetyPause(p(in, Parameter.PAUSE_WEEKS), pauseDistribution, pauseStream);
        risks = new RiskRegister(layout, in, inputLayout.riskBase);

        waves = layout.waveCount;
        commandCentre = new CommandCentre(layout.commandCentreUsers, in[practicesBase + CC_FTE], fixEffort,
                p(in, Parameter.SURFACE_RATE), p(in, Parameter.CRITICAL_SHARE), p(in, Parameter.HARM_RATE),
                in[practicesBase + CC_EXIT], p(in, Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS),
                p(in, Parameter.PAUSE_HARM_EVENTS), p(in, Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY), managed);

        // ---- sites: size, complexity, legacy, leadership, readiness ----
        int sites = layout.siteCount;
        siteComplexity = new double[sites];
        siteLive = new boolean[sites];
        double[] leadership = new double[sites];
        double[] baselineReadiness = new double[sites];
        double[] sizeFactor = new double[sites];
        double[] siteRequests = new double[sites];
        readSites(in, siteBase, leadership, baselineReadiness, sizeFactor, siteRequests);
        readiness = new SiteReadiness(baselineReadiness, layout.siteInLaterWaveOnly,
                layout.embedding ? p(in, Parameter.EMBED_READINESS_BOOST) : 0, leadership, layout.siteUsers,
                p(in, Parameter.TRAINING_RATE), managed ? p(in, Parameter.LEADERSHIP_FLOOR) : 0,
                managed ? p(in, Parameter.READINESS_DECAY) : 0);

        // ---- waves: scope x size x complexity, and how each wave differs (v2) ----
        phase = new int[waves];
        plan = new WavePlan(layout, phase, calendar, GATE_CHECK);
        stabilizedWeek = new int[waves];
        forced = new boolean[waves];
        share = new double[waves];
        liveBuildShare = new double[waves];
        trainingCost = new double[waves];
        trainingWeeksCharged = new int[waves];
        commandCentreWeeks = new int[waves];
        commandCentreExit = new int[waves];
        trainingEffect = new double[waves];
        trainedOnce = new boolean[waves];
        scopePerWeek = new double[waves];
        scopeUntil = new int[waves];
        double[] work = new double[waves];
        double[] complexity = new double[waves];
        double[] requestRate = new double[waves];
        planWaves(in, userHourValue, sizeFactor, siteRequests, work, complexity, requestRate);
        build = new WaveBuild(work, complexity, requestRate, in[governanceBase + APPROVAL], fixEffort,
                p(in, Parameter.DEFECTS_PER_PERSON_WEEK), p(in, Parameter.TEST_DETECTION),
                p(in, Parameter.BAD_FIX_RATE), p(in, Parameter.CRITICAL_SHARE),
                p(in, Parameter.CUSTOMIZATION_DEFECT_UPLIFT), p(in, Parameter.INTERFACES_PER_CUSTOMIZATION),
                p(in, Parameter.CUSTOMIZATION_EFFORT), p(in, Parameter.CUSTOMIZATION_EFFORT_SD));
        defectStreams = new WaveStreams(seed, runIndex, layout.defectSources);
        tests = new TestCycles(waves, layout.testCycles, layout.testCycleWeeks, p(in, Parameter.TEST_EXIT_SHARE),
                managed ? (int) Math.round(p(in, Parameter.MAX_EXTRA_CYCLES)) : 0, build, defectStreams, calendar,
                TEST_CYCLE_END);
        customizationStreams = new WaveStreams(seed, runIndex, layout.customizationSources);
        liveStreams = new WaveStreams(seed, runIndex, layout.liveSources);
        if (layout.followOn >= 0) {
            // the follow-on wave is empty until a review defers a module to it
            phase[layout.followOn] = STABILIZED;
            wavesStabilized++;
        }

        int[] people = {
                (int) Math.round(in[teamBase + STAFF_FTE]),
                (int) Math.round(in[teamBase + CONSULTANT_FTE]),
                (int) Math.round(in[teamBase + VENDOR_FTE]),
                0};
        team = new Workforce(people, (int) Math.round(in[teamBase + RAMP_UP]), in[teamBase + PARTNERSHIP],
                p(in, Parameter.MENTORING_OVERHEAD));
        review = managed ? new ProgrammeReview(layout.rules, layout.response, waves, team.headcount()) : null;
        attrition = new Attrition(team, ledger, calendar, HIRE_ARRIVES,
                RandomStream.ofSource(seed, runIndex, layout.teamSource),
                p(in, Parameter.ANNUAL_ATTRITION) / 52.0, p(in, Parameter.ATTRITION_FATIGUE_GAIN),
                wellnessFunded ? p(in, Parameter.WELLNESS_RETENTION) : 0, p(in, Parameter.REPLACEMENT_COST),
                Math.max(1, (int) Math.round(in[teamBase + HIRING_LAG])), layout.horizon);
        costs = new WeeklyCosts(layout, inputLayout, in, team, ledger);
        liveStream = RandomStream.ofSource(seed, runIndex, layout.liveSource);

        simulation.onEvent(this::handle).every(2, this::weeklySteps);
    }

    /**
     * Steps 2 to 9 of the week, in order. One weekly step that calls the eight, rather than eight
     * steps, so that the simulation's call to it has a single target the JIT inlines, where eight
     * targets made every step an indirect call that nothing could be inlined across.
     */
    private void weeklySteps(int week) {
        allocateCapacity(week);
        buildAndRework(week);
        injectDefectsAndStartTests(week);
        customizationAndScope(week);
        training(week);
        liveSites(week);
        overtimeFatigueAttrition(week);
        costsAndRecord(week);
    }

    /**
     * Each site's inputs: complexity (kept), leadership and baseline readiness, its size factor of
     * build work and its customization requests a week (in v2 fewer for a site under 2,000 users).
     * Out of the constructor, as the wave plan below, so that the JIT compiles each loop on its own
     * instead of recompiling the whole constructor around it, which cost seconds of compiler time
     * per batch (docs/performance.md).
     */
    private void readSites(double[] in, int siteBase, double[] leadership, double[] baselineReadiness,
                           double[] sizeFactor, double[] siteRequests) {
        int sites = siteComplexity.length;
        double sizeElasticity = p(in, Parameter.SIZE_ELASTICITY);
        double[] legacyEffort = {p(in, Parameter.LEGACY_EFFORT_PAPER), p(in, Parameter.LEGACY_EFFORT_VENDOR),
                p(in, Parameter.LEGACY_EFFORT_HOMEGROWN)};
        double[] legacyPressure = {p(in, Parameter.LEGACY_PRESSURE_PAPER), p(in, Parameter.LEGACY_PRESSURE_VENDOR),
                p(in, Parameter.LEGACY_PRESSURE_HOMEGROWN)};
        double customizationRate = p(in, Parameter.CUSTOMIZATION_RATE);
        for (int s = 0; s < sites; s++) {
            siteComplexity[s] = in[siteBase + 3 * s + SITE_COMPLEXITY];
            leadership[s] = in[siteBase + 3 * s + SITE_LEADERSHIP];
            baselineReadiness[s] = in[siteBase + 3 * s + SITE_READINESS];
            double size = Math.pow(layout.siteUsers[s] / 2000.0, sizeElasticity);
            sizeFactor[s] = size * siteComplexity[s] * legacyEffort[layout.siteLegacy[s]];
            // v2: a site smaller than the 2,000 users the rate is set for asks for fewer changes, as
            // it needs less localization: a clinic of 100 users is not a hospital (departure 31)
            double requestSize = managed ? Math.min(1, size) : 1;
            siteRequests[s] = Math.max(0, customizationRate * requestSize
                    * legacyPressure[layout.siteLegacy[s]] * (1.5 - leadership[s]));
        }
    }

    /**
     * Each wave's build work, complexity, customization requests, training cost and command-centre
     * stay; in v2 also its own effort and training factors and its emergent scope (MODEL.md 11.2).
     */
    private void planWaves(double[] in, double userHourValue, double[] sizeFactor, double[] siteRequests,
                           double[] work, double[] complexity, double[] requestRate) {
        double effortPerWorkflow = p(in, Parameter.EFFORT_PER_WORKFLOW);
        double enterpriseShare = p(in, Parameter.ENTERPRISE_SHARE);
        double trainingCostPerUser = p(in, Parameter.TRAINING_HOURS_PER_USER) * userHourValue;
        WaveStreams waveDraws = new WaveStreams(seed, runIndex, layout.waveSources);
        double waveEffortSd = p(in, Parameter.WAVE_EFFORT_SD);
        double waveTrainingSd = p(in, Parameter.WAVE_TRAINING_SD);
        double scopeGrowth = managed ? p(in, Parameter.SCOPE_GROWTH) : 0;
        for (int w = 0; w < waves; w++) {
            double localization = 0;
            double weightedComplexity = 0;
            for (int s : layout.waveSites[w]) {
                localization += sizeFactor[s];
                weightedComplexity += siteComplexity[s] * layout.siteUsers[s];
                requestRate[w] += siteRequests[s];
            }
            work[w] = effortPerWorkflow * (enterpriseShare * layout.enterpriseWorkflows[w]
                    + (1 - enterpriseShare) * localization * layout.waveWorkflows[w]);
            complexity[w] = layout.waveUsers[w] > 0 ? weightedComplexity / layout.waveUsers[w] : 1;
            trainingCost[w] = layout.waveUsers[w] * trainingCostPerUser;
            commandCentreWeeks[w] = layout.minCommandCentreWeeks;
            trainingEffect[w] = 1;
            if (managed) {
                // each wave's own stream, drawn in a fixed order, so waves stay aligned between scenarios
                RandomStream draws = waveDraws.of(w);
                work[w] *= meanOneLogNormal(draws, waveEffortSd);
                double stay = COMMAND_CENTRE_STAY.sample(draws);
                commandCentreWeeks[w] = layout.fixedCommandCentreWeeks >= 0
                        ? layout.fixedCommandCentreWeeks : (int) Math.round(stay);
                trainingEffect[w] = meanOneLogNormal(draws, waveTrainingSd);
                // emergent scope arrives evenly over the first two thirds of build to planned test start
                int weeks = Math.max(1, (int) Math.round((plan.testStart(w) - layout.buildStart[w]) * 2.0 / 3.0));
                scopePerWeek[w] = scopeGrowth * work[w] / weeks;
                scopeUntil[w] = layout.buildStart[w] + weeks;
            }
        }
    }

    private static double p(double[] in, Parameter parameter) {
        return in[parameter.ordinal()];
    }

    /** A lognormal factor with mean 1 and standard deviation {@code sd}; one normal draw even when sd is 0. */
    private static double meanOneLogNormal(RandomStream stream, double sd) {
        double z = stream.gaussian();
        if (sd <= 0) {
            return 1;
        }
        double sigma2 = Math.log1p(sd * sd);
        return Math.exp(-sigma2 / 2 + Math.sqrt(sigma2) * z);
    }

    /** Runs the weeks until every wave is stabilized or the horizon, then records the results. */
    void run() {
        for (int i = 0; i < risks.size(); i++) {
            out.set(columns.riskOccurred[i], 0); // set to 1 if the risk occurs
        }
        for (int w = 0; w < waves; w++) {
            if (phase[w] != STABILIZED) {
                plan.scheduleGate(w);
            }
        }
        risks.draw(seed, runIndex, calendar, RISK_EVENT, ledger);
        simulation.run(layout.horizon, () -> wavesStabilized == waves);
        finish();
    }

    // ------------------------------------------------------------------ step 1: dated events

    private void handle(int week, int kind, int payload, EventCalendar cal) {
        switch (kind) {
            case RISK_EVENT -> riskOccurs(payload, week);
            case HIRE_ARRIVES -> attrition.arrive(week);
            case TEST_CYCLE_END -> testCycleEnds(payload, week);
            case GATE_CHECK -> gateCheck(payload, week);
            case CUT_OVER -> cutOver(payload, week);
            case COMMAND_CENTRE_EXIT -> commandCentre.allowExit(payload);
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    /** A risk's impact (MODEL.md 7): cost, fatigue, leavers, and delay and defects for waves not yet live. */
    private void riskOccurs(int risk, int week) {
        risksOccurred++;
        out.set(columns.riskOccurred[risk], 1);
        ledger.charge(CostCategory.RISK, risks.cost(risk));
        fatigue.add(risks.fatigue(risk));
        int leaving = risks.leavers(risk);
        if (leaving > 0) {
            attrition.leave(Workforce.STAFF, leaving, week);
        }
        int[] targets = risks.waves(risk);
        int delay = risks.delayWeeks(risk);
        long defects = risks.defects(risk);
        double remaining = 0;
        int last = -1;
        for (int w = 0; w < waves; w++) {
            if (phase[w] < LIVE && (targets == null || contains(targets, w))) {
                remaining += build.work(w);
                last = w;
            }
        }
        if (last < 0) {
            return; // every wave it could hit is already live
        }
        long left = defects;
        for (int w = 0; w < waves; w++) {
            if (phase[w] >= LIVE || (targets != null && !contains(targets, w))) {
                continue;
            }
            if (delay > 0) {
                delayWave(w, week, delay);
            }
            if (left > 0) {
                // a programme-wide defect impact is shared among the waves by remaining work
                long d = w == last ? left
                        : Math.min(left, Math.round(defects * (remaining > 0 ? build.work(w) / remaining : 0)));
                build.addLatent(w, d);
                left -= d;
            }
        }
        plan.keepGaps();
    }

    private static boolean contains(int[] values, int x) {
        for (int v : values) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** A test cycle ends (MODEL.md 3, 11.3); a wave no longer in test went live at a fixed date untested. */
    private void testCycleEnds(int w, int week) {
        if (phase[w] == TEST) {
            tests.cycleEnds(w, week);
        }
    }

    private boolean testsComplete(int w) {
        return phase[w] == TEST && tests.complete(w);
    }

    private double waveReadiness(int w) {
        // the follow-on wave brings modules to sites already live: nothing to be ready for
        return layout.waveUsers[w] == 0 ? 1 : readiness.ofWave(layout.waveSites[w], layout.waveUsers[w]);
    }

    /** The go/no-go gate at the planned go-live and each window after until passed (MODEL.md 6, 11.3, 11.6). */
    private void gateCheck(int w, int week) {
        plan.gateChecked(w);
        if (phase[w] >= LIVE) {
            return;
        }
        if (week < plan.planned(w)) {
            plan.scheduleGate(w); // the plan moved on since this check was scheduled
            return;
        }
        if (managed && phase[w] == BUILD && layout.testCycles == 0) {
            // With no test cycles the planned test start is the go-live week itself, and a gate
            // slip moves both in v2: the gate, checked before the week's steps, must see a wave
            // whose build is ready as tested, or it would slip window after window for ever.
            startTestsWhenReady(w, week);
        }
        boolean passes = gate.ignoresGate()
                || gate.goesLive(build.buildComplete(w) ? 0 : build.shareLeft(w), testsComplete(w),
                waveReadiness(w), build.knownCritical(w), managed);
        if (passes || forced[w]) {
            if (!passes) {
                forcedGoLives++; // a go-live is forced only if the gate would have held it back
            }
            calendar.schedule(week, CUT_OVER, w);
            return;
        }
        if (!managed) {
            plan.move(w, week + 1);
        } else {
            plan.failGate(w, week);
            int next = windows.atOrAfter(week + 1);
            // no deadlock: at the next window it goes live whatever the gate says. Under
            // slip-until-ready after maxSlipWeeks past the original baseline. Under hold-the-line,
            // whose gate may ask what a wave never reaches (a readiness threshold of 1, no
            // training), after maxSlipWeeks of failed gates; and once the programme has gone live
            // over a gate, at a later wave's first failed gate, or waves held back one behind the
            // other would each wait maxSlipWeeks more
            boolean stuck = gate.policy() == TimelinePolicy.SLIP_UNTIL_READY
                    ? next - plan.baseline(w) >= layout.rules.maxSlipWeeks()
                    : forcedGoLives > 0 || next - plan.firstFailure(w) >= layout.rules.maxSlipWeeks();
            if (stuck) {
                forced[w] = true;
            }
            plan.move(w, next);
        }
        plan.keepGaps();
    }

    /** Go-live (MODEL.md 7): what was not found in test goes into production. */
    private void cutOver(int w, int week) {
        if (phase[w] >= LIVE) {
            return;
        }
        phase[w] = LIVE;
        wavesLive++;
        plan.wentLive(w, week);
        boolean firstTimers = !anyGoneLive || !layout.embedding;
        commandCentre.cutOver(w, build.latentAtGoLive(w), build.known(w), build.knownCritical(w), waveReadiness(w),
                firstTimers, liveStreams.of(w));
        build.goLive(w, managed);
        anyGoneLive = true;
        double dipCost = 0;
        for (int s : layout.waveSites[w]) {
            double dip = Math.min(1, Math.max(0, productivityDip * (1.5 - readiness.of(s)) * siteComplexity[s]));
            dipCost += layout.siteUsers[s] * userWeekValue * dip * recoverySum;
            if (!siteLive[s]) {
                siteLive[s] = true;
                sitesLive++;
                interoperability.goLive(layout.siteInterfaces[s]);
            }
        }
        // interfaces added by the wave's customizations go live with the build they belong to
        interoperability.goLive(build.addedInterfaces(w));
        ledger.charge(CostCategory.PRODUCTIVITY_LOSS, dipCost);
        ledger.charge(CostCategory.AT_ELBOW, layout.waveUsers[w] * atElbowCostPerUser);
        int untrained = layout.trainingWeeks - trainingWeeksCharged[w];
        if (layout.trainingWeeks == 0) {
            ledger.charge(CostCategory.TRAINING, trainingCost[w]);
        } else if (untrained > 0) {
            ledger.charge(CostCategory.TRAINING, trainingCost[w] * untrained / layout.trainingWeeks);
        }
        trainingWeeksCharged[w] = layout.trainingWeeks;
        commandCentreExit[w] = Math.max(week, week + commandCentreWeeks[w] - 1);
        calendar.schedule(commandCentreExit[w], COMMAND_CENTRE_EXIT, w);
        plan.keepGaps();
    }

    // ------------------------------------------------------------------ plan changes

    /**
     * A risk delay or a safety pause holds a wave not yet live for {@code weeks} from {@code from}
     * and moves its plan; a test cycle under way waits as long. The caller keeps the gaps.
     */
    private void delayWave(int w, int from, int weeks) {
        int added = plan.delay(w, from, weeks);
        if (added > 0 && phase[w] == TEST) {
            tests.postpone(w, added);
        }
    }

    // ------------------------------------------------------------------ the programme review (v2)

    @Override
    public int firstOpen() {
        return firstOpen;
    }

    @Override
    public int started() {
        return started;
    }

    @Override
    public boolean awaitingGoLive(int w) {
        return phase[w] == BUILD || phase[w] == TEST;
    }

    @Override
    public boolean inBuild(int w) {
        return phase[w] == BUILD;
    }

    @Override
    public double remainingEffort(int w) {
        return build.remainingEffort(w);
    }

    @Override
    public double effortBeforeGate(int w) {
        return build.effortBeforeGate(w);
    }

    @Override
    public int testStart(int w) {
        return plan.testStart(w);
    }

    @Override
    public int testWeeksLeft(int w) {
        return phase[w] == BUILD ? tests.plannedWeeks() : tests.weeksLeft(w, currentWeek);
    }

    @Override
    public int plannedGoLive(int w) {
        return plan.planned(w);
    }

    @Override
    public int baselineGoLive(int w) {
        return plan.baseline(w);
    }

    @Override
    public boolean anyoneExperienced() {
        return team.experienced() > 0;
    }

    @Override
    public double capacityNow() {
        return baseCapacity * fatigue.productivity();
    }

    @Override
    public void rebaseline(int w, int week) {
        plan.rebaseline(w, week);
    }

    @Override
    public void requestSurge(int people) {
        attrition.requestSurge(people, currentWeek);
    }

    @Override
    public void releaseSurge() {
        team.release(Workforce.SURGE, currentWeek);
    }

    @Override
    public boolean deferModule(int w) {
        int f = layout.followOn;
        int[] modules = layout.moduleWorkflows[w];
        if (f < 0 || w == f || modules.length < 2 || (followOnUsed && phase[f] >= LIVE)) {
            return false;
        }
        // the module with the most remaining build work: remaining work is shared by workflows
        int largest = 0;
        for (int m = 1; m < modules.length; m++) {
            if (modules[m] > modules[largest]) {
                largest = m;
            }
        }
        double moved = build.moveWork(w, f, modules[largest] / layout.waveWorkflows[w]);
        if (moved <= 0) {
            return false;
        }
        if (!followOnUsed) {
            followOnUsed = true;
            phase[f] = BUILD;
            wavesStabilized--;
            plan.planFollowOn(currentWeek);
        }
        return true;
    }

    // ------------------------------------------------------------------ step 2: capacity

    private void allocateCapacity(int week) {
        currentWeek = week;
        hoursWorked = hours;
        team.advance(week);
        baseCapacity = team.baseCapacity();
        surgePeak = Math.max(surgePeak, team.headcount(Workforce.SURGE));
        if (!onPayroll && week >= layout.firstBuildStart) {
            onPayroll = true;
        }
        // builds start in wave order, as baseline go-lives are ordered
        while (started < waves && layout.buildStart[started] <= week) {
            if (phase[started] == PLANNED) { // a wave can go live (fixed-date) the week its build starts
                phase[started] = BUILD;
            }
            started++;
        }
        if (review != null && review.due(week)) {
            review.review(this, week, team.headcount(Workforce.SURGE));
        }
        double claims = 0;
        for (int w = firstOpen; w < started; w++) {
            share[w] = claim(w, week);
            claims += share[w];
        }
        double capacity = baseCapacity * fatigue.productivity() * hoursWorked;
        backlogShare = 0;
        if (managed) {
            // incidents that belong to no command centre come first: they are live patients' systems
            backlogShare = Math.min(capacity, commandCentre.backlogClaim());
            capacity -= backlogShare;
        }
        if (claims > 0) {
            share(capacity, claims);
        }
        if (review != null) {
            for (int w = firstOpen; w < started; w++) {
                if (awaitingGoLive(w)) {
                    review.record(w, share[w]);
                }
            }
        }
    }

    private void share(double capacity, double claims) {
        if (capacity >= claims) {
            // enough for every wave's required rate: the surplus is shared in proportion to claims
            double perUnit = capacity / claims;
            for (int w = firstOpen; w < started; w++) {
                share[w] *= perUnit;
            }
            return;
        }
        // Short of capacity: the wave due first is served first (earliest deadline first). Wave
        // order is go-live order (plan shifts keep the gaps), and live waves come before the rest.
        double left = capacity;
        for (int w = firstOpen; w < started; w++) {
            double given = Math.min(share[w], left);
            share[w] = given;
            left -= given;
        }
    }

    /**
     * What a wave claims of the team this week, in person-weeks per week: before go-live its
     * remaining build and known defects spread over the weeks left to its planned go-live (v1); in
     * v2 the build is spread over the weeks to its planned test start, so a team with spare
     * capacity finishes the build before testing (MODEL.md 11.7). After go-live: its open incidents
     * and those expected to surface (in v2 only what its command centre cannot fix), plus any
     * unfinished build spread over the command centre's stay.
     */
    private double claim(int w, int week) {
        int ph = phase[w];
        if (ph == BUILD || ph == TEST) {
            if (plan.frozen(w, week)) {
                return 0;
            }
            int toGoLive = Math.max(1, plan.planned(w) - week);
            if (!managed || ph == TEST) {
                return build.remainingEffort(w) / toGoLive;
            }
            return build.work(w) / Math.max(1, plan.testStart(w) - week)
                    + (build.remainingEffort(w) - build.work(w)) / toGoLive;
        }
        if (ph != LIVE) {
            return 0;
        }
        double incidents = commandCentre.claim(w);
        liveBuildShare[w] = 0;
        if (managed && !build.buildComplete(w) && !pause.holds(week)) {
            liveBuildShare[w] = build.work(w) / Math.max(1, commandCentreExit[w] - week + 1);
        }
        return incidents + liveBuildShare[w];
    }

    // ------------------------------------------------------------------ step 3: build and rework

    /** The rework cycle of each wave in build or test, and of live waves finishing their build (MODEL.md 3, 11.5). */
    private void buildAndRework(int week) {
        for (int w = firstOpen; w < started; w++) {
            int ph = phase[w];
            if (ph == BUILD || ph == TEST) {
                build.rework(w, share[w], learning.effort());
            } else if (managed && ph == LIVE) {
                double claimed = liveBuildShare[w];
                double total = claimed + commandCentre.claim(w);
                // the wave's share is split between its unfinished build and its incidents as claimed
                liveBuildShare[w] = total > 0 ? share[w] * claimed / total : 0;
                build.rework(w, liveBuildShare[w], learning.effort());
            }
        }
    }

    // ------------------------------------------------------------------ step 4: defects

    private void injectDefectsAndStartTests(int week) {
        double errorMultiplier = fatigue.errorMultiplier();
        double learningDefects = Math.sqrt(learning.effort());
        for (int w = firstOpen; w < started; w++) {
            int ph = phase[w];
            if (managed && ph == LIVE) {
                // what is built after go-live is not tested: its defects go to production
                build.injectDefects(w, errorMultiplier, learningDefects, defectStreams.of(w));
                commandCentre.addLatent(w, build.takeLatent(w));
                continue;
            }
            if (ph != BUILD && ph != TEST) {
                continue;
            }
            build.injectDefects(w, errorMultiplier, learningDefects, defectStreams.of(w));
            if (ph == BUILD) {
                startTestsWhenReady(w, week);
            }
        }
    }

    /** Testing starts when the build is done, not before the planned test start and not in a freeze. */
    private void startTestsWhenReady(int w, int week) {
        if (buildReadyForTest(w) && week >= plan.testStart(w) && !plan.frozen(w, week)) {
            phase[w] = TEST;
            tests.start(w, week);
        }
    }

    /**
     * The build is complete; in v2, under {@code hold-the-line}, testing may start with up to
     * {@code tolerance} of the planned build left, which is finished in parallel (MODEL.md 11.5).
     */
    private boolean buildReadyForTest(int w) {
        if (build.buildComplete(w)) {
            return true;
        }
        return managed && gate.policy() == TimelinePolicy.HOLD_THE_LINE && build.shareLeft(w) <= gate.tolerance();
    }

    // ------------------------------------------------------------------ step 5: customization and scope

    /**
     * Requests while in build; a change freeze holds from test start to go-live (MODEL.md 4). In v2
     * emergent scope arrives over the first two thirds of the build (MODEL.md 11.2), and a wave
     * whose customizations have added twice its planned build freezes its scope (departure 29).
     */
    private void customizationAndScope(int week) {
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != BUILD || plan.frozen(w, week)) {
                continue;
            }
            build.customization(w, customizationStreams.of(w), managed);
            if (week < scopeUntil[w]) {
                build.addWork(w, scopePerWeek[w]);
            }
        }
    }

    // ------------------------------------------------------------------ step 6: readiness

    /** Training before go-live; support thins when many users train at once (MODEL.md 6, 11.3). */
    private void training(int week) {
        double trainees = 0;
        for (int w = firstOpen; w < started; w++) {
            if (inTraining(w, week)) {
                trainees += layout.waveUsers[w];
            } else if (managed && trainedOnce[w] && (phase[w] == BUILD || phase[w] == TEST)) {
                readiness.forget(layout.waveSites[w]);
            }
        }
        if (trainees <= 0) {
            return;
        }
        double support = Math.min(1, changeCapacityUsers / trainees);
        for (int w = firstOpen; w < started; w++) {
            if (!inTraining(w, week)) {
                continue;
            }
            readiness.train(layout.waveSites[w], support, trainingEffect[w]);
            trainedOnce[w] = true;
            if (trainingWeeksCharged[w] < layout.trainingWeeks) {
                ledger.charge(CostCategory.TRAINING, trainingCost[w] / layout.trainingWeeks);
                trainingWeeksCharged[w]++;
            }
        }
    }

    /**
     * In the training weeks before the planned go-live, and while slipped (v2: while waiting at a
     * failed gate, also when trainingWeeks is 0); not while frozen.
     */
    private boolean inTraining(int w, int week) {
        return phase[w] < LIVE && phase[w] > PLANNED && !plan.frozen(w, week)
                && (week >= plan.planned(w) - layout.trainingWeeks || plan.gateFailed(w));
    }

    // ------------------------------------------------------------------ step 7: live sites

    private void liveSites(int week) {
        commandCentreWavesThisWeek = 0;
        int newest = -1;
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != LIVE) {
                continue;
            }
            commandCentreWavesThisWeek++;
            double incidentShare = managed ? share[w] - liveBuildShare[w] : share[w];
            // v2: a wave with build left, or in a safety pause, keeps its command centre
            boolean mayExit = !managed || (build.buildComplete(w) && !pause.holds(week));
            int signals = commandCentre.week(w, incidentShare, liveStreams.of(w), mayExit);
            if ((signals & CommandCentre.PAUSE) != 0) {
                safetyPause(week);
            }
            if ((signals & CommandCentre.STABILIZED) != 0) {
                stabilize(w, week);
            } else if (newest < 0 || plan.goLive(w) >= plan.goLive(newest)) {
                newest = w;
            }
        }
        if (managed) {
            afterCare();
        }
        if (interoperability.week() && siloIncidentRate > 0) {
            long silo = liveStream.poisson(siloIncidentRate);
            if (!managed) {
                commandCentre.programmeIncidents(silo);
            } else if (newest >= 0) {
                commandCentre.addIncidents(newest, silo); // the newest command centre takes them
            } else {
                commandCentre.addToBacklog(silo);
            }
        }
    }

    /** v2: stabilized waves' defects keep surfacing into the build team's backlog, which it works. */
    private void afterCare() {
        for (int w = 0; w < firstOpen; w++) {
            if (commandCentre.afterCareLatent(w) > 0) {
                commandCentre.afterCare(w);
            }
        }
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] == STABILIZED && commandCentre.afterCareLatent(w) > 0) {
                commandCentre.afterCare(w);
            }
        }
        commandCentre.fixBacklog(backlogShare);
    }

    private void stabilize(int w, int week) {
        commandCentre.standDown(w, liveStreams.of(w));
        phase[w] = STABILIZED;
        stabilizedWeek[w] = week;
        wavesLive--;
        wavesStabilized++;
        while (firstOpen < waves && phase[firstOpen] == STABILIZED) {
            firstOpen++;
        }
        learning.stabilized(layout.waveSites[w].length);
        if (layout.celebrate) {
            fatigue.celebrate();
        }
    }

    /**
     * Patients first: every wave not yet live freezes and its go-live moves (MODEL.md 7). In v2 the
     * pause also holds every command centre in place (MODEL.md 11.7): a big bang, with nothing left
     * to deploy, finishes later by the pause.
     */
    private void safetyPause(int week) {
        int length = pause.begin(week);
        if (length <= 0) {
            return;
        }
        for (int w = 0; w < waves; w++) {
            if (phase[w] < LIVE) {
                delayWave(w, week + 1, length);
            }
        }
        plan.keepGaps();
    }

    // ------------------------------------------------------------------ step 8: the team

    private void overtimeFatigueAttrition(int week) {
        if (!onPayroll) {
            return;
        }
        team.accrueTenure();
        fatigue.week(hoursWorked, team.meanTenureYears());
        attrition.week(week, fatigue.level());
        nextHours(week);
    }

    /** Overtime for next week, from the work required at the planned pace (MODEL.md 5, 11.1). */
    private void nextHours(int week) {
        double required = 0;
        if (managed) {
            for (int w = firstOpen; w < started; w++) {
                required += claim(w, week);
            }
            required += commandCentre.backlogClaim();
        } else if (wavesLive == 0) {
            for (int w = firstOpen; w < started; w++) {
                if (phase[w] == BUILD || phase[w] == TEST) {
                    required += build.remainingEffort(w) / Math.max(1, plan.planned(w) - week);
                }
            }
        }
        // capacity at normal hours, as the week began (before this week's leavers)
        double capacity = baseCapacity * fatigue.productivity();
        hours = overtime.hours(required, capacity, fatigue.level(), wavesLive > 0);
    }

    // ------------------------------------------------------------------ step 9: costs and record

    /** The week's costs, charged always in this order so that the running total adds up the same way. */
    private void costsAndRecord(int week) {
        if (onPayroll) {
            costs.payroll(hoursWorked);
        }
        costs.commandCentres(commandCentreWavesThisWeek);
        if (anyGoneLive) {
            costs.interfaceMaintenance();
        }
        costs.fixed(week);
        double delayUsers = 0;
        boolean paused = managed && pause.holds(week);
        for (int w = firstOpen; w < started; w++) {
            if ((phase[w] < LIVE && week >= plan.baseline(w)) || (paused && phase[w] == LIVE)) {
                // v2: a safety pause delays the benefits of waves held in stabilization too
                delayUsers += layout.waveUsers[w];
            }
        }
        costs.delay(delayUsers);
        if (wavesStabilized == waves || week == layout.horizon - 1) {
            costs.fixedToEndOfTerm(week); // the run ends this week
        }
        record(week);
    }

    /** The week's record: the weekly series of MODEL.md 10. */
    private void record(int week) {
        long open = managed ? commandCentre.backlog() : 0;
        for (int w = firstOpen; w < started; w++) {
            open += phase[w] == LIVE ? commandCentre.openIncidents(w) : build.known(w);
        }
        out.record(OutputColumns.SERIES_CUMULATIVE_COST, week, (float) ledger.programCost());
        out.record(OutputColumns.SERIES_SITES_LIVE, week, sitesLive);
        out.record(OutputColumns.SERIES_FATIGUE, week, (float) fatigue.level());
        out.record(OutputColumns.SERIES_OPEN_DEFECTS, week, open);
        out.record(OutputColumns.SERIES_HEADCOUNT, week, onPayroll ? team.headcount() : 0);
        lastWeek = week;
    }

    // ------------------------------------------------------------------ results

    private void finish() {
        boolean done = wavesStabilized == waves;
        int horizon = layout.horizon;
        int completion = done ? lastWeek : horizon;
        out.set(columns.completionWeek, completion);
        out.set(columns.censored, done ? 0 : 1);
        for (CostCategory c : CostCategory.ALL) {
            out.set(columns.cost[c.ordinal()], ledger.spent(c));
        }
        out.set(columns.programCost, ledger.programCost());
        out.set(columns.totalCost, ledger.totalCost());
        out.set(columns.unfinishedWork, build.unfinishedWork());
        out.set(columns.peakFatigue, fatigue.peak());
        out.set(columns.meanFatigue, fatigue.mean());
        out.set(columns.leavers, attrition.leavers());
        out.set(columns.hires, attrition.hires());
        out.set(columns.customizationsRequested, build.customizationsRequested());
        out.set(columns.customizationsApproved, build.customizationsApproved());
        out.set(columns.testDefects, build.testDefects());
        out.set(columns.productionDefects, commandCentre.productionDefects());
        out.set(columns.incidents, commandCentre.incidents());
        out.set(columns.patientSafetyEvents, commandCentre.patientSafetyEvents());
        out.set(columns.minIntegrity, interoperability.minIntegrity());
        out.set(columns.siloWeeks, interoperability.siloWeeks());
        out.set(columns.pauses, pause.pauses());
        out.set(columns.weeksPaused, pause.weeksPaused());
        out.set(columns.risksOccurred, risksOccurred);
        out.set(columns.replans, review == null ? 0 : review.replans());
        out.set(columns.surgeFte, surgePeak);
        out.set(columns.modulesDeferred, review == null ? 0 : review.modulesDeferred());
        out.set(columns.forcedGoLives, forcedGoLives);
        for (int w = 0; w < waves; w++) {
            if (w == layout.followOn && !followOnUsed) {
                // an empty follow-on wave: nothing deferred, nothing to wait for
                out.set(columns.baselineGoLive[w], completion);
                out.set(columns.plannedGoLive[w], completion);
                out.set(columns.goLive[w], completion);
                out.set(columns.stabilized[w], completion);
                out.set(columns.slip[w], 0);
                continue;
            }
            int live = phase[w] >= LIVE ? plan.goLive(w) : horizon;
            // A review may move a plan past the horizon (a team far too small for the work forecasts
            // centuries ahead), and a follow-on wave planned in a run's last weeks may be baselined
            // past it. No run sees beyond its horizon, so such a plan reads as the horizon, as a
            // go-live that never came does; a follow-on baselined past it has not slipped within it.
            // A scenario's own baseline past the horizon (validation refuses one) stays as it was.
            int baseline = w == layout.followOn ? Math.min(plan.baseline(w), horizon) : plan.baseline(w);
            int planned = phase[w] >= LIVE ? plan.atGoLive(w) : plan.planned(w);
            out.set(columns.baselineGoLive[w], baseline);
            out.set(columns.plannedGoLive[w], planned > horizon ? Math.max(horizon, baseline) : planned);
            out.set(columns.goLive[w], live);
            out.set(columns.stabilized[w], phase[w] == STABILIZED ? stabilizedWeek[w] : horizon);
            out.set(columns.slip[w], live - baseline);
        }
        // Weekly series stop at the run's last week: readers extend them to the horizon, holding
        // the series the schema marks as holding (running cost, sites live) and reading 0 for the rest.
    }

    // ------------------------------------------------------------------ for tests in this package

    int phase(int w) {
        return phase[w];
    }

    double buildEffortSpent(int w) {
        return build.effortSpent(w);
    }

    double startReadiness(int site) {
        return readiness.start(site);
    }

    double readinessAtGoLive(int w) {
        return commandCentre.readinessAtGoLive(w);
    }
}
