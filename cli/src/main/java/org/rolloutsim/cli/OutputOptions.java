package org.rolloutsim.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Where results go and in which formats. */
public final class OutputOptions {

    /** The result formats a command can write. */
    enum Format {
        /** report.html */
        HTML,
        /** summary.json (and comparison.json, sweep.json) */
        JSON,
        /** runs.csv, weekly.csv (and sweep.csv) */
        CSV,
        /** charts/*.png */
        PNG,
        /** charts/*.svg */
        SVG,
        /** board-pack.pdf: the board pack, A4 */
        PDF
    }

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: rollout-out/<scenario name>). An existing non-empty"
                    + " directory is refused unless --force.")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace an existing non-empty output directory.")
    boolean force;

    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "html,json,csv",
            description = "Comma-separated: html, json, csv, png, svg, pdf (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    Set<Format> formats() {
        EnumSet<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            String name = f.trim().toUpperCase(Locale.ROOT);
            try {
                set.add(Format.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown --format '" + f.trim() + "': use html, json, csv, png, svg or pdf");
            }
        }
        if (set.isEmpty()) {
            throw new UserInputException("--format needs at least one of html, json, csv, png, svg, pdf");
        }
        return set;
    }

    /** Opens the output directory, defaulting to {@code rollout-out/<name>}. */
    OutputDirectory open(String defaultName) {
        boolean explicit = out != null;
        Path dir = explicit ? out : Path.of("rollout-out", safeFileName(defaultName));
        return OutputDirectory.prepare(dir, force, explicit);
    }

    static String safeFileName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "scenario" : s.length() > 80 ? s.substring(0, 80) : s;
    }
}
