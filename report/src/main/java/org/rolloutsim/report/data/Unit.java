package org.rolloutsim.report.data;

import java.util.Map;
import org.rolloutsim.output.OutputSchema;

/**
 * What a number in the result files measures, and so how it is written: the one table behind the
 * number formats of {@code runs.csv}, the {@code unit} fields of {@code summary.json}, the cell
 * formats of the workbook and the unit column of {@code docs/outputs.md}.
 */
public enum Unit {
    /** A simulated week counted from the programme start (week 0); files give its ISO date too. */
    WEEK("week", Format.WHOLE),
    /** A length of time in weeks. */
    WEEKS("weeks", Format.WHOLE),
    /** An amount in the scenario's currency; files give the ISO 4217 code beside it. */
    MONEY("money", Format.DECIMAL),
    /** A whole number of things. */
    COUNT("count", Format.WHOLE),
    /** 1 when something happened in the run, else 0. */
    FLAG("0/1", Format.WHOLE),
    /** A share or index between 0 and 1. */
    SHARE("share 0-1", Format.DECIMAL),
    /** A quantity in the unit of its scenario field. */
    NUMBER("number", Format.DECIMAL);

    /** How a unit's numbers are written in CSV: one format per column. */
    public enum Format {
        /** Whole numbers: {@code 171}. */
        WHOLE,
        /**
         * Always a decimal point, as many digits as the double needs to read back exactly:
         * {@code 0.19}, {@code 3.0}, {@code 383317292.500897}.
         */
        DECIMAL
    }

    private static final Map<String, Unit> OUTPUTS = Map.ofEntries(
            Map.entry("completionWeek", WEEK), Map.entry("censored", FLAG),
            Map.entry("programCost", MONEY), Map.entry("totalCost", MONEY),
            Map.entry("unfinishedWorkAtGoLive", NUMBER), Map.entry("peakFatigue", SHARE),
            Map.entry("meanFatigue", SHARE), Map.entry("leavers", COUNT), Map.entry("hires", COUNT),
            Map.entry("customizationsRequested", COUNT), Map.entry("customizationsApproved", COUNT),
            Map.entry("testDefects", COUNT), Map.entry("productionDefects", COUNT), Map.entry("incidents", COUNT),
            Map.entry("patientSafetyEvents", COUNT), Map.entry("minIntegrity", SHARE),
            Map.entry("siloWeeks", WEEKS), Map.entry("pauses", COUNT), Map.entry("weeksPaused", WEEKS),
            Map.entry("risksOccurred", COUNT), Map.entry("replans", COUNT), Map.entry("surgeFte", NUMBER),
            Map.entry("modulesDeferred", COUNT), Map.entry("forcedGoLives", COUNT),
            // weekly series
            Map.entry("cumulativeProgramCost", MONEY), Map.entry("sitesLive", COUNT), Map.entry("fatigue", SHARE),
            Map.entry("openDefects", COUNT), Map.entry("headcount", NUMBER));

    private final String label;
    private final Format format;

    Unit(String label, Format format) {
        this.label = label;
        this.format = format;
    }

    /** The unit as files name it: {@code week}, {@code money}, {@code share 0-1}. */
    public String label() {
        return label;
    }

    public Format format() {
        return format;
    }

    /** The unit of a per-run scalar or a weekly series, by its name and kind. */
    public static Unit of(String name, OutputSchema.Kind kind) {
        if (kind == OutputSchema.Kind.RISK) {
            return FLAG;
        }
        if (kind == OutputSchema.Kind.PARAMETER) {
            return NUMBER;
        }
        return of(name);
    }

    /** The unit of an output or weekly series by name; {@link #NUMBER} for a name not in the table. */
    public static Unit of(String name) {
        if (name.startsWith("cost.")) {
            return MONEY;
        }
        if (name.startsWith("waves.")) {
            return name.endsWith(".slipWeeks") ? WEEKS : WEEK;
        }
        return OUTPUTS.getOrDefault(name, NUMBER);
    }

    /** A CSV cell in this unit's format; empty for NaN and infinities. */
    public String cell(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return switch (format) {
            case WHOLE -> v == Math.rint(v) ? NumberText.of(v) : NumberText.decimal(v);
            case DECIMAL -> NumberText.decimal(v);
        };
    }
}
