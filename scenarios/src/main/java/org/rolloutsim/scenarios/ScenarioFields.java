package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.Strategy;

/**
 * The table of every field of a scenario file, section by section: its kind, range, default and
 * meaning. The binder's lists of known fields ({@link FieldNames}), the JSON Schema for editors
 * ({@link ScenarioSchema}, {@code rollout schema}) and the field reference in
 * {@code docs/scenario-fields.md} all come from it, and tests check that the binder accepts each
 * range and fills in each default as written here, so none of them can drift.
 *
 * <p>The model constants under {@code parameters} have their own table,
 * {@link org.rolloutsim.scenario.Parameter}.
 */
public final class ScenarioFields {

    /** What a field holds. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** Text that names something: when given, not empty and not only white space ({@link Fields#blank}). */
        NAME,
        /** An ISO date, YYYY-MM-DD. */
        DATE,
        /** A three-letter ISO 4217 currency code. */
        CURRENCY,
        /** A whole number in [min, max]. */
        WHOLE,
        /** A plain number in [min, max]. */
        NUMBER,
        /** A number in [min, max], or a distribution sampled once per run. */
        UNCERTAIN,
        /** true or false. */
        BOOLEAN,
        /** One of {@link Field#choices()}. */
        CHOICE,
        /** An id: letters, digits, '-' and '_'. */
        ID,
        /** A list of ids. */
        IDS,
        /** A week number in [min, max]. */
        WEEK,
        /** A list of ISO calendar weeks in [min, max]. */
        YEAR_WEEKS,
        /** [fromWeek, toWeek], both included. */
        WINDOW,
        /** {@code program}, {@code wave:ID} or {@code site:ID}. */
        SCOPE,
        /** A mapping that is one of the sections named by {@link Field#choices()}, told apart by its kind. */
        ONE_OF,
        /** A mapping: the section named by {@link Field#section()}. */
        SECTION,
        /** A list of mappings, each the section named by {@link Field#section()}. */
        LIST,
        /** Names of uncertain inputs, as in {@code --set} paths; between min and max of them. */
        INPUT_NAMES,
        /** A square matrix of correlations, one row per input, each number in [min, max]. */
        MATRIX,
        /** Rank correlations: a list of the section {@code correlation}, or the section {@code correlationMatrix}. */
        CORRELATIONS,
        /** The model constants (see {@link org.rolloutsim.scenario.Parameter}). */
        PARAMETERS,
        /** A variants file's variants: id to merge patch, or a list of patches with ids. */
        VARIANTS
    }

    /**
     * One field of a section.
     *
     * @param defaultValue the value used when the field is left out (a Number, String, Boolean or List),
     *                     or {@code null} when it is required or computed ({@link #defaultText})
     * @param defaultText  how the default reads in docs ("Σ interfaces / 10"); "" when required
     * @param section      for SECTION and LIST: the section name
     * @param max          for LIST, IDS: the most items
     */
    public record Field(String name, Kind kind, boolean required, double min, double max, Object defaultValue,
                        String defaultText, List<String> choices, String section, String description) {
    }

    private static final ResponseRules RULES = ResponseRules.defaults();
    private static final Map<String, List<Field>> SECTIONS = new LinkedHashMap<>();

    static {
        section("scenario",
                name("name", true, "The scenario's name, shown in reports and file names."),
                text("description", false, "What the scenario is about, in a sentence or two."),
                section("program", "program", "The programme as a whole: start, horizon, budget, target, costs."),
                list("modules", "module", 1, 1000, true, "The modules (scope) the programme rolls out."),
                list("sites", "site", 1, 10_000, true, "The hospitals and clinics that go live."),
                new Field("strategy", Kind.ONE_OF, true, 0, 0, null, "", List.of("bigBang", "phased", "explicitWaves"),
                        null, "How the roll-out is cut into waves: kind big-bang, phased or waves."),
                section("team", "team", true, "The implementation team: staff, consultants and vendor."),
                section("governance", "governance", "Decision rights and the go/no-go gate."),
                section("practices", "practices", "How the programme works: preparation, testing, training, support."),
                list("risks", "risk", 0, 1000, false, "The risk register: events that may occur in a window."),
                new Field("parameters", Kind.PARAMETERS, false, 0, 0, null, "the model's defaults", List.of(), null,
                        "Model constants without a field of their own, by key (docs/model.md section 11)."),
                new Field("correlations", Kind.CORRELATIONS, false, 0, 0, null, "none (inputs are independent)",
                        List.of("correlation", "correlationMatrix"), null,
                        "Rank correlations between uncertain inputs: a list of {between: [a, b], rank: r}, or"
                                + " {inputs: [a, b, ...], matrix: [[...]]}."),
                text("$schema", false, "Where editors find this schema (ignored by rollout)."));
        section("program",
                new Field("start", Kind.DATE, false, 0, 0, ScenarioBinder.DEFAULT_START.toString(), null, List.of(), null,
                        "Week 0 of the programme, a Monday (YYYY-MM-DD); weeks in results count from it."),
                whole("horizonWeeks", 1, 2000, Program.DEFAULT_HORIZON_WEEKS,
                        "Weeks simulated; runs not finished by then are censored."),
                new Field("currency", Kind.CURRENCY, false, 0, 0, "USD", null, List.of(), null,
                        "ISO 4217 code of every amount in the scenario and its results."),
                new Field("budget", Kind.NUMBER, false, 0, 1e13, null, "none", List.of(), null,
                        "Budget for the programme cost; without it there is no chance of finishing on budget."),
                new Field("targetWeek", Kind.WHOLE, false, 1, 2000, null, "none", List.of(), null,
                        "Week by which every wave should be stabilized; without it there is no chance on time."),
                uncertain("delayCostPerDay", 0, 1e10, 0, "What a day's delay costs with all the users waiting:"
                        + " each wave is charged its share of the users for every week it is not live past its own"
                        + " baseline go-live, even when the programme still finishes by its target."),
                list("fixedCosts", "fixedCost", 0, 1000, false,
                        "Costs paid whatever happens (licences, hosting), spread over their weeks."));
        section("fixedCost",
                id("id", "The cost's name, unique in the list."),
                new Field("amount", Kind.UNCERTAIN, true, 0, 1e13, null, "", List.of(), null, "The whole amount."),
                new Field("weeks", Kind.WINDOW, false, 0, 2000, null, "the whole horizon, weeks 0 to horizonWeeks - 1",
                        List.of(), null,
                        "[fromWeek, toWeek] over which the amount is spread evenly."));
        section("module",
                id("id", "The module's name, unique in the list."),
                new Field("workflows", Kind.WHOLE, true, 0, 100_000, null, "", List.of(), null,
                        "Clinical and business workflows the module builds, tests and trains."));
        section("site",
                id("id", "The site's id, unique; names output columns and waves' site lists."),
                new Field("name", Kind.NAME, false, 0, 0, null, "the id", List.of(), null, "The site's full name."),
                new Field("users", Kind.WHOLE, true, 1, 1_000_000, null, "", List.of(), null, "End users at the site."),
                uncertain("complexity", 0.1, 10, 1.0, "1.0 a community hospital, 1.5 an academic medical centre."),
                choice("legacy", "vendor", List.of("paper", "vendor", "homegrown"),
                        "What the site replaces: paper, a vendor system, or a homegrown one (the hardest)."),
                uncertain("leadership", 0, 1, 0.5, "Strength of local clinical and executive leadership, 0 to 1."),
                uncertain("readiness", 0, 1, 0.5, "Readiness for change at the start, 0 to 1."),
                whole("interfaces", 0, 100_000, Site.DEFAULT_INTERFACES, "Local interfaces to other systems."));
        section("bigBang",
                kind("big-bang", "Every site goes live at once."),
                new Field("goLiveWeek", Kind.WEEK, true, 0, 2000, null, "", List.of(), null, "The planned go-live week."),
                minGap());
        section("phased",
                kind("phased", "Waves of sites at a fixed spacing."),
                new Field("waves", Kind.WHOLE, true, 1, 10_000, null, "", List.of(), null, "How many waves."),
                new Field("firstGoLiveWeek", Kind.WEEK, true, 0, 2000, null, "", List.of(), null,
                        "The first wave's planned go-live week."),
                new Field("spacingWeeks", Kind.WHOLE, true, 0, 520, null, "", List.of(), null,
                        "Weeks between two waves' go-lives."),
                choice("order", "listed", List.of("listed", "largest-first", "smallest-first", "most-ready-first"),
                        "Which sites go first."),
                minGap());
        section("explicitWaves",
                kind("waves", "Waves listed one by one."),
                list("waves", "wave", 1, 10_000, true, "The waves, each {id, sites, modules, goLiveWeek}."),
                minGap());
        section("wave",
                id("id", "The wave's id, unique; names output columns."),
                new Field("sites", Kind.IDS, true, 1, 10_000, null, "", List.of(), null, "Ids of the sites going live."),
                new Field("modules", Kind.IDS, false, 1, 1000, null, "every module", List.of(), null,
                        "Ids of the modules going live."),
                new Field("goLiveWeek", Kind.WEEK, true, 0, 2000, null, "", List.of(), null, "The planned go-live week."));
        section("team",
                section("staff", "member", true, "The programme's own staff."),
                section("consultants", "member", "Consultants (none unless set)."),
                section("vendor", "member", "The vendor's team (none unless set)."),
                uncertain("hiringLagWeeks", 0, 520, 10, "Weeks to hire a replacement for a leaver."),
                uncertain("rampUpWeeks", 1, 520, 12, "Weeks until a new hire is fully productive."),
                uncertain("partnership", 0, 1, 0.7, "How well staff, consultants and vendor work as one team, 0 to 1."));
        section("member",
                new Field("fte", Kind.UNCERTAIN, true, 0, 100_000, null, "", List.of(), null,
                        "People, in full-time equivalents."),
                new Field("weeklyCost", Kind.UNCERTAIN, true, 0, 1e7, null, "", List.of(), null,
                        "Cost of one full-time equivalent for one week."));
        section("governance",
                uncertain("customizationApproval", 0, 1, 0.3,
                        "Share of customization requests approved: low keeps the product vanilla."),
                uncertain("readinessThreshold", 0, 1, 0.75, "Readiness a site needs to pass the go/no-go gate."),
                whole("maxCriticalDefects", 0, 100_000, 0, "Open critical defects the gate tolerates."),
                choice("timelinePolicy", "hold-the-line", List.of("hold-the-line", "slip-until-ready", "fixed-date"),
                        "What the gate does when a wave is not ready: hold the date within tolerance, slip, or go anyway."),
                uncertain("tolerance", 0, 1, 0.1, "hold-the-line: how far below the threshold a wave may still go live."),
                choice("response", "standard", List.of("none", "standard", "full"),
                        "How the programme office responds to lateness: none (no reviews), standard (surge staffing"
                                + " and re-baselining) or full (also deferring scope)."),
                whole("reviewWeeks", 1, 520, RULES.reviewWeeks(), "Weeks between programme reviews."),
                number("surgeTriggerWeeks", 0, 520, RULES.surgeTriggerWeeks(),
                        "Forecast lateness beyond the current plan, in weeks, that asks for surge staff."),
                number("surgeMaxShare", 0, 10, RULES.surgeMaxShare(),
                        "Surge head-count cap, as a share of the starting team."),
                number("surgeStep", 0, 10, RULES.surgeStep(),
                        "Surge staff asked for at one review, as a share of the starting team."),
                number("replanTriggerWeeks", 0, 520, RULES.replanTriggerWeeks(),
                        "Forecast lateness beyond the current plan, in weeks, that re-baselines a wave."),
                whole("replanBufferWeeks", 0, 520, RULES.replanBufferWeeks(),
                        "Weeks added to the forecast when a wave is re-baselined."),
                number("descopeTriggerWeeks", 0, 520, RULES.descopeTriggerWeeks(),
                        "Forecast lateness beyond the original baseline, in weeks, that defers a module (response full)."),
                number("overtimeFatigueCap", 0, 1, RULES.overtimeFatigueCap(),
                        "Fatigue at or above which the team works normal hours, 0 to 1."),
                whole("maxSlipWeeks", 0, 520, RULES.maxSlipWeeks(),
                        "slip-until-ready: slip past the original baseline, hold-the-line: weeks of failed gates,"
                                + " after which a wave goes live at the next window whatever the gate says."),
                whole("goLiveWindowWeeks", 1, 52, RULES.goLiveWindowWeeks(),
                        "Weeks between go-live windows, counted from the first planned go-live."),
                new Field("blackoutWeeks", Kind.YEAR_WEEKS, false, 1, 53, ResponseRules.DEFAULT_BLACKOUT, null, List.of(),
                        null, "ISO calendar weeks with no go-live window (year-end holidays)."));
        section("practices",
                whole("prepWeeks", 1, 520, Practices.DEFAULT_PREP_WEEKS, "Weeks of preparation (build) per wave before go-live."),
                whole("testCycles", 0, 50, Practices.DEFAULT_TEST_CYCLES, "Test cycles per wave."),
                whole("testCycleWeeks", 1, 52, Practices.DEFAULT_TEST_CYCLE_WEEKS, "Weeks per test cycle."),
                whole("trainingWeeks", 0, 104, Practices.DEFAULT_TRAINING_WEEKS, "Weeks of end-user training before go-live."),
                section("commandCentre", "commandCentre", "The command centre that supports each go-live."),
                uncertain("supportRatio", 1, 10_000, 15, "End users per at-the-elbow supporter at go-live."),
                bool("crossSiteEmbedding", false,
                        "Future sites' teams work in current go-lives' command centres before their own."),
                section("wellness", "wellness", "A funded wellness programme for the team (none unless set)."),
                bool("celebrateMilestones", false, "Celebrate go-lives with the team, which relieves fatigue."),
                new Field("interfaceMaintenanceFte", Kind.UNCERTAIN, false, 0, 100_000, null, "Σ site interfaces / 10",
                        List.of(), null, "Staff who keep interfaces working once sites are live."));
        section("commandCentre",
                uncertain("fte", 0, 100_000, 20, "Command-centre staff per wave in stabilization."),
                new Field("weeklyCost", Kind.UNCERTAIN, false, 0, 1e7, null, "the consultants' weekly cost, else the staff's",
                        List.of(), null, "Cost of one command-centre FTE for one week."),
                new Field("minWeeks", Kind.WHOLE, false, 0, 520, null,
                        "2 under governance.response none, else drawn per wave from {triangular: [2, 3, 6]}", List.of(),
                        null, "Fewest weeks a command centre stays open."),
                uncertain("exitIncidentsPerThousandUsers", 0, 1_000_000, 0.5,
                        "The command centre closes when a week's expected incidents (open from the week before or"
                                + " due to surface in it) per thousand users fall below this (at 0: none left;"
                                + " under governance.response none, those open after the week's fixes)."));
        section("wellness",
                new Field("costPerFteWeek", Kind.UNCERTAIN, true, 0, 1e7, null, "", List.of(), null,
                        "Cost of the wellness programme per team FTE and week."));
        section("risk",
                id("id", "The risk's id, unique; names its output column."),
                new Field("description", Kind.TEXT, false, 0, 0, "", null, List.of(), null, "What the risk is."),
                new Field("probability", Kind.UNCERTAIN, true, 0, 1, null, "", List.of(), null,
                        "Chance that the risk occurs at all in a run, 0 to 1."),
                new Field("window", Kind.WINDOW, false, 0, 2000, null, "week 0 to the last planned go-live", List.of(), null,
                        "[fromWeek, toWeek] in which it may occur, uniformly; a week drawn after the run has"
                                + " finished never comes."),
                new Field("scope", Kind.SCOPE, false, 0, 0, "program", null, List.of(), null,
                        "What it hits: program, wave:ID or site:ID."),
                section("impact", "impact", "What happens when it occurs (nothing unless set)."),
                section("mitigation", "mitigation", "The risk after mitigation, used with --mitigated."));
        section("impact",
                uncertain("delayWeeks", 0, 520, 0, "Weeks of delay to the waves not yet live."),
                uncertain("cost", 0, 1e13, 0, "Cost paid when it occurs."),
                uncertain("fatigue", 0, 1, 0, "Fatigue added to the team, 0 to 1."),
                uncertain("defects", 0, 1e7, 0, "Latent defects added to waves not yet live."),
                uncertain("leavers", 0, 100_000, 0, "Staff who leave at once."));
        section("mitigation",
                new Field("probability", Kind.UNCERTAIN, true, 0, 1, null, "", List.of(), null,
                        "Chance that the mitigated risk occurs, 0 to 1."),
                section("impact", "impact", "Impact after mitigation: each field not written keeps the risk's"
                        + " own (write 0 to remove it), so a mitigation without one changes only the probability."),
                uncertain("cost", 0, 1e13, 0, "What the mitigation costs, paid at week 0."));
        section("correlation",
                new Field("between", Kind.INPUT_NAMES, true, 2, 2, null, "", List.of(), null,
                        "Two uncertain inputs, named as in --set paths (parameters.testDetection, or testDetection;"
                                + " sites.central.complexity)."),
                new Field("rank", Kind.NUMBER, true, -1, 1, null, "", List.of(), null,
                        "Their Spearman rank correlation, -1 to 1; 0 is independent."));
        section("correlationMatrix",
                new Field("inputs", Kind.INPUT_NAMES, true, 2, 100, null, "", List.of(), null,
                        "The uncertain inputs, named as in --set paths, in the order of the matrix's rows."),
                new Field("matrix", Kind.MATRIX, true, -1, 1, null, "", List.of(), null,
                        "Their rank correlations, one row per input: symmetric, 1 on the diagonal, positive"
                                + " semi-definite."));
        section("variantsFile",
                name("name", false, "The comparison's name (default: the base's name)."),
                text("description", false, "What the comparison is about."),
                new Field("base", Kind.NAME, true, 0, 0, null, "", List.of(), null,
                        "The base scenario: a bundled name, or a path relative to this file."),
                new Field("variants", Kind.VARIANTS, true, 0, 0, null, "", List.of(), null,
                        "Variant id to a JSON Merge Patch of the base ({} is the base as it is);"
                                + " or a list of patches, each with an id."),
                text("$schema", false, "Where editors find this schema (ignored by rollout)."));
    }

    private ScenarioFields() {
    }

    /** The sections, by name, in file order. */
    public static Map<String, List<Field>> sections() {
        return java.util.Collections.unmodifiableMap(SECTIONS);
    }

    /** The fields of a section. */
    public static List<Field> section(String name) {
        List<Field> fields = SECTIONS.get(name);
        if (fields == null) {
            throw new IllegalArgumentException("no section " + name);
        }
        return fields;
    }

    /** The field names of a section, in file order. */
    static List<String> names(String section) {
        List<String> names = new ArrayList<>();
        section(section).forEach(f -> names.add(f.name()));
        return List.copyOf(names);
    }

    private static void section(String name, Field... fields) {
        SECTIONS.put(name, List.of(fields));
    }

    private static Field text(String name, boolean required, String description) {
        return new Field(name, Kind.TEXT, required, 0, 0, null, required ? "" : "none", List.of(), null, description);
    }

    private static Field name(String name, boolean required, String description) {
        return new Field(name, Kind.NAME, required, 0, 0, null, required ? "" : "none", List.of(), null, description);
    }

    private static Field id(String name, String description) {
        return new Field(name, Kind.ID, true, 0, 0, null, "", List.of(), null, description);
    }

    private static Field whole(String name, double min, double max, int defaultValue, String description) {
        return new Field(name, Kind.WHOLE, false, min, max, defaultValue, null, List.of(), null, description);
    }

    private static Field number(String name, double min, double max, double defaultValue, String description) {
        return new Field(name, Kind.NUMBER, false, min, max, defaultValue, null, List.of(), null, description);
    }

    private static Field uncertain(String name, double min, double max, double defaultValue, String description) {
        return new Field(name, Kind.UNCERTAIN, false, min, max, defaultValue, null, List.of(), null, description);
    }

    private static Field bool(String name, boolean defaultValue, String description) {
        return new Field(name, Kind.BOOLEAN, false, 0, 0, defaultValue, null, List.of(), null, description);
    }

    private static Field choice(String name, String defaultValue, List<String> choices, String description) {
        return new Field(name, Kind.CHOICE, defaultValue == null, 0, 0, defaultValue, defaultValue == null ? "" : null,
                choices, null, description);
    }

    private static Field kind(String kind, String description) {
        return new Field("kind", Kind.CHOICE, true, 0, 0, null, "", List.of(kind), null, description);
    }

    private static Field minGap() {
        return whole("minGapWeeks", 0, 520, Strategy.DEFAULT_MIN_GAP_WEEKS,
                "Two go-lives are never planned closer than this many weeks.");
    }

    private static Field section(String name, String section, String description) {
        return section(name, section, false, description);
    }

    private static Field section(String name, String section, boolean required, String description) {
        return new Field(name, Kind.SECTION, required, 0, 0, null, required ? "" : "its fields' defaults", List.of(),
                section, description);
    }

    private static Field list(String name, String section, int minItems, int maxItems, boolean required,
                              String description) {
        return new Field(name, Kind.LIST, required, minItems, maxItems, null, required ? "" : "none", List.of(),
                section, description);
    }
}
