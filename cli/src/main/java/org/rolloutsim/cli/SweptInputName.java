package org.rolloutsim.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rolloutsim.scenario.Scenario;

/**
 * The name a board reads for a swept input, whichever form of its path the sweep was given: the
 * drivers chart's name ({@link ReportAssembler#driverLabel(Scenario, String)}), so that
 * {@code risks[0].probability} reads "Risk: The vendor ships a major upgrade mid-build … (probability)"
 * as {@code risks.vendor-upgrade.probability} does, {@code sites[0].users} "Mercy Central: users" and
 * {@code parameters.learningRate} as the model's parameter is named. By index or under
 * {@code parameters.} the path had read "Risks[0] probability", "Sites[0] users", "Parameters
 * learning rate".
 */
final class SweptInputName {

    private SweptInputName() {
    }

    private static final Pattern INDEXED = Pattern.compile("(risks|sites|modules|program\\.fixedCosts)\\[(\\d+)](.*)");

    static String of(Scenario scenario, String path) {
        String byId = byId(scenario, path);
        String[] parts = byId.split("\\.");
        if (parts.length >= 3 && parts[0].equals("modules")) {
            return "Module " + parts[1] + ": " + words(String.join(" ", List.of(parts).subList(2, parts.length)));
        }
        return ReportAssembler.driverLabel(scenario, byId);
    }

    /**
     * The path with a list's index replaced by its item's id ({@code risks[0].probability} to
     * {@code risks.vendor-upgrade.probability}) and a model parameter by its key alone; else as given.
     */
    static String byId(Scenario scenario, String path) {
        if (path.startsWith("parameters.")) {
            return path.substring("parameters.".length());
        }
        Matcher m = INDEXED.matcher(path);
        if (!m.matches()) {
            return path;
        }
        int index = Integer.parseInt(m.group(2));
        List<String> ids = switch (m.group(1)) {
            case "risks" -> scenario.risks().stream().map(r -> r.id()).toList();
            case "sites" -> scenario.sites().stream().map(s -> s.id()).toList();
            case "modules" -> scenario.modules().stream().map(x -> x.id()).toList();
            default -> scenario.program().fixedCosts().stream().map(c -> c.id()).toList();
        };
        return index < ids.size() ? m.group(1) + "." + ids.get(index) + m.group(3) : path;
    }

    /** "delayWeeks" as "delay weeks". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
