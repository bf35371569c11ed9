package org.rolloutsim.model;

import org.rolloutsim.random.RandomStream;

/**
 * Waves after cut-over (MODEL.md 7; seed: "treat the implementation as a military operation",
 * "what the patients want is primary"): production defects surfacing as incidents, the command
 * centre and the team fixing them, patients harmed by critical ones, and the two signals a wave
 * in stabilization sends each week — pause the programme, or stand the command centre down.
 */
final class CommandCentre {
    /** {@link #week} result bit: the wave has crossed a safety-pause threshold for the first time. */
    static final int PAUSE = 1;
    /** {@link #week} result bit: the wave is stabilized. */
    static final int STABILIZED = 2;

    private final long[] waveUsers;
    private final double fte;
    private final double fixEffort;
    private final double surfaceRate;
    private final double criticalShare;
    private final double harmRate;
    private final double exitPerThousand;
    private final double pauseIncidentsPerThousand;
    private final double pauseHarmEvents;
    private final double firstTimersEfficiency;

    private final long[] productionLatent;
    private final long[] openIncidents;
    private final double[] carry;
    private final double[] readinessAtGoLive;
    private final double[] harmProbability;
    private final int[] harmEvents;
    private final boolean[] pauseTriggered;
    private final boolean[] exitAllowed;
    private final double[] efficiency;

    private final boolean managed;
    private long productionDefects;
    private long incidents;
    private long patientSafetyEvents;
    /** Open incidents that belong to no command centre (v2): fixed by the build team. */
    private double backlog;
    /** Defects of each stabilized wave still to surface, as an expected count (v2). */
    private final double[] afterCareLatent;

    /**
     * @param waveUsers each wave's users, against which its incidents per thousand are read
     * @param managed   the rules of MODEL.md 11.7 apply: the command centre works its wave's
     *                  incidents first and only the rest claims the build team; defects surfacing
     *                  after it has left go to the build team's backlog week by week
     */
    CommandCentre(long[] waveUsers, double fte, double fixEffort, double surfaceRate, double criticalShare,
                  double harmRate, double exitPerThousand, double pauseIncidentsPerThousand, double pauseHarmEvents,
                  double firstTimersEfficiency, boolean managed) {
        this.managed = managed;
        int n = waveUsers.length;
        this.waveUsers = waveUsers;
        this.fte = fte;
        this.fixEffort = fixEffort;
        this.surfaceRate = surfaceRate;
        this.criticalShare = criticalShare;
        this.harmRate = harmRate;
        this.exitPerThousand = exitPerThousand;
        this.pauseIncidentsPerThousand = pauseIncidentsPerThousand;
        this.pauseHarmEvents = pauseHarmEvents;
        this.firstTimersEfficiency = firstTimersEfficiency;
        productionLatent = new long[n];
        openIncidents = new long[n];
        carry = new double[n];
        readinessAtGoLive = new double[n];
        harmProbability = new double[n];
        harmEvents = new int[n];
        pauseTriggered = new boolean[n];
        exitAllowed = new boolean[n];
        efficiency = new double[n];
        afterCareLatent = new double[n];
    }

    /**
     * Cut-over: latent defects go into production, known open ones become incidents at once, and
     * known critical ones carried live can harm patients as surfacing ones do.
     *
     * @param firstTimers the command centre is run by people who have never run one
     */
    void cutOver(int w, long latent, long known, long knownCritical, double readiness, boolean firstTimers,
                 RandomStream stream) {
        productionLatent[w] = latent;
        openIncidents[w] = known;
        incidents += known;
        readinessAtGoLive[w] = readiness;
        harmProbability[w] = Math.min(1, Math.max(0, harmRate * (1.5 - readiness)));
        if (knownCritical > 0 && harmProbability[w] > 0) {
            harm(w, stream.binomial(knownCritical, harmProbability[w]));
        }
        efficiency[w] = firstTimers ? firstTimersEfficiency : 1.0;
    }

    /**
     * The wave's claim on the team: open incidents and those expected to surface this week; in v2
     * only what the command centre itself cannot fix.
     */
    double claim(int w) {
        double need = (openIncidents[w] + surfaceRate * productionLatent[w]) * fixEffort;
        return managed ? Math.max(0, need - fte * efficiency[w]) : need;
    }

    /** From now on the command centre may stand down (its minimum weeks are served). */
    void allowExit(int w) {
        exitAllowed[w] = true;
    }

    /**
     * One week of stabilization: defects surface, the command centre and the team's share fix what
     * they can, and the backlog left is read against the pause and exit thresholds.
     *
     * @return {@link #PAUSE} and/or {@link #STABILIZED} bits, or 0
     */
    int week(int w, double teamShare, RandomStream stream) {
        return week(w, teamShare, stream, true);
    }

    /**
     * One week of stabilization.
     *
     * @param mayExit the wave has nothing else holding it (no unfinished build, no safety pause)
     */
    int week(int w, double teamShare, RandomStream stream, boolean mayExit) {
        // v2: the week's expected incident load, those still open from last week and those due to
        // surface this week (as its claim on the team counts them), is what the command centre
        // stands down on (departure 32)
        double load = openIncidents[w] + surfaceRate * productionLatent[w];
        openIncidents[w] += surface(w, stream);
        double effort = fte * efficiency[w] + teamShare + carry[w];
        long fixes = Math.min(openIncidents[w], (long) (effort / fixEffort));
        carry[w] = Math.min(fixEffort, effort - fixes * fixEffort);
        openIncidents[w] -= fixes;
        // the pause (and in v1 the exit) reads the backlog left after this week's fixes
        double perThousand = openIncidents[w] * 1000.0 / waveUsers[w];
        double exitLoad = managed ? load : openIncidents[w];
        double exitReading = exitLoad * 1000.0 / waveUsers[w];
        int signals = 0;
        // a pause for harm needs harm: a threshold of 0 means the first event, not every wave
        if (!pauseTriggered[w] && (perThousand > pauseIncidentsPerThousand
                || harmEvents[w] > 0 && harmEvents[w] >= pauseHarmEvents)) {
            pauseTriggered[w] = true; // a wave triggers at most one pause
            signals |= PAUSE;
        }
        // no incident counts as below any threshold, 0 included (else a threshold of 0 holds for ever)
        if (mayExit && exitAllowed[w] && (exitReading < exitPerThousand || exitLoad == 0)) {
            signals |= STABILIZED;
        }
        return signals;
    }

    private long surface(int w, RandomStream stream) {
        if (productionLatent[w] <= 0 || surfaceRate <= 0) {
            return 0;
        }
        long surfaced = stream.binomial(productionLatent[w], surfaceRate);
        productionLatent[w] -= surfaced;
        productionDefects += surfaced;
        incidents += surfaced;
        long critical = surfaced > 0 && criticalShare > 0 ? stream.binomial(surfaced, criticalShare) : 0;
        if (critical > 0 && harmProbability[w] > 0) {
            harm(w, stream.binomial(critical, harmProbability[w]));
        }
        return surfaced;
    }

    /**
     * After the command centre leaves, the wave's remaining production defects still surface (all
     * of them in time, when surfaceRate is above 0) and can still harm patients; business-as-usual
     * support closes them. Nothing of that feeds back into the programme, so they are counted at
     * once, with the same distribution as week by week, and a run's end cannot cut them short.
     */
    void standDown(int w, RandomStream stream) {
        long rest = productionLatent[w];
        flush(w, stream);
        if (managed && rest > 0) {
            // v2: they are counted now, harm included (as in v1), but their fixing reaches the
            // build team week by week, at the rate they are expected to surface (afterCare)
            afterCareLatent[w] = rest;
        }
    }

    /**
     * v2, a stabilized wave: the defects it still has in production surface at the expected rate
     * into the build team's backlog (MODEL.md 11.7). Their count and harm were drawn at stand-down,
     * with the same distribution as week by week; only the load they put on the team is spread.
     */
    void afterCare(int w) {
        double surfaced = afterCareLatent[w] * surfaceRate;
        afterCareLatent[w] -= surfaced;
        if (afterCareLatent[w] < 0.5) {
            surfaced += afterCareLatent[w]; // the last of them
            afterCareLatent[w] = 0;
        }
        backlog += surfaced;
    }

    /** Production defects a stabilized wave has yet to surface, for the team's after-care load (v2). */
    double afterCareLatent(int w) {
        return afterCareLatent[w];
    }

    /** The build team's claim for the backlog of incidents that belong to no command centre. */
    double backlogClaim() {
        return backlog * fixEffort;
    }

    /** The build team works the backlog with {@code effort} person-weeks. */
    void fixBacklog(double effort) {
        if (backlog <= 0) {
            return;
        }
        double fixes = Math.min(backlog, effort / fixEffort);
        backlog -= fixes;
    }

    /** Open backlog incidents, whole. */
    long backlog() {
        return Math.round(backlog);
    }

    /** Incidents of a wave in stabilization that did not come from its own defects (silo incidents, v2). */
    void addIncidents(int w, long n) {
        openIncidents[w] += n;
        incidents += n;
    }

    /** Incidents that belong to no command centre (v2): into the build team's backlog. */
    void addToBacklog(long n) {
        backlog += n;
        incidents += n;
    }

    /** Latent defects the wave's build injected after go-live: they surface in production like the rest. */
    void addLatent(int w, long n) {
        productionLatent[w] += n;
    }

    /**
     * The run has ended: the rest of a stabilized wave's production defects are counted at once,
     * with the same distribution as week by week, so a run's end cannot cut them short.
     */
    void flush(int w, RandomStream stream) {
        long rest = productionLatent[w];
        productionLatent[w] = 0;
        if (rest <= 0 || surfaceRate <= 0) {
            return;
        }
        productionDefects += rest;
        incidents += rest;
        long critical = criticalShare > 0 ? stream.binomial(rest, criticalShare) : 0;
        if (critical > 0 && harmProbability[w] > 0) {
            harm(w, stream.binomial(critical, harmProbability[w]));
        }
    }

    private void harm(int w, long harmed) {
        harmEvents[w] += (int) harmed;
        patientSafetyEvents += harmed;
    }

    /** Incidents that belong to no wave (silo weeks). */
    void programmeIncidents(long n) {
        incidents += n;
    }

    long openIncidents(int w) {
        return openIncidents[w];
    }

    double readinessAtGoLive(int w) {
        return readinessAtGoLive[w];
    }

    long productionDefects() {
        return productionDefects;
    }

    long incidents() {
        return incidents;
    }

    long patientSafetyEvents() {
        return patientSafetyEvents;
    }
}
