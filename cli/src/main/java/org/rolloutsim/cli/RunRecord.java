package org.rolloutsim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code run.json} holds: everything besides the canonical scenarios that {@code rollout
 * rerun} needs to make a result again, byte for byte. Threads are not recorded: results do not
 * depend on them.
 *
 * @param command          {@code run}, {@code compare}, {@code sweep} or {@code sensitivity}: what a rerun does again
 * @param toolVersion      the version of rollout-sim that wrote the folder
 * @param commandLine      the command that defined the result, as typed
 * @param rerunCommandLine the {@code rollout rerun} command that wrote this folder; null for an original
 * @param runs             runs per batch, as simulated (with precision: as many as it took); a sensitivity
 *                         study's rows of each base sample ({@code --runs})
 * @param precision        the {@code --precision} target and {@code --max-runs}; null for a fixed count
 * @param sampling         how inputs were sampled ({@link BatchOptions#sampling()}; {@value #SALTELLI} for a
 *                         sensitivity study)
 * @param confidence       the board's confidence level of the report, a share (0.8); a sensitivity study's
 *                         interval level (0.95)
 * @param formats          the formats written, lower case
 * @param title            a comparison's heading; null otherwise
 * @param scenarios        the simulated scenarios, in order (a sweep: its base, before the swept values)
 * @param sweep            a sweep's grid; null otherwise
 * @param sensitivity      a sensitivity study's inputs; null otherwise
 */
record RunRecord(String command, String toolVersion, String commandLine, String rerunCommandLine, long seed,
                 int runs, Precision precision, boolean mitigated, String sampling, double confidence,
                 List<String> formats, String title, List<ScenarioEntry> scenarios, SweepGrid sweep,
                 Study sensitivity) {

    /** The version of the run.json layout; a rerun refuses any other. */
    static final int FORMAT = 1;
    static final String FILE = "run.json";
    static final List<String> COMMANDS = List.of("run", "compare", "sweep", "sensitivity");
    /** The sampling of a sensitivity study: Saltelli's design (base samples A and B, and A with B's column i). */
    static final String SALTELLI = "saltelli";
    /**
     * Writes the file. A bare factory, not an {@code ObjectMapper}: a mapper's set-up (date formats,
     * calendars, type handling) cost every command a measurable share of its CPU after the batch,
     * and writing needs none of it (docs/performance.md).
     */
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** A file inside the result folder: sanitized folder names, never '..' or an absolute path. */
    private static final Pattern FILE_PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    RunRecord {
        scenarios = List.copyOf(scenarios);
        formats = List.copyOf(formats);
    }

    /** {@code --precision} and {@code --max-runs}. */
    record Precision(double target, int maxRuns) {
    }

    /**
     * One simulated scenario.
     *
     * @param label       its name in the results (a variant's id, with " (2)" when repeated)
     * @param name        the scenario's own name, as the report shows it
     * @param description its description, as the report shows it
     * @param contentHash SHA-256 of its canonical JSON
     * @param file        its canonical JSON in the result folder
     */
    record ScenarioEntry(String label, String name, String description, String contentHash, String file) {
    }

    /**
     * A sweep's grid.
     *
     * @param params each {@code --param} as given (PATH=FROM:TO:STEP)
     * @param points each grid point's label and the content hash of its scenario, in the order run
     */
    record SweepGrid(List<String> params, List<Point> points) {
        SweepGrid {
            params = List.copyOf(params);
            points = List.copyOf(points);
        }

        record Point(String label, String contentHash) {
        }
    }

    /**
     * A sensitivity study's inputs.
     *
     * @param inputs the inputs studied, by their canonical column names, in the order given to
     *               {@code --inputs} (as typed, they are in the command line)
     */
    record Study(List<String> inputs) {
        Study {
            inputs = List.copyOf(inputs);
        }
    }

    /** The same record as written by a rerun. */
    RunRecord rerunBy(String version, String rerun) {
        return new RunRecord(command, version, commandLine, rerun, seed, runs, precision, mitigated, sampling,
                confidence, formats, title, scenarios, sweep, sensitivity);
    }

    /** The file's text: two-space indents, {@code \n} line ends, fields in a fixed order. */
    String toJson() {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.createGenerator(text).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("command", command);
            g.writeStringField("toolVersion", toolVersion);
            g.writeStringField("commandLine", commandLine);
            g.writeStringField("rerunCommandLine", rerunCommandLine);
            g.writeNumberField("seed", seed);
            g.writeNumberField("runs", runs);
            if (precision == null) {
                g.writeNullField("precision");
            } else {
                g.writeObjectFieldStart("precision");
                g.writeNumberField("target", precision.target());
                g.writeNumberField("maxRuns", precision.maxRuns());
                g.writeEndObject();
            }
            g.writeBooleanField("mitigated", mitigated);
            g.writeStringField("sampling", sampling);
            g.writeNumberField("confidence", confidence);
            g.writeArrayFieldStart("formats");
            for (String f : formats) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeStringField("title", title);
            g.writeArrayFieldStart("scenarios");
            for (ScenarioEntry s : scenarios) {
                g.writeStartObject();
                g.writeStringField("label", s.label());
                g.writeStringField("name", s.name());
                g.writeStringField("description", s.description());
                g.writeStringField("contentHash", s.contentHash());
                g.writeStringField("file", s.file());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (sweep == null) {
                g.writeNullField("sweep");
            } else {
                g.writeObjectFieldStart("sweep");
                g.writeArrayFieldStart("params");
                for (String p : sweep.params()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("points");
                for (SweepGrid.Point p : sweep.points()) {
                    g.writeStartObject();
                    g.writeStringField("label", p.label());
                    g.writeStringField("contentHash", p.contentHash());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            if (sensitivity == null) {
                g.writeNullField("sensitivity");
            } else {
                g.writeObjectFieldStart("sensitivity");
                g.writeArrayFieldStart("inputs");
                for (String input : sensitivity.inputs()) {
                    g.writeString(input);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /**
     * Reads a run.json text.
     *
     * @param source the file as the user knows it, for messages ({@code out/run.json})
     * @throws UserInputException naming the source and the first problem, in one line
     */
    static RunRecord parse(String text, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text); // only rerun reads a record
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            // Jackson's message goes on to name its own source and markers: its first clause is the problem
            String problem = e.getOriginalMessage().split("[:\n]", 2)[0].strip();
            throw new UserInputException(source + " is not valid JSON" + where + ": " + problem);
        }
        Reader r = new Reader(source);
        if (root == null || !root.isObject()) {
            throw r.problem("", "expected a JSON object");
        }
        long format = r.whole(root, "format", 1, Integer.MAX_VALUE);
        if (format != FORMAT) {
            throw r.problem("format", "layout " + format + " is not one this version reads (" + FORMAT + ")");
        }
        String command = r.text(root, "command", false);
        if (!COMMANDS.contains(command)) {
            throw r.problem("command", "expected one of " + COMMANDS + ", got '" + command + "'");
        }
        JsonNode precisionNode = r.field(root, "precision");
        Precision precision = null;
        if (!precisionNode.isNull()) {
            double target = r.number(precisionNode, "precision.target");
            if (!(target > 0 && target < 0.5)) {
                throw r.problem("precision.target", "must be between 0 and 0.5, got " + target);
            }
            precision = new Precision(target, (int) r.whole(precisionNode, "precision.maxRuns", 100, BatchOptions.MAX_RUNS));
        }
        double confidence = r.number(root, "confidence");
        if (!(confidence >= 0.5 && confidence <= 0.99)) {
            throw r.problem("confidence", "must be between 0.5 and 0.99, got " + confidence);
        }
        List<String> formats = new ArrayList<>();
        for (JsonNode f : r.array(root, "formats")) {
            if (!f.isTextual()) {
                throw r.problem("formats", "expected format names such as \"html\"");
            }
            formats.add(f.asText());
        }
        List<ScenarioEntry> scenarios = new ArrayList<>();
        JsonNode list = r.array(root, "scenarios");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = "scenarios[" + i + "].";
            if (!s.isObject()) {
                throw r.problem("scenarios[" + i + "]", "expected an object");
            }
            scenarios.add(new ScenarioEntry(r.text(s, at + "label", false), r.text(s, at + "name", false),
                    r.text(s, at + "description", false), r.hash(s, at + "contentHash"), r.file(s, at + "file")));
        }
        if (scenarios.isEmpty()) {
            throw r.problem("scenarios", "lists no scenario");
        }
        JsonNode sweepNode = r.field(root, "sweep");
        SweepGrid sweep = null;
        if (!sweepNode.isNull()) {
            List<String> params = new ArrayList<>();
            for (JsonNode p : r.array(sweepNode, "sweep.params")) {
                if (!p.isTextual()) {
                    throw r.problem("sweep.params", "expected PATH=FROM:TO:STEP texts");
                }
                params.add(p.asText());
            }
            List<SweepGrid.Point> points = new ArrayList<>();
            JsonNode pointList = r.array(sweepNode, "sweep.points");
            for (int i = 0; i < pointList.size(); i++) {
                String at = "sweep.points[" + i + "].";
                points.add(new SweepGrid.Point(r.text(pointList.get(i), at + "label", false),
                        r.hash(pointList.get(i), at + "contentHash")));
            }
            sweep = new SweepGrid(params, points);
        }
        if (command.equals("sweep") != (sweep != null)) {
            throw r.problem("sweep", command.equals("sweep") ? "a sweep needs its grid" : "only a sweep has a grid");
        }
        // run.json files written before sensitivity studies could be rerun have no such field
        Study sensitivity = root.has("sensitivity") ? study(r, r.field(root, "sensitivity")) : null;
        if (command.equals("sensitivity") != (sensitivity != null)) {
            throw r.problem("sensitivity", command.equals("sensitivity") ? "a sensitivity study needs its inputs"
                    : "only a sensitivity study has inputs");
        }
        String sampling = r.text(root, "sampling", false);
        if (sensitivity != null && !sampling.equals(SALTELLI)) {
            throw r.problem("sampling", "a sensitivity study samples '" + SALTELLI + "', not '" + sampling + "'");
        }
        return new RunRecord(command, r.text(root, "toolVersion", false), r.text(root, "commandLine", false),
                r.text(root, "rerunCommandLine", true), r.whole(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                (int) r.whole(root, "runs", 1, BatchOptions.MAX_RUNS), precision, r.bool(root, "mitigated"),
                sampling, confidence, formats, r.text(root, "title", true), scenarios, sweep, sensitivity);
    }

    /** A sensitivity block: null, or one to {@value SensitivityCommand#MAX_INPUTS} distinct input names. */
    private static Study study(Reader r, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw r.problem("sensitivity", "expected an object or null");
        }
        JsonNode list = r.array(node, "sensitivity.inputs");
        if (list.isEmpty() || list.size() > SensitivityCommand.MAX_INPUTS) {
            throw r.problem("sensitivity.inputs", "expected 1 to " + SensitivityCommand.MAX_INPUTS + " inputs, got "
                    + list.size());
        }
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "sensitivity.inputs[" + i + "]";
            JsonNode v = list.get(i);
            if (!v.isTextual() || v.asText().isBlank()) {
                throw r.problem(at, "expected an input's name, got " + v);
            }
            if (inputs.contains(v.asText())) {
                throw r.problem(at, "'" + v.asText() + "' is named twice");
            }
            inputs.add(v.asText());
        }
        return new Study(inputs);
    }

    /** Reads fields, each problem one line naming the file and the field. */
    private record Reader(String source) {
        UserInputException problem(String path, String message) {
            return new UserInputException(source + (path.isEmpty() ? "" : ": " + path) + ": " + message);
        }

        JsonNode field(JsonNode node, String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            JsonNode value = node.isObject() ? node.get(key) : null;
            if (value == null) {
                throw problem(path, "missing");
            }
            return value;
        }

        String text(JsonNode node, String path, boolean nullable) {
            JsonNode v = field(node, path);
            if (v.isNull() && nullable) {
                return null;
            }
            if (!v.isTextual()) {
                throw problem(path, "expected a text, got " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            return v.asText();
        }

        long whole(JsonNode node, String path, long min, long max) {
            JsonNode v = field(node, path);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
                throw problem(path, "expected a whole number" + (min > Long.MIN_VALUE ? " from " + min + " to " + max : "")
                        + ", got " + v);
            }
            return v.asLong();
        }

        double number(JsonNode node, String path) {
            JsonNode v = field(node, path);
            if (!v.isNumber()) {
                throw problem(path, "expected a number, got " + v);
            }
            return v.asDouble();
        }

        boolean bool(JsonNode node, String path) {
            JsonNode v = field(node, path);
            if (!v.isBoolean()) {
                throw problem(path, "expected true or false, got " + v);
            }
            return v.asBoolean();
        }

        JsonNode array(JsonNode node, String path) {
            JsonNode v = field(node, path);
            if (!v.isArray()) {
                throw problem(path, "expected a list");
            }
            return v;
        }

        String hash(JsonNode node, String path) {
            String h = text(node, path, false);
            if (!HASH.matcher(h).matches()) {
                throw problem(path, "expected a SHA-256 in hex (64 characters), got '" + h + "'");
            }
            return h;
        }

        String file(JsonNode node, String path) {
            String f = text(node, path, false);
            if (!FILE_PATH.matcher(f).matches()) {
                throw problem(path, "'" + f + "' is not a file inside the result folder");
            }
            return f;
        }
    }
}
