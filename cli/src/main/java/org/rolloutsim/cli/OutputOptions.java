package org.rolloutsim.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where results go and in which formats. */
public final class OutputOptions {
    static final String DEFAULT_PARENT = "rollout-out";

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
        PDF,
        /** results.xlsx: summary, P-values, waves, runs, weekly fans */
        XLSX;

        /** True when one of {@code formats} is drawn from the report's content: page, board pack, workbook, charts. */
        static boolean needReport(Set<Format> formats) {
            return formats.contains(HTML) || formats.contains(PDF) || formats.contains(XLSX)
                    || formats.contains(PNG) || formats.contains(SVG);
        }

        /**
         * True when one of {@code formats} shows the weekly fans (weekly.csv, or anything drawn from the
         * report). Summary.json alone does not: its batch then collects none.
         */
        static boolean needWeeklyFans(Set<Format> formats) {
            return needReport(formats) || formats.contains(CSV);
        }
    }

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: under rollout-out, named after the scenario: <name> for"
                    + " run, <name>-sweep, <name>-sensitivity, <first>-vs-<second> for compare (a variants file: its name); its earlier"
                    + " results are replaced, saying so on stderr). Never the current directory or one above it."
                    + " A non-empty directory is refused unless it holds earlier rollout results and --force is given.")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace a non-empty --out directory, only if it holds earlier"
            + " rollout results (it has a .rollout-output file); any other directory is refused.")
    boolean force;

    static final Set<Format> DEFAULT_FORMATS = EnumSet.of(Format.HTML, Format.JSON, Format.CSV);

    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "html,json,csv",
            description = {"Exactly the formats to write, comma-separated, or all (default: ${DEFAULT-VALUE},"
                    + " of those the command writes). run and compare write html, json, csv, xlsx, png, svg and pdf"
                    + " (compare: csv and xlsx for each option, the rest for the comparison too);"
                    + " sweep and sensitivity say above which they write.",
                    "Charts as files too: --format html,json,csv,svg (or all)."})
    List<String> formats;

    /** The formats asked for; says on {@code err} which default files will not be written. */
    Set<Format> formats(PrintWriter err, boolean quiet) {
        EnumSet<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            String name = f.trim().toUpperCase(Locale.ROOT);
            if (name.equals("ALL")) {
                set.addAll(EnumSet.allOf(Format.class));
                continue;
            }
            try {
                set.add(Format.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown --format '" + f.trim() + "': use html, json, csv, xlsx, png, svg, pdf"
                        + " or all");
            }
        }
        if (set.isEmpty()) {
            throw new UserInputException("--format needs at least one of html, json, csv, xlsx, png, svg, pdf, all");
        }
        List<String> omitted = DEFAULT_FORMATS.stream().filter(f -> !set.contains(f))
                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        if (!quiet && !omitted.isEmpty()) {
            err.println("rollout: note: writing only " + String.join(", ", set.stream()
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + " (not " + String.join(", ", omitted)
                    + "); --format lists every format to write, e.g. --format all");
            err.flush();
        }
        return set;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Opens the output directory, defaulting to {@code rollout-out/<name>}; says on stderr when it
     * replaces earlier results there.
     */
    OutputDirectory open(String defaultName) {
        boolean explicit = out != null;
        Path dir = explicit ? out : Path.of(DEFAULT_PARENT, FolderNames.sanitize(defaultName));
        PrintWriter err = command == null ? new PrintWriter(Writer.nullWriter()) : command.commandLine().getErr();
        return OutputDirectory.prepare(dir, force, explicit, err);
    }

}
