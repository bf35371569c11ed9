package org.rolloutsim.model;

import static org.rolloutsim.model.InputLayout.*;

import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.engine.Simulation;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * One run of the roll-out model: all of its mutable state, created fresh for the run, and the
 * weekly cycle of MODEL.md 1 that moves it. Dated events (step 1) go through the engine's
 * {@link EventCalendar}; steps 2-9 are weekly flows run in their fixed order.
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

    // Wave phases.
    static final int PLANNED = 0;
    static final int BUILD = 1;
    static final int TEST = 2;
    static final int LIVE = 3;
    static final int STABILIZED = 4;

    /** Integrity below this makes a silo week (MODEL.md 7). */
    static final double SILO_INTEGRITY = 0.8;
    private static final double EPSILON = 1e-9;

    private final ProgrammeLayout layout;
    private final OutputColumns columns;
    private final RunOutput out;
    private final long seed;
    private final int runIndex;
    private final Simulation simulation = new Simulation();
    private final EventCalendar calendar = simulation.calendar();
    private final CostLedger ledger = new CostLedger();
    private final Workforce team;

    // ---- per-run inputs, read once from the sampled input array ----
    private final double fixEffort;
    private final double defectsPerPersonWeek;
    private final double testDetection;
    private final double badFixRate;
    private final double criticalShare;
    private final double approval;
    private final double customizationUplift;
    private final double interfacesPerCustomization;
    private final double customizationVariance;
    private final double customizationSigma;
    private final double customizationMean;
    private final double maxOvertime;
    private final double fatigueTime;
    private final double chronicFatigue;
    private final double fatigueProductivityLoss;
    private final double fatigueErrorGain;
    private final double weeklyAttrition;
    private final double attritionFatigueGain;
    private final double overtimePremium;
    private final boolean wellnessFunded;
    private final double wellnessCost;
    private final double wellnessRelief;
    private final double wellnessRetention;
    private final double celebrationRelief;
    private final double replacementCost;
    private final int hiringLag;
    private final double[] memberCost = new double[Workforce.TYPES];
    private final int[] leaversByType = new int[Workforce.TYPES];
    private final double readinessThreshold;
    private final double tolerance;
    private final double trainingRate;
    private final double changeCapacityUsers;
    private final double trainingCostPerUser;
    private final double surfaceRate;
    private final double harmRate;
    private final double productivityDip;
    private final double recoverySum;
    private final double userWeekValue;
    private final double atElbowCostPerUser;
    private final double commandCentreFte;
    private final double commandCentreWeeklyCost;
    private final double exitPerThousand;
    private final double maintainedInterfaces;
    private final double maintenanceWeeklyCost;
    private final double siloIncidentRate;
    private final double firstCommandCentreEfficiency;
    private final double learningExponent;
    private final double learningFloor;
    private final double entropyRate;
    private final double integrityRestore;
    private final double pauseIncidentsPerThousand;
    private final double pauseHarmEvents;
    private final double firstPauseWeeks;
    private final double delayCostPerWeekPerUser;
    private final double[] fixedWeekly;
    private final double[] siteComplexity;
    private final double[] siteLeadership;
    private final double[] riskValues;
    private final int riskBase;

    // ---- wave state ----
    private final int waves;
    private final int[] phase;
    private final double[] work;
    private final long[] latent;
    private final long[] known;
    private final long[] knownCritical;
    private final double[] fixCarry;
    private final long[] approvedCustomizations;
    private final double[] complexity;
    private final double[] requestRate;
    private final double[] addedInterfaces;
    private final FixedRatePoisson[] approvedRequests;
    private final FixedRatePoisson[] rejectedRequests;
    /** Lognormal shape of the sum of k customizations' effort, computed on first use. */
    private static final int SUM_SHAPES = 32;
    private final double[] sumSigma = new double[SUM_SHAPES];
    private final double[] sumShift = new double[SUM_SHAPES];
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
    private final double[] share;
    private final double[] buildDone;
    private final long[] fixesDone;
    private final double[] buildEffortSpent;
    private final double[] trainingCost;
    private final int[] trainingWeeksCharged;
    private final long[] productionLatent;
    private final long[] openIncidents;
    private final double[] readinessAtGoLive;
    private final double[] harmProbability;
    private final int[] harmEvents;
    private final boolean[] pauseTriggered;
    private final boolean[] exitAllowed;
    private final boolean[] gatePending;
    private final double[] commandCentreEfficiency;
    private final RandomStream[] defectStreams;
    private final RandomStream[] customizationStreams;
    private final RandomStream[] liveStreams;

    // ---- site state ----
    private final double[] readiness;
    private final double[] startReadiness;
    private final boolean[] siteLive;

    // ---- programme state ----
    private final RandomStream teamStream;
    private final RandomStream liveStream;
    private final RandomStream pauseStream;
    private final Distribution pauseDistribution;
    private boolean onPayroll;
    /** Hours factor set at the end of last week for this week (1 = normal, 1 + maxOvertime = most). */
    private double hours = 1;
    /** Hours factor worked this week. */
    private double hoursWorked = 1;
    /** Effective person-weeks of a normal week at full freshness, as this week began. */
    private double baseCapacity;
    private double fatigue;
    private double peakFatigue;
    private double fatigueSum;
    private int payrollWeeks;
    private int sitesStabilized;
    private double learningEffort = 1;
    private int wavesLive;
    private int wavesStabilized;
    /** Waves {@code [firstOpen, started)} are the only ones in build, test or stabilization. */
    private int firstOpen;
    private int started;
    private int sitesLive;
    private boolean anyGoneLive;
    private double liveInterfaces;
    private double integrity = 1;
    private double minIntegrity = 1;
    private int siloWeeks;
    private int pauses;
    private int weeksPaused;
    private int pausedUntil;
    private int risksOccurred;
    private long leavers;
    private long hires;
    private long customizationsRequested;
    private long customizationsApproved;
    private long testDefects;
    private long productionDefects;
    private long incidents;
    private long patientSafetyEvents;
    private double unfinishedWork;
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

        fixEffort = p(in, Parameter.FIX_EFFORT);
        defectsPerPersonWeek = p(in, Parameter.DEFECTS_PER_PERSON_WEEK);
        testDetection = p(in, Parameter.TEST_DETECTION);
        badFixRate = p(in, Parameter.BAD_FIX_RATE);
        criticalShare = p(in, Parameter.CRITICAL_SHARE);
        approval = in[governanceBase + APPROVAL];
        customizationUplift = p(in, Parameter.CUSTOMIZATION_DEFECT_UPLIFT);
        interfacesPerCustomization = p(in, Parameter.INTERFACES_PER_CUSTOMIZATION);
        customizationMean = p(in, Parameter.CUSTOMIZATION_EFFORT);
        double sd = p(in, Parameter.CUSTOMIZATION_EFFORT_SD);
        customizationVariance = sd * sd;
        customizationSigma = sd;
        maxOvertime = p(in, Parameter.MAX_OVERTIME);
        fatigueTime = p(in, Parameter.FATIGUE_TIME);
        chronicFatigue = p(in, Parameter.CHRONIC_FATIGUE);
        fatigueProductivityLoss = p(in, Parameter.FATIGUE_PRODUCTIVITY_LOSS);
        fatigueErrorGain = p(in, Parameter.FATIGUE_ERROR_GAIN);
        weeklyAttrition = p(in, Parameter.ANNUAL_ATTRITION) / 52.0;
        attritionFatigueGain = p(in, Parameter.ATTRITION_FATIGUE_GAIN);
        overtimePremium = p(in, Parameter.OVERTIME_PREMIUM);
        wellnessCost = in[practicesBase + WELLNESS];
        wellnessFunded = wellnessCost > 0;
        wellnessRelief = p(in, Parameter.WELLNESS_RELIEF);
        wellnessRetention = p(in, Parameter.WELLNESS_RETENTION);
        celebrationRelief = p(in, Parameter.CELEBRATION_RELIEF);
        replacementCost = p(in, Parameter.REPLACEMENT_COST);
        hiringLag = (int) Math.round(in[teamBase + HIRING_LAG]);
        memberCost[Workforce.STAFF] = in[teamBase + STAFF_COST];
        memberCost[Workforce.CONSULTANTS] = in[teamBase + CONSULTANT_COST];
        memberCost[Workforce.VENDOR] = in[teamBase + VENDOR_COST];
        readinessThreshold = in[governanceBase + THRESHOLD];
        tolerance = in[governanceBase + TOLERANCE];
        trainingRate = p(in, Parameter.TRAINING_RATE);
        changeCapacityUsers = p(in, Parameter.CHANGE_CAPACITY_USERS);
        double userHourValue = p(in, Parameter.USER_HOUR_VALUE);
        trainingCostPerUser = p(in, Parameter.TRAINING_HOURS_PER_USER) * userHourValue;
        surfaceRate = p(in, Parameter.SURFACE_RATE);
        harmRate = p(in, Parameter.HARM_RATE);
        productivityDip = p(in, Parameter.PRODUCTIVITY_DIP);
        // sum over weeks t >= 0 of exp(-t / recoveryWeeks): the whole dip, in weeks at full loss
        recoverySum = 1.0 / (1.0 - Math.exp(-1.0 / p(in, Parameter.RECOVERY_WEEKS)));
        userWeekValue = p(in, Parameter.HOURS_PER_WEEK) * userHourValue;
        atElbowCostPerUser = p(in, Parameter.AT_ELBOW_WEEKS) * p(in, Parameter.SUPPORT_WEEKLY_COST)
                / in[practicesBase + SUPPORT_RATIO];
        commandCentreFte = in[practicesBase + CC_FTE];
        commandCentreWeeklyCost = in[practicesBase + CC_COST];
        exitPerThousand = in[practicesBase + CC_EXIT];
        maintainedInterfaces = p(in, Parameter.INTERFACES_PER_MAINTENANCE_FTE) * in[practicesBase + MAINTENANCE_FTE];
        maintenanceWeeklyCost = in[practicesBase + MAINTENANCE_FTE] * memberCost[Workforce.STAFF];
        siloIncidentRate = p(in, Parameter.SILO_INCIDENT_RATE);
        firstCommandCentreEfficiency = p(in, Parameter.FIRST_COMMAND_CENTRE_EFFICIENCY);
        double rate = layout.embedding ? p(in, Parameter.LEARNING_RATE_EMBEDDED) : p(in, Parameter.LEARNING_RATE);
        learningExponent = Math.log(rate) / Math.log(2);
        learningFloor = p(in, Parameter.LEARNING_FLOOR);
        entropyRate = p(in, Parameter.ENTROPY_RATE);
        integrityRestore = p(in, Parameter.INTEGRITY_RESTORE);
        pauseIncidentsPerThousand = p(in, Parameter.PAUSE_INCIDENTS_PER_THOUSAND_USERS);
        pauseHarmEvents = p(in, Parameter.PAUSE_HARM_EVENTS);
        firstPauseWeeks = p(in, Parameter.PAUSE_WEEKS);
        delayCostPerWeekPerUser = 7 * in[inputLayout.delayCostSlot] / layout.totalUsers;
        fixedWeekly = new double[layout.fixedFrom.length];
        for (int i = 0; i < fixedWeekly.length; i++) {
            fixedWeekly[i] = in[inputLayout.fixedBase + i] / (layout.fixedTo[i] - layout.fixedFrom[i] + 1);
        }
        riskValues = in;
        riskBase = inputLayout.riskBase;

        int sites = layout.siteCount;
        siteComplexity = new double[sites];
        siteLeadership = new double[sites];
        readiness = new double[sites];
        startReadiness = new double[sites];
        siteLive = new boolean[sites];
        double boost = layout.embedding ? p(in, Parameter.EMBED_READINESS_BOOST) : 0;
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
            siteLeadership[s] = in[siteBase + 3 * s + SITE_LEADERSHIP];
            double r0 = in[siteBase + 3 * s + SITE_READINESS];
            startReadiness[s] = Math.min(1, r0 + (layout.siteInLaterWaveOnly[s] ? boost : 0));
            readiness[s] = startReadiness[s];
            sizeFactor[s] = Math.pow(layout.siteUsers[s] / 2000.0, sizeElasticity)
                    * siteComplexity[s] * legacyEffort[layout.siteLegacy[s]];
            siteRequests[s] = Math.max(0, customizationRate * legacyPressure[layout.siteLegacy[s]]
                    * (1.5 - siteLeadership[s]));
        }

        waves = layout.waveCount;
        phase = new int[waves];
        work = new double[waves];
        latent = new long[waves];
        known = new long[waves];
        knownCritical = new long[waves];
        fixCarry = new double[waves];
        approvedCustomizations = new long[waves];
        complexity = new double[waves];
        requestRate = new double[waves];
        addedInterfaces = new double[waves];
        approvedRequests = new FixedRatePoisson[waves];
        rejectedRequests = new FixedRatePoisson[waves];
        plannedGoLive = layout.baselineGoLive.clone();
        testStart = layout.testStart.clone();
        goLiveWeek = new int[waves];
        stabilizedWeek = new int[waves];
        frozenUntil = new int[waves];
        cyclesDone = new int[waves];
        cycleEnd = new int[waves];
        share = new double[waves];
        buildDone = new double[waves];
        fixesDone = new long[waves];
        buildEffortSpent = new double[waves];
        trainingCost = new double[waves];
        trainingWeeksCharged = new int[waves];
        productionLatent = new long[waves];
        openIncidents = new long[waves];
        readinessAtGoLive = new double[waves];
        harmProbability = new double[waves];
        harmEvents = new int[waves];
        pauseTriggered = new boolean[waves];
        exitAllowed = new boolean[waves];
        gatePending = new boolean[waves];
        commandCentreEfficiency = new double[waves];
        defectStreams = new RandomStream[waves];
        customizationStreams = new RandomStream[waves];
        liveStreams = new RandomStream[waves];
        double effortPerWorkflow = p(in, Parameter.EFFORT_PER_WORKFLOW);
        double enterpriseShare = p(in, Parameter.ENTERPRISE_SHARE);
        for (int w = 0; w < waves; w++) {
            int[] ws = layout.waveSites[w];
            double localization = 0;
            double weightedComplexity = 0;
            for (int i = 0; i < ws.length; i++) {
                int s = ws[i];
                localization += sizeFactor[s];
                weightedComplexity += siteComplexity[s] * layout.siteUsers[s];
                requestRate[w] += siteRequests[s];
            }
            work[w] = effortPerWorkflow * (enterpriseShare * layout.enterpriseWorkflows[w]
                    + (1 - enterpriseShare) * localization * layout.waveWorkflows[w]);
            complexity[w] = weightedComplexity / layout.waveUsers[w];
            approvedRequests[w] = new FixedRatePoisson(requestRate[w] * approval);
            rejectedRequests[w] = new FixedRatePoisson(requestRate[w] * (1 - approval));
            trainingCost[w] = layout.waveUsers[w] * trainingCostPerUser;
        }

        int[] people = {
                (int) Math.round(in[teamBase + STAFF_FTE]),
                (int) Math.round(in[teamBase + CONSULTANT_FTE]),
                (int) Math.round(in[teamBase + VENDOR_FTE])};
        team = new Workforce(people, (int) Math.round(in[teamBase + RAMP_UP]), in[teamBase + PARTNERSHIP],
                p(in, Parameter.MENTORING_OVERHEAD));
        teamStream = RandomStream.of(seed, runIndex, "team");
        liveStream = RandomStream.of(seed, runIndex, "live");

        simulation.onEvent(this::handle)
                .every(2, this::allocateCapacity)
                .every(3, this::buildAndRework)
                .every(4, this::injectAndDiscoverDefects)
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
        for (int w = 0; w < waves; w++) {
            scheduleGate(w);
        }
        drawRisks();
        int weeksRun = simulation.run(layout.horizon, () -> wavesStabilized == waves);
        finish(weeksRun);
    }

    // ------------------------------------------------------------------ step 1: dated events

    private void handle(int week, int kind, int payload, EventCalendar cal) {
        switch (kind) {
            case RISK_EVENT -> riskOccurs(payload, week);
            case HIRE_ARRIVES -> {
                int count = payload / Workforce.TYPES;
                team.arrive(payload % Workforce.TYPES, count, week);
                hires += count;
            }
            case TEST_CYCLE_END -> testCycleEnds(payload, week);
            case GATE_CHECK -> gateCheck(payload, week);
            case CUT_OVER -> cutOver(payload, week);
            case COMMAND_CENTRE_EXIT -> exitAllowed[payload] = true;
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    /** Each risk occurs at most once, at a uniform week of its window (MODEL.md 2.6). */
    private void drawRisks() {
        for (int i = 0; i < layout.riskIds.length; i++) {
            int base = riskBase + RISK_FIELDS * i;
            ledger.charge(CostCategory.MITIGATION, riskValues[base + RISK_MITIGATION_COST]);
            RandomStream stream = RandomStream.of(seed, runIndex, "risks/" + layout.riskIds[i]);
            // both numbers are always drawn, so occurrence and timing keep their place in the stream
            boolean occurs = stream.bernoulli(riskValues[base + RISK_PROBABILITY]);
            int week = stream.nextIntInclusive(layout.riskFrom[i], layout.riskTo[i]);
            if (occurs && week < layout.horizon) {
                calendar.schedule(week, RISK_EVENT, i);
            }
        }
    }

    private void riskOccurs(int risk, int week) {
        int base = riskBase + RISK_FIELDS * risk;
        risksOccurred++;
        out.set(columns.riskOccurred[risk], 1);
        ledger.charge(CostCategory.RISK, riskValues[base + RISK_COST]);
        fatigue = Math.min(1, fatigue + riskValues[base + RISK_FATIGUE]);
        int leaving = (int) Math.round(riskValues[base + RISK_LEAVERS]);
        if (leaving > 0) {
            loseStaff(Workforce.STAFF, leaving, week);
        }
        int[] targets = layout.riskWaves[risk];
        int delay = (int) Math.round(riskValues[base + RISK_DELAY]);
        long defects = Math.round(riskValues[base + RISK_DEFECTS]);
        double remaining = 0;
        int last = -1;
        for (int w = 0; w < waves; w++) {
            if (phase[w] < LIVE && (targets == null || contains(targets, w))) {
                remaining += work[w];
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
                long d = w == last ? left : Math.min(left, Math.round(defects * (remaining > 0 ? work[w] / remaining : 0)));
                latent[w] += d;
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

    private void testCycleEnds(int w, int week) {
        if (phase[w] != TEST || cyclesDone[w] >= layout.testCycles) {
            return; // testing ended at a fixed-date go-live
        }
        if (week < cycleEnd[w]) {
            calendar.schedule(cycleEnd[w], TEST_CYCLE_END, w); // a freeze moved the cycle's end
            return;
        }
        RandomStream stream = defectStream(w);
        long found = latent[w] > 0 ? stream.binomial(latent[w], testDetection) : 0;
        long critical = found > 0 ? stream.binomial(found, criticalShare) : 0;
        latent[w] -= found;
        known[w] += found;
        knownCritical[w] += critical;
        testDefects += found;
        cyclesDone[w]++;
        if (cyclesDone[w] < layout.testCycles) {
            cycleEnd[w] = week + layout.testCycleWeeks;
            calendar.schedule(cycleEnd[w], TEST_CYCLE_END, w);
        }
    }

    private boolean testsComplete(int w) {
        return phase[w] == TEST && cyclesDone[w] >= layout.testCycles;
    }

    /** The wave's readiness: its sites' readiness weighted by users. */
    private double waveReadiness(int w) {
        double sum = 0;
        for (int s : layout.waveSites[w]) {
            sum += readiness[s] * layout.siteUsers[s];
        }
        return sum / layout.waveUsers[w];
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
        if (goesLive(w)) {
            calendar.schedule(week, CUT_OVER, w);
        } else {
            movePlan(w, week + 1);
            keepGaps();
        }
    }

    private boolean goesLive(int w) {
        TimelinePolicy policy = layout.policy;
        if (policy == TimelinePolicy.FIXED_DATE) {
            return true;
        }
        double r = waveReadiness(w);
        int maxCritical = layout.maxCriticalDefects;
        boolean gate = work[w] <= EPSILON && testsComplete(w) && r >= readinessThreshold
                && knownCritical[w] <= maxCritical;
        if (gate || policy == TimelinePolicy.SLIP_UNTIL_READY) {
            return gate;
        }
        return testsComplete(w) && r >= readinessThreshold - tolerance && knownCritical[w] <= 2L * maxCritical;
    }

    /** Go-live (MODEL.md 7): what was not found in test goes into production. */
    private void cutOver(int w, int week) {
        if (phase[w] >= LIVE) {
            return;
        }
        phase[w] = LIVE;
        wavesLive++;
        goLiveWeek[w] = week;
        unfinishedWork += work[w];
        work[w] = 0;
        productionLatent[w] = latent[w];
        latent[w] = 0;
        openIncidents[w] = known[w];
        incidents += known[w];
        double r = waveReadiness(w);
        readinessAtGoLive[w] = r;
        harmProbability[w] = Math.min(1, Math.max(0, harmRate * (1.5 - r)));
        // known critical defects carried into production can harm patients as surfacing ones do
        if (knownCritical[w] > 0 && harmProbability[w] > 0) {
            int harmed = (int) liveStream(w).binomial(knownCritical[w], harmProbability[w]);
            harmEvents[w] += harmed;
            patientSafetyEvents += harmed;
        }
        known[w] = 0;
        knownCritical[w] = 0;
        fixCarry[w] = 0;
        commandCentreEfficiency[w] = (!anyGoneLive || !layout.embedding) ? firstCommandCentreEfficiency : 1.0;
        anyGoneLive = true;
        double dipCost = 0;
        for (int s : layout.waveSites[w]) {
            double dip = Math.min(1, Math.max(0, productivityDip * (1.5 - readiness[s]) * siteComplexity[s]));
            dipCost += layout.siteUsers[s] * userWeekValue * dip * recoverySum;
            if (!siteLive[s]) {
                siteLive[s] = true;
                sitesLive++;
                liveInterfaces += layout.siteInterfaces[s];
            }
        }
        // interfaces added by the wave's customizations go live with the build they belong to
        liveInterfaces += addedInterfaces[w];
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
            phase[started++] = BUILD;
        }
        double demand = 0;
        for (int w = firstOpen; w < started; w++) {
            share[w] = waveDemand(w, week);
            demand += share[w];
        }
        if (demand <= 0) {
            return;
        }
        double capacity = baseCapacity * (1 - fatigueProductivityLoss * fatigue) * hoursWorked;
        double perUnit = capacity / demand;
        for (int w = firstOpen; w < started; w++) {
            share[w] *= perUnit;
        }
    }

    /**
     * What a wave claims of the team this week, in person-weeks per week: before go-live its
     * remaining build and known defects spread over the weeks left to its planned go-live (all of
     * it once the date is reached), after go-live its open incidents and those expected to surface. A departure from sharing by
     * remaining effort alone, which lets later waves starve the one about to go live (docs/model.md).
     */
    private double waveDemand(int w, int week) {
        int ph = phase[w];
        if (ph == BUILD || ph == TEST) {
            return frozen(w, week) ? 0
                    : (work[w] + known[w] * fixEffort) / Math.max(1, plannedGoLive[w] - week);
        }
        // a command centre plans for what will surface this week as well as what is open
        return ph == LIVE ? (openIncidents[w] + surfaceRate * productionLatent[w]) * fixEffort : 0;
    }

    // ------------------------------------------------------------------ step 3: build and rework

    private void buildAndRework(int week) {
        for (int w = firstOpen; w < started; w++) {
            buildDone[w] = 0;
            fixesDone[w] = 0;
            if ((phase[w] != BUILD && phase[w] != TEST) || share[w] <= 0) {
                continue;
            }
            double effort = share[w] + fixCarry[w];
            long criticalFixes = Math.min(knownCritical[w], (long) (effort / fixEffort));
            effort -= criticalFixes * fixEffort;
            long other = known[w] - knownCritical[w];
            double otherEffort = other * fixEffort;
            double buildEffort = work[w] + otherEffort > 0 ? effort * work[w] / (work[w] + otherEffort) : 0;
            double progress = Math.min(work[w], buildEffort / learningEffort);
            double fixEffortAvailable = effort - progress * learningEffort;
            long fixes = Math.min(other, (long) (fixEffortAvailable / fixEffort));
            fixCarry[w] = Math.min(fixEffort, fixEffortAvailable - fixes * fixEffort);
            work[w] -= progress;
            if (work[w] < EPSILON) {
                work[w] = 0;
            }
            buildEffortSpent[w] += progress * learningEffort;
            known[w] -= criticalFixes + fixes;
            knownCritical[w] -= criticalFixes;
            buildDone[w] = progress;
            fixesDone[w] = criticalFixes + fixes;
        }
    }

    // ------------------------------------------------------------------ step 4: defects

    private void injectAndDiscoverDefects(int week) {
        double errorMultiplier = 1 + fatigueErrorGain * fatigue;
        double learningDefects = Math.sqrt(learningEffort);
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != BUILD && phase[w] != TEST) {
                continue;
            }
            double mean = buildDone[w] * defectsPerPersonWeek * complexity[w] * errorMultiplier
                    * (1 + customizationUplift * approvedCustomizations[w]) * learningDefects;
            if (mean > 0) {
                latent[w] += defectStream(w).poisson(mean);
            }
            if (fixesDone[w] > 0 && badFixRate > 0) {
                latent[w] += defectStream(w).binomial(fixesDone[w], badFixRate);
            }
            if (phase[w] == BUILD && work[w] <= EPSILON && week >= testStart[w] && !frozen(w, week)) {
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

    private void customizationPressure(int week) {
        for (int w = firstOpen; w < started; w++) {
            if (phase[w] != BUILD || requestRate[w] <= 0 || frozen(w, week)) {
                continue; // change freeze from test start to go-live
            }
            // requests Poisson(rate), each approved with probability `approval`: by Poisson
            // thinning the approved and the rejected are independent Poisson counts
            RandomStream stream = customizationStream(w);
            long approved = approvedRequests[w].sample(stream);
            long rejected = rejectedRequests[w].sample(stream);
            customizationsRequested += approved + rejected;
            if (approved == 0) {
                continue;
            }
            customizationsApproved += approved;
            approvedCustomizations[w] += approved;
            addedInterfaces[w] += approved * interfacesPerCustomization;
            if (customizationMean > 0) {
                work[w] += customizationEffort(stream, approved);
            }
        }
    }

    /**
     * Person-weeks that {@code approved} customizations add: one lognormal draw with the mean and
     * variance of their sum (Fenton-Wilkinson), exact for a single request; one draw a week instead
     * of one per request keeps large programmes fast (docs/model.md).
     */
    private double customizationEffort(RandomStream stream, long approved) {
        if (customizationSigma == 0) {
            return approved * customizationMean;
        }
        double mean = approved * customizationMean;
        int k = (int) Math.min(approved, SUM_SHAPES - 1);
        if (k != approved || sumSigma[k] == 0) {
            double sigma2 = Math.log1p(customizationVariance / (approved * customizationMean * customizationMean));
            if (k != approved) {
                return mean * Math.exp(-sigma2 / 2 + Math.sqrt(sigma2) * stream.gaussian());
            }
            sumSigma[k] = Math.sqrt(sigma2);
            sumShift[k] = -sigma2 / 2;
        }
        return mean * Math.exp(sumShift[k] + sumSigma[k] * stream.gaussian());
    }

    // ------------------------------------------------------------------ step 6: readiness

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
            for (int s : layout.waveSites[w]) {
                readiness[s] += trainingRate * siteLeadership[s] * (1 - readiness[s]) * support;
            }
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
            if (phase[w] == LIVE) {
                commandCentreWavesThisWeek++;
                stabilization(w, week);
            }
        }
        interoperability();
    }

    /**
     * After the command centre leaves, the wave's remaining production defects still surface (all of
     * them in time, when surfaceRate is above 0) and can still harm patients; business-as-usual
     * support closes them. Nothing of that feeds back into the programme, so they are counted at
     * once, with the same distribution as week by week, and a run's end cannot cut them short.
     */
    private void residualDefects(int w) {
        long rest = productionLatent[w];
        productionLatent[w] = 0;
        if (rest <= 0 || surfaceRate <= 0) {
            return;
        }
        productionDefects += rest;
        incidents += rest;
        RandomStream stream = liveStream(w);
        long critical = criticalShare > 0 ? stream.binomial(rest, criticalShare) : 0;
        if (critical > 0 && harmProbability[w] > 0) {
            int harmed = (int) stream.binomial(critical, harmProbability[w]);
            harmEvents[w] += harmed;
            patientSafetyEvents += harmed;
        }
    }

    /** Production defects that surface this week; returns how many. */
    private long surface(int w) {
        if (productionLatent[w] <= 0 || surfaceRate <= 0) {
            return 0;
        }
        RandomStream stream = liveStream(w);
        long surfaced = stream.binomial(productionLatent[w], surfaceRate);
        productionLatent[w] -= surfaced;
        productionDefects += surfaced;
        incidents += surfaced;
        long critical = surfaced > 0 && criticalShare > 0 ? stream.binomial(surfaced, criticalShare) : 0;
        if (critical > 0 && harmProbability[w] > 0) {
            int harmed = (int) stream.binomial(critical, harmProbability[w]);
            harmEvents[w] += harmed;
            patientSafetyEvents += harmed;
        }
        return surfaced;
    }

    private void stabilization(int w, int week) {
        openIncidents[w] += surface(w);
        double effort = commandCentreFte * commandCentreEfficiency[w] + share[w] + fixCarry[w];
        long fixes = Math.min(openIncidents[w], (long) (effort / fixEffort));
        fixCarry[w] = Math.min(fixEffort, effort - fixes * fixEffort);
        openIncidents[w] -= fixes;
        // both the pause and the exit read the backlog left after this week's fixes
        double perThousand = openIncidents[w] * 1000.0 / layout.waveUsers[w];
        if (!pauseTriggered[w] && (perThousand > pauseIncidentsPerThousand || harmEvents[w] >= pauseHarmEvents)) {
            pauseTriggered[w] = true;
            safetyPause(week);
        }
        if (exitAllowed[w] && perThousand < exitPerThousand) {
            stabilize(w, week);
        }
    }

    private void stabilize(int w, int week) {
        residualDefects(w);
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
            fatigue = Math.max(0, fatigue - celebrationRelief);
        }
    }

    /** Patients first: every wave not yet live freezes and its go-live moves (MODEL.md 7). */
    private void safetyPause(int week) {
        double drawn = pauses == 0 || pauseStream == null ? firstPauseWeeks
                : pauseStreamDraw();
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

    /** A later pause draws its length afresh from the pause-length source. */
    private double pauseStreamDraw() {
        return pauseDistribution.sampleWithin(pauseStream, Parameter.PAUSE_WEEKS.min(), Parameter.PAUSE_WEEKS.max());
    }

    /** Interfaces, their maintenance and the integrity index; silo weeks add incidents. */
    private void interoperability() {
        if (liveInterfaces <= 0) {
            return;
        }
        double maintained = Math.min(1, maintainedInterfaces / liveInterfaces);
        integrity += integrityRestore * (1 - integrity) * maintained - entropyRate * (1 - maintained);
        integrity = Math.max(0, Math.min(1, integrity));
        minIntegrity = Math.min(minIntegrity, integrity);
        if (integrity < SILO_INTEGRITY) {
            siloWeeks++;
            if (siloIncidentRate > 0) {
                incidents += liveStream.poisson(siloIncidentRate);
            }
        }
    }

    // ------------------------------------------------------------------ step 8: the team

    private void overtimeFatigueAttrition(int week) {
        if (!onPayroll) {
            return;
        }
        payrollWeeks++;
        team.accrueTenure();
        double target = (maxOvertime > 0 ? (hoursWorked - 1) / maxOvertime : 0)
                + chronicFatigue * team.meanTenureYears() - (wellnessFunded ? wellnessRelief : 0);
        target = Math.max(0, Math.min(1, target));
        fatigue += (target - fatigue) / fatigueTime;
        fatigue = Math.max(0, Math.min(1, fatigue));
        peakFatigue = Math.max(peakFatigue, fatigue);
        fatigueSum += fatigue;

        double p = weeklyAttrition * (1 + attritionFatigueGain * fatigue * fatigue)
                * (1 - (wellnessFunded ? wellnessRetention : 0));
        p = Math.min(1, p);
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
                int type = u < staff ? Workforce.STAFF : u < staff + consultants ? Workforce.CONSULTANTS : Workforce.VENDOR;
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

    private void loseStaff(int type, int count, int week) {
        int gone = team.leave(type, count, week);
        if (gone > 0) {
            leavers += gone;
            ledger.charge(CostCategory.REPLACEMENT, gone * replacementCost);
            calendar.schedule(week + Math.max(1, hiringLag), HIRE_ARRIVES, type + Workforce.TYPES * gone);
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
                required += (work[w] + known[w] * fixEffort) / Math.max(1, plannedGoLive[w] - week);
            }
        }
        // capacity at normal hours, as the week began (before this week's leavers)
        double capacity = baseCapacity * (1 - fatigueProductivityLoss * fatigue);
        double h = capacity > 0 ? required / capacity : (required > 0 ? 1 + maxOvertime : 1);
        hours = Math.max(1, Math.min(1 + maxOvertime, h));
    }

    // ------------------------------------------------------------------ step 9: costs and record

    private void costsAndRecord(int week) {
        // costs this week were incurred at this week's hours, set before step 8 moved them on
        double worked = hoursWorked;
        if (onPayroll) {
            for (int type = 0; type < Workforce.TYPES; type++) {
                int n = team.headcount(type);
                double weekly = n * memberCost[type];
                ledger.charge(CostCategory.TEAM, weekly);
                if (worked > 1) {
                    double premium = type == Workforce.STAFF ? overtimePremium : 1;
                    ledger.charge(CostCategory.OVERTIME, (worked - 1) * weekly * premium);
                }
                if (wellnessFunded) {
                    ledger.charge(CostCategory.WELLNESS, n * wellnessCost);
                }
            }
        }
        if (commandCentreWavesThisWeek > 0) {
            ledger.charge(CostCategory.COMMAND_CENTRE,
                    commandCentreWavesThisWeek * commandCentreFte * commandCentreWeeklyCost);
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
        boolean last = wavesStabilized == waves || week == layout.horizon - 1;
        if (last) {
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
            open += phase[w] == LIVE ? openIncidents[w] : known[w];
        }
        out.record(OutputColumns.SERIES_CUMULATIVE_COST, week, (float) ledger.programCost());
        out.record(OutputColumns.SERIES_SITES_LIVE, week, sitesLive);
        out.record(OutputColumns.SERIES_FATIGUE, week, (float) fatigue);
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
        out.set(columns.unfinishedWork, unfinishedWork);
        out.set(columns.peakFatigue, peakFatigue);
        out.set(columns.meanFatigue, payrollWeeks == 0 ? 0 : fatigueSum / payrollWeeks);
        out.set(columns.leavers, leavers);
        out.set(columns.hires, hires);
        out.set(columns.customizationsRequested, customizationsRequested);
        out.set(columns.customizationsApproved, customizationsApproved);
        out.set(columns.testDefects, testDefects);
        out.set(columns.productionDefects, productionDefects);
        out.set(columns.incidents, incidents);
        out.set(columns.patientSafetyEvents, patientSafetyEvents);
        out.set(columns.minIntegrity, minIntegrity);
        out.set(columns.siloWeeks, siloWeeks);
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
        // after a run ends the cumulative series holds its last value; the others read 0
        float cumulative = (float) ledger.programCost();
        for (int week = weeksRun; week < horizon; week++) {
            out.record(OutputColumns.SERIES_CUMULATIVE_COST, week, cumulative);
        }
    }

    // ------------------------------------------------------------------ random sources

    private RandomStream defectStream(int w) {
        RandomStream s = defectStreams[w];
        if (s == null) {
            s = RandomStream.of(seed, runIndex, "defects/" + layout.waveIds[w]);
            defectStreams[w] = s;
        }
        return s;
    }

    private RandomStream customizationStream(int w) {
        RandomStream s = customizationStreams[w];
        if (s == null) {
            s = RandomStream.of(seed, runIndex, "customization/" + layout.waveIds[w]);
            customizationStreams[w] = s;
        }
        return s;
    }

    private RandomStream liveStream(int w) {
        RandomStream s = liveStreams[w];
        if (s == null) {
            s = RandomStream.of(seed, runIndex, "live/" + layout.waveIds[w]);
            liveStreams[w] = s;
        }
        return s;
    }

    // ------------------------------------------------------------------ for tests in this package

    int phase(int w) {
        return phase[w];
    }

    double buildEffortSpent(int w) {
        return buildEffortSpent[w];
    }

    double startReadiness(int site) {
        return startReadiness[site];
    }

    double readinessAtGoLive(int w) {
        return readinessAtGoLive[w];
    }
}
