package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directories a command may write into or replace, with the current directory set to {@code work}. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;
    Path work;
    StringWriter err = new StringWriter();

    @BeforeEach
    void userFiles() throws IOException {
        work = Files.createDirectories(tmp.resolve("home/work"));
        Files.writeString(work.resolve("my-programme.yaml"), "precious");
        Files.writeString(tmp.resolve("home/notes.txt"), "precious");
    }

    private OutputDirectory prepare(String target, boolean force, boolean explicit) {
        return OutputDirectory.prepare(Path.of(target), force, explicit, new PrintWriter(err), work);
    }

    private void written(String target, boolean force, boolean explicit) throws IOException {
        try (OutputDirectory out = prepare(target, force, explicit)) {
            Files.writeString(out.file("report.html"), "new");
            out.commit();
        }
    }

    @Test
    void neverTheCurrentDirectoryAParentOfItTheRootOrNothing() throws IOException {
        for (String hostile : List.of("", ".", "..", "../..", "./", work.toString(), "/", tmp.toString())) {
            UserInputException e = assertThrows(UserInputException.class, () -> prepare(hostile, true, true), hostile);
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
        assertEquals("precious", Files.readString(work.resolve("my-programme.yaml")));
        assertEquals("precious", Files.readString(tmp.resolve("home/notes.txt")));
        assertEquals(List.of(work.resolve("my-programme.yaml")), list(work), "nothing staged anywhere");
        assertEquals(List.of(tmp.resolve("home/notes.txt"), work), list(tmp.resolve("home")));
    }

    @Test
    void aPathUnderAFileIsBadInput() throws IOException {
        Path file = Files.writeString(work.resolve("afile"), "precious");
        for (String under : List.of("afile/sub", file.resolve("sub/deeper").toString())) {
            UserInputException e = assertThrows(UserInputException.class, () -> prepare(under, true, true), under);
            assertEquals("output " + under + ": " + file + " is not a directory (it is a file), so nothing can be"
                    + " written under it", e.getMessage());
        }
        assertEquals("precious", Files.readString(file));
        assertEquals(List.of(file, work.resolve("my-programme.yaml")), list(work), "nothing staged anywhere");
    }

    @Test
    void forceReplacesOnlyADirectoryThisToolWrote() throws IOException {
        Path mine = Files.createDirectories(work.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "precious");
        assertThrows(UserInputException.class, () -> prepare("mine", true, true), "not ours: refused even with --force");
        assertThrows(UserInputException.class, () -> prepare("mine", false, false));
        assertEquals(List.of(mine.resolve("notes.txt")), list(mine));

        written("results", false, true);
        assertTrue(Files.exists(work.resolve("results").resolve(OutputDirectory.MARKER)), "marked");
        UserInputException again = assertThrows(UserInputException.class, () -> prepare("results", false, true));
        assertTrue(again.getMessage().contains("--force"), again.getMessage());
        written("results", true, true);
        assertEquals("new", Files.readString(work.resolve("results/report.html")));
        assertEquals("", err.toString(), "an explicit --force replaces quietly");
    }

    /**
     * Deletes as a user other than root does: nothing in a directory without its owner's write
     * permission. (Root may; the tests may run as root and would not see it otherwise.)
     */
    private static void deleteAsAUser(Path path) throws IOException {
        if (!Files.getPosixFilePermissions(path.getParent()).contains(PosixFilePermission.OWNER_WRITE)) {
            throw new AccessDeniedException(path.toString());
        }
        Files.deleteIfExists(path);
    }

    @Test
    void forceReplacesReadOnlyResultsLeavingNoOldCopyBehind() throws IOException {
        assumeTrue(work.getFileSystem().supportedFileAttributeViews().contains("posix"));
        written("results", false, true);
        Path results = work.resolve("results");
        Files.setPosixFilePermissions(results.resolve("report.html"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(results, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (OutputDirectory out = prepare("results", true, true)) {
            Files.writeString(out.file("report.html"), "newer");
            out.commit(OutputDirectoryTest::deleteAsAUser);
        }
        assertEquals("newer", Files.readString(results.resolve("report.html")));
        assertEquals(List.of(work.resolve("my-programme.yaml"), results), list(work), "no .results.old-N left");
        assertEquals("", err.toString());
    }

    @Test
    void anOldCopyThatCannotBeRemovedIsNamedInAWarning() throws IOException {
        written("results", false, true);
        try (OutputDirectory out = prepare("results", true, true)) {
            Files.writeString(out.file("report.html"), "newer");
            out.commit(path -> {
                if (path.getParent().getFileName().toString().startsWith(".results.old-")
                        && path.getFileName().toString().equals("report.html")) {
                    throw new AccessDeniedException(path.toString()); // another owner's file, say
                }
                Files.deleteIfExists(path);
            });
        }
        assertEquals("newer", Files.readString(work.resolve("results/report.html")), "the new results are in place");
        List<Path> left = list(work).stream().filter(p -> p.getFileName().toString().startsWith(".results.old-")).toList();
        assertEquals(1, left.size(), list(work)::toString);
        assertEquals("rollout: warning: the earlier results were replaced, but their old copy " + left.get(0)
                + " could not be removed (permission denied: " + left.get(0).resolve("report.html")
                + "); delete it by hand", err.toString().trim());
    }

    @Test
    void theDefaultDirectoryIsReplacedSayingSo() throws IOException {
        written("rollout-out/regional-phased", false, false);
        assertEquals("", err.toString());
        written("rollout-out/regional-phased", false, false);
        assertEquals("rollout: replacing the earlier results in rollout-out/regional-phased", err.toString().trim());
        Files.delete(work.resolve("rollout-out/regional-phased").resolve(OutputDirectory.MARKER));
        assertThrows(UserInputException.class, () -> prepare("rollout-out/regional-phased", false, false),
                "an unmarked default directory is not replaced");
    }

    @Test
    void staleStagingIsRemovedOnTheNextRunIntoTheSameParent() throws IOException {
        Path parent = Files.createDirectories(work.resolve("rollout-out"));
        Path stale = staging(parent, ".x.partial-123", true, Duration.ofDays(2));
        Path oldOne = staging(parent, ".y.old-456", true, Duration.ofDays(3));
        Path young = staging(parent, ".z.partial-789", true, Duration.ofHours(2));
        Path notOurs = staging(parent, ".w.partial-1", false, Duration.ofDays(9));
        written("rollout-out/fresh", false, false);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(oldOne));
        assertTrue(Files.exists(young), "may belong to a command still running");
        assertTrue(Files.exists(notOurs), "no marker: not ours");
    }

    private static Path staging(Path parent, String name, boolean marked, Duration age) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Path file = Files.writeString(dir.resolve("runs.csv"), "partial");
        FileTime then = FileTime.from(Instant.now().minus(age));
        if (marked) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(OutputDirectory.MARKER), ""), then);
        }
        Files.setLastModifiedTime(file, then);
        Files.setLastModifiedTime(dir, then);
        return dir;
    }

    @Test
    void aDirectoryThatRefusesNewEntriesIsBadInputNamedAsGiven() throws IOException {
        Path imm = Files.createDirectories(work.resolve("imm2"));
        Path earlier = Files.createDirectories(imm.resolve("res"));
        Files.writeString(earlier.resolve(OutputDirectory.MARKER), "");
        Files.writeString(earlier.resolve("report.html"), "earlier");
        OutputDirectory.StagingCreation immutable = (parent, prefix) -> {
            throw new java.nio.file.FileSystemException(parent.resolve(prefix + "123").toString(), null,
                    "Operation not permitted");
        };
        UserInputException e = assertThrows(UserInputException.class, () -> OutputDirectory.prepare(
                Path.of("imm2/res"), true, true, new PrintWriter(err), work, immutable));
        assertEquals("--out imm2/res: cannot write in imm2 (Operation not permitted)", e.getMessage());
        assertEquals("earlier", Files.readString(earlier.resolve("report.html")));

        Path absolute = imm.resolve("res");
        OutputDirectory.StagingCreation readOnly = (parent, prefix) -> {
            throw new java.nio.file.FileSystemException(parent.resolve(prefix + "123").toString(), null,
                    "Read-only file system");
        };
        e = assertThrows(UserInputException.class, () -> OutputDirectory.prepare(
                absolute, true, true, new PrintWriter(err), work, readOnly));
        assertEquals("--out " + absolute + ": cannot write in " + imm + " (Read-only file system)", e.getMessage());

        OutputDirectory.StagingCreation procLike = (parent, prefix) -> {
            throw new java.nio.file.NoSuchFileException(parent.resolve(prefix + "123").toString());
        };
        e = assertThrows(UserInputException.class, () -> OutputDirectory.prepare(
                Path.of("imm2/new"), false, true, new PrintWriter(err), work, procLike));
        assertEquals("--out imm2/new: cannot write in imm2 (the file system there accepts no new directories)",
                e.getMessage());
    }

    @Test
    void aDirectoryWithoutWritePermissionIsBadInputNamedAsGiven() throws IOException {
        assumeTrue(work.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path locked = Files.createDirectories(work.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "permissions are not enforced (running as root)");
            UserInputException e = assertThrows(UserInputException.class, () -> prepare("locked/res/deeper", true, true));
            assertEquals("--out locked/res/deeper: cannot write in locked (Permission denied)", e.getMessage());
            assertEquals(List.of(), list(locked), "nothing staged");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
