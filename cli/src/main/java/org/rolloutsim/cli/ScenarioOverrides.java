package org.rolloutsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.scenarios.ScenarioError;
import org.rolloutsim.scenarios.ScenarioLoader;
import picocli.CommandLine.Option;

/**
 * {@code --set PATH=VALUE}: changes a scenario field for this command only, without editing the
 * file. The value is read as YAML and validated like the file; a problem names the {@code --set}.
 */
public final class ScenarioOverrides {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Set a scenario field for this command (repeatable), validated like the file:",
                "--set governance.customizationApproval=0.5 --set sites.central.users=7000",
                "--set 'practices.supportRatio={triangular: [10, 15, 20]}'"})
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
     * A problem as the user reads it: file problems as {@code file:line:column: path: message},
     * problems with an override as the user gave it, {@code --set PATH=VALUE: message} or
     * {@code --param PATH=FROM:TO:STEP, at value VALUE of its grid: message}; in a variants file
     * {@code --set PATH=VALUE (in variant NAME): message}.
     *
     * @param given each override as the user wrote it ({@code --set PATH=VALUE}, {@code --param …})
     */
    static String describe(ScenarioError e, List<ScenarioLoader.Override> overrides, List<String> given) {
        if (!fromOverride(e, overrides)) {
            return e.toString();
        }
        ScenarioLoader.Override o = overrides.get(e.line() - 1);
        // In a variants file each --set is applied to every variant, and its problems come back under
        // variants.NAME.PATH, a path the user never wrote: name the variant instead.
        String path = e.path();
        String variant = "";
        if (path.startsWith(VARIANTS) && path.indexOf('.', VARIANTS.length()) > 0) {
            int dot = path.indexOf('.', VARIANTS.length());
            variant = " (in variant " + path.substring(VARIANTS.length(), dot) + ")";
            path = path.substring(dot + 1);
        }
        String prefix = given.get(e.line() - 1) + variant + ": ";
        return path.isEmpty() || path.equals(o.path()) ? prefix + e.message() : prefix + path + ": " + e.message();
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
