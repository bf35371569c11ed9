package org.rolloutsim.model;

import org.rolloutsim.engine.EventCalendar;
import org.rolloutsim.random.RandomStream;

/**
 * People leaving the team and their replacements arriving (MODEL.md 5; seed: "take care of the
 * team"). Each week {@code Binomial(headcount, annualAttrition/52 · (1 + attritionFatigueGain·F²) ·
 * (1 − wellnessRetention·[wellness funded]))} people leave, drawn one by one from the team so that
 * a type leaves in proportion to its head-count. Each leaver costs {@code replacementCost} and is
 * replaced {@code hiringLagWeeks} later by a newcomer who ramps up. Surge consultants requested by
 * a programme review (MODEL.md 11.4) arrive after the same lag, through the same arrivals.
 *
 * <p>The lag is the same for everyone, so arrival weeks come in the order they are scheduled: a
 * ring of pending arrivals by week and type, sized once per run, holds them, and one
 * {@code HIRE_ARRIVES} event per arrival week brings them in. Nothing is allocated per week.
 */
final class Attrition {
    private final Workforce team;
    private final CostLedger ledger;
    private final EventCalendar calendar;
    private final int arrivalEvent;
    private final RandomStream stream;
    /** Chance a person leaves in a week at zero fatigue without wellness: annualAttrition / 52. */
    private final double weeklyRate;
    /** How much fatigue raises that chance: the rate is multiplied by {@code 1 + gain·F²}. */
    private final double fatigueGain;
    /** The share of leavers a funded wellness programme keeps (0 when it is not funded). */
    private final double wellnessCut;
    private final double replacementCost;
    private final int hiringLag;
    /** Arrivals after the last week of the run never happen, so they are not scheduled. */
    private final int horizon;
    /** People of each type arriving in week {@code t}, at slot {@code t % length}. */
    private final int[][] pending;
    /** The latest week an arrival event is scheduled for, so one week gets one event. */
    private int lastArrivalEvent = -1;
    /** Scratch: this week's leavers by type. */
    private final int[] leavingByType = new int[Workforce.TYPES];
    private long leavers;
    private long hires;

    /**
     * @param arrivalEvent the event kind under which arrivals are scheduled on {@code calendar}
     * @param stream       the run's {@code team} stream: who leaves and when
     * @param hiringLag    weeks from a leaver's departure (or a surge request) to the arrival, at least 1
     */
    Attrition(Workforce team, CostLedger ledger, EventCalendar calendar, int arrivalEvent, RandomStream stream,
              double weeklyRate, double fatigueGain, double wellnessCut, double replacementCost, int hiringLag,
              int horizon) {
        this.team = team;
        this.ledger = ledger;
        this.calendar = calendar;
        this.arrivalEvent = arrivalEvent;
        this.stream = stream;
        this.weeklyRate = weeklyRate;
        this.fatigueGain = fatigueGain;
        this.wellnessCut = wellnessCut;
        this.replacementCost = replacementCost;
        this.hiringLag = hiringLag;
        this.horizon = horizon;
        // arrivals pending at any time fall in the next hiringLag weeks; beyond the horizon none
        // arrive, so the ring need not be longer than the horizon
        this.pending = new int[Math.min(hiringLag, horizon) + 1][Workforce.TYPES];
    }

    /** This week's leavers, at the team's fatigue {@code fatigue} as the week ends. */
    void week(int week, double fatigue) {
        double p = Math.min(1, weeklyRate * (1 + fatigueGain * fatigue * fatigue) * (1 - wellnessCut));
        // surge consultants come and go with the reviews, not by attrition
        int people = team.headcount() - team.headcount(Workforce.SURGE);
        if (!(p > 0 && people > 0)) {
            return; // no one can leave (written so that a NaN rate, too, draws nothing)
        }
        int k = (int) stream.binomial(people, p);
        // who leaves: k people drawn without replacement from the team, type by type
        int staff = team.headcount(Workforce.STAFF);
        int consultants = team.headcount(Workforce.CONSULTANTS);
        int[] byType = leavingByType;
        byType[Workforce.STAFF] = 0;
        byType[Workforce.CONSULTANTS] = 0;
        byType[Workforce.VENDOR] = 0;
        for (int i = 0; i < k; i++) {
            int u = stream.nextInt(people);
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
        for (int type = 0; type <= Workforce.VENDOR; type++) {
            if (byType[type] > 0) {
                leave(type, byType[type], week);
            }
        }
    }

    /**
     * Up to {@code count} people of {@code type} leave in {@code week} (weekly attrition, or a
     * risk's leavers); each costs a replacement and is replaced {@code hiringLagWeeks} later.
     */
    void leave(int type, int count, int week) {
        int gone = team.leave(type, count, week);
        if (gone > 0) {
            leavers += gone;
            ledger.charge(CostCategory.REPLACEMENT, gone * replacementCost);
            int arrival = week + hiringLag;
            if (arrival >= horizon) {
                return; // the replacement would arrive after the run
            }
            schedule(type, gone, arrival);
        }
    }

    /** A programme review asks in {@code week} for {@code people} surge consultants (MODEL.md 11.4). */
    void requestSurge(int people, int week) {
        int arrival = week + hiringLag;
        if (arrival >= horizon) {
            return; // they would arrive after the run
        }
        schedule(Workforce.SURGE, people, arrival);
    }

    /** Arrivals in one week share one event: arrival weeks come in order, as the lag is the same for all. */
    private void schedule(int type, int count, int arrival) {
        pending[arrival % pending.length][type] += count;
        if (arrival != lastArrivalEvent) {
            calendar.schedule(arrival, arrivalEvent, arrival);
            lastArrivalEvent = arrival;
        }
    }

    /** The arrival event of {@code week}: everyone due joins the team and starts ramping up. */
    void arrive(int week) {
        int[] arriving = pending[week % pending.length];
        for (int type = 0; type < Workforce.TYPES; type++) {
            if (arriving[type] > 0) {
                team.arrive(type, arriving[type], week);
                if (type != Workforce.SURGE) {
                    hires += arriving[type];
                }
                arriving[type] = 0;
            }
        }
    }

    /** People who have left the team so far (surge releases are not leavers). */
    long leavers() {
        return leavers;
    }

    /** Replacements who have joined so far (surge staff are not hires). */
    long hires() {
        return hires;
    }
}
