package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;

/**
 * Where a command writes its results, safely: everything is written into a staging directory beside
 * the target and moved into place only when complete, so Ctrl-C or a failure leaves no half-written
 * report and never damages what was there before.
 *
 * <p>Every directory it writes carries a marker file; {@link OutputTarget} says which targets may
 * be written or replaced.
 */
final class OutputDirectory implements AutoCloseable {
    static final String MARKER = ".rollout-output";

    private final Path target;
    private final Path staging;
    private final PrintWriter err;
    private volatile boolean committed;

    /** Deletes one file or empty directory, as {@link Files#deleteIfExists} does; another in tests. */
    @FunctionalInterface
    interface Deletion {
        void delete(Path path) throws IOException;
    }

    private OutputDirectory(Path target, Path staging, PrintWriter err) {
        this.target = target;
        this.staging = staging;
        this.err = err;
    }

    /**
     * Checks the target ({@link OutputTarget}), removes stale staging directories beside it
     * ({@link StaleStaging}) and opens a fresh staging directory.
     *
     * @param explicit true when the user named the directory with {@code --out}
     * @param err      where to say that earlier results in a default directory will be replaced, or
     *                 that their old copy could not be removed
     */
    static OutputDirectory prepare(Path target, boolean force, boolean explicit, PrintWriter err) {
        return prepare(target, force, explicit, err, Path.of("").toAbsolutePath().normalize());
    }

    /** Makes a directory to stage results in, as {@link Files#createTempDirectory(Path, String, java.nio.file.attribute.FileAttribute[])} does; another in tests. */
    @FunctionalInterface
    interface StagingCreation {
        Path create(Path parent, String prefix) throws IOException;
    }

    /** As {@link #prepare(Path, boolean, boolean, PrintWriter)}, with the current directory given; for tests. */
    static OutputDirectory prepare(Path target, boolean force, boolean explicit, PrintWriter err, Path cwd) {
        return prepare(target, force, explicit, err, cwd, Files::createTempDirectory);
    }

    /**
     * As {@link #prepare(Path, boolean, boolean, PrintWriter, Path)}, making the staging directory with
     * {@code staging}; for tests.
     *
     * @throws UserInputException when nothing can be written there (a read-only file system, a directory
     *                            without permission): the user can choose another directory
     */
    static OutputDirectory prepare(Path target, boolean force, boolean explicit, PrintWriter err, Path cwd,
            StagingCreation staging) {
        Path absolute = cwd.resolve(target).normalize();
        boolean replacing = OutputTarget.check(target.toString(), absolute, force, explicit, cwd);
        if (replacing && !explicit) {
            err.println("rollout: replacing the earlier results in " + target);
            err.flush();
        }
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            StaleStaging.removeFrom(parent, Instant.now());
            Path made = staging.create(parent, "." + absolute.getFileName() + ".partial-");
            try {
                openUp(made);
                writeMarker(made);
            } catch (IOException e) {
                deleteRecursively(made);
                throw e;
            }
            return new OutputDirectory(absolute, made, err);
        } catch (IOException e) {
            throw new UserInputException(Unwritable.message(target, explicit, absolute, cwd, e));
        }
    }

    /** Marks a directory as written by this tool: only marked directories are ever replaced or cleaned up. */
    private static void writeMarker(Path dir) throws IOException {
        Files.writeString(dir.resolve(MARKER), "written by rollout; safe to delete\n");
    }

    /** The final location (shown to the user once committed). */
    Path target() {
        return target;
    }

    /**
     * A temporary directory is private (rwx------); results are meant to be shared like any
     * directory the user makes, so give it the usual rwxr-xr-x where the file system has modes.
     */
    private static void openUp(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** A path inside the staging directory, creating its parent directories. */
    Path file(String relative) {
        Path path = staging.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** A directory inside the staging directory, created if needed. */
    Path directory(String relative) {
        Path path = staging.resolve(relative);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /**
     * Moves the finished results into place, replacing an older output directory: the old one is
     * moved aside, then deleted, even where it was made read-only (the user asked for it to be
     * replaced). If some of it cannot be deleted all the same (files of another owner), the new
     * results stay in place and a warning names the hidden leftover, to delete by hand.
     */
    void commit() throws IOException {
        commit(Files::deleteIfExists);
    }

    /** As {@link #commit()}, deleting with {@code delete}; for tests. */
    void commit(Deletion delete) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            try {
                removeTree(old, delete);
            } catch (IOException e) {
                err.println("rollout: warning: the earlier results were replaced, but their old copy " + old
                        + " could not be removed (" + (e instanceof AccessDeniedException ? "permission denied: "
                        + e.getMessage() : e.toString()) + "); delete it by hand");
                err.flush();
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging directory unless it was committed. Safe to call more than once. */
    @Override
    public void close() {
        if (!committed) {
            deleteRecursively(staging);
        }
    }

    /** Deletes {@code root} and everything in it, as far as it can ({@link #removeTree}). */
    static void deleteRecursively(Path root) {
        try {
            removeTree(root, Files::deleteIfExists);
        } catch (IOException e) {
            // Best effort: a leftover staging directory is hidden and harmless.
        }
    }

    /**
     * Deletes {@code root} and everything in it, or throws at the first thing that cannot be
     * deleted. Only this tool's own directories are deleted so (a staging directory, earlier results
     * moved aside to be replaced), so a directory in it without its owner's write permission, which
     * would keep its files (results made read-only), is given that permission first.
     */
    static void removeTree(Path root, Deletion delete) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                allowWriting(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                delete.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Gives the owner write permission on {@code dir} if it lacks it; where that fails, the deletion will say so. */
    private static void allowWriting(Path dir) {
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.add(PosixFilePermission.OWNER_WRITE)) {
                view.setPermissions(permissions);
            }
        } catch (IOException | SecurityException e) {
            // not ours to change: deleting what is in it fails, and that failure is reported
        }
    }
}
