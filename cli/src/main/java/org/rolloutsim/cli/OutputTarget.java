package org.rolloutsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which directories a command may write its results to, and which it may replace:
 *
 * <ul>
 *   <li>never an empty path, the file system root, the current directory or a directory above it,
 *       nor a path under a file;</li>
 *   <li>a new or empty directory: always;</li>
 *   <li>a non-empty directory only when a rollout command wrote it (it holds the
 *       {@link OutputDirectory#MARKER} file), and then either with {@code --force} or when it is the
 *       default {@code rollout-out/<name>}; anything else is refused, {@code --force} or not.</li>
 * </ul>
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * Checks {@code target} and returns true when it holds earlier results that will be replaced.
     *
     * @param shown    the directory as the user wrote it, for messages
     * @param absolute the directory, absolute and normalized
     * @param explicit true when the user named it with {@code --out}
     * @param cwd      the current directory, absolute and normalized
     * @throws UserInputException when the directory may not be written
     */
    static boolean check(String shown, Path absolute, boolean force, boolean explicit, Path cwd) {
        if (shown.isBlank()) {
            throw new UserInputException("--out is empty: name a new directory for the results");
        }
        if (absolute.getParent() == null) {
            throw new UserInputException("--out " + shown + " is the root of the file system: name a new directory");
        }
        if (cwd.startsWith(absolute) || realPath(cwd).startsWith(realPath(absolute))) {
            throw new UserInputException("--out " + shown + " is the current directory or a directory above it:"
                    + " name a new directory for the results");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new UserInputException("output " + shown + " exists and is not a directory");
        }
        for (Path above = absolute.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new UserInputException("output " + shown + ": " + above
                            + " is not a directory (it is a file), so nothing can be written under it");
                }
                break;
            }
        }
        if (!Files.isDirectory(absolute) || isEmpty(absolute)) {
            return false;
        }
        if (!Files.isRegularFile(absolute.resolve(OutputDirectory.MARKER))) {
            throw new UserInputException("output directory " + shown + " is not empty and does not hold rollout results"
                    + " (no " + OutputDirectory.MARKER + " file), so it is never replaced; choose a new or empty --out");
        }
        if (explicit && !force) {
            throw new UserInputException("output directory " + shown
                    + " holds earlier results; add --force to replace them or choose another --out");
        }
        return true;
    }

    /** The path with symbolic links resolved, as far as it exists. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
