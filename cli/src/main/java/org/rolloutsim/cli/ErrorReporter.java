package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rolloutsim.scenarios.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        err.println(prefix() + parseMessage(ex));
        if (isTypeError(ex)) {
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        suggest(ex, cmd, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /**
     * "Did you mean: rollout run?" for a mistyped subcommand (nearest by edit distance, so "rnu"
     * finds "run"), else picocli's own suggestions for a mistyped option.
     */
    private static void suggest(ParameterException ex, CommandLine cmd, PrintWriter err) {
        if (ex instanceof UnmatchedArgumentException unmatched && !cmd.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            Optional<String> near = DidYouMean.closest(unmatched.getUnmatched().get(0), cmd.getSubcommands().keySet());
            if (near.isPresent()) {
                err.println("Did you mean: " + cmd.getCommandSpec().qualifiedName() + " " + near.get() + "?");
                return;
            }
        }
        UnmatchedArgumentException.printSuggestions(ex, err);
    }

    /** Picocli's message without its own "Error: " (ours already says it) and in plain words. */
    static String parseMessage(ParameterException ex) {
        String message = String.valueOf(ex.getMessage());
        if (message.startsWith("Error: ")) {
            message = message.substring("Error: ".length());
        }
        if (message.startsWith("expected only one match but got")) {
            return "an option was given more than once: give each option once";
        }
        return plainTypeError(message);
    }

    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for option '([^']+)': (.*)");
    private static final Pattern NOT_A_TYPE = Pattern.compile("('.*') is not an? (\\w+)");
    private static final Pattern WHOLE_DIGITS = Pattern.compile("'[+-]?[0-9]+'");

    /**
     * picocli's "Invalid value for option '--runs': '1e3' is not an int" as
     * "--runs: '1e3' is not a whole number": the option first, and the kind of number in words. A
     * whole number too large for its type is said to be too large, not to be no whole number.
     */
    static String plainTypeError(String message) {
        Matcher invalid = INVALID_VALUE.matcher(message);
        if (!invalid.matches()) {
            return message;
        }
        String why = invalid.group(2);
        Matcher type = NOT_A_TYPE.matcher(why);
        if (type.matches()) {
            String kind = switch (type.group(2)) {
                case "int", "long", "short", "byte", "Integer", "Long", "BigInteger" -> "a whole number";
                case "double", "float", "Double", "Float", "BigDecimal" -> "a number";
                default -> null;
            };
            // digits alone that still are "not an int" overflowed it: they are a whole number, too large a one
            boolean overflow = "a whole number".equals(kind) && WHOLE_DIGITS.matcher(type.group(1)).matches();
            why = kind == null ? why : type.group(1) + (overflow
                    ? (type.group(1).startsWith("'-") ? " is too far below zero" : " is too large") : " is not " + kind);
        }
        return invalid.group(1) + ": " + why;
    }

    /** A type error is one plain line; picocli's other usage errors add where to find the usage. */
    private static boolean isTypeError(ParameterException ex) {
        return INVALID_VALUE.matcher(String.valueOf(ex.getMessage()).replaceFirst("^Error: ", "")).matches();
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
