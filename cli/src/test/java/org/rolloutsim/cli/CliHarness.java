package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the rollout command in-process and captures what it prints. */
final class CliHarness {
    record Result(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    static Result run(String... args) {
        CommandLine cmd = RolloutCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
