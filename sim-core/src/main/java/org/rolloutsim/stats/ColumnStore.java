package org.rolloutsim.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the full segments of a batch's {@link ScalarColumn}s go: kept in memory up to a budget of
 * bytes, then written to a temporary file, so that memory stops growing with the run count while
 * every value stays available for exact statistics. The file is opened with delete-on-close: on
 * Unix it has no name once open, so nothing is left behind even if the process is killed.
 *
 * <p>Not thread-safe, like the statistics that own it.
 */
final class ColumnStore {
    /** Where a spilled segment lies in the file. */
    record Spilled(long offset, int length) {
    }

    private final long budgetBytes;
    private long keptBytes;
    private FileChannel file;
    private long end;

    /** @param budgetBytes bytes of full segments to keep in memory before spilling */
    ColumnStore(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** True when a full segment of {@code bytes} may stay in memory (and counts it against the budget). */
    boolean keep(long bytes) {
        if (keptBytes + bytes > budgetBytes) {
            return false;
        }
        keptBytes += bytes;
        return true;
    }

    Spilled write(ColumnSegment segment) {
        ByteBuffer bytes = segment.encode();
        try {
            if (file == null) {
                Path path = Files.createTempFile("rollout-columns-", ".bin");
                file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            Spilled at = new Spilled(end, bytes.remaining());
            while (bytes.hasRemaining()) {
                end += file.write(bytes, end);
            }
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run columns to a temporary file: " + e.getMessage(), e);
        }
    }

    ColumnSegment read(Spilled at) {
        ByteBuffer bytes = ByteBuffer.allocate(at.length());
        try {
            long position = at.offset();
            while (bytes.hasRemaining()) {
                int n = file.read(bytes, position);
                if (n < 0) {
                    throw new IOException("the temporary file ended early");
                }
                position += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run columns back: " + e.getMessage(), e);
        }
        return ColumnSegment.decode(bytes.flip());
    }

    /** Bytes written to the temporary file so far. */
    long spilledBytes() {
        return end;
    }
}
