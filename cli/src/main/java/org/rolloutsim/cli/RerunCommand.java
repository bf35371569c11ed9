package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutsim.cli.OutputOptions.Format;
import org.rolloutsim.scenarios.NamedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rollout rerun}: makes a result of run, compare, sweep or sensitivity again from what its folder keeps (run.json and the
 * canonical scenarios) or from what its report.html carries. Same tool version, same files: the
 * JSON and CSV results come out byte for byte the same; the report differs only in saying how it
 * was reproduced.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {
            "Runs a result of run, compare, sweep or sensitivity again.",
            "Reads its folder, or its report.html alone. Every result folder keeps run.json",
            "(the options, seed and run count; a sensitivity study's inputs) and the",
            "canonical scenario it simulated, and its report carries both. With the same",
            "tool version the results come out byte for byte the same.",
            "Without --out, writes beside the result: DIR-rerun (a report on its own:",
            "REPORT-rerun beside it), replacing an earlier rerun there, never DIR itself."})
final class RerunCommand implements Callable<Integer> {
    static final String SUFFIX = "-rerun";
    /** Deeper nesting of result folders than any command writes. */
    private static final int MAX_DEPTH = 16;

    @Parameters(index = "0", paramLabel = "DIR|REPORT",
            description = "A result folder written by run, compare, sweep or sensitivity (or a variant's folder),"
                    + " or a report.html.")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: DIR" + SUFFIX + " beside the result). Never the current directory"
                    + " or one above it; earlier results there need --force.")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace a non-empty --out directory, only if it holds earlier"
            + " rollout results (it has a .rollout-output file); any other directory is refused.")
    boolean force;

    @Option(names = "--allow-other-version",
            description = "Rerun a result made by another version of rollout-sim (its numbers may differ); without it"
                    + " such a rerun is refused.")
    boolean allowOtherVersion;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Worker threads; 0 = all cores (default). Results do not depend on it.")
    int threads;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ResultBundle.Loaded loaded = ResultBundle.read(input);
        RunRecord record = loaded.record();
        checkVersion(loaded.source(), record, err);
        if (record.command().equals("sensitivity")) {
            sensitivity(loaded, err);
            return ExitCode.OK;
        }
        BatchOptions batch = BatchOptions.recorded(record, threads);
        int runs = batch.validatedRuns();
        Invocation invocation = new Invocation(batch, runs, formats(loaded.source(), record), record.confidence(),
                record.commandLine(), ScenarioJob.commandLine(spec), common.quiet);
        List<NamedScenario> scenarios = new ArrayList<>();
        for (RunRecord.ScenarioEntry entry : record.scenarios()) {
            scenarios.add(loaded.scenario(entry, err));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        switch (record.command()) {
            case "run" -> {
                requireScenarios(loaded, 1);
                try (Interruption interruption = new Interruption(); OutputDirectory dir = open(err)) {
                    RunCommand.execute(scenarios.get(0), invocation, dir, interruption, stdout);
                }
            }
            case "compare" -> {
                if (scenarios.size() < 2 || record.title() == null) {
                    throw new UserInputException(loaded.source() + ": a comparison names two or more scenarios and its title");
                }
                try (Interruption interruption = new Interruption(); OutputDirectory dir = open(err)) {
                    CompareCommand.execute(record.title(), scenarios, invocation, dir, interruption, stdout);
                }
            }
            default -> {
                requireScenarios(loaded, 1);
                SweepCommand.Grid grid = SweepCommand.Grid.of(record.sweep().params());
                List<NamedScenario> points = sweepPoints(loaded, grid, err);
                try (Interruption interruption = new Interruption(); OutputDirectory dir = open(err)) {
                    SweepCommand.execute(scenarios.get(0), grid, points, invocation, dir, interruption, stdout, err);
                }
            }
        }
        return ExitCode.OK;
    }

    /** A sensitivity study again: its inputs, rows, seed and mitigation from run.json, on its canonical scenario. */
    private void sensitivity(ResultBundle.Loaded loaded, PrintWriter err) throws IOException {
        RunRecord record = loaded.record();
        Set<Format> formats = formats(loaded.source(), record);
        if (!SensitivityCommand.FORMATS.containsAll(formats)) {
            throw new UserInputException(loaded.source() + ": formats: a sensitivity study writes html, json, svg and"
                    + " png only");
        }
        requireScenarios(loaded, 1);
        NamedScenario named = loaded.scenario(record.scenarios().get(0), err);
        SensitivityCommand.Request request = new SensitivityCommand.Request(record.sensitivity().inputs(),
                record.runs(), record.seed(), record.mitigated(), record.confidence(), formats, threads,
                record.commandLine(), ScenarioJob.commandLine(spec), loaded.source(), common.quiet);
        SensitivityCommand.Prepared study = SensitivityCommand.prepare(named, request, err);
        try (Interruption interruption = new Interruption(); OutputDirectory dir = open(err)) {
            SensitivityCommand.execute(study, dir, interruption, spec.commandLine().getOut());
        }
    }

    /** A result of another version is refused unless asked for; then a warning says its numbers may differ. */
    private void checkVersion(String source, RunRecord record, PrintWriter err) {
        String now = BuildVersion.describe();
        if (now.equals(record.toolVersion())) {
            return;
        }
        if (!allowOtherVersion) {
            throw new UserInputException(source + " was made by rollout-sim " + record.toolVersion() + " and this is "
                    + now + ": its numbers may differ; add --allow-other-version to rerun it anyway");
        }
        err.println("rollout: warning: rerunning with rollout-sim " + now + " a result made by " + record.toolVersion()
                + ": its numbers may differ");
        err.flush();
    }

    private static Set<Format> formats(String source, RunRecord record) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : record.formats()) {
            try {
                formats.add(Format.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(source + ": formats: unknown format '" + name + "'");
            }
        }
        if (formats.isEmpty()) {
            throw new UserInputException(source + ": formats: lists no format");
        }
        return formats;
    }

    private static void requireScenarios(ResultBundle.Loaded loaded, int count) {
        if (loaded.record().scenarios().size() != count) {
            throw new UserInputException(loaded.source() + ": a " + loaded.record().command() + " names " + count
                    + " scenario, not " + loaded.record().scenarios().size());
        }
    }

    /** The scenario at each grid point: the base with the swept values, each checked against run.json. */
    private static List<NamedScenario> sweepPoints(ResultBundle.Loaded loaded, SweepCommand.Grid grid,
                                                   PrintWriter err) {
        List<RunRecord.SweepGrid.Point> recorded = loaded.record().sweep().points();
        if (recorded.size() != grid.points().size()) {
            throw new UserInputException(loaded.source() + ": sweep: " + recorded.size() + " points recorded, but its"
                    + " params give " + grid.points().size());
        }
        String base = loaded.record().scenarios().get(0).file();
        List<NamedScenario> points = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            NamedScenario point = loaded.load(base, grid.overrides(i), err);
            if (!point.contentHash().equals(recorded.get(i).contentHash()) || !grid.label(i).equals(recorded.get(i).label())) {
                throw new UserInputException(loaded.source() + ": sweep point " + grid.label(i) + " does not match its"
                        + " content hash in run.json: the files were changed after the run");
            }
            points.add(point);
        }
        return points;
    }

    /** The output directory: --out, or a new folder beside the result (never inside one). */
    private OutputDirectory open(PrintWriter err) {
        boolean explicit = out != null;
        return OutputDirectory.prepare(explicit ? out : defaultTarget(input), force, explicit, err);
    }

    /**
     * Beside the result: {@code DIR-rerun} for a result folder; for a folder inside a result (a
     * variant of a comparison) or a report in one, beside the outermost result
     * ({@code big-bang-vs-phased-phased-rerun}); for a report on its own, {@code NAME-rerun} beside it.
     */
    static Path defaultTarget(Path input) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path absolute = cwd.resolve(input).normalize();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        Path target;
        if (!Files.isDirectory(absolute) && !Files.isRegularFile(folder.resolve(OutputDirectory.MARKER))) {
            String file = absolute.getFileName().toString();
            int dot = file.lastIndexOf('.');
            target = folder.resolve(FolderNames.sanitize((dot > 0 ? file.substring(0, dot) : file) + SUFFIX));
        } else {
            Path top = folder;
            List<String> inner = new ArrayList<>();
            for (int depth = 0; depth < MAX_DEPTH && top.getParent() != null
                    && Files.isRegularFile(top.getParent().resolve(OutputDirectory.MARKER)); depth++) {
                inner.add(0, top.getFileName().toString());
                top = top.getParent();
            }
            String name = (top.getFileName() == null ? "result" : top.getFileName().toString())
                    + (inner.isEmpty() ? "" : "-" + String.join("-", inner)) + SUFFIX;
            target = top.resolveSibling(FolderNames.sanitize(name));
        }
        return target.startsWith(cwd) ? cwd.relativize(target) : target;
    }
}
