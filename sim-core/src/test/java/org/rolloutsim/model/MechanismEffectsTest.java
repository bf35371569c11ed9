package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rolloutsim.model.TestScenarios.c;

import org.junit.jupiter.api.Test;
import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.RandomStream;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;

/**
 * One test per mechanism of MODEL.md 3-8 and 11 (issue 12): each builds the smallest setting in
 * which the mechanism alone moves the output and checks its direction and, where MODEL.md gives a
 * formula, its size. Removing the mechanism (deleting its update, or forcing its multiplier to 1)
 * makes the test named after it fail. docs/mechanism-tests.md maps every mechanism to its test,
 * here or elsewhere.
 */
class MechanismEffectsTest {

    /** v1 default effort per workflow, pinned to its mean by {@code degenerate()}. */
    private static final double EFFORT = 1.5;
    /** v2 default effort per workflow, pinned to its mean by {@code degenerate()}. */
    private static final double EFFORT_V2 = 4.0;
    private static final double ENTERPRISE = 0.6;

    /**
     * One site, one module of 100 workflows, a big bang at week 90 (build from week 12), a team of
     * {@code staff}, every random element off, no overtime and no chronic fatigue: fatigue stays 0
     * unless a test turns something on.
     */
    private static TestScenarios.Builder oneSite(int users, double complexity, Legacy legacy, int staff) {
        return TestScenarios.builder()
                .site("a", users, complexity, legacy, 0.5, 0.9)
                .staff(staff, 3000)
                .bigBang(90)
                .degenerate()
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    /** Build work of MODEL.md 3 for one site and the one 100-workflow module, all in one wave. */
    private static double work(double effort, int users, double elasticity, double complexity, double legacy) {
        return 100 * effort * (ENTERPRISE + (1 - ENTERPRISE) * Math.pow(users / 2000.0, elasticity) * complexity * legacy);
    }

    private static RolloutRun run(RolloutModel model, long seed, int r) {
        RolloutRun run = model.newRun(seed, r, model.schema().newRunOutput());
        run.run();
        return run;
    }

    private static RolloutModel model(TestScenarios.Builder b) {
        return new RolloutModel(b.build(), ModelOptions.DEFAULT);
    }

    // ------------------------------------------------------------------ 3. work, defects, testing

    @Test
    void sizeElasticity() {
        // localization scales by (users/2000)^sizeElasticity; the run is deterministic, so the
        // effort spent on the build equals the closed form up to floating-point sums (1e-9)
        for (double elasticity : new double[] {0.5, 0.8}) {
            RolloutModel m = model(oneSite(8000, 1.0, Legacy.PAPER, 100).set(Parameter.SIZE_ELASTICITY, elasticity));
            double expected = work(EFFORT, 8000, elasticity, 1.0, 1.0);
            assertEquals(expected, run(m, 1, 0).buildEffortSpent(0), 1e-9, "elasticity " + elasticity);
        }
        // 8000 users at elasticity 0.5: localization doubles, 150 -> 210 person-weeks
        assertEquals(210, work(EFFORT, 8000, 0.5, 1.0, 1.0), 1e-9);
    }

    @Test
    void legacyEffort() {
        // localization scales by legacyEffort(legacy): paper 1.0, vendor 1.15, homegrown 1.5
        Legacy[] legacies = {Legacy.PAPER, Legacy.VENDOR, Legacy.HOMEGROWN};
        double[] factor = {1.0, 1.15, 1.5};
        for (int i = 0; i < 3; i++) {
            RolloutModel m = model(oneSite(2000, 1.0, legacies[i], 100));
            assertEquals(work(EFFORT, 2000, 0.5, 1.0, factor[i]), run(m, 1, 0).buildEffortSpent(0), 1e-9,
                    legacies[i].toString());
        }
        assertEquals(180, work(EFFORT, 2000, 0.5, 1.0, 1.5), 1e-9, "homegrown: 90 + 90 instead of 90 + 60");
    }

    /**
     * Three staff build one complex site (W = 180 pw) at 3 pw a week; one 3-week test cycle that
     * finds every latent defect (testDetection 1), so test defects count every defect injected.
     */
    private static TestScenarios.Builder injection() {
        return oneSite(2000, 1.5, Legacy.PAPER, 3)
                .practices(78, 1, 3, 12)
                .set(Parameter.DEFECTS_PER_PERSON_WEEK, 0.8)
                .set(Parameter.TEST_DETECTION, 1.0);
    }

    @Test
    void defectInjection() {
        // E[defects] = buildDone * defectsPerPersonWeek * complexity * errorMult(0) * learning(0)
        // = 180 * 0.8 * 1.5 = 216; Poisson over 40 runs: tolerance 4 standard errors of the mean
        RolloutModel m = model(injection());
        double[] found = Runs.column(m, 7, 40, "testDefects");
        double mean = 180 * 0.8 * 1.5;
        assertEquals(mean, Runs.mean(found), 4 * Math.sqrt(mean / 40));
    }

    @Test
    void fatigueRaisesTheErrorMultiplier() {
        // Chronic fatigue 1000 a year with fatigueTime 1 drives F to 1 after the first week on the
        // payroll (week 12, when F is still 0); productivity loss 0 keeps the build pace at 3 pw a
        // week. So 3 pw are built at errorMult 1 and the other 177 at errorMult(1) = 1 + gain:
        // E[defects] = 0.8 * 1.5 * (3 + 177 (1 + gain)). Tolerance 4 standard errors (Poisson, 40 runs).
        for (double gain : new double[] {0, 1}) {
            RolloutModel m = model(injection()
                    .set(Parameter.CHRONIC_FATIGUE, 1000)
                    .set(Parameter.FATIGUE_TIME, 1)
                    .set(Parameter.FATIGUE_PRODUCTIVITY_LOSS, 0)
                    .set(Parameter.FATIGUE_ERROR_GAIN, gain));
            double mean = 0.8 * 1.5 * (3 + 177 * (1 + gain));
            double[] found = Runs.column(m, 7, 40, "testDefects");
            assertEquals(mean, Runs.mean(found), 4 * Math.sqrt(mean / 40), "gain " + gain);
        }
    }

    /** One wave's build with {@code work} person-weeks left, fixEffort 0.25, no customization. */
    private static WaveBuild waveBuild(double work, double badFixRate, double criticalShare) {
        return new WaveBuild(new double[] {work}, new double[] {1}, new double[] {0}, 0, 0.25, 0, 1.0, badFixRate,
                criticalShare, 0, 0, 0, 0);
    }

    @Test
    void criticalDefectsAreFixedFirst() {
        // 100 defects found (testDetection 1), about half critical; 2.5 pw fix 10 critical ones
        // and nothing else, though build work and other defects wait
        WaveBuild b = waveBuild(10, 0, 0.5);
        RandomStream stream = RandomStream.of(1, 0, "defects");
        b.addLatent(0, 100);
        b.testCycle(0, stream);
        long critical = b.knownCritical(0);
        assertTrue(critical > 10 && critical < 90, "critical " + critical);
        b.rework(0, 2.5, 1);
        assertEquals(critical - 10, b.knownCritical(0));
        assertEquals(90, b.known(0));
        assertEquals(10, b.work(0), 1e-12, "no build until the critical defects are fixed");
    }

    @Test
    void badFixesReinjectDefects() {
        // 100000 fixes (25000 pw at 0.25) put back Binomial(100000, badFixRate) latent defects:
        // mean 7000, tolerance 4 sd (sqrt(100000 * 0.07 * 0.93) = 80.7); none at rate 0
        for (double rate : new double[] {0.07, 0}) {
            WaveBuild b = waveBuild(0, rate, 0);
            RandomStream stream = RandomStream.of(2, 0, "defects");
            b.addLatent(0, 200_000);
            b.testCycle(0, stream);
            b.rework(0, 25_000, 1);
            assertEquals(100_000, b.known(0));
            b.injectDefects(0, 1, 1, stream);
            assertEquals(100_000 * rate, b.latentAtGoLive(0), 4 * Math.sqrt(100_000 * rate * (1 - rate)), "rate " + rate);
        }
    }

    // ------------------------------------------------------------------ 4. customization

    @Test
    void changeFreezeStopsRequestsFromTestStart() {
        // Requests Poisson(rate * legacyPressure(paper) 0.6 * (1.5 - leadership 0.5)) a week, only
        // in build: from build start (week 12) to the planned test start (90 - 4 * 3 = 78), 66
        // weeks, never in the 12 weeks of testing. Approval 0, so requests change nothing else.
        // Mean 0.6 * 66 = 39.6 (46.8 without the freeze); tolerance 4 standard errors over 100 runs.
        RolloutModel m = model(oneSite(2000, 1.0, Legacy.PAPER, 100).approval(0)
                .set(Parameter.CUSTOMIZATION_RATE, 1.0));
        for (int r = 0; r < 3; r++) {
            assertEquals(90, Runs.get(Runs.one(m, 3, r), m, "waves.w1.goLiveWeek"), "goes live on plan");
        }
        double mean = 0.6 * 66;
        double[] requests = Runs.column(m, 3, 100, "customizationsRequested");
        assertEquals(mean, Runs.mean(requests), 4 * Math.sqrt(mean / 100));
    }

    // ------------------------------------------------------------------ 5. the team

    /**
     * Two waves of one 2000-user site each, 8 weeks apart, fixed dates. Wave 1 holds the enterprise
     * build (150 pw), wave 2 only its localization (60 pw). Two staff, no overtime, no fatigue.
     */
    private static TestScenarios.Builder twoWaves(int staff) {
        return TestScenarios.builder()
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .site("b", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(staff, 3000)
                .phased(2, 90, 8, SiteOrder.LISTED)
                .policy(TimelinePolicy.FIXED_DATE)
                .degenerate()
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    @Test
    void earliestDeadlineFirstServesTheWaveDueFirst() {
        // From week 20 both waves build: wave 1 claims about 1.92 pw a week (its remaining work
        // over the weeks to go-live), wave 2 0.77; the team gives 2. Served first, wave 1 gets its
        // whole claim and finishes exactly by its go-live; shared in proportion it would get ~1.43
        // and go live with about a quarter of its build undone. Deterministic: tolerance 1e-9.
        RolloutModel m = model(twoWaves(2));
        RolloutRun run = run(m, 1, 0);
        assertEquals(150, run.buildEffortSpent(0), 1e-9, "the wave due first is built in full");
        assertTrue(run.buildEffortSpent(1) < 60 - 10, "the team was short: " + run.buildEffortSpent(1));
    }

    @Test
    void fatigueCutsCapacity() {
        // One site (W = 150 pw), three staff, fixed date at week 90, no overtime. Chronic fatigue
        // 1000 a year with fatigueTime 1 holds F at 1 from week 13: capacity 3 (1 - loss) a week.
        // Built by go-live: 3 (week 12) + 77 weeks (13..89) * 3 * (1 - loss); the rest is reported
        // as unfinished. Deterministic: tolerance 1e-6.
        for (double loss : new double[] {0.4, 0.6}) {
            RolloutModel m = model(oneSite(2000, 1.0, Legacy.PAPER, 3).policy(TimelinePolicy.FIXED_DATE)
                    .set(Parameter.CHRONIC_FATIGUE, 1000)
                    .set(Parameter.FATIGUE_TIME, 1)
                    .set(Parameter.FATIGUE_PRODUCTIVITY_LOSS, loss));
            double built = 3 + 77 * 3 * (1 - loss);
            assertEquals(150 - built, Runs.get(Runs.one(m, 1, 0), m, "unfinishedWorkAtGoLive"), 1e-6, "loss " + loss);
        }
    }

    @Test
    void overtimeFollowsSchedulePressure() {
        // h = clamp(required / capacity, 1, 1 + maxOvertime), in v1 and v2 alike
        for (boolean managed : new boolean[] {false, true}) {
            OvertimePolicy p = new OvertimePolicy(0.25, managed, 0.5);
            assertEquals(1.0, p.hours(50, 100, 0, false), 1e-12, "slack: normal hours");
            assertEquals(1.1, p.hours(110, 100, 0, false), 1e-12, "10% short: 10% overtime");
            assertEquals(1.25, p.hours(200, 100, 0, false), 1e-12, "capped at 1 + maxOvertime");
        }
        // v1: every week with a wave live is worked at the maximum; v2: live work is just a claim
        assertEquals(1.25, new OvertimePolicy(0.25, false, 0.5).hours(0, 100, 0, true), 1e-12);
        assertEquals(1.0, new OvertimePolicy(0.25, true, 0.5).hours(0, 100, 0, true), 1e-12);
    }

    @Test
    void allHandsAtGoLiveDrivesFatigueTowardsOneInV1() {
        // v1: in the weeks a wave is live the team works 1 + maxOvertime (1.25) whatever the work,
        // and sustained maxOvertime is what drives fatigue to 1. Thirty staff build 150 pw well
        // before go-live at normal hours (fatigue 0); the command centre stays 5 weeks (90-94) and
        // the hours set in each of them apply to the next: weeks 91-94 at 1.25. With fatigueTime 4
        // fatigue moves a quarter of the way to 1 each week: peak 1 - 0.75^4.
        RolloutModel m = model(oneSite(2000, 1.0, Legacy.PAPER, 30)
                .policy(TimelinePolicy.FIXED_DATE)
                .commandCentre(20, 5, 0.5)
                .set(Parameter.MAX_OVERTIME, 0.25)
                .set(Parameter.FATIGUE_TIME, 4));
        RunOutput out = Runs.one(m, 1, 0);
        assertEquals(94, Runs.get(out, m, "completionWeek"));
        assertEquals(1 - Math.pow(0.75, 4), Runs.get(out, m, "peakFatigue"), 1e-12);
    }

    @Test
    void overtimeFollowsSchedulePressureInARun() {
        // v1, one site, W = 2.5 x 100 = 250 pw for three staff from week 12 to a fixed date at 90:
        // the work left over the weeks to go-live (250 / 78 = 3.2 a week) is more than 3, so the
        // team works overtime (fatigue costs no productivity here) and finishes all but about a
        // week's work (the hours for a week are set from the week before, which spreads the rest
        // over one week more than are left): 3.2 pw unfinished; without overtime 250 - 78 x 3 = 16.
        // Deterministic.
        for (double maxOvertime : new double[] {0.25, 0}) {
            RolloutModel m = model(oneSite(2000, 1.0, Legacy.PAPER, 3).policy(TimelinePolicy.FIXED_DATE)
                    .set(Parameter.EFFORT_PER_WORKFLOW, 2.5)
                    .set(Parameter.MAX_OVERTIME, maxOvertime)
                    .set(Parameter.FATIGUE_PRODUCTIVITY_LOSS, 0));
            RunOutput out = Runs.one(m, 1, 0);
            double unfinished = Runs.get(out, m, "unfinishedWorkAtGoLive");
            if (maxOvertime > 0) {
                assertEquals(3.17, unfinished, 0.01);
                assertTrue(Runs.get(out, m, "peakFatigue") > 0, "overtime was worked");
                assertTrue(Runs.get(out, m, "cost.overtime") > 0);
            } else {
                assertEquals(16, unfinished, 1e-6);
            }
        }
    }

    @Test
    void defectsOfTheBuildFinishedAfterGoLiveGoToProduction() {
        // v2 fixed date: 234 of 400 pw are built before go-live, 166 after (see
        // goingLiveShortKeepsTheUnfinishedBuild). At 1 defect per pw every injected defect is found
        // in test or reaches production: Poisson(400) in all, not 234. Mean over 20 runs within 4
        // standard errors (4 sqrt(400 / 20) = 17.9).
        RolloutModel m = model(shortTeamV2(4, TimelinePolicy.FIXED_DATE, 0.1).set(Parameter.DEFECTS_PER_PERSON_WEEK, 1));
        int runs = 20;
        double[] test = Runs.column(m, 8, runs, "testDefects");
        double[] production = Runs.column(m, 8, runs, "productionDefects");
        double[] all = new double[runs];
        for (int r = 0; r < runs; r++) {
            all[r] = test[r] + production[r];
        }
        assertEquals(400, Runs.mean(all), 4 * Math.sqrt(400.0 / runs));
    }

    @Test
    void restRuleHoldsNormalHoursWhenTired() {
        OvertimePolicy p = new OvertimePolicy(0.25, true, 0.5);
        assertEquals(1.25, p.hours(200, 100, 0.49, false), 1e-12, "below the cap: overtime as required");
        assertEquals(1.0, p.hours(200, 100, 0.5, false), 1e-12, "at the cap: normal hours");
        assertEquals(1.0, p.hours(200, 100, 0.9, true), 1e-12);
        // v1 has no rest rule
        assertEquals(1.25, new OvertimePolicy(0.25, false, 0.5).hours(200, 100, 0.9, false), 1e-12);
    }

    @Test
    void fatigueTargetUsesAbsoluteHoursInV2() {
        // F* = (h - 1) / fatigueHoursScale: sustained h = 1.25 drives F to 0.625 with scale 0.4
        // (MODEL.md 11.1), to 1 with v1's scale maxOvertime = 0.25
        TeamFatigue v2 = new TeamFatigue(8, 0, 0.4, 0, 0.4, 1, 0);
        TeamFatigue v1 = new TeamFatigue(8, 0, 0.25, 0, 0.4, 1, 0);
        for (int week = 0; week < 400; week++) {
            v2.week(1.25, 0);
            v1.week(1.25, 0);
        }
        assertEquals(0.625, v2.level(), 1e-9);
        assertEquals(1.0, v1.level(), 1e-9);
    }

    @Test
    void chronicFatigueGrowsWithTenure() {
        // class: with tenure held at 2 years, F -> chronicFatigue * 2 = 0.1
        TeamFatigue f = new TeamFatigue(8, 0.05, 0.25, 0, 0.4, 1, 0);
        for (int week = 0; week < 400; week++) {
            f.week(1.0, 2.0);
        }
        assertEquals(0.1, f.level(), 1e-9);
        // run: nobody leaves and nothing is built, so mean tenure after k payroll weeks is k/52
        // years and F follows F <- F + (0.05 k/52 - F)/8 by hand; it only grows, so its peak is its
        // last value. Deterministic: tolerance 1e-9.
        RolloutModel m = model(TestScenarios.builder()
                .modules(new Module("core", 0))
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .practices(100, 0, 3, 12)
                .bigBang(100)
                .degenerate()
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0.05));
        RunOutput out = Runs.one(m, 1, 0);
        int weeks = (int) Runs.get(out, m, "completionWeek") + 1; // on the payroll weeks 0..completion
        double level = 0;
        for (int k = 1; k <= weeks; k++) {
            level += (0.05 * k / 52.0 - level) / 8;
        }
        assertTrue(level > 0.005);
        assertEquals(level, Runs.get(out, m, "peakFatigue"), 1e-9);
    }

    @Test
    void wellnessReliefLowersTheFatigueTarget() {
        // F* = (h - 1)/scale + chronicFatigue * tenureYears - wellnessRelief * [wellness funded]:
        // sustained maximum overtime drives F to 1 - 0.1 with relief 0.1, to 1 without
        TeamFatigue relieved = new TeamFatigue(8, 0, 0.25, 0.1, 0.4, 1, 0);
        TeamFatigue plain = new TeamFatigue(8, 0, 0.25, 0, 0.4, 1, 0);
        for (int week = 0; week < 400; week++) {
            relieved.week(1.25, 0);
            plain.week(1.25, 0);
        }
        assertEquals(0.9, relieved.level(), 1e-9);
        assertEquals(1.0, plain.level(), 1e-9);
        // run: the idle team of chronicFatigueGrowsWithTenure at chronicFatigue 0.2, wellness
        // funded: F <- F + (clamp(0.2 k/52 - 0.1) - F)/8 by hand, so fatigue starts only after
        // half a year on the programme. Deterministic: tolerance 1e-9.
        for (boolean funded : new boolean[] {true, false}) {
            TestScenarios.Builder b = TestScenarios.builder()
                    .modules(new Module("core", 0))
                    .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                    .practices(100, 0, 3, 12)
                    .bigBang(100)
                    .degenerate()
                    .set(Parameter.MAX_OVERTIME, 0)
                    .set(Parameter.CHRONIC_FATIGUE, 0.2);
            RolloutModel m = model(funded ? b.wellness(50) : b);
            RunOutput out = Runs.one(m, 1, 0);
            int weeks = (int) Runs.get(out, m, "completionWeek") + 1;
            double level = 0;
            for (int k = 1; k <= weeks; k++) {
                double target = Math.max(0, Math.min(1, 0.2 * k / 52.0 - (funded ? 0.1 : 0)));
                level += (target - level) / 8;
            }
            assertEquals(level, Runs.get(out, m, "peakFatigue"), 1e-9, "funded " + funded);
        }
    }

    /** TeamTest's idle team: N staff, nothing to build, fatigue 0, no replacement in the horizon. */
    private static TestScenarios.Builder idleTeam(int people, double annualAttrition) {
        return TestScenarios.builder()
                .modules(new Module("core", 0))
                .site("only", 2000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .team(new Team(new Team.Member(c(people), c(1000)), null, null, c(10_000), c(12), null))
                .practices(100, 0, 3, 12)
                .bigBang(100)
                .degenerate()
                .set(Parameter.ANNUAL_ATTRITION, annualAttrition)
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0);
    }

    @Test
    void wellnessCutsAttrition() {
        // With F = 0 and no replacement, leavers over T weeks ~ Binomial(N, 1 - (1 - p)^T) with
        // p = annualAttrition/52 * (1 - wellnessRetention) when wellness is funded: 0.2 fewer a week.
        // Tolerance 4 standard errors of the mean over 200 runs.
        int n = 1000;
        double annual = 0.52; // 0.01 a week
        RolloutModel m = model(idleTeam(n, annual).wellness(50));
        int runs = 200;
        double[] leavers = new double[runs];
        double weeks = -1;
        for (int r = 0; r < runs; r++) {
            RunOutput out = Runs.one(m, 21, r);
            leavers[r] = Runs.get(out, m, "leavers");
            weeks = Runs.get(out, m, "completionWeek") + 1;
            assertEquals(0, Runs.get(out, m, "peakFatigue"), "fatigue held at 0");
        }
        double q = 1 - Math.pow(1 - 0.01 * (1 - 0.2), weeks);
        double unfunded = n * (1 - Math.pow(1 - 0.01, weeks));
        double se = Math.sqrt(n * q * (1 - q) / runs);
        assertEquals(n * q, Runs.mean(leavers), 4 * se);
        assertTrue(unfunded - n * q > 8 * se, "the effect is well beyond the noise");
    }

    @Test
    void fatigueRaisesAttrition() {
        // p = weeklyRate * (1 + attritionFatigueGain * F^2): at F = 0.5 and gain 3, 1.75x.
        // One week of 100000 people: Binomial mean 100000 p, tolerance 4 standard deviations.
        for (double fatigue : new double[] {0, 0.5}) {
            Workforce team = new Workforce(new int[] {100_000, 0, 0, 0}, 0, 1.0, 0);
            Attrition a = new Attrition(team, new CostLedger(), new EventCalendar(), 7, RandomStream.of(3, 0, "team"),
                    0.01, 3, 0, 0, 10, 520);
            a.week(0, fatigue);
            double p = 0.01 * (1 + 3 * fatigue * fatigue);
            assertEquals(100_000 * p, a.leavers(), 4 * Math.sqrt(100_000 * p * (1 - p)), "F " + fatigue);
        }
    }

    // ------------------------------------------------------------------ 6. readiness

    @Test
    void leadershipDrivesReadiness() {
        // R <- R + trainingRate * leadership * (1 - R) * support: leadership 0.8 gains twice 0.4
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.5}, new boolean[2], 0, new double[] {0.8, 0.4},
                new long[] {1000, 1000}, 0.2);
        r.train(new int[] {0, 1}, 1.0);
        assertEquals(0.5 + 0.2 * 0.8 * 0.5, r.of(0), 1e-12);
        assertEquals(0.5 + 0.2 * 0.4 * 0.5, r.of(1), 1e-12);
    }

    @Test
    void leadershipFloor() {
        // v2: growth uses max(leadership, leadershipFloor): a site with no local leader still learns
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.5}, new boolean[2], 0, new double[] {0, 0.6},
                new long[] {1000, 1000}, 0.2, 0.2, 0);
        r.train(new int[] {0, 1}, 1.0);
        assertEquals(0.5 + 0.2 * 0.2 * 0.5, r.of(0), 1e-12, "floor 0.2 for a leaderless site");
        assertEquals(0.5 + 0.2 * 0.6 * 0.5, r.of(1), 1e-12, "leadership above the floor counts as is");
    }

    @Test
    void readinessDecaysOutOfTraining() {
        // v2: a trained site out of training loses readinessDecay a week, never below its start;
        // a site never trained does not forget
        SiteReadiness r = new SiteReadiness(new double[] {0.5, 0.5}, new boolean[2], 0, new double[] {1, 1},
                new long[] {1000, 1000}, 0.2, 0, 0.01);
        r.train(new int[] {0}, 1.0); // site 0: 0.5 + 0.2 * 0.5 = 0.6
        assertEquals(0.6, r.of(0), 1e-12);
        r.forget(new int[] {0, 1});
        assertEquals(0.59, r.of(0), 1e-12);
        assertEquals(0.5, r.of(1), 1e-12, "never trained, nothing to forget");
        for (int week = 0; week < 20; week++) {
            r.forget(new int[] {0});
        }
        assertEquals(0.5, r.of(0), 1e-12, "never below where it started");
    }

    @Test
    void bigBangThinsTrainingSupport() {
        // A big bang of two 10000-user sites trains 20000 users at once: support =
        // min(1, changeCapacityUsers / 20000). Over the 12 training weeks readiness grows to
        // 1 - (1 - R0) (1 - rate * leadership * support)^12, read at a fixed-date go-live.
        // Deterministic: tolerance 1e-9.
        for (double capacity : new double[] {20_000, 10_000, 5_000}) {
            RolloutModel m = model(TestScenarios.builder()
                    .site("a", 10_000, 1.0, Legacy.PAPER, 0.5, 0.4)
                    .site("b", 10_000, 1.0, Legacy.PAPER, 0.5, 0.4)
                    .staff(200, 3000)
                    .bigBang(90)
                    .policy(TimelinePolicy.FIXED_DATE)
                    .degenerate()
                    .set(Parameter.TRAINING_RATE, 0.16)
                    .set(Parameter.CHANGE_CAPACITY_USERS, capacity));
            double support = Math.min(1, capacity / 20_000);
            double expected = 1 - 0.6 * Math.pow(1 - 0.16 * 0.5 * support, 12);
            assertEquals(expected, run(m, 1, 0).readinessAtGoLive(0), 1e-9, "support " + support);
        }
    }

    // ------------------------------------------------------------------ 7. go-live and after

    @Test
    void commandCentreEfficiencyOfFirstTimers() {
        // fixes a week = floor((fte * efficiency + team share) / fixEffort): 20 FTE at 0.7 fix 70
        // incidents at 0.2 pw each, experienced ones 100; nothing surfaces
        for (boolean firstTimers : new boolean[] {true, false}) {
            CommandCentre cc = new CommandCentre(new long[] {1_000_000}, 20, 0.2, 0, 0, 0, 0.5, 1e9, 1e9, 0.7, false);
            RandomStream stream = RandomStream.of(1, 0, "test");
            cc.cutOver(0, 0, 1000, 0, 1.0, firstTimers, stream);
            cc.week(0, 0, stream);
            assertEquals(firstTimers ? 930 : 900, cc.openIncidents(0), "first timers " + firstTimers);
        }
    }

    @Test
    void readinessTermOfHarm() {
        // each critical defect carried live harms a patient with probability harmRate * (1.5 - R):
        // 0.02 * 1.2 at R = 0.3, 0.02 * 0.6 at R = 0.9. 100000 critical: Binomial, 4 sd tolerance.
        for (double readiness : new double[] {0.3, 0.9}) {
            CommandCentre cc = new CommandCentre(new long[] {1000}, 20, 0.2, 0, 1, 0.02, 0.5, 1e9, 1e9, 1, false);
            cc.cutOver(0, 0, 100_000, 100_000, readiness, false, RandomStream.of(5, 0, "live"));
            double p = 0.02 * (1.5 - readiness);
            assertEquals(100_000 * p, cc.patientSafetyEvents(), 4 * Math.sqrt(100_000 * p * (1 - p)),
                    "readiness " + readiness);
        }
    }

    @Test
    void harmTriggersAPause() {
        // 10 critical defects carried live at harm probability 1 (harmRate 2, R = 1): 10 harmed. The
        // backlog is far below the incident threshold, so only the harm count can pause.
        for (double threshold : new double[] {3, 11}) {
            CommandCentre cc = new CommandCentre(new long[] {1_000_000}, 20, 0.2, 0, 1, 2, 0.5, 20, threshold, 1, false);
            RandomStream stream = RandomStream.of(1, 0, "live");
            cc.cutOver(0, 0, 10, 10, 1.0, false, stream);
            assertEquals(10, cc.patientSafetyEvents());
            int signal = cc.week(0, 0, stream) & CommandCentre.PAUSE;
            assertEquals(threshold <= 10 ? CommandCentre.PAUSE : 0, signal, "pauseHarmEvents " + threshold);
        }
    }

    @Test
    void interfaceEntropyWithoutMaintenance() {
        // I <- I + integrityRestore (1 - I) m - entropyRate (1 - m), m = maintained share.
        // Half maintained, from I = 1: -0.005 a week at first, then the hand recursion.
        Interoperability estate = new Interoperability(10, 0.05, 0.01);
        estate.goLive(20);
        double expected = 1;
        for (int week = 0; week < 30; week++) {
            estate.week();
            expected += 0.05 * (1 - expected) * 0.5 - 0.01 * 0.5;
        }
        assertEquals(expected, estate.minIntegrity(), 1e-12);
        assertTrue(expected < 0.9);
        Interoperability maintained = new Interoperability(20, 0.05, 0.01);
        maintained.goLive(20);
        for (int week = 0; week < 30; week++) {
            maintained.week();
        }
        assertEquals(1, maintained.minIntegrity(), 1e-12, "fully maintained: no entropy");
    }

    @Test
    void riskFatigueAndLeaversImpacts() {
        // A certain risk at week 30 adds 0.3 to F and takes 7 staff. F = 0 otherwise, and the same
        // week it relaxes toward its target 0 by 1/8: peak 0.3 * 7/8. Nobody else leaves.
        Risk risk = new Risk("walkout", "", c(1), 30, 30, null, new Risk.Impact(null, null, c(0.3), null, c(7)), null);
        RolloutModel without = model(idleTeam(50, 0));
        RolloutModel with = model(idleTeam(50, 0).risk(risk));
        RunOutput a = Runs.one(without, 1, 0);
        RunOutput b = Runs.one(with, 1, 0);
        assertEquals(0, Runs.get(a, without, "peakFatigue"));
        assertEquals(0, Runs.get(a, without, "leavers"));
        assertEquals(0.3 * 7 / 8, Runs.get(b, with, "peakFatigue"), 1e-12);
        assertEquals(7, Runs.get(b, with, "leavers"));
    }

    // ------------------------------------------------------------------ 11. v2

    /** Two single-site waves under the v2 rules, a team with room to spare, no emergent scope. */
    private static TestScenarios.Builder managed(double waveEffortSd, double scopeGrowth) {
        return TestScenarios.builder()
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .site("b", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(400, 3000)
                .phased(2, 90, 8, SiteOrder.LISTED)
                .response(Response.STANDARD)
                .degenerate()
                .set(Parameter.WAVE_EFFORT_SD, waveEffortSd)
                .set(Parameter.SCOPE_GROWTH, scopeGrowth);
    }

    @Test
    void estimationErrorPerWave() {
        // Each wave's work is the planned work times its own lognormal draw, mean 1, sd waveEffortSd:
        // wave 1 plans 4 * 100 = 400 pw, wave 2 (localization only) 160. The build team has room to
        // spare, so effort spent = work. Over 200 runs the ratio's mean is 1 within 4 standard
        // errors (4 * 0.15 / sqrt(200) = 0.042) and its sd 0.15 within 0.035 (~4.5 se of an sd).
        int runs = 200;
        double[][] ratio = new double[2][runs];
        int differ = 0;
        RolloutModel m = model(managed(0.15, 0));
        for (int r = 0; r < runs; r++) {
            RolloutRun run = run(m, 11, r);
            ratio[0][r] = run.buildEffortSpent(0) / (EFFORT_V2 * 100);
            ratio[1][r] = run.buildEffortSpent(1) / (EFFORT_V2 * 100 * (1 - ENTERPRISE));
            differ += Math.abs(ratio[0][r] - ratio[1][r]) > 1e-6 ? 1 : 0;
        }
        for (int w = 0; w < 2; w++) {
            assertEquals(1, Runs.mean(ratio[w]), 4 * 0.15 / Math.sqrt(runs), "wave " + w);
            assertEquals(0.15, Runs.sd(ratio[w]), 0.035, "wave " + w);
        }
        assertEquals(runs, differ, "one draw per wave, not one per run");
        RolloutRun exact = run(model(managed(0, 0)), 11, 0);
        assertEquals(400, exact.buildEffortSpent(0), 1e-9, "sd 0: the plan");
    }

    @Test
    void emergentScopeArrivesInBuild() {
        // a further scopeGrowth x the planned work is discovered during build: 0.2 * 400 = 80 pw
        // more for wave 1, 0.2 * 160 = 32 for wave 2. Deterministic: tolerance 1e-9.
        RolloutRun run = run(model(managed(0, 0.2)), 1, 0);
        assertEquals(480, run.buildEffortSpent(0), 1e-9);
        assertEquals(192, run.buildEffortSpent(1), 1e-9);
    }

    // ------------------------------------------------------------------ 11.4 reviews, 11.5 going live short

    /** One wave in build seen by a programme review; it records the responses asked for. */
    private static final class OneWave implements ProgrammeReview.Programme {
        double remaining;
        double capacity;
        int testStart;
        int testWeeksLeft;
        int planned;
        int rebaselinedTo = -1;
        int surgeAsked;
        int releases;

        OneWave(double remaining, double capacity, int testStart, int testWeeksLeft, int planned) {
            this.remaining = remaining;
            this.capacity = capacity;
            this.testStart = testStart;
            this.testWeeksLeft = testWeeksLeft;
            this.planned = planned;
        }

        public int firstOpen() { return 0; }
        public int started() { return 1; }
        public boolean awaitingGoLive(int w) { return true; }
        public boolean inBuild(int w) { return true; }
        public double remainingEffort(int w) { return remaining; }
        public double effortBeforeGate(int w) { return remaining; }
        public int testStart(int w) { return testStart; }
        public int testWeeksLeft(int w) { return testWeeksLeft; }
        public int plannedGoLive(int w) { return planned; }
        public int baselineGoLive(int w) { return planned; }
        public double capacityNow() { return capacity; }
        public boolean anyoneExperienced() { return true; }
        public void rebaseline(int w, int week) { rebaselinedTo = week; }
        public void requestSurge(int people) { surgeAsked += people; }
        public void releaseSurge() { releases++; }
        public boolean deferModule(int w) { return false; }
    }

    @Test
    void surgeStaffingWhenTheForecastRunsLate() {
        // Forecast ready = week + remaining / capacity (no history: the wave's share of the team),
        // not before test start, + test weeks left + 1: at week 4, 4 + 100 + 12 + 1 = 117.
        // Planned 112: 5 weeks late > surgeTriggerWeeks 4 -> surgeStep 0.05 x 100 people = 5.
        // Planned 113: 4 weeks late, not more than the trigger -> nothing.
        for (int planned : new int[] {112, 113}) {
            ProgrammeReview review = new ProgrammeReview(ResponseRules.defaults(), Response.STANDARD, 1, 100);
            OneWave p = new OneWave(100, 1, 50, 12, planned);
            review.review(p, 4, 0);
            assertEquals(planned == 112 ? 5 : 0, p.surgeAsked, "planned " + planned);
            assertEquals(-1, p.rebaselinedTo, "within replanTriggerWeeks 8: no new baseline");
        }
        // the cap: 0.25 x 100 = 25 people in all, in steps of 5
        ProgrammeReview review = new ProgrammeReview(ResponseRules.defaults(), Response.STANDARD, 1, 100);
        OneWave p = new OneWave(100, 1, 50, 12, 112);
        for (int week = 4; week <= 40; week += 4) {
            review.review(p, week, 0);
        }
        assertEquals(25, p.surgeAsked);
        // two calm reviews in a row with surge on the team release it
        p.remaining = 0;
        p.planned = 1000;
        review.review(p, 44, 25);
        assertEquals(0, p.releases);
        review.review(p, 48, 25);
        assertEquals(1, p.releases);
    }

    @Test
    void rebaselineWhenTheForecastRunsFarLate() {
        // forecast 117 (as above); planned 108: 9 weeks late > replanTriggerWeeks 8 -> the plan
        // moves to forecast + replanBufferWeeks 4 = 121 (the wave plan then snaps it to a window:
        // WavePlanTest); planned 109: 8 weeks late -> no new baseline
        for (int planned : new int[] {108, 109}) {
            ProgrammeReview review = new ProgrammeReview(ResponseRules.defaults(), Response.STANDARD, 1, 100);
            OneWave p = new OneWave(100, 1, 50, 12, planned);
            review.review(p, 4, 0);
            assertEquals(planned == 108 ? 121 : -1, p.rebaselinedTo, "planned " + planned);
            assertEquals(planned == 108 ? 1 : 0, review.replans());
        }
    }

    /** v2 rules with reviews that never respond, so only the rule under test moves the plan. */
    private static TestScenarios.Builder quietReviews(TestScenarios.Builder b, TimelinePolicy policy, double tolerance) {
        return b.quietReviews(policy, tolerance);
    }

    /** One site, v2 rules, every random element off, three staff, a 100-workflow module. */
    private static TestScenarios.Builder shortTeamV2(double effortPerWorkflow, TimelinePolicy policy, double tolerance) {
        TestScenarios.Builder b = TestScenarios.builder()
                .site("a", 2000, 1.0, Legacy.PAPER, 0.5, 0.9)
                .staff(3, 3000)
                .bigBang(90)
                .response(Response.STANDARD);
        return quietReviews(b, policy, tolerance).degenerate()
                .set(Parameter.MAX_OVERTIME, 0)
                .set(Parameter.CHRONIC_FATIGUE, 0)
                .set(Parameter.WAVE_EFFORT_SD, 0)
                .set(Parameter.SCOPE_GROWTH, 0)
                .set(Parameter.EFFORT_PER_WORKFLOW, effortPerWorkflow);
    }

    @Test
    void goingLiveShortUnderHoldTheLine() {
        // W = 2.1 x 100 = 210 pw at 3 a week from week 12: 198 done by the planned test start (78),
        // 5.7% left, within tolerance 0.1, so testing starts on plan and the wave goes live at 90
        // with the build finished alongside the tests (done in week 81). With tolerance 0 testing
        // waits for the build (week 82), the last cycle ends at 94 and the go-live moves to the
        // window at 94. Deterministic.
        RolloutModel shortOk = model(shortTeamV2(2.1, TimelinePolicy.HOLD_THE_LINE, 0.1));
        RolloutModel strict = model(shortTeamV2(2.1, TimelinePolicy.HOLD_THE_LINE, 0));
        assertEquals(90, Runs.get(Runs.one(shortOk, 1, 0), shortOk, "waves.w1.goLiveWeek"));
        assertEquals(94, Runs.get(Runs.one(strict, 1, 0), strict, "waves.w1.goLiveWeek"));
    }

    @Test
    void goingLiveShortKeepsTheUnfinishedBuild() {
        // W = 4 x 100 = 400 pw at 3 a week from week 12: at the fixed date (90) 78 x 3 = 234 are
        // built and 166 are unfinished. v2 finishes them after go-live (the wave stabilizes only
        // then); v1 drops them. Deterministic: tolerance 1e-6.
        RolloutModel v2 = model(shortTeamV2(4, TimelinePolicy.FIXED_DATE, 0.1));
        RolloutRun kept = run(v2, 1, 0);
        RunOutput out = Runs.one(v2, 1, 0);
        assertEquals(166, Runs.get(out, v2, "unfinishedWorkAtGoLive"), 1e-6);
        assertEquals(400, kept.buildEffortSpent(0), 1e-6, "finished after go-live");
        // 166 / 3 = 55.3 weeks of building after go-live: weeks 90 to 145 at least
        assertTrue(Runs.get(out, v2, "waves.w1.stabilizedWeek") >= 145, "stabilized only when done");
        RolloutModel v1 = model(oneSite(2000, 1.0, Legacy.PAPER, 3).policy(TimelinePolicy.FIXED_DATE)
                .set(Parameter.EFFORT_PER_WORKFLOW, 4));
        assertEquals(234, run(v1, 1, 0).buildEffortSpent(0), 1e-6, "v1 drops it");
    }
}
