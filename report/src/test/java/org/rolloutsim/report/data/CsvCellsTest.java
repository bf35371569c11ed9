package org.rolloutsim.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    /** What CsvCells appends, after text already in the builder (as in a row), for comparison. */
    private static String appended(double v, Unit unit) {
        StringBuilder b = new StringBuilder("7,-1.5,");
        CsvCells.append(b, v, unit);
        return b.substring(7);
    }

    private static void assertSameAsCell(double v) {
        for (Unit unit : Unit.values()) {
            assertEquals(unit.cell(v), appended(v, unit), () -> unit + " of " + v + " (bits "
                    + Long.toHexString(Double.doubleToRawLongBits(v)) + ")");
        }
    }

    @Test
    void awkwardValuesAreWrittenAsTheirCells() {
        double[] awkward = {0.0, -0.0, 1.0, -1.0, 0.1 + 0.2, 0.1, -0.1, 1 / 3.0, -2 / 3.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Math.PI * 1e300, 1e15, -1e15, 1e15 - 1,
            1e15 - 0.5, 1e15 + 0.5, 999999999999999.9, 1e14 + 0.25, 0x1p52, 0x1p52 - 0.5, 0x1p53, 0x1p53 + 2,
            0x1p63, -0x1p63, 0x1p64, 9.223372036854776E18, 1e16, 1.5e20, 1e-3, 9.999999999999999e-4, 1e-9,
            1.5e-9, 9.99e-10, 1e-10, 1e7, 1e7 + 0.5, 9999999.5, 12345678.9, 383317292.500897, 0.001,
            0.0009, 1.0E-5, 1.5e-5, 14026666.666666668, 4.6060704502273357E8, -4.6060704502273357E8,
            Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE + 0.5, 100.0, 1e14, 1e-300, -1e-300};
        for (double v : awkward) {
            assertSameAsCell(v);
        }
    }

    @Test
    void randomValuesOfEveryMagnitudeAreWrittenAsTheirCells() {
        SplittableRandom random = new SplittableRandom(20261203L);
        for (int exponent = -330; exponent <= 310; exponent++) {
            double scale = Math.pow(10, exponent);
            for (int i = 0; i < 30; i++) {
                double v = (random.nextBoolean() ? 1 : -1) * random.nextDouble(1, 10) * scale;
                assertSameAsCell(v);
                assertSameAsCell(Math.rint(v));
                assertSameAsCell(Math.rint(v * 4) / 4);
            }
        }
        for (int i = 0; i < 30_000; i++) {
            assertSameAsCell(Double.longBitsToDouble(random.nextLong()));
        }
    }
}
