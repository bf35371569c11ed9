package org.rolloutsim.model;

import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;

/**
 * The programme office's review every {@code reviewWeeks} weeks (MODEL.md 11.4): it forecasts when
 * each wave in build or test will be ready, from the work it can see (build and known defects, not
 * latent ones) and the capacity the wave has been getting, and responds to the earliest wave that
 * runs late — surge staff, a new baseline, and (under {@code response: full}) a deferred module.
 * This is what real programmes do (MHS GENESIS re-planned after its pilots; VA paused and reset),
 * and what keeps the tail of a late programme to months rather than years.
 */
final class ProgrammeReview {
    /** Weeks of capacity history a forecast reads. */
    static final int HISTORY = 8;

    /** What a review reads of the programme and the responses it can make. */
    interface Programme {
        /** Waves {@code [firstOpen, started)} are the only ones that may be in build or test. */
        int firstOpen();

        int started();

        /** In build or test: started and not yet live. */
        boolean awaitingGoLive(int w);

        boolean inBuild(int w);

        /** Build work and known defects left, in person-weeks. */
        double remainingEffort(int w);

        /** Build work and known critical defects left, in person-weeks: what the gate waits for. */
        double effortBeforeGate(int w);

        int testStart(int w);

        /** Weeks of planned test cycles not yet run. */
        int testWeeksLeft(int w);

        int plannedGoLive(int w);

        int baselineGoLive(int w);

        /** Effective person-weeks a week of the whole team at normal hours. */
        double capacityNow();

        /** Someone on the team has served their ramp-up: there is a pace to forecast from. */
        boolean anyoneExperienced();

        /** Moves the wave's plan to the first window at or after {@code week}, and later waves with it. */
        void rebaseline(int w, int week);

        /** Asks for {@code people} surge consultants; they arrive after the hiring lag. */
        void requestSurge(int people);

        /** Releases the surge staff on the team. */
        void releaseSurge();

        /** Defers the wave's largest remaining module to the follow-on wave; false when it cannot. */
        boolean deferModule(int w);
    }

    private final ResponseRules rules;
    private final boolean descoping;
    private final int surgeCap;
    private final int surgeStep;
    private final double[][] received;
    private final int[] weeksRecorded;
    private final boolean[] deferred;
    private int surgeRequested;
    private int calmReviews;
    private int replans;
    private int modulesDeferred;

    /**
     * @param startingTeam head-count at week 0, against which surge is sized
     */
    ProgrammeReview(ResponseRules rules, Response response, int waves, int startingTeam) {
        this.rules = rules;
        this.descoping = response == Response.FULL;
        this.surgeCap = (int) Math.floor(rules.surgeMaxShare() * startingTeam + 1e-9);
        this.surgeStep = Math.max(1, (int) Math.round(rules.surgeStep() * startingTeam));
        this.received = new double[waves][HISTORY];
        this.weeksRecorded = new int[waves];
        this.deferred = new boolean[waves];
    }

    /** True in the weeks a review is held. */
    boolean due(int week) {
        return week > 0 && week % rules.reviewWeeks() == 0;
    }

    /** The capacity a wave in build or test received this week, for later forecasts. */
    void record(int w, double share) {
        received[w][weeksRecorded[w] % HISTORY] = share;
        weeksRecorded[w]++;
    }

    /**
     * The week the wave will be ready for go-live by the office's forecast: the work it can see
     * that its gate waits for (the build and known critical defects), at the larger of the
     * capacity it received over the last weeks and its share of the team in proportion to
     * remaining work, then the test cycles still to run and the go/no-go week.
     *
     * <p>Known defects that are not critical are not forecast as work before go-live (departure
     * 30): the gate does not wait for them, and counted at the pace of the build they made a
     * review held just after a test cycle's find date the wave weeks late, re-baselining it and
     * every wave after it, for defects that never held a go-live.
     */
    double forecastReady(Programme p, int w, int week, double totalRemaining) {
        double remaining = p.effortBeforeGate(w);
        double recent = recentCapacity(w);
        double fairShare = totalRemaining > 0 ? p.capacityNow() * p.remainingEffort(w) / totalRemaining : 0;
        double rate = Math.max(recent, fairShare);
        if (remaining > 0 && rate <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double workDone = week + (remaining > 0 ? remaining / rate : 0);
        if (p.inBuild(w)) {
            workDone = Math.max(workDone, p.testStart(w));
        }
        return workDone + p.testWeeksLeft(w) + 1;
    }

    private double recentCapacity(int w) {
        int n = Math.min(HISTORY, weeksRecorded[w]);
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += received[w][i];
        }
        return sum / n;
    }

    /** One review: forecast every wave awaiting go-live, respond to the earliest one running late. */
    void review(Programme p, int week, int surgeOnTeam) {
        double totalRemaining = 0;
        for (int w = p.firstOpen(); w < p.started(); w++) {
            if (p.awaitingGoLive(w)) {
                totalRemaining += p.remainingEffort(w);
            }
        }
        int late = -1;
        double forecast = 0;
        for (int w = p.firstOpen(); w < p.started() && late < 0; w++) {
            if (!p.awaitingGoLive(w)) {
                continue;
            }
            double f = forecastReady(p, w, week, totalRemaining);
            if (f > p.plannedGoLive(w)) {
                late = w;
                forecast = f;
            }
        }
        if (late < 0) {
            // two calm reviews in a row after the surge has arrived: release it
            calmReviews++;
            if (surgeOnTeam > 0 && calmReviews >= 2) {
                p.releaseSurge();
                surgeRequested = 0;
                calmReviews = 0;
            }
            return;
        }
        calmReviews = 0;
        double lateness = forecast - p.plannedGoLive(late);
        if (lateness > rules.surgeTriggerWeeks() && surgeRequested < surgeCap) {
            int people = Math.min(surgeStep, surgeCap - surgeRequested);
            surgeRequested += people;
            p.requestSurge(people);
        }
        // With no capacity to forecast from (a vacancy, newcomers who cannot yet work) the office
        // cannot date the wave, so it does not re-plan: a plan at infinity would never come back,
        // as re-baselines only move later. Nor with no one experienced on the team (departure 29):
        // the few weeks of a vacancy and a newcomer's first steps, read as the pace for the rest
        // of the build, put a small team's plan centuries out. Surge staff are still asked for.
        if (lateness > rules.replanTriggerWeeks() && Double.isFinite(forecast) && p.anyoneExperienced()) {
            double target = Math.min(forecast + rules.replanBufferWeeks(), Integer.MAX_VALUE / 2.0);
            p.rebaseline(late, (int) Math.ceil(target));
            replans++;
        }
        if (descoping && !deferred[late] && forecast - p.baselineGoLive(late) > rules.descopeTriggerWeeks()) {
            // a wave defers at most one module, or a wave late against its original date would
            // shed a module at every review
            deferred[late] = true;
            if (p.deferModule(late)) {
                modulesDeferred++;
            }
        }
    }

    int replans() {
        return replans;
    }

    int modulesDeferred() {
        return modulesDeferred;
    }
}
