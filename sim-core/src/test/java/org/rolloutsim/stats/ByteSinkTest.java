package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The growing buffer a block's partial result is written into. */
class ByteSinkTest {

    @Test
    void writesPastItsFirstKilobyteKeepEveryValueInOrder() {
        ByteSink sink = new ByteSink();
        for (int i = 0; i < 100; i++) {
            sink.put((byte) i).putShort((short) -i).putInt(i * 1000).putLong(-i * 1_000_000_000L)
                    .putFloat(i + 0.5f).putDouble(i / 3.0);
        }
        byte[] bytes = sink.toArray();
        assertEquals(100 * (1 + 2 + 4 + 8 + 4 + 8), bytes.length);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        for (int i = 0; i < 100; i++) {
            assertEquals((byte) i, b.get());
            assertEquals((short) -i, b.getShort());
            assertEquals(i * 1000, b.getInt());
            assertEquals(-i * 1_000_000_000L, b.getLong());
            assertEquals(i + 0.5f, b.getFloat());
            assertEquals(i / 3.0, b.getDouble());
        }
    }
}
