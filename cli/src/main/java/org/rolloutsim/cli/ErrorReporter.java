package org.rolloutsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for bad input or usage, 1 for
 * anything else. A stack trace is printed only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.hasMatchedOption("--debug")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        if (ex instanceof UserInputException) {
            err.println(prefix() + ex.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (ex instanceof Interruption.Interrupted) {
            return ExitCode.INTERRUPTED; // the shutdown hook says so
        }
        err.println(prefix() + describe(ex));
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --debug for details)");
        }
        err.flush();
        return ExitCode.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(prefix() + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static String prefix() {
        return "rollout: error: ";
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        if (ex instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + message;
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory: use fewer runs or set ROLLOUT_JAVA_OPTS=-Xmx4g";
        }
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
