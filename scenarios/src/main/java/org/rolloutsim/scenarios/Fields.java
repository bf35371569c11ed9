package org.rolloutsim.scenarios;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * One mapping of a scenario file being read: typed access to its fields, each read recording a
 * located problem instead of failing, so that reading goes on and every problem is reported.
 * A read that fails returns {@code null}; the caller then skips what depended on it.
 *
 * <p>Unknown fields are reported when the mapping is opened, with a did-you-mean.
 */
final class Fields {
    private final MapNode map;
    private final String path;
    private final Problems problems;

    private Fields(MapNode map, String path, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Opens {@code node} as a mapping with the given known field names, or returns {@code null}
     * after recording a type error.
     *
     * @param hint says more about an unknown field (e.g. that it belongs in another section); may
     *             return "" and is asked only when no known field is close in spelling
     */
    static Fields open(Node node, String path, String what, Collection<String> known,
                       Function<String, String> hint, Problems problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(node, path, what + " must be a mapping of fields, got " + node.describe());
            return null;
        }
        Fields fields = new Fields(map, path, problems);
        for (Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                if (problems.isFull()) {
                    problems.add(e.keyLocation(), "", "");
                    continue;
                }
                String suggestion = DidYouMean.hint(e.key(), known);
                String more = suggestion.isEmpty() && hint != null ? hint.apply(e.key()) : "";
                problems.add(e.keyLocation(), fields.path(e.key()), "unknown field '" + e.key() + "' in "
                        + what + suggestion + more);
            }
        }
        return fields;
    }

    MapNode map() {
        return map;
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of {@code key}; {@code null} when absent or written as null. */
    Node node(String key) {
        Node n = map.get(key);
        return n instanceof Scalar s && s.isNull() ? null : n;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    void missing(String key, String why) {
        missing(map, path, key, why, problems);
    }

    /**
     * Records that required field {@code key} of {@code map} (at {@code path}) has no value: at the
     * mapping when the key is absent, else at its empty value ({@code key:}, {@code ~}, {@code null}),
     * which may come from a {@code --set} that removed it.
     */
    static void missing(MapNode map, String path, String key, String why, Problems problems) {
        Entry entry = map.entry(key);
        String more = why == null ? "" : ": " + why;
        if (entry == null) {
            problems.add(map, path, "missing required field '" + key + "'" + more);
        } else {
            problems.add(entry.value(), path.isEmpty() ? key : path + "." + key,
                    "required field '" + key + "' is empty" + more);
        }
    }

    /**
     * Whether text would print as nothing: empty, or only white space — Java's white space or a
     * Unicode space such as the no-break space a word processor puts in. The JSON Schema's pattern
     * for names is generated from this ({@link ScenarioSchema}), so editors and the loader agree.
     */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * Text of a scalar (numbers and booleans as written). Required text that is {@linkplain #blank
     * blank} is a problem: it would print as nothing.
     */
    String text(String key, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                missing(key, null);
            }
            return null;
        }
        if (n instanceof Scalar s) {
            if (required && blank(s.text())) {
                problems.add(n, path(key), "required field '" + key + "' is "
                        + (s.text().isEmpty() ? "empty" : "blank (only white space)"));
                return null;
            }
            return keepsItsText(s, path(key), problems) ? s.text() : null;
        }
        problems.add(n, path(key), "expected text, got " + n.describe());
        return null;
    }

    /**
     * Whether a scalar read as text means the same in the canonical JSON saved with results (which
     * {@code rerun} reads back): an unquoted number or boolean is kept there by value, so one
     * written otherwise than that value prints ({@code 007}, {@code 1e3}, {@code 2024.10},
     * {@code yes}) would come back as other text ({@code 7}), and {@code id: 007} beside
     * {@code id: 7} as a duplicate. Such a value is a problem: it must be quoted. So is a whole
     * number with a leading zero that YAML 1.1 reads as text ({@code 090}, {@code 08}): YAML 1.2
     * tools read it as a number (90), so it is refused like {@code 007} and {@code 0100}, not kept
     * as text here and read as a number elsewhere. The YAML 1.2 octal {@code 0o17} is the same case
     * (text to YAML 1.1 and here, 15 to YAML 1.2) and refused alike; {@code 0x1F} and {@code 0b101}
     * are numbers to both (31 and 5), refused as any number written otherwise than it prints. A
     * leading zero before digits 0-7 only is a number to both but not the same one: YAML 1.1 reads
     * {@code 010} as the octal 8, YAML 1.2 (and this loader) as 10, and the message names both;
     * {@code 007} is 7 to both and is said to be read as the number 7.
     */
    static boolean keepsItsText(Scalar s, String path, Problems problems) {
        boolean leadingZero = Distributions.writtenWithLeadingZero(s);
        String yaml12 = s.kind() != Scalar.Kind.STRING ? null
                : leadingZero ? Distributions.decimal(s)
                : Distributions.yaml12NumberReadAsText(s) ? Numbers.format(TreeReader.parseNumber(s.text().trim()))
                : null;
        if (yaml12 != null) {
            problems.add(s, path, s.text() + " is read as the text '" + s.text() + "' by YAML 1.1 tools but as the number "
                    + yaml12 + " by YAML 1.2 ones; write it in quotes (\"" + s.text() + "\") to keep it as written");
            return false;
        }
        String octal = leadingZero && s.kind() == Scalar.Kind.NUMBER ? Distributions.yaml11Octal(s) : null;
        if (octal != null && !octal.equals(Distributions.decimal(s))) {
            problems.add(s, path, s.text() + " is read as the number " + octal + " by YAML 1.1 tools but as the number "
                    + Distributions.decimal(s) + " by YAML 1.2 ones, not as the text '" + s.text()
                    + "'; write it in quotes (\"" + s.text() + "\") to keep it as written");
            return false;
        }
        String plain = CanonicalJson.plain(s);
        if (plain == null || plain.equals(s.text())) {
            return true;
        }
        problems.add(s, path, s.text() + " is read as the " + (s.kind() == Scalar.Kind.NUMBER ? "number " : "boolean ")
                + plain + ", not as the text '" + s.text() + "'; write it in quotes (\"" + s.text()
                + "\") to keep it as written");
        return false;
    }

    /**
     * An optional name: absent (or null) is fine, one read back as nothing (empty or only white
     * space) is a problem, as a required one is, since it would print as nothing.
     */
    String optionalName(String key) {
        Node n = node(key);
        if (n instanceof Scalar s && blank(s.text())) {
            return text(key, true);
        }
        return text(key, false);
    }

    /** A whole number in [min, max] (structural counts and week numbers). */
    Integer whole(String key, long min, long max, boolean required) {
        return whole(key, null, min, max, required);
    }

    /**
     * A whole number of {@code things} in [min, max]: a value that is no number is told what is
     * expected, "a whole number of users".
     *
     * @param things what the number counts ({@code users}), or null to say only "a whole number"
     */
    Integer whole(String key, String things, long min, long max, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                missing(key, null);
            }
            return null;
        }
        return whole(n, path(key), things, min, max, problems);
    }

    static Integer whole(Node n, String path, long min, long max, Problems problems) {
        return whole(n, path, null, min, max, problems);
    }

    private static Integer whole(Node n, String path, String things, long min, long max, Problems problems) {
        if (Distributions.leadingZero(n, path, problems)) {
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.NUMBER) {
            problems.add(n, path, "expected a whole number" + (things == null ? "" : " of " + things) + ", got "
                    + n.describe() + Distributions.quotedNumberHint(n)
                    + (n instanceof MapNode ? " (this count cannot be a distribution)" : ""));
            return null;
        }
        if (!Distributions.finite(s, path, problems)) {
            return null;
        }
        if (s.number() != Math.rint(s.number())) {
            problems.add(s, path, s.text() + " is not a whole number");
            return null;
        }
        if (s.number() < min || s.number() > max) {
            problems.add(s, path, s.text() + (max != WEEK_MAX ? " is outside " + Numbers.range(min, max)
                    : s.number() < min ? " is below " + Numbers.format(min)
                    + ": weeks count from the programme start, week 0"
                    : " is beyond any horizon (at most " + Program.MAX_HORIZON_WEEKS + " weeks)"));
            return null;
        }
        return (int) s.number();
    }

    /**
     * The upper bound of a week (a go-live, a window's end): none here, as the horizon bounds it and is
     * checked, by name, once the whole scenario is read. A week out of this range is told the bound it
     * crossed, never this number.
     */
    static final long WEEK_MAX = Integer.MAX_VALUE;

    /** A plain (not uncertain) number in [min, max]. */
    Double number(String key, double min, double max) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (Distributions.leadingZero(n, path(key), problems)) {
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.NUMBER) {
            problems.add(n, path(key), "expected a number, got " + n.describe() + Distributions.quotedNumberHint(n)
                    + (n instanceof MapNode ? " (this value cannot be a distribution)" : ""));
            return null;
        }
        if (!Distributions.finite(s, path(key), problems)) {
            return null;
        }
        if (s.number() < min || s.number() > max) {
            problems.add(s, path(key), s.text() + " is outside " + Numbers.range(min, max));
            return null;
        }
        return s.number();
    }

    /** A number or a distribution that can produce values in [min, max]. */
    Distribution distribution(String key, double min, double max, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                missing(key, null);
            }
            return null;
        }
        return Distributions.read(n, path(key), min, max, problems);
    }

    Boolean bool(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && (s.text().equals("true") || s.text().equals("false"))
                && s.kind() == Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) {
            // YAML 1.1 reads yes/no/on/off as booleans; a scenario takes true and false only
            problems.add(n, path(key), "write true or false, not '" + s.text() + "'");
            return null;
        }
        problems.add(n, path(key), "expected true or false, got " + n.describe());
        return null;
    }

    LocalDate date(String key) {
        String text = text(key, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(node(key), path(key), "'" + text + "' is not a date; write it as YYYY-MM-DD");
            return null;
        }
    }

    /** One of an enum's values, written in kebab-case in the file ({@code hold-the-line}). */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key, false);
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            String name = fileName(value);
            if (name.equals(text)) {
                return value;
            }
            names.add(name);
        }
        problems.add(node(key), path(key), "'" + text + "' is not one of " + String.join(", ", names)
                + DidYouMean.hint(text, names));
        return null;
    }

    static String fileName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A list of at most {@code maxItems}; {@code null} (after a problem) when not a list or too long. */
    ListNode list(String key, int maxItems, String what, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                missing(key, "list the " + what);
            }
            return null;
        }
        if (!(n instanceof ListNode list)) {
            problems.add(n, path(key), "expected a list of " + what + ", got " + n.describe());
            return null;
        }
        if (list.items().size() > maxItems) {
            problems.add(n, path(key), list.items().size() + " " + what + " is more than the limit of " + maxItems);
            return null;
        }
        return list;
    }
}
