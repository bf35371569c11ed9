package org.rolloutsim.model;

import static org.rolloutsim.model.InputLayout.CC_COST;
import static org.rolloutsim.model.InputLayout.CC_EXIT;
import static org.rolloutsim.model.InputLayout.CC_FTE;
import static org.rolloutsim.model.InputLayout.APPROVAL;
import static org.rolloutsim.model.InputLayout.CONSULTANT_COST;
import static org.rolloutsim.model.InputLayout.CONSULTANT_FTE;
import static org.rolloutsim.model.InputLayout.HIRING_LAG;
import static org.rolloutsim.model.InputLayout.MAINTENANCE_FTE;
import static org.rolloutsim.model.InputLayout.PARTNERSHIP;
import static org.rolloutsim.model.InputLayout.RAMP_UP;
import static org.rolloutsim.model.InputLayout.SITE_COMPLEXITY;
import static org.rolloutsim.model.InputLayout.SITE_LEADERSHIP;
import static org.rolloutsim.model.InputLayout.SITE_READINESS;
import static org.rolloutsim.model.InputLayout.STAFF_COST;
import static org.rolloutsim.model.InputLayout.STAFF_FTE;
import static org.rolloutsim.model.InputLayout.SUPPORT_RATIO;
import static org.rolloutsim.model.InputLayout.THRESHOLD;
import static org.rolloutsim.model.InputLayout.TOLERANCE;
import static org.rolloutsim.model.InputLayout.VENDOR_COST;
import static org.rolloutsim.model.InputLayout.VENDOR_FTE;
import static org.rolloutsim.model.InputLayout.WELLNESS;

import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.engine.Simulation;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Parameter;

/**
 * One run of the roll-out model: the state of the waves and the programme, created fresh for the
 * run, and the weekly cycle of MODEL.md 1 that moves it. Dated events (step 1) go through the
 * engine's {@link EventCalendar}; steps 2-9 are weekly flows run in their fixed order. The team,
 * its fatigue, site readiness, the command centre, interoperability, the risk register and the
 * cost ledger each keep their own state; this class holds each wave's build, test and plan and
 * ties the mechanisms together.
 *
 * <p>State lives in arrays indexed by wave (in baseline go-live order) or site, sized once per run,
 * so that a simulated week allocates nothing.
 */
final class RolloutRun {
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


    private final ProgrammeLayout layout;
    private final OutputColumns columns;
    private final RunOutput out;
    private final Simulation simulation = new Simulation();
    private final EventCalendar calendar = simulation.calendar();
    private final CostLedger ledger = new CostLedger();
    private final Workforce team;
    private final TeamFatigue fatigue;
    private final SiteReadiness readiness;
    private final Gate gate;
    private final CommandCentre commandCentre;
    private final Interoperability interoperability;
    private final RiskRegister risks;
    private final long seed;
    private final int runIndex;

    // ---- per-run inputs ----
    private final double maxOvertime;
    private final double weeklyAttrition;
    private final double attritionFatigueGain;
    private final double attritionWellnessCut;
    private final double overtimePremium;
    private final double wellnessCost;
    private final double replacementCost;
    private final int hiringLag;
    private final int[][] pendingHires;
    private int lastHireEvent = -1;
    private final double[] memberCost = new double[Workforce.TYPES];
    private final double changeCapacityUsers;
    private final double productivityDip;
    private final double recoverySum;
    private final double userWeekValue;
    private final double atElbowCostPerUser;
    private final double commandCentreWeeklyCost;
    private final double maintenanceWeeklyCost;
    private final double siloIncidentRate;
    private final double learningExponent;
    private final double learningFloor;
    private final double firstPauseWeeks;
    private final Distribution pauseDistribution;
    private final RandomStream pauseStream;
    private final double delayCostPerWeekPerUser;
    private final double[] fixedWeekly;
    private final double[] siteComplexity;

    // ---- wave state ----
    private final int waves;
    private final int[] phase;
    private final WaveBuild build;
    private final int[] plannedGoLive;
    /**
     * Planned test start: the baseline's, moved by freezes (risk delays, pauses) but not by gate
     * slips, which happen only once testing is under way or the build is late.
     */
    private final int[] testStart;
    private final int[] goLiveWeek;
    private final int[] stabilizedWeek;
    private final int[] frozenUntil;
    private final int[] cyclesDone;
    private final int[] cycleEnd;
    private final boolean[] gatePending;
    private final double[] share;
    private final double[] trainingCost;
    private final int[] trainingWeeksCharged;
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
    private final int[] leaversByType = new int[Workforce.TYPES];
    private final RandomStream teamStream;
    private final RandomStream liveStream;
    private boolean onPayroll;
    /** Hours factor set at the end of last week for this week (1 = normal, 1 + maxOvertime = most). */
    private double hours = 1;
    /** Hours factor worked this week. */
    private double hoursWorked = 1;
    /** Effective person-weeks of a normal week at full freshness, as this week began. */
    private double baseCapacity;
    private int sitesStabilized;
    private double learningEffort = 1;
    private int sitesLive;
    private boolean anyGoneLive;
    private int pauses;
    private int weeksPaused;
    private int pausedUntil;
    private int risksOccurred;
    private long leavers;
    private long hires;
    private int commandCentreWavesThisWeek;
    private int lastWeek = -1;

    RolloutRun(ProgrammeLayout layout, OutputColumns columns, InputLayout inputLayout, double[] in,
               Distribution pauseDistribution, RandomStream pauseStream, long seed, int runIndex, RunOutput out) {
        this.layout = layout;
        this.columns = columns;
        this.out = out;
        this.seed = seed;
        this.runIndex = runIndex;
        this.pauseDistribution = pauseDistribution;
        this.pauseStream = pauseStream;
        int siteBase = inputLayout.siteBase;
        int teamBase = inputLayout.teamBase;
        int governanceBase = inputLayout.governanceBase;
        int practicesBase = inputLayout.practicesBase;

        double fixEffort = p(in, Parameter.FIX_EFFORT);
        maxOvertime = p(in, Parameter.MAX_OVERTIME);
        weeklyAttrition = p(in, Parameter.ANNUAL_ATTRITION) / 52.0;
        attritionFatigueGain = p(in, Parameter.ATTRITION_FATIGUE_GAIN);
        overtimePremium = p(in, Parameter.OVERTIME_PREMIUM);
        wellnessCost = in[practicesBase + WELLNESS];
        boolean wellnessFunded = wellnessCost > 0;
        attritionWellnessCut = wellnessFunded ? p(in, Parameter.WELLNESS_RETENTION) : 0;
        fatigue = new TeamFatigue(p(in, Parameter.FATIGUE_TIME), p(in, Parameter.CHRONIC_FATIGUE), maxOvertime,
                wellnessFunded ? p(in, Parameter.WELLNESS_RELIEF) : 0, p(in, Parameter.FATIGUE_PRODUCTIVITY_LOSS),
                p(in, Parameter.FATIGUE_ERROR_GAIN), p(in, Parameter.CELEBRATION_RELIEF));
        replacementCost = p(in, Parameter.REPLACEMENT_COST);
        hiringLag = Math.max(1, (int) Math.round(in[teamBase + HIRING_LAG]));
        // arrivals pending at any time fall in the next hiringLag weeks; beyond the horizon none
        // arrive, so the ring need not be longer than the horizon
        pendingHires = new int[Math.min(hiringLag, layout.horizon) + 1][Workforce.TYPES];
        memberCost[Workforce.STAFF] = in[teamBase + STAFF_COST];
        memberCost[Workforce.CONSULTANTS] = in[teamBase + CONSULTANT_COST];
        memberCost[Workforce.VENDOR] = in[teamBase + VENDOR_COST];
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
        commandCentreWeeklyCost = in[practicesBase + CC_FTE] * in[practicesBase + CC_COST];
        maintenanceWeeklyCost = in[practicesBase + MAINTENANCE_FTE] * memberCost[Workforce.STAFF];
        interoperability = new Interoperability(
                p(in, Parameter.INTERFACES_PER_MAINTENANCE_FTE) * in[practicesBase + MAINTENANCE_FTE],
                p(in, Parameter.INTEGRITY_RESTORE), p(in, Parameter.ENTROPY_RATE));
        siloIncidentRate = p(in, Parameter.SILO_INCIDENT_RATE);
        double rate = layout.embedding ? p(in, Parameter.LEARNING_RATE_EMBEDDED) : p(in, Parameter.LEARNING_RATE);
        learningExponent = Math.log(rate) / Math.log(2);
        learningFloor = p(in, Parameter.LEARNING_FLOOR);
        firstPauseWeeks = p(in, Parameter.PAUSE_WEEKS);
        delayCostPerWeekPerUser = 7 * in[inputLayout.delayCostSlot] / layout.totalUsers;
        fixedWeekly = new double[layout.fixedFrom.length];
        for (int i = 0; i < fixedWeekly.length; i++) {
            fixedWeekly[i] = in[inputLayout.fixedBase + i] / (layout.fixedTo[i] - layout.fixedFrom[i] + 1);
        }
        risks = new RiskRegister(layout, in, inputLayout.riskBase);

        waves = layout.waveCount;
        commandCentre = new CommandCentre(layout.waveUsers, in[practicesBase + CC_FTE], fixEffort,
                p(in, Parameter.SURFACE_RATE), p(in, Parameter.CRITICAL_SHARE), p(in, Parameter.HARM_RATE), in[practicesBase + CC_EXIT],
                p(in, Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS), p(in, Parameter.PAUSE_HARM_EVENTS),
                p(in, Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY));

        // ---- sites: size, complexity, legacy, leadership, readiness ----
        int sites = layout.siteCount;
        siteComplexity = new double[sites];
        siteLive = new boolean[sites];
        double[] leadership = new double[sites];
        double[] baselineReadiness = new double[sites];
        double sizeElasticity = p(in, Parameter.SIZE_ELASTICITY);
        double[] sizeFactor = new double[sites];
        double[] legacyEffort = {p(in, Parameter.LEGACY_EFFORT_PAPER), p(in, Parameter.LEGACY_EFFORT_VENDOR),
                p(in, Parameter.LEGACY_EFFORT_HOMEGROWN)};
        double[] legacyPressure = {p(in, Parameter.LEGACY_PRESSURE_PAPER), p(in, Parameter.LEGACY_PRESSURE_VENDOR),
                p(in, Parameter.LEGACY_PRESSURE_HOMEGROWN)};
        double customizationRate = p(in, Parameter.CUSTOMIZATION_RATE);
        double[] siteRequests = new double[sites];
        for (int s = 0; s < sites; s++) {
            siteComplexity[s] = in[siteBase + 3 * s + SITE_COMPLEXITY];
            leadership[s] = in[siteBase + 3 * s + SITE_LEADERSHIP];
            baselineReadiness[s] = in[siteBase + 3 * s + SITE_READINESS];
            sizeFactor[s] = Math.pow(layout.siteUsers[s] / 2000.0, sizeElasticity)
                    * siteComplexity[s] * legacyEffort[layout.siteLegacy[s]];
            siteRequests[s] = Math.max(0, customizationRate * legacyPressure[layout.siteLegacy[s]]
                    * (1.5 - leadership[s]));
        }
        readiness = new SiteReadiness(baselineReadiness, layout.siteInLaterWaveOnly,
                layout.embedding ? p(in, Parameter.EMBED_READINESS_BOOST) : 0, leadership, layout.siteUsers,
                p(in, Parameter.TRAINING_RATE));

        // ---- waves: scope x size x complexity ----
        phase = new int[waves];
        plannedGoLive = layout.baselineGoLive.clone();
        testStart = layout.testStart.clone();
        goLiveWeek = new int[waves];
        stabilizedWeek = new int[waves];
        frozenUntil = new int[waves];
        cyclesDone = new int[waves];
        cycleEnd = new int[waves];
        gatePending = new boolean[waves];
        share = new double[waves];
        trainingCost = new double[waves];
        trainingWeeksCharged = new int[waves];
        double effortPerWorkflow = p(in, Parameter.EFFORT_PER_WORKFLOW);
        double enterpriseShare = p(in, Parameter.ENTERPRISE_SHARE);
        double trainingCostPerUser = p(in, Parameter.TRAINING_HOURS_PER_USER) * userHourValue;
        double[] work = new double[waves];
        double[] complexity = new double[waves];
        double[] requestRate = new double[waves];
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
            complexity[w] = weightedComplexity / layout.waveUsers[w];
            trainingCost[w] = layout.waveUsers[w] * trainingCostPerUser;
        }
        build = new WaveBuild(work, complexity, requestRate, in[governanceBase + APPROVAL], fixEffort,
                p(in, Parameter.DEFECTS_PER_PERSON_WEEK), p(in, Parameter.TEST_DETECTION),
                p(in, Parameter.BAD_FIX_RATE), p(in, Parameter.CRITICAL_SHARE),
                p(in, Parameter.CUSTOMIZATION_DEFECT_UPLIFT), p(in, Parameter.INTERFACES_PER_CUSTOMIZATION),
                p(in, Parameter.CUSTOMIZATION_EFFORT), p(in, Parameter.CUSTOMIZATION_EFFORT_SD));
        defectStreams = new WaveStreams(seed, runIndex, layout.defectSources);
        customizationStreams = new WaveStreams(seed, runIndex, layout.customizationSources);
        liveStreams = new WaveStreams(seed, runIndex, layout.liveSources);

        int[] people = {
                (int) Math.round(in[teamBase + STAFF_FTE]),
                (int) Math.round(in[teamBase + CONSULTANT_FTE]),
                (int) Math.round(in[teamBase + VENDOR_FTE])};
        team = new Workforce(people, (int) Math.round(in[teamBase + RAMP_UP]), in[teamBase + PARTNERSHIP],
                p(in, Parameter.MENTORING_OVERHEAD));
        teamStream = RandomStream.ofSource(seed, runIndex, layout.teamSource);
        liveStream = RandomStream.ofSource(seed, runIndex, layout.liveSource);

        simulation.onEvent(this::handle)
                .every(2, this::allocateCapacity)
                .every(3, this::buildAndRework)
                .every(4, this::injectDefectsAndStartTests)
                .every(5, this::customizationPressure)
                .every(6, this::training)
                .every(7, this::liveSites)
                .every(8, this::overtimeFatigueAttrition)
                .every(9, this::costsAndRecord);
    }

    private static double p(double[] in, Parameter parameter) {
        return in[parameter.ordinal()];
    }

    /** Runs the weeks until every wave is stabilized or the horizon, then records the results. */
    void run() {
        for (int i = 0; i < risks.size(); i++) {
            out.set(columns.riskOccurred[i], 0); // set to 1 if the risk occurs
        }
        for (int w = 0; w < waves; w++) {
            scheduleGate(w);
        }
        risks.draw(seed, runIndex, calendar, RISK_EVENT, ledger);
        int weeksRun = simulation.run(layout.horizon, () -> wavesStabilized == waves);
        finish(weeksRun);
    }

    // ------------------------------------------------------------------ step 1: dated events

    private void handle(int week, int kind, int payload, EventCalendar cal) {
        switch (kind) {
            case RISK_EVENT -> riskOccurs(payload, week);
            case HIRE_ARRIVES -> hiresArrive(week);
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
            loseStaff(Workforce.STAFF, leaving, week);
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
                freeze(w, week, delay);
                movePlan(w, plannedGoLive[w] + delay);
                testStart[w] += delay;
            }
            if (left > 0) {
                // a programme-wide defect impact is shared among the waves by remaining work
                long d = w == last ? left
                        : Math.min(left, Math.round(defects * (remaining > 0 ? build.work(w) / remaining : 0)));
                build.addLatent(w, d);
                left -= d;
            }
        }
        keepGaps();
    }

    private static boolean contains(int[] values, int x) {
        for (int v : values) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** A test cycle ends: it finds {@code Binomial(U, testDetection)} defects (MODEL.md 3). */
    private void testCycleEnds(int w, int week) {
        if (phase[w] != TEST || cyclesDone[w] >= layout.testCycles) {
            return; // testing ended at a fixed-date go-live
        }
        if (week < cycleEnd[w]) {
            calendar.schedule(cycleEnd[w], TEST_CYCLE_END, w); // a freeze moved the cycle's end
            return;
        }
        build.testCycle(w, defectStreams.of(w));
        cyclesDone[w]++;
        if (cyclesDone[w] < layout.testCycles) {
            cycleEnd[w] = week + layout.testCycleWeeks;
            calendar.schedule(cycleEnd[w], TEST_CYCLE_END, w);
        }
    }

    private boolean testsComplete(int w) {
        return phase[w] == TEST && cyclesDone[w] >= layout.testCycles;
    }

    private double waveReadiness(int w) {
        return readiness.ofWave(layout.waveSites[w], layout.waveUsers[w]);
    }

    /** The go/no-go gate at the planned go-live and each week after until passed (MODEL.md 6). */
    private void gateCheck(int w, int week) {
        gatePending[w] = false;
        if (phase[w] >= LIVE) {
            return;
        }
        if (week < plannedGoLive[w]) {
            scheduleGate(w); // the plan moved on since this check was scheduled
            return;
        }
        boolean live = gate.ignoresGate()
                || gate.goesLive(build.buildComplete(w), testsComplete(w), waveReadiness(w), build.knownCritical(w));
        if (live) {
            calendar.schedule(week, CUT_OVER, w);
        } else {
            movePlan(w, week + 1);
            keepGaps();
        }
    }

    /** Go-live (MODEL.md 7): what was not found in test goes into production. */
    private void cutOver(int w, int week) {
        if (phase[w] >= LIVE) {
            return;
        }
        phase[w] = LIVE;
        wavesLive++;
        goLiveWeek[w] = week;
        boolean firstTimers = !anyGoneLive || !layout.embedding;
        commandCentre.cutOver(w, build.latentAtGoLive(w), build.known(w), build.knownCritical(w), waveReadiness(w),
                firstTimers, liveStreams.of(w));
        build.goLive(w);
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
        calendar.schedule(Math.max(week, week + layout.minCommandCentreWeeks - 1), COMMAND_CENTRE_EXIT, w);
        keepGaps();
    }

    // ------------------------------------------------------------------ plan changes

    private void movePlan(int w, int week) {
        if (week > plannedGoLive[w]) {
            plannedGoLive[w] = week;
            if (!gatePending[w]) {
                scheduleGate(w);
            }
        }
    }

    /**
     * At most one gate check per wave is pending; one that finds the plan moved later reschedules
     * itself, so slips and pushes leave no stale events behind.
     */
    private void scheduleGate(int w) {
        calendar.schedule(plannedGoLive[w], GATE_CHECK, w);
        gatePending[w] = true;
    }

    /** No two go-lives closer than minGapWeeks: a later wave's plan is pushed (MODEL.md 2.4). */
    private void keepGaps() {
        for (int w = 1; w < waves; w++) {
            int previous = phase[w - 1] >= LIVE ? goLiveWeek[w - 1] : plannedGoLive[w - 1];
            if (phase[w] < LIVE && plannedGoLive[w] < previous + layout.minGapWeeks) {
                movePlan(w, previous + layout.minGapWeeks);
            }
        }
    }

    /** Stops a wave's progress in weeks {@code from .. from + weeks - 1}; a test cycle under way waits. */
    private void freeze(int w, int from, int weeks) {
        int until = from + weeks;
        int added = until - Math.max(frozenUntil[w], from);
        if (added <= 0) {
            return;
        }
        frozenUntil[w] = until;
        if (phase[w] == TEST && cyclesDone[w] < layout.testCycles) {
            cycleEnd[w] += added; // the pending end event finds it moved and follows
        }
    }

    private boolean frozen(int w, int week) {
        return week < frozenUntil[w];
    }

    // ------------------------------------------------------------------ step 2: capacity

    private void allocateCapacity(int week) {
        hoursWorked = hours;
        team.advance(week);
        baseCapacity = team.baseCapacity();
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
        double claims = 0;
        for (int w = firstOpen; w < started; w++) {
            share[w] = claim(w, week);
            claims += share[w];
        }
        if (claims <= 0) {
            return;
        }
        double capacity = baseCapacity * fatigue.productivity() * hoursWorked;
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
     * remaining build and known defects spread over the weeks left to its planned go-live (all of
     * it once the date is reached); after go-live its open incidents and those expected to surface.
     * A departure from sharing by remaining effort alone, which lets later waves starve the one
     * about to go live (docs/model.md).
     */
    private double claim(int w, int week) {
        int ph = phase[w];
        if (ph == BUILD || ph == TEST) {
            return frozen(w, week) ? 0 : build.remainingEffort(w) / Math.max(1, plannedGoLive[w] - week);
        }
        return ph == LIVE ? commandCentre.claim(w) : 0;
    }

    // ------------------------------------------------------------------ step 3: build and rework

    /** The rework cycle of each wave in build or test (MODEL.md 3). */
    private void buildAndRework(int week) {
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] == BUILD || phase[w] == TEST) {
                build.rework(w, share[w], learningEffort);
            }
        }
    }

    // ------------------------------------------------------------------ step 4: defects

    private void injectDefectsAndStartTests(int week) {
        double errorMultiplier = fatigue.errorMultiplier();
        double learningDefects = Math.sqrt(learningEffort);
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != BUILD && phase[w] != TEST) {
                continue;
            }
            build.injectDefects(w, errorMultiplier, learningDefects, defectStreams.of(w));
            if (phase[w] == BUILD && build.buildComplete(w) && week >= testStart[w] && !frozen(w, week)) {
                // testing starts when the build is done, not before the planned test start
                phase[w] = TEST;
                if (layout.testCycles > 0) {
                    cycleEnd[w] = week + layout.testCycleWeeks;
                    calendar.schedule(cycleEnd[w], TEST_CYCLE_END, w);
                }
            }
        }
    }

    // ------------------------------------------------------------------ step 5: customization

    /** Requests while in build; a change freeze holds from test start to go-live (MODEL.md 4). */
    private void customizationPressure(int week) {
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != BUILD || frozen(w, week)) {
                continue;
            }
            build.customization(w, customizationStreams.of(w));
        }
    }

    // ------------------------------------------------------------------ step 6: readiness

    /** Training before go-live; support thins when many users train at once (MODEL.md 6). */
    private void training(int week) {
        double trainees = 0;
        for (int w = firstOpen; w < started; w++) {
            if (inTraining(w, week)) {
                trainees += layout.waveUsers[w];
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
            readiness.train(layout.waveSites[w], support);
            if (trainingWeeksCharged[w] < layout.trainingWeeks) {
                ledger.charge(CostCategory.TRAINING, trainingCost[w] / layout.trainingWeeks);
                trainingWeeksCharged[w]++;
            }
        }
    }

    /** In the training weeks before the planned go-live, and while slipped; not while frozen. */
    private boolean inTraining(int w, int week) {
        return phase[w] < LIVE && phase[w] > PLANNED && week >= plannedGoLive[w] - layout.trainingWeeks
                && !frozen(w, week);
    }

    // ------------------------------------------------------------------ step 7: live sites

    private void liveSites(int week) {
        commandCentreWavesThisWeek = 0;
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != LIVE) {
                continue;
            }
            commandCentreWavesThisWeek++;
            int signals = commandCentre.week(w, share[w], liveStreams.of(w));
            if ((signals & CommandCentre.PAUSE) != 0) {
                safetyPause(week);
            }
            if ((signals & CommandCentre.STABILIZED) != 0) {
                stabilize(w, week);
            }
        }
        if (interoperability.week() && siloIncidentRate > 0) {
            commandCentre.programmeIncidents(liveStream.poisson(siloIncidentRate));
        }
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
        sitesStabilized += layout.waveSites[w].length;
        learningEffort = Math.max(learningFloor, Math.pow(1 + sitesStabilized, learningExponent));
        if (layout.celebrate) {
            fatigue.celebrate();
        }
    }

    /** Patients first: every wave not yet live freezes and its go-live moves (MODEL.md 7). */
    private void safetyPause(int week) {
        double drawn = pauses == 0 || pauseStream == null ? firstPauseWeeks
                : pauseDistribution.sampleWithin(pauseStream, Parameter.PAUSE_WEEKS.min(), Parameter.PAUSE_WEEKS.max());
        int length = (int) Math.round(drawn);
        pauses++;
        int end = week + 1 + length;
        weeksPaused += Math.max(0, end - Math.max(week + 1, pausedUntil));
        pausedUntil = Math.max(pausedUntil, end);
        if (length <= 0) {
            return;
        }
        for (int w = 0; w < waves; w++) {
            if (phase[w] < LIVE) {
                freeze(w, week + 1, length);
                movePlan(w, plannedGoLive[w] + length);
                testStart[w] += length;
            }
        }
        keepGaps();
    }

    // ------------------------------------------------------------------ step 8: the team

    private void overtimeFatigueAttrition(int week) {
        if (!onPayroll) {
            return;
        }
        team.accrueTenure();
        fatigue.week(hoursWorked, team.meanTenureYears());
        double f = fatigue.level();
        double p = Math.min(1, weeklyAttrition * (1 + attritionFatigueGain * f * f) * (1 - attritionWellnessCut));
        int people = team.headcount();
        if (p > 0 && people > 0) {
            int k = (int) teamStream.binomial(people, p);
            // who leaves: k people drawn without replacement from the team, type by type
            int staff = team.headcount(Workforce.STAFF);
            int consultants = team.headcount(Workforce.CONSULTANTS);
            int[] byType = leaversByType;
            byType[0] = 0;
            byType[1] = 0;
            byType[2] = 0;
            for (int i = 0; i < k; i++) {
                int u = teamStream.nextInt(people);
                int type = u < staff ? Workforce.STAFF
                        : u < staff + consultants ? Workforce.CONSULTANTS : Workforce.VENDOR;
                byType[type]++;
                people--;
                if (type == Workforce.STAFF) {
                    staff--;
                } else if (type == Workforce.CONSULTANTS) {
                    consultants--;
                }
            }
            for (int type = 0; type < Workforce.TYPES; type++) {
                if (byType[type] > 0) {
                    loseStaff(type, byType[type], week);
                }
            }
        }
        nextHours(week);
    }

    /**
     * People leave; each is replaced {@code hiringLagWeeks} later. Replacements arriving in one week
     * share one event: the lag is the same for all, so arrival weeks come in order and a small ring
     * of pending arrivals by week and type holds them.
     */
    private void loseStaff(int type, int count, int week) {
        int gone = team.leave(type, count, week);
        if (gone > 0) {
            leavers += gone;
            ledger.charge(CostCategory.REPLACEMENT, gone * replacementCost);
            int arrival = week + hiringLag;
            if (arrival >= layout.horizon) {
                return; // the replacement would arrive after the run
            }
            pendingHires[arrival % pendingHires.length][type] += gone;
            if (arrival != lastHireEvent) {
                calendar.schedule(arrival, HIRE_ARRIVES, arrival);
                lastHireEvent = arrival;
            }
        }
    }

    private void hiresArrive(int week) {
        int[] arriving = pendingHires[week % pendingHires.length];
        for (int type = 0; type < Workforce.TYPES; type++) {
            if (arriving[type] > 0) {
                team.arrive(type, arriving[type], week);
                hires += arriving[type];
                arriving[type] = 0;
            }
        }
    }

    /** Overtime for next week, from schedule pressure now (MODEL.md 5). */
    private void nextHours(int week) {
        if (wavesLive > 0) {
            hours = 1 + maxOvertime; // cut-over and stabilization: all hands
            return;
        }
        double required = 0;
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] == BUILD || phase[w] == TEST) {
                required += build.remainingEffort(w) / Math.max(1, plannedGoLive[w] - week);
            }
        }
        // capacity at normal hours, as the week began (before this week's leavers)
        double capacity = baseCapacity * fatigue.productivity();
        double h = capacity > 0 ? required / capacity : (required > 0 ? 1 + maxOvertime : 1);
        hours = Math.max(1, Math.min(1 + maxOvertime, h));
    }

    // ------------------------------------------------------------------ step 9: costs and record

    private void costsAndRecord(int week) {
        if (onPayroll) {
            for (int type = 0; type < Workforce.TYPES; type++) {
                int n = team.headcount(type);
                double weekly = n * memberCost[type];
                ledger.charge(CostCategory.TEAM, weekly);
                if (hoursWorked > 1) {
                    double premium = type == Workforce.STAFF ? overtimePremium : 1;
                    ledger.charge(CostCategory.OVERTIME, (hoursWorked - 1) * weekly * premium);
                }
                if (wellnessCost > 0) {
                    ledger.charge(CostCategory.WELLNESS, n * wellnessCost);
                }
            }
        }
        if (commandCentreWavesThisWeek > 0) {
            ledger.charge(CostCategory.COMMAND_CENTRE, commandCentreWavesThisWeek * commandCentreWeeklyCost);
        }
        if (anyGoneLive) {
            ledger.charge(CostCategory.INTERFACE_MAINTENANCE, maintenanceWeeklyCost);
        }
        for (int i = 0; i < fixedWeekly.length; i++) {
            if (week >= layout.fixedFrom[i] && week <= layout.fixedTo[i]) {
                ledger.charge(CostCategory.FIXED, fixedWeekly[i]);
            }
        }
        double delayUsers = 0;
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] < LIVE && week >= layout.baselineGoLive[w]) {
                delayUsers += layout.waveUsers[w];
            }
        }
        if (delayUsers > 0) {
            ledger.charge(CostCategory.DELAY, delayCostPerWeekPerUser * delayUsers);
        }
        if (wavesStabilized == waves || week == layout.horizon - 1) {
            // contracted fixed costs are paid to the end of their term, whenever the run ends
            for (int i = 0; i < fixedWeekly.length; i++) {
                int from = Math.max(week + 1, layout.fixedFrom[i]);
                if (layout.fixedTo[i] >= from) {
                    ledger.charge(CostCategory.FIXED, fixedWeekly[i] * (layout.fixedTo[i] - from + 1));
                }
            }
        }
        long open = 0;
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

    private void finish(int weeksRun) {
        boolean done = wavesStabilized == waves;
        int horizon = layout.horizon;
        out.set(columns.completionWeek, done ? lastWeek : horizon);
        out.set(columns.censored, done ? 0 : 1);
        for (CostCategory c : CostCategory.ALL) {
            out.set(columns.cost[c.ordinal()], ledger.spent(c));
        }
        out.set(columns.programCost, ledger.programCost());
        out.set(columns.totalCost, ledger.totalCost());
        out.set(columns.unfinishedWork, build.unfinishedWork());
        out.set(columns.peakFatigue, fatigue.peak());
        out.set(columns.meanFatigue, fatigue.mean());
        out.set(columns.leavers, leavers);
        out.set(columns.hires, hires);
        out.set(columns.customizationsRequested, build.customizationsRequested());
        out.set(columns.customizationsApproved, build.customizationsApproved());
        out.set(columns.testDefects, build.testDefects());
        out.set(columns.productionDefects, commandCentre.productionDefects());
        out.set(columns.incidents, commandCentre.incidents());
        out.set(columns.patientSafetyEvents, commandCentre.patientSafetyEvents());
        out.set(columns.minIntegrity, interoperability.minIntegrity());
        out.set(columns.siloWeeks, interoperability.siloWeeks());
        out.set(columns.pauses, pauses);
        out.set(columns.weeksPaused, weeksPaused);
        out.set(columns.risksOccurred, risksOccurred);
        for (int w = 0; w < waves; w++) {
            int live = phase[w] >= LIVE ? goLiveWeek[w] : horizon;
            out.set(columns.plannedGoLive[w], layout.baselineGoLive[w]);
            out.set(columns.goLive[w], live);
            out.set(columns.stabilized[w], phase[w] == STABILIZED ? stabilizedWeek[w] : horizon);
            out.set(columns.slip[w], live - layout.baselineGoLive[w]);
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
