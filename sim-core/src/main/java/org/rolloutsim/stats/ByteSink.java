package org.rolloutsim.stats;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A growing big-endian byte buffer: what a {@link BlockPartial} and its parts encode into. */
final class ByteSink {
    private ByteBuffer buffer = ByteBuffer.allocate(1024);

    private ByteSink room(int bytes) {
        if (buffer.remaining() < bytes) {
            long wanted = Math.max(2L * buffer.capacity(), (long) buffer.position() + bytes);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a block's partial result is over 2 GB: use smaller blocks");
            }
            ByteBuffer grown = ByteBuffer.allocate((int) wanted);
            buffer.flip();
            grown.put(buffer);
            buffer = grown;
        }
        return this;
    }

    ByteSink put(byte b) {
        room(1).buffer.put(b);
        return this;
    }

    ByteSink putInt(int v) {
        room(4).buffer.putInt(v);
        return this;
    }

    ByteSink putLong(long v) {
        room(8).buffer.putLong(v);
        return this;
    }

    ByteSink putFloat(float v) {
        room(4).buffer.putFloat(v);
        return this;
    }

    ByteSink putDouble(double v) {
        room(8).buffer.putDouble(v);
        return this;
    }

    ByteSink putShort(short v) {
        room(2).buffer.putShort(v);
        return this;
    }

    /** The bytes written so far. */
    byte[] toArray() {
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
