package org.rolloutsim.scenarios;

import java.util.List;
import java.util.Map;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenarios.ScenarioFields.Field;

/**
 * {@code docs/scenario-fields.md}: every field of a scenario file, section by section, with what
 * it takes, its default and its meaning, generated from the same table as the loader's field lists
 * and the JSON Schema ({@code rollout schema --markdown}).
 */
public final class ScenarioFieldsDoc {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("scenario", "A scenario file (top level)"), Map.entry("program", "program"),
            Map.entry("fixedCost", "program.fixedCosts[]"), Map.entry("module", "modules[]"),
            Map.entry("site", "sites[]"), Map.entry("bigBang", "strategy, kind big-bang"),
            Map.entry("phased", "strategy, kind phased"), Map.entry("explicitWaves", "strategy, kind waves"),
            Map.entry("wave", "strategy.waves[] (kind waves)"), Map.entry("team", "team"),
            Map.entry("member", "team.staff, team.consultants, team.vendor"), Map.entry("governance", "governance"),
            Map.entry("practices", "practices"), Map.entry("commandCentre", "practices.commandCentre"),
            Map.entry("wellness", "practices.wellness"), Map.entry("risk", "risks[]"),
            Map.entry("impact", "risks[].impact, risks[].mitigation.impact"),
            Map.entry("mitigation", "risks[].mitigation"), Map.entry("correlation", "correlations[] (pairs)"),
            Map.entry("correlationMatrix", "correlations (matrix form)"), Map.entry("variantsFile", "A variants file"));

    private ScenarioFieldsDoc() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Scenario fields\n\n")
                .append("Every field of a scenario file, generated from the table the loader and the JSON Schema use\n")
                .append("(`rollout schema --markdown`; do not edit by hand). \"uncertain\" means a number or a\n")
                .append("distribution such as `{triangular: [min, mode, max]}`, sampled once per run. How the\n")
                .append("format works: [scenario-format.md](scenario-format.md); what the fields do: [model.md](model.md).\n");
        for (Map.Entry<String, List<Field>> section : ScenarioFields.sections().entrySet()) {
            b.append("\n## ").append(TITLES.getOrDefault(section.getKey(), section.getKey())).append("\n\n");
            b.append("| field | takes | default | what |\n|---|---|---|---|\n");
            for (Field f : section.getValue()) {
                b.append("| `").append(f.name()).append("` | ").append(takes(f)).append(" | ")
                        .append(f.required() ? "required" : defaultCell(f))
                        .append(" | ").append(f.description()).append(" |\n");
            }
        }
        b.append("\n## parameters\n\n")
                .append("Model constants without a field of their own; a key with a dot may also be written nested\n")
                .append("(`legacyEffort: {homegrown: 1.6}`). Each is uncertain.\n\n")
                .append("| key | range | default | what | source |\n|---|---|---|---|---|\n");
        for (Parameter p : Parameter.values()) {
            // A parameter without a default value is derived from others, as its meaning says.
            String byDefault = p.defaultValue() == null ? "derived (see what)"
                    : "`" + ScenarioSchema.defaultText(p.defaultValue()) + "`";
            b.append("| `").append(p.key()).append("` | ").append(Numbers.range(p.min(), p.max())).append(" | ")
                    .append(byDefault).append(" | ").append(p.meaning())
                    .append(" | ").append(p.source()).append(" |\n");
        }
        return b.toString();
    }

    /** An empty text default would print as an empty code span (two backticks), so it says so in words. */
    private static String defaultCell(Field f) {
        if (f.defaultValue() == null) {
            return f.defaultText();
        }
        return f.defaultValue().toString().isEmpty() ? "empty" : "`" + f.defaultValue() + "`";
    }

    private static String takes(Field f) {
        String range = Numbers.range(f.min(), f.max());
        return switch (f.kind()) {
            case TEXT -> "text";
            case NAME -> "text, not blank";
            case DATE -> "date YYYY-MM-DD";
            case CURRENCY -> "ISO 4217 code";
            case WHOLE -> "whole number " + range;
            case NUMBER -> "number " + range;
            case UNCERTAIN -> "uncertain " + range;
            case BOOLEAN -> "true or false";
            case CHOICE -> String.join(", ", f.choices().stream().map(c -> "`" + c + "`").toList());
            case ID -> "id";
            case IDS -> "list of ids";
            case WEEK -> "week " + range;
            case YEAR_WEEKS -> "list of ISO calendar weeks " + range;
            case WINDOW -> "[fromWeek, toWeek]";
            case SCOPE -> "`program`, `wave:ID` or `site:ID`";
            case SECTION -> "mapping (" + TITLES.getOrDefault(f.section(), f.section()) + ")";
            case LIST -> "list (" + TITLES.getOrDefault(f.section(), f.section()) + "), at most " + (long) f.max();
            case ONE_OF -> "mapping, by kind (below)";
            case INPUT_NAMES -> f.min() == f.max() ? "list of " + (long) f.min() + " input names"
                    : "list of " + (long) f.min() + " to " + (long) f.max() + " input names";
            case MATRIX -> "list of rows of numbers " + range;
            case CORRELATIONS -> "list (correlations[] (pairs)) or mapping (correlations (matrix form))";
            case PARAMETERS -> "mapping (parameters, below)";
            case VARIANTS -> "mapping or list";
        };
    }
}
