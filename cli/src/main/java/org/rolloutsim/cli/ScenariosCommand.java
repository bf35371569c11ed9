package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rolloutsim.scenarios.BundledScenario;
import org.rolloutsim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rollout scenarios}: the bundled scenarios, by name, with what each is. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Lists the bundled scenarios: their names do wherever a scenario file is asked.")
final class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = ScenarioLoader.bundled().stream().mapToInt(b -> b.name().length()).max().orElse(10);
        for (BundledScenario b : ScenarioLoader.bundled()) {
            out.printf("%-" + width + "s  %s%s%n", b.name(), b.variants() ? "(variants) " : "", b.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
