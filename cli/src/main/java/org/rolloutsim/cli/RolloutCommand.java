package org.rolloutsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rollout} command. Placeholder until the command-line issue lands. */
@Command(name = "rollout", mixinStandardHelpOptions = true, version = "rollout-sim 0.1.0",
        description = "Simulates the phased roll-out of an electronic health record.")
public final class RolloutCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RolloutCommand()).execute(args));
    }
}
