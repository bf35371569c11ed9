package org.rolloutsim.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.scenario.Parameter;

/**
 * The field names of each section of a scenario file (MODEL.md section 2), and where each field
 * lives, so that a field written in the wrong section gets a useful hint.
 */
final class FieldNames {
    static final List<String> TOP = List.of("name", "description", "program", "modules", "sites",
            "strategy", "team", "governance", "practices", "risks", "parameters", "$schema");
    static final List<String> PROGRAM = List.of("start", "horizonWeeks", "currency", "budget", "targetWeek",
            "delayCostPerDay", "fixedCosts");
    static final List<String> FIXED_COST = List.of("id", "amount", "weeks");
    static final List<String> MODULE = List.of("id", "workflows");
    static final List<String> SITE = List.of("id", "name", "users", "complexity", "legacy", "leadership",
            "readiness", "interfaces");
    static final List<String> BIG_BANG = List.of("kind", "goLiveWeek", "minGapWeeks");
    static final List<String> PHASED = List.of("kind", "waves", "firstGoLiveWeek", "spacingWeeks", "order",
            "minGapWeeks");
    static final List<String> EXPLICIT_WAVES = List.of("kind", "waves", "minGapWeeks");
    static final List<String> WAVE = List.of("id", "sites", "modules", "goLiveWeek");
    static final List<String> TEAM = List.of("staff", "consultants", "vendor", "hiringLagWeeks", "rampUpWeeks",
            "partnership");
    static final List<String> MEMBER = List.of("fte", "weeklyCost");
    static final List<String> GOVERNANCE = List.of("customizationApproval", "readinessThreshold",
            "maxCriticalDefects", "timelinePolicy", "tolerance", "response", "reviewWeeks", "surgeTriggerWeeks",
            "surgeMaxShare", "surgeStep", "replanTriggerWeeks", "replanBufferWeeks", "descopeTriggerWeeks",
            "overtimeFatigueCap", "maxSlipWeeks", "goLiveWindowWeeks", "blackoutWeeks");
    static final List<String> PRACTICES = List.of("prepWeeks", "testCycles", "testCycleWeeks", "trainingWeeks",
            "commandCentre", "supportRatio", "crossSiteEmbedding", "wellness", "celebrateMilestones",
            "interfaceMaintenanceFte");
    static final List<String> COMMAND_CENTRE = List.of("fte", "weeklyCost", "minWeeks",
            "exitIncidentsPerThousandUsers");
    static final List<String> WELLNESS = List.of("costPerFteWeek");
    static final List<String> RISK = List.of("id", "description", "probability", "window", "scope", "impact",
            "mitigation");
    static final List<String> IMPACT = List.of("delayWeeks", "cost", "fatigue", "defects", "leavers");
    static final List<String> MITIGATION = List.of("probability", "impact", "cost");
    static final List<String> LEGACY_KINDS = List.of("paper", "vendor", "homegrown");
    static final List<String> VARIANTS_FILE = List.of("name", "description", "base", "variants", "$schema");

    /** Where each section field lives, by its name: {@code hiringLagWeeks -> team.hiringLagWeeks}. */
    static final Map<String, String> HOME = home();

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
     * model parameter. Empty when there is nothing useful to say.
     */
    static String misplacedHint(String key, String here) {
        String home = HOME.get(key);
        if (home != null && !home.startsWith(here + ".")) {
            return " (" + key + " belongs in " + home + ")";
        }
        if (Parameter.byKey(key).isPresent() || isParameterGroup(key)) {
            return " (" + key + " is a model parameter: set it under parameters)";
        }
        return "";
    }
}
