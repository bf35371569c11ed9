package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A paired difference and the same pair the other way round. */
class PairedDifferenceTest {

    /**
     * Over an even number of runs the median is the lower middle value: −4 of −4, −4, −3, −3. The
     * pair the other way round must say +4, as the table's −4 negated, not +3, the lower middle of
     * its own values (the comparison's verdict read one, its table the other).
     */
    @Test
    void theReversedPairsMedianIsTheMedianNegated() {
        PairedDifference d = PairedDifference.counted("A", "C", Outcome.COMPLETION,
                new float[] {-6, -4, -4, -3, -3, -1}, -3.5, -4.5, -2.5);
        assertEquals(-4, d.difference().quantiles().p50());
        PairedDifference r = d.reversed();
        assertEquals(4, r.difference().quantiles().p50());
        assertEquals(-d.difference().quantiles().p50(), r.reversed().reversed().difference().quantiles().p50());
        assertEquals(d.firstLower(), r.firstHigher());
        assertEquals(3.5, r.meanDifference());
    }
}
