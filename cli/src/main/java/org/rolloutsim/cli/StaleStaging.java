package org.rolloutsim.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes staging directories that a killed command left behind ({@code kill -9}, power loss): on
 * the next run into the same parent directory, a hidden {@code .NAME.partial-N} or {@code .NAME.old-N}
 * directory that carries the {@link OutputDirectory#MARKER} and in which nothing has changed for
 * {@link #AGE} is deleted. A younger one may belong to a command still running, and is left alone.
 */
final class StaleStaging {
    static final Duration AGE = Duration.ofDays(1);
    private static final Pattern NAME = Pattern.compile("\\..+\\.(partial|old)-[0-9]+");

    private StaleStaging() {
    }

    /** Deletes the stale staging directories in {@code parent}; best effort. */
    static void removeFrom(Path parent, Instant now) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                p -> NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path dir : entries) {
                if (Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(OutputDirectory.MARKER))
                        && lastChange(dir).isBefore(now.minus(AGE))) {
                    OutputDirectory.deleteRecursively(dir);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover is hidden and harmless.
        }
    }

    /** The latest modification time of the directory and anything in it (a staging directory is shallow). */
    private static Instant lastChange(Path dir) throws IOException {
        Instant latest = Files.getLastModifiedTime(dir).toInstant();
        try (Stream<Path> files = Files.walk(dir, 3)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.toInstant().isAfter(latest)) {
                    latest = t.toInstant();
                }
            }
        }
        return latest;
    }
}
