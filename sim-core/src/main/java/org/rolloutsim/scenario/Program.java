package org.rolloutsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.rolloutsim.random.Distribution;

/**
 * The programme as a whole (MODEL.md 2.1).
 *
 * @param start           week 0, a Monday
 * @param horizonWeeks    a run that has not stabilized every wave by then is censored
 * @param currency        ISO code shown on money axes
 * @param budget          programme budget (money), compared with programme cost; empty if none
 * @param targetWeek      week by which every wave should be stabilized; empty if none
 * @param delayCostPerDay cost of a day's delay with all the users waiting: each wave is charged its
 *                        share of the users for each week it is not live past its own baseline go-live
 * @param fixedCosts      licences, infrastructure: costs that are not team time
 */
public record Program(
        LocalDate start,
        int horizonWeeks,
        String currency,
        OptionalDouble budget,
        OptionalInt targetWeek,
        Distribution delayCostPerDay,
        List<FixedCost> fixedCosts) {

    public static final int DEFAULT_HORIZON_WEEKS = 520;
    public static final int MAX_HORIZON_WEEKS = 2000;

    public Program {
        Objects.requireNonNull(start, "start");
        if (horizonWeeks < 1 || horizonWeeks > MAX_HORIZON_WEEKS) {
            throw new IllegalArgumentException("horizonWeeks must be in [1, " + MAX_HORIZON_WEEKS + "]: " + horizonWeeks);
        }
        currency = currency == null ? "USD" : currency;
        budget = budget == null ? OptionalDouble.empty() : budget;
        targetWeek = targetWeek == null ? OptionalInt.empty() : targetWeek;
        delayCostPerDay = delayCostPerDay == null ? Distribution.constant(0) : delayCostPerDay;
        fixedCosts = fixedCosts == null ? List.of() : List.copyOf(fixedCosts);
    }

    /** A cost spread evenly over weeks {@code fromWeek..toWeek}, both included. */
    public record FixedCost(String id, Distribution amount, int fromWeek, int toWeek) {
        public FixedCost {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(amount, "amount");
            if (fromWeek < 0 || toWeek < fromWeek) {
                throw new IllegalArgumentException("fixed cost " + id + ": need 0 <= from <= to");
            }
        }
    }
}
