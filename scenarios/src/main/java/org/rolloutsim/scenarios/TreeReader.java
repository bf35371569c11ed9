package org.rolloutsim.scenarios;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a located {@link Node} tree by walking Jackson's token stream, so
 * that every value keeps its line and column.
 *
 * <p>Hostile input is bounded, never trusted: no YAML tags (so no arbitrary types), duplicate keys
 * rejected, nesting at most {@link #MAX_DEPTH} deep, text at most {@link #MAX_CHARS} characters,
 * and aliases shared rather than copied (an alias is located where it is used, what it holds where
 * it was written), with the expanded size of the document (aliases counted
 * as often as they are used) at most {@link #MAX_EXPANDED_VALUES}: a "billion laughs" file stops
 * with an error after a few thousand tokens instead of filling memory. An alias may name a mapping,
 * a list or a scalar. A text value or key is at most {@link #MAX_VALUE_CHARS} characters and a YAML
 * line at most {@link #MAX_LINE_CHARS}, which keeps the YAML scanner linear in the file's size.
 */
final class TreeReader {
    static final int MAX_CHARS = 10 * 1024 * 1024;
    /** The longest text value or key. */
    static final int MAX_VALUE_CHARS = 100_000;
    /** The longest line of a YAML file (JSON lines are not limited). */
    static final int MAX_LINE_CHARS = 20_000;
    static final int MAX_DEPTH = 32;
    static final long MAX_EXPANDED_VALUES = 2_000_000;
    static final int MAX_ALIASES = 10_000;
    private static final String MERGE_KEY = "<<";

    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(constraints()).build();

    /** Thrown inside the reader to stop at a problem after which nothing more can be read. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final boolean yaml;
    private final Problems problems;
    private final Map<String, Anchor> anchors = new HashMap<>();
    private long expanded;
    private int aliases;

    private record Anchor(Node node, long size) {
    }

    private TreeReader(String file, boolean yaml, Problems problems) {
        this.file = file;
        this.yaml = yaml;
        this.problems = problems;
    }

    /**
     * The tree of {@code text}, or {@code null} when it cannot be read at all (the reasons are
     * then in {@code problems}). Problems that do not stop reading (a tag, a duplicate key) are
     * recorded and the tree is still returned.
     *
     * @param file name shown in errors
     * @param json true to read JSON (a {@code .json} file), false for YAML
     */
    static Node read(String file, String text, boolean json, Problems problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(Location.startOf(file), "", "the file is larger than the limit of "
                    + MAX_CHARS / (1024 * 1024) + " MB");
            return null;
        }
        TreeReader reader = new TreeReader(file, !json, problems);
        if (!json && !linesWithinLimit(file, text, problems)) {
            return null;
        }
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(new StringReader(text))) {
            return reader.readDocument(parser);
        } catch (Stop stop) {
            return null;
        } catch (JsonProcessingException e) {
            reader.syntaxError(e);
            return null;
        } catch (IOException | RuntimeException e) {
            // Any other failure of the underlying parser is still a problem with the text.
            problems.add(Location.startOf(file), "", "cannot read the file: " + oneLine(e.getMessage()));
            return null;
        }
    }

    private Node readDocument(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            problems.add(Location.startOf(file), "", "the file is empty: a scenario needs at least"
                    + " name, team, modules, sites and strategy");
            return null;
        }
        Node root = readValue(p, first, 1, "");
        JsonToken extra = p.nextToken();
        if (extra != null) {
            problems.add(at(p), "", yaml
                    ? "a scenario file holds one YAML document; a second one starts here (remove the '---')"
                    : "unexpected content after the end of the JSON document");
            return null;
        }
        return root;
    }

    /** @param path the field path of the value ({@code sites[0].id}), for problems found while reading */
    private Node readValue(JsonParser p, JsonToken token, int depth, String path) throws IOException {
        Location location = at(p);
        if (depth > MAX_DEPTH) {
            problems.add(location, path, "values are nested more than " + MAX_DEPTH
                    + " levels deep; a scenario never needs that many");
            throw new Stop();
        }
        String anchor = !yaml ? null : p.getObjectId() instanceof String s ? s
                : token.isScalarValue() ? ((AnchoredYaml.Parser) p).scalarAnchor() : null;
        rejectTag(p, location, path);
        long before = expanded;
        countValue(location);
        Node node = switch (token) {
            case START_OBJECT -> readMap(p, location, depth, path);
            case START_ARRAY -> readList(p, location, depth, path);
            case VALUE_STRING -> yaml && ((YAMLParser) p).isCurrentAlias()
                    ? alias(p.getText(), location, path)
                    : !yaml || ((AnchoredYaml.Parser) p).scalarQuoted()
                    ? Scalar.quoted(withinLimit(p.getText(), location, path), location)
                    : Scalar.string(withinLimit(p.getText(), location, path), location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p.getText(), location);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(Scalar.Kind.BOOLEAN, p.getText(), Double.NaN, location);
            case VALUE_NULL -> Scalar.nullValue(location);
            default -> {
                problems.add(location, "", "unexpected " + token + " in the file");
                throw new Stop();
            }
        };
        if (anchor != null) {
            anchors.put(anchor, new Anchor(node, expanded - before));
        }
        return node;
    }

    private MapNode readMap(JsonParser p, Location location, int depth, String path) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        List<MapNode> merged = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                problems.add(at(p), "", "expected a field name, found " + t);
                throw new Stop();
            }
            Location keyLocation = at(p);
            String key = withinLimit(p.currentName(), keyLocation, path);
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Node value = readValue(p, p.nextToken(), depth + 1, keyPath);
            if (yaml && MERGE_KEY.equals(key)) {
                collectMerge(value, merged, path);
            } else if (keyLines.putIfAbsent(key, keyLocation.line()) != null) {
                problems.add(keyLocation, keyPath, "duplicate key '" + key + "' in the same mapping"
                        + " (the first one is at line " + keyLines.get(key) + ")");
            } else {
                entries.add(new Entry(key, keyLocation, value));
            }
        }
        // YAML merge keys: entries written in the mapping itself win over merged ones.
        for (MapNode source : merged) {
            for (Entry e : source.entries()) {
                if (keyLines.putIfAbsent(e.key(), e.keyLocation().line()) == null) {
                    entries.add(e);
                }
            }
        }
        return new MapNode(entries, location);
    }

    private void collectMerge(Node value, List<MapNode> merged, String path) {
        if (value instanceof MapNode map) {
            merged.add(map);
        } else if (value instanceof ListNode list && list.items().stream().allMatch(MapNode.class::isInstance)) {
            list.items().forEach(item -> merged.add((MapNode) item));
        } else {
            problems.add(value, path, "a YAML merge key (<<) takes a mapping or a list of mappings, not "
                    + value.describe());
        }
    }


    private ListNode readList(JsonParser p, Location location, int depth, String path) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(p, t, depth + 1, path + "[" + items.size() + "]"));
        }
        return new ListNode(items, location);
    }

    private Node alias(String name, Location location, String path) {
        Anchor anchor = anchors.get(name);
        if (anchor == null) {
            problems.add(location, path, "unknown alias *" + name
                    + " (an alias must follow its anchor &" + name + " and cannot refer to itself)");
            return Scalar.nullValue(location);
        }
        if (++aliases > MAX_ALIASES) {
            problems.add(location, "", "more than " + MAX_ALIASES + " aliases");
            throw new Stop();
        }
        expanded += anchor.size();
        checkExpanded(location);
        return placed(anchor.node(), location);
    }

    /**
     * The anchored value placed where an alias uses it, so that a problem with that use (a site
     * given twice, a value out of range there) is reported at the alias; what it holds stays located
     * where it was written, and shared, not copied.
     */
    private static Node placed(Node node, Location location) {
        if (node instanceof MapNode map) {
            return new MapNode(map.entries(), location);
        }
        if (node instanceof ListNode list) {
            return new ListNode(list.items(), location);
        }
        Scalar s = (Scalar) node;
        return new Scalar(s.kind(), s.text(), s.number(), location, s.quoted());
    }

    /** {@code text}, after checking that it is no longer than {@link #MAX_VALUE_CHARS}. */
    private String withinLimit(String text, Location location, String path) {
        if (text.length() > MAX_VALUE_CHARS) {
            problems.add(location, path, "a value of " + text.length() + " characters is longer than the limit of "
                    + MAX_VALUE_CHARS + "; a scenario never needs one that long");
            throw new Stop();
        }
        return text;
    }

    /**
     * YAML lines at most {@link #MAX_LINE_CHARS} long: the YAML scanner's time grows with the square
     * of the longest line (it re-buffers a token as it grows), so this keeps reading linear.
     */
    private static boolean linesWithinLimit(String file, String text, Problems problems) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    problems.add(new Location(file, line, MAX_LINE_CHARS + 1), "", "line " + line + " has " + (i - start)
                            + " characters, more than the limit of " + MAX_LINE_CHARS
                            + " for a line of YAML; break a long text over several lines");
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    private void countValue(Location location) {
        expanded++;
        checkExpanded(location);
    }

    private void checkExpanded(Location location) {
        if (expanded > MAX_EXPANDED_VALUES) {
            problems.add(location, "", "the file expands to more than " + MAX_EXPANDED_VALUES
                    + " values (counting each use of an alias); refusing to read further");
            throw new Stop();
        }
    }

    private void rejectTag(JsonParser p, Location location, String path) throws IOException {
        if (!yaml) {
            return;
        }
        Object typeId = p.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        if (tag != null) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
            problems.add(location, path, "YAML tags such as " + shown
                    + " are not allowed in scenario files; write plain values");
        }
    }

    /** A YAML or JSON number, by its text: YAML 1.1 spellings included (1.0e6, 1_000, 0x1F, .inf). */
    private static Node number(String text, Location location) {
        Double value = parseNumber(text);
        return value == null ? Scalar.string(text, location)
                : new Scalar(Scalar.Kind.NUMBER, text, value, location);
    }

    static Double parseNumber(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        try {
            double v;
            if (lower.equals(".nan")) {
                return Double.NaN;
            } else if (lower.equals(".inf")) {
                v = Double.POSITIVE_INFINITY;
            } else if (lower.startsWith("0x")) {
                v = Long.parseLong(body.substring(2), 16);
            } else if (lower.startsWith("0o")) {
                v = Long.parseLong(body.substring(2), 8);
            } else if (lower.startsWith("0b")) {
                v = Long.parseLong(body.substring(2), 2);
            } else if (!body.isEmpty() && (Character.isDigit(body.charAt(0)) || body.charAt(0) == '.')) {
                v = Double.parseDouble(body);
            } else {
                return null;
            }
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Location at(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private void syntaxError(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 1 : Math.max(1, l.getLineNr());
        int column = l == null ? 1 : Math.max(1, l.getColumnNr());
        String message;
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext();
            message = (context == null ? "" : context + ": ") + marked.getProblem();
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
                column = marked.getProblemMark().getColumn() + 1;
            }
        } else if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        } else {
            message = e.getOriginalMessage();
        }
        if (!yaml) {
            column = Math.max(1, column - JsonSyntax.tokenLength(message));
            message = JsonSyntax.plain(message);
        }
        problems.add(new Location(file, line, column), "", (yaml ? "YAML syntax: " : "JSON syntax: ")
                + oneLine(message));
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // Jackson names its own settings ("from `StreamReadConstraints.getMaxNumberLength()`"): not for users.
        String s = message.replaceAll(", from `[^`]*`", "").replaceAll("\\s+", " ").trim();
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 8)
                .maxNumberLength(400)
                .maxStringLength(MAX_CHARS)
                .build();
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setCodePointLimit(MAX_CHARS + 1);
        // An empty value (`program:`) is null, as YAML says and as `~` and `null` are; "" stays text.
        YAMLFactory factory = new AnchoredYaml(YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));
        factory.setStreamReadConstraints(constraints());
        return factory;
    }
}
