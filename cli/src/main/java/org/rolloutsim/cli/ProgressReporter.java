package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rolloutsim.batch.ProgressListener;

/**
 * Shows batch progress on stderr: a progress bar with an estimate of the time left when a person
 * is watching a terminal, plain lines every few seconds when output goes to a file or a CI log, and
 * nothing with {@code --quiet}.
 */
abstract class ProgressReporter implements ProgressListener, AutoCloseable {

    static ProgressReporter create(String task, boolean quiet) {
        if (quiet) {
            return new Silent();
        }
        boolean terminal = stderrIsTerminal() && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Bar(task) : new Lines(task, System.err);
    }

    /**
     * Whether stderr, where progress goes, is a terminal, whatever stdout is: the launcher says so
     * ({@code ROLLOUT_STDERR_TTY}, from {@code [ -t 2 ]}); else Linux's {@code /proc} tells; else
     * the console (which needs stdin and stdout to be terminals too).
     */
    static boolean stderrIsTerminal() {
        String told = System.getenv("ROLLOUT_STDERR_TTY");
        if (told != null && !told.isBlank()) {
            return told.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public abstract void close();

    private static final class Silent extends ProgressReporter {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void close() {
        }
    }

    private static final class Bar extends ProgressReporter {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public void progress(long done, long total) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .showSpeed()
                        .build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** Plain lines, at most one every few seconds, for logs. */
    static final class Lines extends ProgressReporter {
        private static final long INTERVAL_NANOS = 5_000_000_000L;
        private final String task;
        private final PrintStream out;
        private final long start = System.nanoTime();
        private long lastPrinted = start;

        Lines(String task, PrintStream out) {
            this.task = task;
            this.out = out;
        }

        @Override
        public void progress(long done, long total) {
            long now = System.nanoTime();
            if (now - lastPrinted < INTERVAL_NANOS || done >= total) {
                return;
            }
            lastPrinted = now;
            double elapsed = (now - start) / 1e9;
            double left = done == 0 ? Double.NaN : elapsed * (total - done) / done;
            out.printf(Locale.ROOT, "rollout: %s: %,d of %,d runs (%.0f%%), about %.0f s left%n",
                    task, done, total, 100.0 * done / total, left);
            out.flush();
        }

        @Override
        public void close() {
        }
    }
}
