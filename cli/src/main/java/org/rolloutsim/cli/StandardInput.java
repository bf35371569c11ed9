package org.rolloutsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Standard input, read once: a sweep resolves its scenario once per grid point, and a second read
 * of a pipe would find it empty.
 */
final class StandardInput {
    /** More than any scenario may be; the loader reports the size. */
    private static final int LIMIT = 10 * 1024 * 1024 + 1;
    private static InputStream readFrom;
    private static byte[] bytes;

    private StandardInput() {
    }

    static synchronized byte[] bytes() {
        if (bytes == null || readFrom != System.in) {
            readFrom = System.in;
            try {
                bytes = System.in.readNBytes(LIMIT);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input", e);
            }
        }
        return bytes.clone();
    }
}
