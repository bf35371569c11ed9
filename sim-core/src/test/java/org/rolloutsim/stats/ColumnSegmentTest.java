package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rolloutsim.stats.ColumnSegment.Storage;

/**
 * One segment of a column on its own: which storage each kind of value lands in, the moves to a
 * wider storage, and that every storage gives back, sorts and encodes exactly the values appended.
 */
class ColumnSegmentTest {

    private static ColumnSegment of(boolean exact, double... values) {
        ColumnSegment s = new ColumnSegment(exact, 16);
        for (double v : values) {
            s.append(v);
        }
        return s;
    }

    private static double[] values(ColumnSegment s) {
        double[] v = new double[s.size()];
        s.copyTo(v, v.length);
        return v;
    }

    @Test
    void eachKindOfValueLandsInTheNarrowestStorageThatHoldsIt() {
        assertEquals(Storage.CONSTANT, of(false, 4, 4, 4).storage());
        assertEquals(Storage.BITS, of(false, 1, 0, 1).storage());
        assertEquals(Storage.SHORT, of(false, 1, 0, 7).storage(), "bits move to shorts");
        assertEquals(Storage.FLOAT, of(false, 1, 0, 0.5).storage(), "bits move to floats");
        assertEquals(Storage.SHORT, of(false, 5, 5, 6).storage());
        assertEquals(Storage.FLOAT, of(false, 5, 5, 0.5).storage());
        assertEquals(Storage.FLOAT, of(false, 5, 6, 0.5).storage(), "shorts move to floats");
        assertEquals(Storage.DOUBLE, of(true, 5, 5, 6).storage(), "an exact column keeps doubles");
        // the ends of a short are shorts; one past them is not
        assertEquals(Storage.SHORT, of(false, -32768, 32767).storage());
        assertEquals(Storage.FLOAT, of(false, -32768, 32768).storage());
        assertEquals(Storage.FLOAT, of(false, -32769, 0).storage());
    }

    @Test
    void everyStorageGivesBackTheValuesAppended() {
        assertArrayEquals(new double[] {4, 4, 4}, values(of(false, 4, 4, 4)));
        assertArrayEquals(new double[] {1, 1, 1, 0, 1}, values(of(false, 1, 1, 1, 0, 1)));
        assertArrayEquals(new double[] {1, 0, 7}, values(of(false, 1, 0, 7)));
        assertArrayEquals(new double[] {1, 0, 0.5}, values(of(false, 1, 0, 0.5)));
        assertArrayEquals(new double[] {5, 5, 6}, values(of(false, 5, 5, 6)));
        assertArrayEquals(new double[] {5, 5, 0.5}, values(of(false, 5, 5, 0.5)));
        assertArrayEquals(new double[] {5, 5, 0.1}, values(of(true, 5, 5, 0.1)));
        double[] into = {9, 9, 9, 9};
        of(false, 4, 4, 4).copyTo(into, 1, 2);
        assertArrayEquals(new double[] {9, 4, 4, 9}, into, "a constant fills only the range asked for");
    }

    @Test
    void aColumnConstantForLongerThanItsRoomStillKeepsEveryValueWhenItVaries() {
        // 40 runs of 1 counted without an array, then a 0, then shorts past the first capacity of 16
        ColumnSegment s = new ColumnSegment(false, 16);
        double[] expected = new double[80];
        for (int i = 0; i < 80; i++) {
            expected[i] = i < 40 ? 1 : i == 40 ? 0 : i;
            s.append(expected[i]);
        }
        assertEquals(Storage.SHORT, s.storage());
        assertArrayEquals(expected, values(s));
        // shorts from the start: the 17th value needs the array to grow
        ColumnSegment shorts = new ColumnSegment(false, 16);
        double[] cycle = new double[40];
        for (int i = 0; i < 40; i++) {
            cycle[i] = i % 3 + 2;
            shorts.append(cycle[i]);
        }
        assertEquals(Storage.SHORT, shorts.storage());
        assertArrayEquals(cycle, values(shorts));
    }

    @Test
    void floatValuesReadBackAsTheirShortestDecimal() {
        ColumnSegment floats = of(false, 0.1, 2.5);
        assertEquals(0.1, floats.clean(floats.get(0)));
        assertEquals(0.10000000149011612, floats.get(0), "stored as a float");
        assertTrue(Double.isNaN(floats.clean(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, floats.clean(Double.POSITIVE_INFINITY));
        ColumnSegment doubles = of(true, 0.1, 2.5);
        assertEquals(0.10000000149011612, doubles.clean(0.10000000149011612), "only float columns are cleaned");
    }

    @Test
    void aConstantSegmentKnowsTheStorageItsValueWouldNeed() {
        assertTrue(of(false, 3, 3).isConstant());
        assertFalse(of(false, 3, 4).isConstant());
        assertEquals(Storage.DOUBLE, of(true, 3).valueStorage());
        assertEquals(Storage.BITS, of(false, 1).valueStorage());
        assertEquals(Storage.SHORT, of(false, 3).valueStorage());
        assertEquals(Storage.FLOAT, of(false, 0.5).valueStorage());
        assertEquals(Storage.SHORT, of(false, 3, 4).valueStorage(), "a varying segment: its own storage");
    }

    @Test
    void everyStorageSurvivesEncodingAndKeepsItsExactness() {
        ColumnSegment[] segments = {of(false, 4, 4), of(false, 1, 0, 1), of(false, 3, -2, 7), of(false, 2.5, -1),
            of(true, 2.5, -1), of(true, 4, 4)};
        for (ColumnSegment s : segments) {
            ColumnSegment back = ColumnSegment.decode(s.encode());
            assertEquals(s.storage(), back.storage());
            assertArrayEquals(values(s), values(back));
        }
        // exactness shows when a decoded constant starts to vary
        ColumnSegment exact = ColumnSegment.decode(of(true, 4, 4).encode());
        exact.append(5);
        assertEquals(Storage.DOUBLE, exact.storage());
        ColumnSegment loose = ColumnSegment.decode(of(false, 4, 4).encode());
        loose.append(5);
        assertEquals(Storage.SHORT, loose.storage());
        assertArrayEquals(new double[] {4, 4, 5}, values(loose));
    }
}
