package org.rolloutsim.scenario;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.Distribution.LogNormal;
import org.rolloutsim.random.Distribution.Triangular;

/**
 * Every model constant of MODEL.md section 8 that has no field of its own in a scenario section.
 * A scenario may override any of them under {@code parameters:} by its {@link #key()} (dotted keys
 * such as {@code legacyEffort.homegrown} are written as nested maps in the file).
 *
 * <p>Each has a default (a distribution where the real value is unknown at the start of a programme,
 * so that a scenario that pins nothing still shows a realistic spread), a valid range that sampled
 * values are truncated to, and the source of its default.
 */
public enum Parameter {
    EFFORT_PER_WORKFLOW("effortPerWorkflow", new LogNormal(4, 1.6), 0.01, 100,
            "person-weeks to build, test and train one workflow",
            "planning-fallacy skew; calibrated so build teams are busy (v1: lognormal 1.5, 0.6)"),
    ENTERPRISE_SHARE("enterpriseShare", c(0.6), 0, 1, "share of a workflow's effort built once for the enterprise", "assumption"),
    SIZE_ELASTICITY("sizeElasticity", c(0.5), 0, 2, "how localization effort grows with site users (and, under 2,000 users, customization requests)", "assumption"),
    LEGACY_EFFORT_PAPER("legacyEffort.paper", c(1.0), 0.1, 10, "localization effort multiplier, paper site", "seed"),
    LEGACY_EFFORT_VENDOR("legacyEffort.vendor", c(1.15), 0.1, 10, "localization effort multiplier, vendor site", "seed"),
    LEGACY_EFFORT_HOMEGROWN("legacyEffort.homegrown", c(1.5), 0.1, 10, "localization effort multiplier, homegrown site", "seed; NPfIT customization"),
    LEGACY_PRESSURE_PAPER("legacyPressure.paper", c(0.6), 0, 20, "customization request multiplier, paper site", "seed"),
    LEGACY_PRESSURE_VENDOR("legacyPressure.vendor", c(1.0), 0, 20, "customization request multiplier, vendor site", "seed"),
    LEGACY_PRESSURE_HOMEGROWN("legacyPressure.homegrown", c(2.0), 0, 20, "customization request multiplier, homegrown site", "seed"),
    DEFECTS_PER_PERSON_WEEK("defectsPerPersonWeek", new Triangular(0.1875, 0.3, 0.525), 0, 100, "latent defects injected per person-week of build", "Jones defect potential, scaled; v1's triangular 0.5, 0.8, 1.4 times 1.5/4, so defects per workflow stay as calibrated when effort per workflow rose from 1.5 to 4"),
    TEST_DETECTION("testDetection", new Triangular(0.25, 0.35, 0.5), 0, 1, "share of latent defects one test cycle finds", "Jones: a test stage removes 35-50%"),
    BAD_FIX_RATE("badFixRate", c(0.07), 0, 1, "share of fixes that inject a new latent defect", "Jones"),
    CRITICAL_SHARE("criticalShare", c(0.05), 0, 1, "share of defects that are critical", "VA: 17 critical of 378 findings"),
    FIX_EFFORT("fixEffort", c(0.2), 0.001, 100, "person-weeks to fix one defect or incident", "assumption"),
    CUSTOMIZATION_RATE("customizationRate", new Triangular(0.3, 1.0, 3.0), 0, 1000, "customization requests per site-week in build, at a 2,000-user site", "VA: 350 change requests in 27 weeks at one site"),
    CUSTOMIZATION_EFFORT("customizationEffort", c(3), 0, 1000, "mean person-weeks one approved customization adds", "assumption"),
    CUSTOMIZATION_EFFORT_SD("customizationEffortSd", c(2), 0, 1000, "sd of the person-weeks one approved customization adds (lognormal)", "assumption"),
    CUSTOMIZATION_DEFECT_UPLIFT("customizationDefectUplift", c(0.005), 0, 1, "defect density uplift per approved customization", "assumption"),
    INTERFACES_PER_CUSTOMIZATION("interfacesPerCustomization", c(0.5), 0, 100, "interfaces one approved customization adds", "assumption"),
    MAX_OVERTIME("maxOvertime", c(0.25), 0, 1, "largest overtime as a share of normal hours", "Pencavel: output flat above ~50 h"),
    FATIGUE_TIME("fatigueTime", c(8), 1, 520, "weeks for fatigue to move most of the way to its target", "overtime break-even 7-9 weeks"),
    CHRONIC_FATIGUE("chronicFatigue", c(0.05), 0, 1, "fatigue added per year of mean tenure", "seed: no mission-accomplished moment"),
    FATIGUE_PRODUCTIVITY_LOSS("fatigueProductivityLoss", c(0.4), 0, 1, "productivity lost at full fatigue", "Vensim fatigue table"),
    FATIGUE_ERROR_GAIN("fatigueErrorGain", c(1.0), 0, 10, "defect injection added at full fatigue", "Vensim fatigue table"),
    ANNUAL_ATTRITION("annualAttrition", new Triangular(0.10, 0.15, 0.30), 0, 1, "share of the team leaving per year when rested", "HISTalk survey 15-25%"),
    ATTRITION_FATIGUE_GAIN("attritionFatigueGain", c(3), 0, 100, "attrition multiplier gain at full fatigue (times F squared)", "burnout state 30-60%/yr"),
    MENTORING_OVERHEAD("mentoringOverhead", c(0.25), 0, 1, "experienced person-weeks lost per ramping newcomer", "Madachy"),
    OVERTIME_PREMIUM("overtimePremium", c(1.5), 1, 5, "pay multiplier for staff overtime", "time and a half"),
    WELLNESS_RELIEF("wellnessRelief", c(0.1), 0, 1, "fatigue target lowered by a funded wellness programme", "seed: take care of the team"),
    WELLNESS_RETENTION("wellnessRetention", c(0.2), 0, 1, "attrition cut by a funded wellness programme", "assumption"),
    CELEBRATION_RELIEF("celebrationRelief", c(0.05), 0, 1, "fatigue lowered by each celebrated go-live", "assumption"),
    REPLACEMENT_COST("replacementCost", c(50_000), 0, 1e9, "cost of replacing one leaver", "nurse replacement about $52k"),
    TRAINING_RATE("trainingRate", new Triangular(0.08, 0.15, 0.25), 0, 1, "weekly readiness growth in training at full support", "assumption"),
    TRAINING_HOURS_PER_USER("trainingHoursPerUser", c(16), 0, 1000, "end-user training hours", "assumption"),
    CHANGE_CAPACITY_USERS("changeCapacityUsers", c(20_000), 1, 1e9, "users the programme can train at once at full support", "assumption"),
    SURFACE_RATE("surfaceRate", c(0.25), 0, 1, "weekly chance that a production defect surfaces", "assumption"),
    HARM_RATE("harmRate", new Triangular(0.005, 0.02, 0.05), 0, 1, "chance a critical incident harms a patient at readiness 0.5", "Spokane: 149 adverse events"),
    PRODUCTIVITY_DIP("productivityDip", new Triangular(0.1, 0.25, 0.5), 0, 1, "clinician productivity lost right after go-live", "UC Davis -25-30%"),
    RECOVERY_WEEKS("recoveryWeeks", new Triangular(4, 8, 26), 0.1, 520, "time constant of productivity recovery", "ED/OR 3-9 months"),
    HOURS_PER_WEEK("hoursPerWeek", c(36), 1, 168, "working hours of an end user per week", "assumption"),
    USER_HOUR_VALUE("userHourValue", c(60), 0, 1e6, "value of one end-user hour", "assumption"),
    AT_ELBOW_WEEKS("atElbowWeeks", c(2), 0, 52, "weeks of at-the-elbow support after go-live", "industry practice"),
    SUPPORT_WEEKLY_COST("supportWeeklyCost", c(4_000), 0, 1e7, "weekly cost of one at-the-elbow supporter", "about $100/h"),
    INTERFACES_PER_MAINTENANCE_FTE("interfacesPerMaintenanceFte", c(10), 0.1, 1e6, "interfaces one maintenance FTE keeps working", "assumption"),
    SILO_INCIDENT_RATE("siloIncidentRate", c(2), 0, 1e4, "incidents per silo week", "assumption"),
    FIRST_COMMAND_CENTRE_EFFICIENCY("firstCommandCentreEfficiency", c(0.7), 0.01, 1, "fixing efficiency of a command centre run by first-timers", "seed: no first command centre at home"),
    LEARNING_RATE("learningRate", new Triangular(0.75, 0.85, 0.95), 0.5, 1, "effort multiplier per doubling of sites stabilized", "Wright; MHS wave pace x5"),
    LEARNING_RATE_EMBEDDED("learningRateEmbedded", null, 0.5, 1, "learning rate with cross-site embedding (default: learningRate - 0.05)", "seed: cross-fertilization"),
    LEARNING_FLOOR("learningFloor", c(0.5), 0.01, 1, "smallest effort multiplier learning can reach", "assumption"),
    EMBED_READINESS_BOOST("embedReadinessBoost", c(0.1), 0, 1, "starting readiness added to later waves' sites by embedding", "seed: cross-fertilization"),
    ENTROPY_RATE("entropyRate", c(0.01), 0, 1, "weekly integrity lost at a fully unmaintained interface estate", "seed: entropy"),
    INTEGRITY_RESTORE("integrityRestore", c(0.05), 0, 1, "weekly share of lost integrity restored when fully maintained", "assumption"),
    PAUSE_INCIDENTS_PER_THOUSAND_USERS("pauseIncidentsPerThousandUsers", c(20), 0, 1e6, "open incidents per thousand users that trigger a safety pause", "assumption; MHS 2018, VA 2021"),
    PAUSE_HARM_EVENTS("pauseHarmEvents", c(3), 0, 1e6, "patient-safety events of one wave that trigger a safety pause (at least one)", "assumption; MHS 2018, VA 2021"),
    PAUSE_WEEKS("pauseWeeks", new Triangular(8, 26, 78), 0, 520, "length of a safety pause, drawn afresh for each pause", "MHS 8-week pause; VA reset 6 months+"),
    FATIGUE_HOURS_SCALE("fatigueHoursScale", c(0.4), 0.01, 10, "overtime share that, sustained, drives fatigue to 1", "a 56-hour week sustained burns a team out"),
    WAVE_EFFORT_SD("waveEffortSd", c(0.15), 0, 2, "sd of each wave's estimation error (lognormal, mean 1)", "estimation error per work package"),
    SCOPE_GROWTH("scopeGrowth", new Triangular(0, 0.08, 0.25), 0, 5, "share of planned build effort discovered during build", "requirements found in design sessions"),
    READINESS_DECAY("readinessDecay", c(0.01), 0, 1, "weekly readiness lost by a trained site out of training", "assumption: training fades"),
    WAVE_TRAINING_SD("waveTrainingSd", c(0.4), 0, 5, "sd of each wave's training effectiveness (lognormal, mean 1)", "assumption: waves differ"),
    TEST_EXIT_SHARE("testExitShare", c(0.12), 0, 1, "largest share of all found defects the last test cycle may find for testing to end", "usual find-rate exit criterion"),
    MAX_EXTRA_CYCLES("maxExtraCycles", c(3), 0, 50, "test cycles that may be added when the find rate has not fallen", "assumption"),
    LEADERSHIP_FLOOR("leadershipFloor", c(0.2), 0, 1, "leadership that central trainers and super-users bring to any site", "assumption: no site is untrainable");

    /** Constants of MODEL.md 11, unused (and never sampled) under {@code governance.response: none}. */
    private static final java.util.Set<Parameter> MANAGED_ONLY = java.util.EnumSet.of(FATIGUE_HOURS_SCALE,
            WAVE_EFFORT_SD, SCOPE_GROWTH, READINESS_DECAY, WAVE_TRAINING_SD, TEST_EXIT_SHARE, MAX_EXTRA_CYCLES,
            LEADERSHIP_FLOOR);

    private static final Map<String, Parameter> BY_KEY =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Parameter::key, Function.identity()));

    private final String key;
    private final Distribution defaultValue;
    private final double min;
    private final double max;
    private final String meaning;
    private final String source;

    Parameter(String key, Distribution defaultValue, double min, double max, String meaning, String source) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
        this.source = source;
    }

    private static Distribution c(double value) {
        return Distribution.constant(value);
    }

    /** The name under {@code parameters:} in a scenario file, dotted where nested. */
    public String key() {
        return key;
    }

    /**
     * The default, or {@code null} for {@link #LEARNING_RATE_EMBEDDED}, whose default is derived
     * from the sampled learning rate of the same run.
     */
    public Distribution defaultValue() {
        return defaultValue;
    }

    /**
     * The default under a response: {@code none} restores the v1 defaults of MODEL.md 8 (effort per
     * workflow lognormal 1.5, 0.6; defects per person-week triangular 0.5, 0.8, 1.4) and pins the
     * constants that only MODEL.md 11 uses.
     */
    public Distribution defaultFor(Response response) {
        if (response.managed()) {
            return defaultValue;
        }
        if (this == EFFORT_PER_WORKFLOW) {
            return new LogNormal(1.5, 0.6);
        }
        if (this == DEFECTS_PER_PERSON_WEEK) {
            return new Triangular(0.5, 0.8, 1.4);
        }
        return MANAGED_ONLY.contains(this) ? c(defaultValue.mean()) : defaultValue;
    }

    /** Smallest valid value, inclusive. */
    public double min() {
        return min;
    }

    /** Largest valid value, inclusive. */
    public double max() {
        return max;
    }

    public String meaning() {
        return meaning;
    }

    public String source() {
        return source;
    }

    public static Optional<Parameter> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
