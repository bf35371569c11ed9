package org.rolloutsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for bad input or usage, 1 for
 * anything else, including an {@link Error} such as {@link OutOfMemoryError}. A stack trace is
 * printed only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /**
     * Makes {@code cmd} and its subcommands report through an ErrorReporter. picocli hands only
     * exceptions to an exception handler; an {@code Error} thrown by a command is wrapped here so
     * that it too is reported in one line (the command's try-with-resources blocks have already
     * removed its staging directory on the way out).
     */
    static CommandLine install(CommandLine cmd) {
        ErrorReporter errors = new ErrorReporter();
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), String.valueOf(e), e);
            }
        });
        return cmd;
    }

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
        Throwable error = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error e ? e : ex;
        err.println(prefix() + describe(error));
        if (debug) {
            error.printStackTrace(err);
        } else if (!(error instanceof OutOfMemoryError)) {
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
            return "out of memory (" + message + "): use fewer runs or give Java more memory, e.g. ROLLOUT_JAVA_OPTS=-Xmx4g";
        }
        if (ex instanceof Error) {
            return "internal error: " + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
