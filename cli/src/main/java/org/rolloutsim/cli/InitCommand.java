package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.rolloutsim.scenarios.ScenarioSchema;
import org.rolloutsim.scenarios.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollout init}: writes a commented starter scenario to edit. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Writes a commented starter scenario and the schema editors use.",
            "FILE defaults to scenario.yaml; '-' prints the scenario. The JSON Schema",
            "is written beside it (" + ScenarioSchema.FILE_NAME + ", unless one is there)",
            "and the scenario's first line points editors at it."})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "scenario.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}).")
    String file;

    @Option(names = {"-f", "--force"}, description = "Replace an existing file.")
    boolean force;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = "# yaml-language-server: $schema=" + ScenarioSchema.FILE_NAME + "\n" + ScenarioTemplate.starter();
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(file)) {
            out.print(text);
            out.flush();
            return ExitCode.OK;
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UserInputException(file + " is a directory; name the scenario file to write, e.g. "
                    + path.resolve("scenario.yaml"));
        }
        if (Files.exists(path) && !force) {
            throw new UserInputException(file + " already exists; add --force to replace it");
        }
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        writeAtomically(path, text);
        Path schema = parent.resolve(ScenarioSchema.FILE_NAME);
        boolean wroteSchema = !Files.exists(schema);
        if (wroteSchema) {
            writeAtomically(schema, ScenarioSchema.text());
        }
        if (!common.quiet) {
            out.println("Wrote " + file + (wroteSchema ? " and " + ScenarioSchema.FILE_NAME + " (for editors)" : "")
                    + ". Check it with: rollout validate " + file + ", then run it with: rollout run " + file);
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * Written beside the target under a name of its own, then moved over it, so an interrupted
     * write never leaves half a scenario. Not {@code createTempFile}: its files are private to the
     * owner, and a scenario is as readable as any other file written here.
     */
    private static void writeAtomically(Path path, String text) throws IOException {
        Path temp = path.toAbsolutePath().resolveSibling(
                "." + path.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
