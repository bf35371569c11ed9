package org.rolloutsim.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a swept value is written: the console table, its warning, the report's table and legends. */
class InputUnitTest {

    private final Money dollars = new Money("$");
    private final WeekCalendar calendar = new WeekCalendar(LocalDate.of(2027, 1, 4));

    private String money(double value, List<Double> grid) {
        return InputUnit.MONEY.format(value, InputUnit.step(grid), calendar, dollars);
    }

    /**
     * A grid of $1,250 to $3,250 by $1,000 read "$1k", "$2k", "$3k" (the step's digits only), and a
     * grid of 0 and $1,500 read "$0" and "$2k": each value reads as the value it is.
     */
    @Test
    void sweptMoneyReadsAsTheValueItIs() {
        List<Double> grid = List.of(1250.0, 2250.0, 3250.0);
        assertEquals("$1.25k", money(1250, grid));
        assertEquals("$2.25k", money(2250, grid));
        assertEquals("$3.25k", money(3250, grid));
        List<Double> two = List.of(0.0, 1500.0);
        assertEquals("$0", money(0, two));
        assertEquals("$1.5k", money(1500, two));
        // whole values keep their short form, as Money.format writes them
        List<Double> budgets = List.of(1e6, 1.5e6, 2e6);
        assertEquals("$1M", money(1e6, budgets));
        assertEquals("$1.5M", money(1.5e6, budgets));
        assertEquals("$460M", money(4.6e8, List.of(4.6e8)));
        assertEquals("$1.42B", money(1.4213e9, List.of(1.4213e9)));
    }

    /** Neighbouring points never read the same: more digits than three figures when the step needs them. */
    @Test
    void neighboursNeverReadTheSame() {
        List<Double> grid = List.of(4.6e8, 4.601e8);
        assertEquals("$460M", money(4.6e8, grid));
        assertEquals("$460.1M", money(4.601e8, grid));
        List<Double> fine = List.of(1_000_000.0, 1_000_100.0, 1_000_200.0);
        assertEquals("$1.0001M", money(1_000_100, fine));
        for (int i = 1; i < fine.size(); i++) {
            assertNotEquals(money(fine.get(i - 1), fine), money(fine.get(i), fine));
        }
        List<Double> cents = List.of(1234.0, 1234.5);
        assertNotEquals(money(1234, cents), money(1234.5, cents));
        assertEquals("\u2212$1.25k", money(-1250, List.of(-1250.0, -250.0)));
    }
}
