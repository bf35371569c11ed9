package org.rolloutsim.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces of unexpected errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no progress, no summary).")
    boolean quiet;
}
