package org.rolloutsim.scenarios;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rolloutsim.scenario.Parameter;

/**
 * The field names of each section of a scenario file, from the one table of fields
 * ({@link ScenarioFields}), and where each field lives, so that a field written in the wrong
 * section gets a useful hint.
 */
final class FieldNames {
    static final List<String> TOP = ScenarioFields.names("scenario");
    static final List<String> PROGRAM = ScenarioFields.names("program");
    static final List<String> FIXED_COST = ScenarioFields.names("fixedCost");
    static final List<String> MODULE = ScenarioFields.names("module");
    static final List<String> SITE = ScenarioFields.names("site");
    static final List<String> BIG_BANG = ScenarioFields.names("bigBang");
    static final List<String> PHASED = ScenarioFields.names("phased");
    static final List<String> EXPLICIT_WAVES = ScenarioFields.names("explicitWaves");
    static final List<String> WAVE = ScenarioFields.names("wave");
    static final List<String> TEAM = ScenarioFields.names("team");
    static final List<String> MEMBER = ScenarioFields.names("member");
    static final List<String> GOVERNANCE = ScenarioFields.names("governance");
    static final List<String> PRACTICES = ScenarioFields.names("practices");
    static final List<String> COMMAND_CENTRE = ScenarioFields.names("commandCentre");
    static final List<String> WELLNESS = ScenarioFields.names("wellness");
    static final List<String> RISK = ScenarioFields.names("risk");
    static final List<String> IMPACT = ScenarioFields.names("impact");
    static final List<String> MITIGATION = ScenarioFields.names("mitigation");
    static final List<String> CORRELATION = ScenarioFields.names("correlation");
    static final List<String> CORRELATION_MATRIX = ScenarioFields.names("correlationMatrix");
    static final List<String> LEGACY_KINDS = List.of("paper", "vendor", "homegrown");
    static final List<String> VARIANTS_FILE = ScenarioFields.names("variantsFile");

    /** Where each section field lives, by its name: {@code hiringLagWeeks -> team.hiringLagWeeks}. */
    static final Map<String, String> HOME = home();

    /** Every parameter's key, and each group's ({@code legacyEffort}). */
    private static final List<String> PARAMETER_NAMES = Arrays.stream(Parameter.values())
            .flatMap(p -> Stream.of(p.key(), p.key().split("\\.")[0])).distinct().toList();

    private FieldNames() {
    }

    private static Map<String, String> home() {
        Map<String, String> home = new LinkedHashMap<>();
        PROGRAM.forEach(f -> home.put(f, "program." + f));
        TEAM.forEach(f -> home.put(f, "team." + f));
        GOVERNANCE.forEach(f -> home.put(f, "governance." + f));
        PRACTICES.forEach(f -> home.put(f, "practices." + f));
        home.put("minWeeks", "practices.commandCentre.minWeeks");
        home.put("exitIncidentsPerThousandUsers", "practices.commandCentre.exitIncidentsPerThousandUsers");
        home.put("costPerFteWeek", "practices.wellness.costPerFteWeek");
        home.put("minGapWeeks", "strategy.minGapWeeks");
        home.put("firstGoLiveWeek", "strategy.firstGoLiveWeek");
        home.put("spacingWeeks", "strategy.spacingWeeks");
        home.put("users", "sites[].users");
        home.put("complexity", "sites[].complexity");
        home.put("leadership", "sites[].leadership");
        home.put("readiness", "sites[].readiness");
        home.put("workflows", "modules[].workflows");
        return Map.copyOf(home);
    }

    /** True for {@code legacyEffort} and {@code legacyPressure}: parameters with one value per legacy kind. */
    static boolean isParameterGroup(String key) {
        for (Parameter p : Parameter.values()) {
            if (p.key().startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hint for an unknown field found in section {@code here}: where it belongs, or that it is a
     * model parameter, or at the top ({@code here} empty) the parameter it is closest to. Empty when
     * there is nothing useful to say.
     */
    static String misplacedHint(String key, String here) {
        String home = HOME.get(key);
        if (home != null && !home.startsWith(here + ".")) {
            return " (" + key + " belongs in " + home + ")";
        }
        if (Parameter.byKey(key).isPresent() || isParameterGroup(key)) {
            return " (" + key + " is a model parameter: set it under parameters)";
        }
        if (here.isEmpty()) {
            // at the top, likeliest a parameter's bare key misspelt, which --set and --param take as shorthand
            return DidYouMean.closest(key, PARAMETER_NAMES).map(k -> " (did you mean parameters." + k + "?)").orElse("");
        }
        return "";
    }

}
