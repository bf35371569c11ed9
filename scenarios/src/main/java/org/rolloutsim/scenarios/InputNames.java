package org.rolloutsim.scenarios;

import java.util.ArrayList;
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
     * Why {@code written}, which {@link #couldName} refuses, names no input: it is no input of any
     * scenario, uncertain or not. The did-you-mean is among every input's path, an id written in
     * {@code written} standing in for the id ({@code site.central.complexity}: did you mean
     * sites.central.complexity?), so that it is the same whether or not the scenario can be read.
     */
    public static String notAnInput(String written) {
        String shape = shapeOf(written);
        String[] parts = shape.split("\\.", -1);
        List<String> named = new ArrayList<>();
        for (String s : RolloutModel.inputPathShapes()) {
            String[] p = s.split("\\.", -1);
            if (!s.contains("*")) {
                named.add(s);
            } else if (p.length == parts.length) {
                for (int i = 0; i < p.length; i++) {
                    p[i] = p[i].equals("*") ? parts[i] : p[i];
                }
                named.add(String.join(".", p));
            }
        }
        String hint = DidYouMean.closest(shape, named)
                // written as a position (sites[0].complexty): suggested as one
                .map(c -> !POSITION.matcher(written).find() ? c
                        : c.replaceFirst("^(sites|risks|program\\.fixedCosts)\\.([0-9]+)", "$1[$2]"))
                .map(c -> " (did you mean " + c + "?)").orElse("");
        return "'" + written + "' is not an input of any scenario" + hint;
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

    /**
     * Why {@code written} names no uncertain input of {@code scenario}, with a did-you-mean: it is
     * no input of any scenario ({@link #notAnInput}); or none of this one (an id it does not have:
     * {@code sites.lakesid.complexity}, did you mean sites.lakeside.complexity?); or an input this
     * scenario fixes, which only a distribution would make uncertain.
     */
    public static String notUncertain(String written, Scenario scenario) {
        if (!couldName(written)) {
            return notAnInput(written);
        }
        String name = canonical(written, scenario);
        List<String> uncertain = uncertain(scenario);
        List<String> inputs = inputs(scenario);
        if (!inputs.contains(name)) {
            // an uncertain input is the likelier meaning; a fixed one, when no uncertain one is close
            String hint = DidYouMean.closest(name, uncertain).or(() -> DidYouMean.closest(name, inputs))
                    .map(c -> " (did you mean " + c + "?)").orElse("");
            return "'" + written + "' is not an input of this scenario" + hint;
        }
        return "'" + written + "' is not an uncertain input of this scenario" + DidYouMean.hint(name, uncertain)
                + "; only inputs that are distributions (written so, or by default) qualify";
    }

    /** Every input {@code scenario} has, uncertain or fixed, by column name: the shapes with its ids. */
    private static List<String> inputs(Scenario scenario) {
        List<String> sites = scenario.sites().stream().map(Site::id).toList();
        List<String> costs = scenario.program().fixedCosts().stream().map(Program.FixedCost::id).toList();
        List<String> risks = scenario.risks().stream().map(Risk::id).toList();
        List<String> mitigated = scenario.risks().stream().filter(r -> r.mitigation() != null).map(Risk::id).toList();
        List<String> out = new ArrayList<>();
        for (String shape : RolloutModel.inputPathShapes()) {
            int star = shape.indexOf(".*.");
            if (star < 0) {
                out.add(shape);
                continue;
            }
            String list = shape.substring(0, star);
            List<String> ids = switch (list) {
                case "sites" -> sites;
                case "program.fixedCosts" -> costs;
                case "risks" -> shape.contains(".mitigation.") ? mitigated : risks;
                default -> List.of();
            };
            for (String id : ids) {
                out.add(list + "." + id + shape.substring(star + 2));
            }
        }
        return out;
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
