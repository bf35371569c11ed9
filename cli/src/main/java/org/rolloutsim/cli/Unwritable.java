package org.rolloutsim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why an output directory cannot be written, said in the user's terms: the directory as they gave
 * it, the directory that refused a new entry (written as they wrote the path, relative or absolute),
 * and the file system's reason. The hidden staging directory the tool tried to make is an internal
 * detail and is never named.
 */
final class Unwritable {

    private Unwritable() {
    }

    /**
     * One line such as {@code --out imm2/res: cannot write in imm2 (Operation not permitted)}.
     *
     * @param shown    the directory as the user gave it (or the default one)
     * @param explicit true when the user named it with {@code --out}
     * @param absolute the directory, absolute and normalized
     * @param cwd      the current directory, absolute and normalized
     */
    static String message(Path shown, boolean explicit, Path absolute, Path cwd, IOException e) {
        Path refused = refusedIn(absolute, e);
        return (explicit ? "--out " : "output ") + shown + ": cannot write in " + asGiven(refused, shown, cwd)
                + " (" + reason(e) + ")";
    }

    /** The directory in which a new entry was refused: the parent of the path the failure names, if any. */
    private static Path refusedIn(Path absolute, IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path failed = Path.of(f.getFile()).toAbsolutePath().normalize();
            if (failed.getParent() != null && absolute.startsWith(failed.getParent())) {
                return failed.getParent();
            }
        }
        return absolute.getParent();
    }

    /** {@code dir} relative to the current directory when the user wrote a relative path; absolute otherwise. */
    private static String asGiven(Path dir, Path shown, Path cwd) {
        if (shown.isAbsolute() || !dir.startsWith(cwd)) {
            return dir.toString();
        }
        Path relative = cwd.relativize(dir);
        return relative.toString().isEmpty() ? "the current directory" : relative.toString();
    }

    /**
     * The file system's reason. Java leaves it out for the commonest refusals, so those are named here;
     * a missing entry where a directory was just being made means the file system accepts no new ones
     * there (as {@code /proc} does).
     */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file system there accepts no new directories";
        }
        if (e instanceof FileSystemException f) {
            // its message would name the hidden staging path
            return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
