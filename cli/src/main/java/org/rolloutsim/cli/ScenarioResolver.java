package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioError;
import org.rolloutsim.scenarios.ScenarioLoader;
import org.rolloutsim.scenarios.NamedScenario;
import org.rolloutsim.scenarios.PlanWarnings;
import org.rolloutsim.scenarios.ScenarioSet;
import org.rolloutsim.scenario.Scenario;

/**
 * Turns what the user typed (a file path, a bundled scenario name, or {@code -} for standard input)
 * into validated scenarios. A file of that name wins over a bundled name; a directory never does, since it
 * cannot be a scenario (an output folder named after the bundled scenario it holds, say). Invalid input prints
 * every problem, one per line with file, line, column and field path, then fails with exit code 2.
 */
final class ScenarioResolver {
    static final String DEFAULT_SCENARIO = "regional-phased";
    static final String MAIN_JOB = "big-bang-vs-phased";
    /** The argument that reads a scenario from standard input. */
    static final String STDIN = "-";
    /** What standard input is called in messages, as a file's name is: {@code <stdin>:2:11: …}. */
    static final String STDIN_NAME = "<stdin>";

    private ScenarioResolver() {
    }

    /** Resolves a scenario with {@code --set} overrides. */
    static ScenarioSet resolve(String argument, List<ScenarioLoader.Override> overrides, PrintWriter err) {
        return resolve(argument, overrides, ScenarioOverrides.asSet(overrides), 0, err);
    }

    /**
     * @param given  each override as the user wrote it ({@code --set PATH=VALUE}, {@code --param …}), for its errors
     * @param params how many overrides, at the end of the list, are a sweep's {@code --param}: when every problem
     *               is with one of them, the failure names those {@code --param}, not the scenario
     */
    static ScenarioSet resolve(String argument, List<ScenarioLoader.Override> overrides, List<String> given,
                               int params, PrintWriter err) {
        LoadResult result = load(argument, overrides);
        if (!result.isOk()) {
            List<ScenarioError> errors = result.errors();
            java.util.Set<String> badParams = new java.util.LinkedHashSet<>();
            java.util.Set<String> badSets = new java.util.LinkedHashSet<>();
            int paramErrors = 0;
            int setErrors = 0;
            List<String> described = ScenarioOverrides.describeAll(errors, overrides, given);
            described.forEach(err::println);
            for (ScenarioError e : errors) {
                if (ScenarioOverrides.fromOverride(e, overrides)) {
                    String text = given.get(e.line() - 1);
                    if (e.line() > overrides.size() - params) {
                        int at = text.indexOf(", at ");
                        badParams.add(at < 0 ? text : text.substring(0, at));
                        paramErrors++;
                    } else {
                        badSets.add(text);
                        setErrors++;
                    }
                }
            }
            err.flush();
            // a --set's problem met in several variants is one line, and one problem
            int merged = errors.size() - described.size();
            int count = result.problemCount() - merged;
            String problems = count == 1 ? " has a problem (above)" : " have " + count + " problems (above)";
            if (paramErrors > 0) {
                // a --param's problems are not the scenario's: name each source as typed, "the scenario"
                // too where the file (or a problem past those listed) has some; with a --set beside a
                // bad --param this had read "the scenario has 2 problems"
                List<String> sources = new java.util.ArrayList<>();
                if (count > paramErrors + setErrors - merged) {
                    sources.add("the scenario");
                }
                sources.addAll(badSets);
                sources.addAll(badParams);
                throw new UserInputException(SweepConsole.together(sources) + problems);
            }
            throw new UserInputException(count == 1 ? "the scenario has a problem (above)"
                    : "the scenario has " + count + " problems (above)");
        }
        return result.scenarioSet();
    }

    /**
     * Says on {@code stderr} what scenarios that loaded cannot mean as written ({@link PlanWarnings}),
     * each warning once, after the names of the scenarios it concerns ("phased, big-bang and
     * phased-with-embedding: ..." where the variants of a comparison share it); nothing under
     * {@code --quiet}, which prints errors only.
     */
    static void warn(List<NamedScenario> scenarios, boolean quiet, PrintWriter err) {
        say("warning", PlanWarnings::of, scenarios, quiet, err);
    }

    /** Says on {@code stderr}, as {@link #warn} does, what a planner tuning the scenarios may want to know. */
    static void advise(List<NamedScenario> scenarios, boolean quiet, PrintWriter err) {
        say("note", PlanWarnings::advice, scenarios, quiet, err);
    }

    private static void say(String label, Function<Scenario, List<String>> sentences, List<NamedScenario> scenarios,
                            boolean quiet, PrintWriter err) {
        if (quiet) {
            return;
        }
        Map<String, List<String>> concerned = new LinkedHashMap<>();
        for (NamedScenario named : scenarios) {
            for (String sentence : sentences.apply(named.scenario())) {
                concerned.computeIfAbsent(sentence, w -> new ArrayList<>()).add(named.name());
            }
        }
        concerned.forEach((sentence, names) ->
                err.println("rollout: " + label + ": " + SweepConsole.together(names) + ": " + sentence));
        err.flush();
    }

    /** The name a scenario argument's problems and verdict are given under: {@code <stdin>} for {@code -}. */
    static String displayName(String argument) {
        return STDIN.equals(argument) ? STDIN_NAME : argument;
    }

    static LoadResult load(String argument, List<ScenarioLoader.Override> overrides) {
        return load(argument, overrides, Path.of(""));
    }

    /** As {@link #load(String, List)}, with a relative path read from {@code cwd}; for tests. */
    static LoadResult load(String argument, List<ScenarioLoader.Override> overrides, Path cwd) {
        if (STDIN.equals(argument)) {
            return ScenarioLoader.load(STDIN_NAME, StandardInput.bytes(), overrides);
        }
        Path path = cwd.resolve(argument);
        if (Files.exists(path) && !(Files.isDirectory(path) && isBundled(argument))) {
            if (Files.isDirectory(path)) {
                throw new UserInputException(argument + " is a directory, not a scenario file");
            }
            return ScenarioLoader.load(path, overrides);
        }
        if (isBundled(argument)) {
            return ScenarioLoader.loadBundled(argument, overrides);
        }
        throw new UserInputException("no scenario file or bundled scenario named '" + argument
                + "' (bundled: " + String.join(", ", bundledNames()) + ")");
    }

    /** A short name for default output directories: the bundled name or the file's stem. */
    static String shortName(String argument) {
        if (STDIN.equals(argument)) {
            return "stdin";
        }
        String file = Path.of(argument).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    static boolean isBundled(String name) {
        return bundledNames().contains(name);
    }

    private static List<String> bundledNames() {
        return ScenarioLoader.bundledNames();
    }
}
