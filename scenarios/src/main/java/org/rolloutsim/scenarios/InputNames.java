package org.rolloutsim.scenarios;

import java.util.List;
import java.util.regex.Pattern;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;

/**
 * Names of a scenario's uncertain inputs as users write them ({@code correlations:},
 * {@code rollout sensitivity --inputs}): as in {@code --set} paths ({@code parameters.testDetection},
 * {@code sites.central.complexity}, {@code sites[0].complexity}), a parameter's bare key being
 * shorthand. Each resolves to the input's output column name.
 */
public final class InputNames {
    /** A list position written where an id goes: {@code sites[0]}, {@code program.fixedCosts[1]}. */
    private static final Pattern POSITION = Pattern.compile("^(sites|risks|program\\.fixedCosts)\\[([0-9]+)]");

    private InputNames() {
    }

    /**
     * False when {@code written} names no uncertain input of any scenario ({@code nosuch},
     * {@code sites.central.size}): that can be said before the rest of the scenario can be read.
     * True does not make it an input of a given scenario; {@link #canonical} and {@link #uncertain}
     * decide that.
     */
    public static boolean couldName(String written) {
        String[] parts = shapeOf(written).split("\\.", -1);
        for (String shape : RolloutModel.inputPathShapes()) {
            String[] s = shape.split("\\.", -1);
            boolean fits = s.length == parts.length;
            for (int i = 0; fits && i < s.length; i++) {
                fits = s[i].equals("*") ? !parts[i].isEmpty() : s[i].equals(parts[i]);
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code written}, which {@link #couldName} refuses, names no uncertain input, with a
     * did-you-mean among the inputs that have no id in their name: the message
     * {@link #notUncertain} gives once the scenario can be read, but for its did-you-mean.
     */
    public static String notAnInput(String written) {
        List<String> named = RolloutModel.inputPathShapes().stream().filter(s -> !s.contains("*")).toList();
        return "'" + written + "' is not an uncertain input of this scenario" + DidYouMean.hint(shapeOf(written), named)
                + "; only inputs that are distributions (written so, or by default) qualify";
    }

    /** {@code written} with {@code parameters.} dropped and a list position where its id would be. */
    private static String shapeOf(String written) {
        String name = written.startsWith("parameters.") ? written.substring("parameters.".length()) : written;
        return POSITION.matcher(name).replaceFirst("$1.$2");
    }

    /** The column name {@code written} refers to: {@code parameters.} dropped, list positions replaced by ids. */
    public static String canonical(String written, Scenario scenario) {
        String name = written.startsWith("parameters.") ? written.substring("parameters.".length()) : written;
        name = byId(name, "sites", scenario.sites().stream().map(Site::id).toList());
        name = byId(name, "risks", scenario.risks().stream().map(Risk::id).toList());
        return byId(name, "program.fixedCosts", scenario.program().fixedCosts().stream().map(Program.FixedCost::id).toList());
    }

    /** The scenario's uncertain inputs, before and after mitigation. */
    public static List<String> uncertain(Scenario scenario) {
        return RolloutModel.uncertainInputNames(scenario);
    }

    /** Why {@code written} names no uncertain input, with a did-you-mean. */
    public static String notUncertain(String written, Scenario scenario) {
        return "'" + written + "' is not an uncertain input of this scenario"
                + DidYouMean.hint(canonical(written, scenario), uncertain(scenario))
                + "; only inputs that are distributions (written so, or by default) qualify";
    }

    /** {@code sites[2].complexity} to {@code sites.ID.complexity}, when position 2 exists. */
    private static String byId(String name, String list, List<String> ids) {
        String prefix = list + "[";
        if (!name.startsWith(prefix)) {
            return name;
        }
        int close = name.indexOf(']');
        if (close < 0) {
            return name;
        }
        try {
            int i = Integer.parseInt(name.substring(prefix.length(), close));
            return i >= 0 && i < ids.size() ? list + "." + ids.get(i) + name.substring(close + 1) : name;
        } catch (NumberFormatException e) {
            return name;
        }
    }
}
