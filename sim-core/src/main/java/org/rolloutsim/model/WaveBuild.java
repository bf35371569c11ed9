package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;

/**
 * The build of each wave before go-live (MODEL.md 3-4; seed: "focus on the front line", "be
 * respectful of scale", "beware the homegrown system"): remaining build work {@code W}, latent
 * defects {@code U}, known open defects {@code K} of which critical {@code Kc}, and the rework
 * cycle, testing and customization pressure that move them.
 */
final class WaveBuild {
    private static final double EPSILON = 1e-9;
    /**
     * A wave whose approved customizations have added more than this many times its planned build
     * approves no more (v2, docs/model.md departure 29): a change budget so large that no bundled
     * programme reaches it, which bounds the build a wave can ever take on.
     */
    static final double SCOPE_FREEZE = 2;
    /** Lognormal shapes of the sum of k customizations' effort are cached for k below this. */
    private static final int SUM_SHAPES = 32;

    private final double fixEffort;
    private final double defectsPerPersonWeek;
    private final double testDetection;
    private final double badFixRate;
    private final double criticalShare;
    private final double customizationUplift;
    private final double interfacesPerCustomization;
    private final double customizationMean;
    private final double customizationVariance;
    private final double[] sumSigma = new double[SUM_SHAPES];
    private final double[] sumShift = new double[SUM_SHAPES];

    private final double[] work;
    private final double[] plannedWork;
    private final double[] complexity;
    private final long[] lastFound;
    private final long[] totalFound;
    private final long[] latent;
    private final long[] known;
    private final long[] knownCritical;
    private final double[] carry;
    private final long[] approvedCustomizations;
    /** The wave's scope is frozen: it approves no more customizations (v2). */
    private final boolean[] scopeFrozen;
    /** Person-weeks the wave's approved customizations have added to its build. */
    private final double[] customizationWork;
    private final double[] addedInterfaces;
    private final FixedRatePoisson[] approvedRequests;
    private final FixedRatePoisson[] rejectedRequests;
    private final double[] buildDone;
    private final long[] fixesDone;
    private final double[] effortSpent;

    private long testDefects;
    private long customizationsRequested;
    private long customizationsApproved;
    private double unfinishedWork;

    /**
     * @param work        each wave's build work at week 0, person-weeks
     * @param complexity  each wave's user-weighted complexity
     * @param requestRate each wave's customization requests a week (the sum over its sites)
     * @param approval    share of requests approved
     */
    WaveBuild(double[] work, double[] complexity, double[] requestRate, double approval, double fixEffort,
              double defectsPerPersonWeek, double testDetection, double badFixRate, double criticalShare,
              double customizationUplift, double interfacesPerCustomization, double customizationMean,
              double customizationSd) {
        int n = work.length;
        this.work = work;
        this.plannedWork = work.clone();
        this.complexity = complexity;
        this.lastFound = new long[n];
        this.totalFound = new long[n];
        this.fixEffort = fixEffort;
        this.defectsPerPersonWeek = defectsPerPersonWeek;
        this.testDetection = testDetection;
        this.badFixRate = badFixRate;
        this.criticalShare = criticalShare;
        this.customizationUplift = customizationUplift;
        this.interfacesPerCustomization = interfacesPerCustomization;
        this.customizationMean = customizationMean;
        this.customizationVariance = customizationSd * customizationSd;
        latent = new long[n];
        known = new long[n];
        knownCritical = new long[n];
        carry = new double[n];
        approvedCustomizations = new long[n];
        scopeFrozen = new boolean[n];
        customizationWork = new double[n];
        addedInterfaces = new double[n];
        approvedRequests = new FixedRatePoisson[n];
        rejectedRequests = new FixedRatePoisson[n];
        for (int w = 0; w < n; w++) {
            // requests Poisson(rate), each approved with probability `approval`: by Poisson
            // thinning the approved and the rejected are independent Poisson counts
            approvedRequests[w] = new FixedRatePoisson(requestRate[w] * approval);
            rejectedRequests[w] = new FixedRatePoisson(requestRate[w] * (1 - approval));
        }
        buildDone = new double[n];
        fixesDone = new long[n];
        effortSpent = new double[n];
    }

    /** What the wave still needs before go-live: build work and known defects, in person-weeks. */
    double remainingEffort(int w) {
        return work[w] + known[w] * fixEffort;
    }

    /**
     * What the go/no-go gate waits for, in person-weeks: the build left and the known critical
     * defects. Known defects that are not critical do not hold a go-live (they go to production).
     */
    double effortBeforeGate(int w) {
        return work[w] + knownCritical[w] * fixEffort;
    }

    double work(int w) {
        return work[w];
    }

    boolean buildComplete(int w) {
        return work[w] <= EPSILON;
    }

    /** The wave's build work as estimated at week 0 (after estimation error), person-weeks. */
    double plannedWork(int w) {
        return plannedWork[w];
    }

    /** Share of the planned build still to do (0 when done). */
    double shareLeft(int w) {
        return plannedWork[w] > 0 ? work[w] / plannedWork[w] : (work[w] > EPSILON ? 1 : 0);
    }

    /** Build work discovered or moved in: emergent scope, a deferred module. */
    void addWork(int w, double personWeeks) {
        work[w] += personWeeks;
    }

    /**
     * Moves {@code share} of wave {@code from}'s remaining build work, and of its planned work, to
     * wave {@code to} (a deferred module); returns the person-weeks moved.
     */
    double moveWork(int from, int to, double share) {
        double moved = work[from] * share;
        work[from] -= moved;
        work[to] += moved;
        double planned = plannedWork[from] * share;
        plannedWork[from] -= planned;
        plannedWork[to] += moved;
        return moved;
    }

    /** Defects the last test cycle of the wave found. */
    long lastFound(int w) {
        return lastFound[w];
    }

    /** Defects all the wave's test cycles found. */
    long totalFound(int w) {
        return totalFound[w];
    }

    long knownCritical(int w) {
        return knownCritical[w];
    }

    /** Known open defects, for the open-defects series. */
    long known(int w) {
        return known[w];
    }

    /** The wave's scope is frozen (v2): its customization requests are all turned down. */
    boolean scopeFrozen(int w) {
        return scopeFrozen[w];
    }

    /** Interfaces the wave's approved customizations add. */
    double addedInterfaces(int w) {
        return addedInterfaces[w];
    }

    /**
     * One week of the rework cycle with {@code effort} person-weeks: critical defects first, then
     * build and the other known defects in proportion to their remaining effort. Build progress is
     * effort divided by the learning multiplier; fixes are whole defects, the remainder carried.
     */
    void rework(int w, double effort, double learningEffort) {
        buildDone[w] = 0;
        fixesDone[w] = 0;
        if (effort <= 0) {
            return;
        }
        effort += carry[w];
        long criticalFixes = Math.min(knownCritical[w], (long) (effort / fixEffort));
        effort -= criticalFixes * fixEffort;
        long other = known[w] - knownCritical[w];
        double otherEffort = other * fixEffort;
        double buildEffort = work[w] + otherEffort > 0 ? effort * work[w] / (work[w] + otherEffort) : 0;
        double progress = Math.min(work[w], buildEffort / learningEffort);
        double fixEffortAvailable = effort - progress * learningEffort;
        long fixes = Math.min(other, (long) (fixEffortAvailable / fixEffort));
        carry[w] = Math.min(fixEffort, fixEffortAvailable - fixes * fixEffort);
        work[w] -= progress;
        if (work[w] < EPSILON) {
            work[w] = 0;
        }
        effortSpent[w] += progress * learningEffort;
        known[w] -= criticalFixes + fixes;
        knownCritical[w] -= criticalFixes;
        buildDone[w] = progress;
        fixesDone[w] = criticalFixes + fixes;
    }

    /** Defects this week's build and fixes injected (MODEL.md 3). */
    void injectDefects(int w, double errorMultiplier, double learningDefects, RandomStream stream) {
        double mean = buildDone[w] * defectsPerPersonWeek * complexity[w] * errorMultiplier
                * (1 + customizationUplift * approvedCustomizations[w]) * learningDefects;
        if (mean > 0) {
            latent[w] += stream.poisson(mean);
        }
        if (fixesDone[w] > 0 && badFixRate > 0) {
            latent[w] += stream.binomial(fixesDone[w], badFixRate);
        }
    }

    /** The end of a test cycle: it finds {@code Binomial(U, testDetection)} defects. */
    void testCycle(int w, RandomStream stream) {
        long found = latent[w] > 0 ? stream.binomial(latent[w], testDetection) : 0;
        long critical = found > 0 ? stream.binomial(found, criticalShare) : 0;
        latent[w] -= found;
        lastFound[w] = found;
        totalFound[w] += found;
        known[w] += found;
        knownCritical[w] += critical;
        testDefects += found;
    }

    /** Latent defects a risk adds. */
    void addLatent(int w, long defects) {
        latent[w] += defects;
    }

    /**
     * One week of customization requests and decisions while the wave is in build. With
     * {@code scopeCanFreeze} (v2), a wave whose approved customizations have added more than
     * {@link #SCOPE_FREEZE} times its planned build freezes its scope for the rest of its build:
     * its sites still ask, as often, and every request is turned down (docs/model.md, departure 29).
     */
    void customization(int w, RandomStream stream, boolean scopeCanFreeze) {
        long approved = approvedRequests[w].sample(stream);
        long rejected = rejectedRequests[w].sample(stream);
        customizationsRequested += approved + rejected;
        if (scopeCanFreeze && !scopeFrozen[w] && customizationWork[w] > SCOPE_FREEZE * plannedWork[w]) {
            scopeFrozen[w] = true;
        }
        if (approved == 0 || scopeFrozen[w]) {
            return;
        }
        customizationsApproved += approved;
        approvedCustomizations[w] += approved;
        addedInterfaces[w] += approved * interfacesPerCustomization;
        if (customizationMean > 0) {
            double added = customizationEffort(stream, approved);
            work[w] += added;
            customizationWork[w] += added;
        }
    }

    /**
     * Person-weeks that {@code approved} customizations add: one lognormal draw with the mean and
     * variance of their sum (Fenton-Wilkinson), exact for a single request; one draw a week instead
     * of one per request keeps large programmes fast (docs/model.md).
     */
    private double customizationEffort(RandomStream stream, long approved) {
        if (customizationVariance == 0) {
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

    /**
     * Cut-over: hands the wave's defects to production; unfinished build work is reported and
     * either dropped (v1) or kept, to be finished after go-live (MODEL.md 11.5). Read
     * {@link #latentAtGoLive}, {@link #known} and {@link #knownCritical} first.
     */
    void goLive(int w, boolean keepUnfinished) {
        unfinishedWork += work[w];
        if (!keepUnfinished) {
            work[w] = 0;
        }
        latent[w] = 0;
        known[w] = 0;
        knownCritical[w] = 0;
        carry[w] = 0;
    }

    long latentAtGoLive(int w) {
        return latent[w];
    }

    /** Latent defects injected since they were last taken, which go to production after go-live. */
    long takeLatent(int w) {
        long n = latent[w];
        latent[w] = 0;
        return n;
    }

    /** Person-weeks spent on the wave's build so far. */
    double effortSpent(int w) {
        return effortSpent[w];
    }

    long testDefects() {
        return testDefects;
    }

    long customizationsRequested() {
        return customizationsRequested;
    }

    long customizationsApproved() {
        return customizationsApproved;
    }

    double unfinishedWork() {
        return unfinishedWork;
    }
}
