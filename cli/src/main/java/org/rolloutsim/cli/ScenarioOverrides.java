package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.scenarios.ScenarioError;
import org.rolloutsim.scenarios.ScenarioLoader;
import picocli.CommandLine.Option;

/**
 * {@code --set PATH=VALUE}: changes a scenario field for this command only, without editing the
 * file. The value is read as YAML and validated like the file; a problem names the {@code --set}.
 * A model parameter's bare key is its path under {@code parameters}, as the loader reads it
 * ({@link org.rolloutsim.scenarios.ParameterShorthand}); the {@code --set} is kept as typed.
 */
public final class ScenarioOverrides {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Set a scenario field for this command (repeatable), validated like the file:",
                "--set governance.customizationApproval=0.5 --set sites.mercy-central.users=7000",
                "--set 'practices.supportRatio={triangular: [10, 15, 20]}'",
                "A model parameter's bare key will do: --set testExitShare=0.15 sets"
                        + " parameters.testExitShare."})
    List<String> sets = new ArrayList<>();

    /** The {@code --set} values as loader overrides, in the order given. */
    List<ScenarioLoader.Override> overrides() {
        List<ScenarioLoader.Override> out = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0 || set.substring(0, eq).isBlank()) {
                throw new UserInputException("--set must look like PATH=VALUE, e.g. governance.customizationApproval=0.5"
                        + " (got '" + set + "')");
            }
            out.add(new ScenarioLoader.Override(set.substring(0, eq).trim(), set.substring(eq + 1)));
        }
        return out;
    }

    /**
     * The problems as the user reads them: file problems as {@code file:line:column: path: message},
     * problems with an override as the user gave it, {@code --set PATH=VALUE: message} or
     * {@code --param PATH=FROM:TO:STEP, at value VALUE of its grid: message}; in a variants file
     * {@code --set PATH=VALUE (in variant NAME): message}, and the same problem of one {@code --set}
     * in several variants as one line naming them all ({@code (in variants A, B and C)}), where it had
     * been repeated once per variant. In the order the problems come.
     *
     * @param given each override as the user wrote it ({@code --set PATH=VALUE}, {@code --param …})
     */
    static List<String> describeAll(List<ScenarioError> errors, List<ScenarioLoader.Override> overrides,
                                    List<String> given) {
        Map<Problem, List<String>> variantsByProblem = new LinkedHashMap<>();
        for (ScenarioError e : errors) {
            if (!fromOverride(e, overrides)) {
                // the file's problems are never merged: each has a key of its own
                variantsByProblem.put(new Problem(null, e.toString(), variantsByProblem.size()), List.of());
                continue;
            }
            ScenarioLoader.Override o = overrides.get(e.line() - 1);
            // In a variants file each --set is applied to every variant, and its problems come back under
            // variants.NAME.PATH, a path the user never wrote: name the variant instead.
            String path = e.path();
            String variant = null;
            if (path.startsWith(VARIANTS) && path.indexOf('.', VARIANTS.length()) > 0) {
                int dot = path.indexOf('.', VARIANTS.length());
                variant = path.substring(VARIANTS.length(), dot);
                path = path.substring(dot + 1);
            }
            String message = path.isEmpty() || path.equals(o.path()) ? e.message() : path + ": " + e.message();
            List<String> variants = variantsByProblem.computeIfAbsent(new Problem(given.get(e.line() - 1), message, 0),
                    k -> new ArrayList<>());
            if (variant != null) {
                variants.add(variant);
            }
        }
        List<String> lines = new ArrayList<>();
        variantsByProblem.forEach((problem, variants) -> {
            String where = variants.isEmpty() ? ""
                    : variants.size() == 1 ? " (in variant " + variants.get(0) + ")"
                    : " (in variants " + SweepConsole.together(variants) + ")";
            lines.add(problem.override() == null ? problem.message()
                    : problem.override() + where + ": " + problem.message());
        });
        return lines;
    }

    /** A problem's line without its variants: the override as given (null for the file's) and what is wrong. */
    private record Problem(String override, String message, int fileIndex) {
    }

    private static final String VARIANTS = "variants.";

    /** True when {@code e} is a problem with one of the overrides, not with the file. */
    static boolean fromOverride(ScenarioError e, List<ScenarioLoader.Override> overrides) {
        return e.file().equals("override") && e.line() >= 1 && e.line() <= overrides.size();
    }

    /** Each override as {@code --set} writes it: {@code --set PATH=VALUE}. */
    static List<String> asSet(List<ScenarioLoader.Override> overrides) {
        return overrides.stream().map(o -> "--set " + o.path() + "=" + o.value()).toList();
    }
}
