package org.rolloutsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rolloutsim.report.html.EmbeddedFiles;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.ScenarioError;
import org.rolloutsim.scenarios.ScenarioLoader;

/**
 * What makes a result reproducible: its run.json and the canonical JSON of each scenario it
 * simulated ({@code scenario.canonical.json}, exactly the text whose SHA-256 is the scenario's
 * content hash). Written into every result folder and carried inside its report.html; read back
 * from either by {@code rollout rerun}.
 */
final class ResultBundle {
    static final String SCENARIO_FILE = "scenario.canonical.json";
    /** Larger than any run.json or scenario may be (the loader's own limit is 10 MB). */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private ResultBundle() {
    }

    /** How run.json names a scenario kept in {@code file}. */
    static RunRecord.ScenarioEntry entry(NamedScenario named, String file) {
        return new RunRecord.ScenarioEntry(named.name(), named.scenario().name(), named.scenario().description(),
                named.contentHash(), file);
    }

    /**
     * run.json and the scenarios' files, by their paths in the folder that holds the run.json.
     *
     * @param scenarios the scenarios of {@code record.scenarios()}, in the same order
     */
    static List<EmbeddedFile> files(RunRecord record, List<NamedScenario> scenarios) {
        if (scenarios.size() != record.scenarios().size()) {
            throw new IllegalArgumentException("one scenario per entry of run.json");
        }
        List<EmbeddedFile> files = new ArrayList<>();
        files.add(new EmbeddedFile(RunRecord.FILE, record.toJson()));
        for (int i = 0; i < scenarios.size(); i++) {
            files.add(new EmbeddedFile(record.scenarios().get(i).file(), scenarios.get(i).canonicalJson()));
        }
        return files;
    }

    /** Writes the files under {@code prefix} of the output directory. */
    static void write(OutputDirectory out, String prefix, List<EmbeddedFile> files) throws IOException {
        for (EmbeddedFile f : files) {
            Files.writeString(out.file(prefix + f.path()), f.json(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A result read back: its run.json and its scenario files.
     *
     * @param source the folder or report as the user named it, for messages
     */
    record Loaded(String source, RunRecord record, Map<String, String> files) {

        /**
         * A scenario of run.json as it was simulated: loaded from its canonical JSON, checked
         * against its content hash and shown under its recorded label, name and description.
         */
        NamedScenario scenario(RunRecord.ScenarioEntry entry, PrintWriter err) {
            NamedScenario loaded = load(entry.file(), List.of(), err);
            if (!loaded.contentHash().equals(entry.contentHash())) {
                throw new UserInputException(source + ": " + entry.file() + " does not match the content hash run.json"
                        + " gives it: the file was changed after the run");
            }
            return new NamedScenario(entry.label(), loaded.scenario().withName(entry.name(), entry.description()),
                    loaded.contentHash(), loaded.canonicalJson());
        }

        /** The scenario in {@code file} with overrides applied (a sweep's point), unchecked. */
        NamedScenario load(String file, List<ScenarioLoader.Override> overrides, PrintWriter err) {
            String text = files.get(file);
            if (text == null) {
                throw new UserInputException(source + ": " + file + ", named in run.json, is missing");
            }
            LoadResult result = ScenarioLoader.loadCanonical(source + ":" + file, text, overrides);
            if (!result.isOk()) {
                for (ScenarioError e : result.errors()) {
                    err.println(e);
                }
                err.flush();
                throw new UserInputException(source + ": " + file + " is not a valid scenario (above)");
            }
            return result.scenarioSet().scenarios().get(0);
        }
    }

    /**
     * Reads a result folder (its run.json and the files it names) or a report.html (the files it
     * carries).
     *
     * @throws UserInputException when it is neither, or run.json is damaged
     */
    static Loaded read(Path input) {
        String shown = input.toString();
        if (Files.isDirectory(input)) {
            Path runJson = input.resolve(RunRecord.FILE);
            if (!Files.isRegularFile(runJson)) {
                throw new UserInputException(shown + " holds no " + RunRecord.FILE + ": it is not a rollout result, or one"
                        + " written before results could be rerun");
            }
            String source = input.resolve(RunRecord.FILE).toString();
            RunRecord record = RunRecord.parse(text(runJson), source);
            Map<String, String> files = new LinkedHashMap<>();
            for (RunRecord.ScenarioEntry e : record.scenarios()) {
                Path file = input.resolve(e.file());
                if (Files.isRegularFile(file)) {
                    files.put(e.file(), text(file));
                }
            }
            return new Loaded(shown, record, files);
        }
        if (!Files.isRegularFile(input)) {
            throw new UserInputException("no result folder or report named " + shown);
        }
        if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            throw new UserInputException(shown + " is neither a result folder nor a report.html");
        }
        Map<String, String> files = EmbeddedFiles.read(text(input));
        String runJson = files.get(RunRecord.FILE);
        if (runJson == null) {
            throw new UserInputException(shown + " carries no run settings: it is not a rollout report, or one written"
                    + " before reports could be rerun");
        }
        return new Loaded(shown, RunRecord.parse(runJson, shown + " (its " + RunRecord.FILE + ")"), files);
    }

    private static String text(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserInputException(file + " is larger than any result file may be (" + MAX_BYTES / 1024 / 1024
                        + " MB)");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
