package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rolloutsim.scenarios.ScenarioFieldsDoc;
import org.rolloutsim.scenarios.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollout schema}: the JSON Schema of scenario files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Prints the JSON Schema of scenario files, for editors.",
            "Draft-07, every field with its description, range and default, for editors",
            "that complete and check YAML. Save it, e.g.",
            "  rollout schema > " + ScenarioSchema.FILE_NAME,
            "and start a scenario with the line",
            "  # yaml-language-server: $schema=" + ScenarioSchema.FILE_NAME,
            "(rollout init does both)."})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "Print the same fields as a Markdown reference instead.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? ScenarioFieldsDoc.markdown() : ScenarioSchema.text());
        out.flush();
        return ExitCode.OK;
    }
}
