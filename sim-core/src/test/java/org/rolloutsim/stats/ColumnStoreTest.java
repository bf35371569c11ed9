package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The memory budget of full column segments and the temporary file the rest go to. */
class ColumnStoreTest {

    @Test
    void segmentsStayInMemoryUntilTheBudgetIsSpent() {
        ColumnStore store = new ColumnStore(250);
        assertTrue(store.keep(100));
        assertTrue(store.keep(150), "exactly the budget");
        assertFalse(store.keep(1), "one byte over it");
        assertEquals(0, store.spilledBytes(), "keeping writes nothing");
    }

    @Test
    void segmentsWrittenOutReadBackAsTheyWere() {
        ColumnStore store = new ColumnStore(0);
        ColumnSegment shorts = new ColumnSegment(false, 16);
        ColumnSegment doubles = new ColumnSegment(true, 16);
        for (int i = 0; i < 100; i++) {
            shorts.append(i % 7);
            doubles.append(i / 3.0);
        }
        ColumnStore.Spilled first = store.write(shorts);
        ColumnStore.Spilled second = store.write(doubles);
        assertEquals(shorts.encode().remaining() + doubles.encode().remaining(), store.spilledBytes());
        ColumnSegment backSecond = store.read(second);
        ColumnSegment backFirst = store.read(first);
        for (int i = 0; i < 100; i++) {
            assertEquals(i / 3.0, backSecond.get(i));
            assertEquals(i % 7, backFirst.get(i));
        }
    }
}
