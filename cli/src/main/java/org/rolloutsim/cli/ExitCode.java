package org.rolloutsim.cli;

/** The exit codes of the rollout command. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Anything unexpected: a bug, an I/O failure, a cancelled run. */
    public static final int FAILURE = 1;
    /** Bad input or usage: an invalid scenario, an unknown option, an absurd size. */
    public static final int BAD_INPUT = 2;
    /** Interrupted by the user (Ctrl-C), as shells report a command ended by SIGINT. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
