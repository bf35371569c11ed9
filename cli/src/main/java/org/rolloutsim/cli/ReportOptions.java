package org.rolloutsim.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** How the report states its figures: the confidence level the board plans at. */
public final class ReportOptions {
    static final double DEFAULT_CONFIDENCE = 0.8;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "P80",
            description = "The board's confidence level for the report's dates, costs and verdict, and the level"
                    + " beside P50 in the summary printed and the workbook: P50 to P99, e.g. P80 or 80"
                    + " (default: ${DEFAULT-VALUE}).")
    String confidence;

    /** The level as a share, e.g. 0.8; a level outside P50..P99 is a usage error. */
    double confidence() {
        String text = confidence.trim().toUpperCase(Locale.ROOT);
        String digits = text.startsWith("P") ? text.substring(1) : text;
        double level;
        try {
            level = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new UserInputException("--confidence must look like P80 or 80, got '" + confidence + "'");
        }
        if (!(level >= 50 && level <= 99)) {
            throw new UserInputException("--confidence must be between P50 and P99, got '" + confidence + "'");
        }
        return level / 100;
    }
}
