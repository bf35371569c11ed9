package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReporterTest {

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static String[] run(Error error) {
        CommandLine cmd = ErrorReporter.install(new CommandLine(new Failing(error)));
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        return new String[] {String.valueOf(cmd.execute()), err.toString()};
    }

    @Test
    void outOfMemoryIsOneClearLineAndExitOne() {
        String[] r = run(new OutOfMemoryError("Java heap space"));
        assertEquals("1", r[0]);
        assertEquals("rollout: error: out of memory (Java heap space): use fewer runs or give Java more memory,"
                + " e.g. ROLLOUT_JAVA_OPTS=-Xmx4g", r[1].trim());
    }

    @Test
    void everyOtherErrorIsReportedToo() {
        String[] r = run(new StackOverflowError());
        assertEquals("1", r[0]);
        assertEquals("rollout: error: internal error: StackOverflowError", r[1].lines().findFirst().orElseThrow());
    }
}
