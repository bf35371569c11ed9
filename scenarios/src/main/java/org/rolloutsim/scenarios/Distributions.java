package org.rolloutsim.scenarios;

import java.util.List;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.random.Distribution.LogNormal;
import org.rolloutsim.random.Distribution.Normal;
import org.rolloutsim.random.Distribution.Pert;
import org.rolloutsim.random.Distribution.Triangular;
import org.rolloutsim.random.Distribution.Truncated;
import org.rolloutsim.random.Distribution.Unbounded;
import org.rolloutsim.random.Distribution.Uniform;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * Reads a number or a distribution ({@code {triangular: [min, mode, max]}}, {@code pert},
 * {@code uniform: [min, max]}, {@code normal: [mean, sd]}, {@code lognormal: [mean, sd]}) and checks
 * it against the field's valid range, by one rule for every number:
 *
 * <ul>
 *   <li>a bounded shape (triangular, pert, uniform) must lie entirely inside the range;</li>
 *   <li>an unbounded one (normal, lognormal) is truncated to the range, a draw outside it being
 *       drawn again (MODEL.md 2.7), and is refused when less than {@link #MIN_MASS} of it lies in
 *       the range, since it would then describe something else.</li>
 * </ul>
 * So every draw lies inside the field's range and is finite.
 */
final class Distributions {
    static final List<String> KINDS = List.of("triangular", "pert", "uniform", "normal", "lognormal");
    /** The least share of a normal or lognormal that must lie inside its field's range. */
    static final double MIN_MASS = 0.01;

    private Distributions() {
    }

    /** The distribution at {@code node}, or {@code null} after recording why it is invalid. */
    static Distribution read(Node node, String path, double min, double max, Problems problems) {
        if (leadingZero(node, path, problems)) {
            return null;
        }
        if (node instanceof Scalar s && s.kind() == Scalar.Kind.NUMBER) {
            if (!finite(s, path, problems)) {
                return null;
            }
            if (s.number() < min || s.number() > max) {
                problems.add(s, path, s.text() + " is outside " + Numbers.range(min, max));
                return null;
            }
            return Distribution.constant(s.number());
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node, path, "expected a number or a distribution such as {triangular: [min, mode, max]}, got "
                    + node.describe() + quotedNumberHint(node));
            return null;
        }
        if (map.entries().size() != 1) {
            problems.add(map, path, "a distribution is written with exactly one of " + String.join(", ", KINDS)
                    + ", e.g. {triangular: [0.2, 0.3, 0.5]}");
            return null;
        }
        Node.Entry entry = map.entries().get(0);
        String kind = entry.key();
        String at = path + "." + kind;
        if (!KINDS.contains(kind)) {
            problems.add(entry.keyLocation(), path, "unknown distribution '" + kind + "'"
                    + DidYouMean.hint(kind, KINDS) + "; use one of " + String.join(", ", KINDS));
            return null;
        }
        int arity = kind.equals("triangular") || kind.equals("pert") ? 3 : 2;
        double[] v = numbers(entry.value(), at, arity, kind, problems);
        if (v == null) {
            return null;
        }
        Distribution d = build(kind, v, entry.value(), at, min, max, problems);
        if (d == null) {
            return null;
        }
        return d instanceof Unbounded u ? truncate(u, entry.value(), at, min, max, problems) : d;
    }

    /** {@code d} restricted to [min, max], or {@code null} when too little of it lies there. */
    private static Distribution truncate(Unbounded d, Node at, String path, double min, double max, Problems problems) {
        if (d.lower() >= min && d.upper() <= max) {
            return d; // a zero spread: a constant inside the range
        }
        double mass = d.massWithin(min, max);
        if (!(mass >= MIN_MASS)) {
            problems.add(at, path, "less than 1% of this distribution lies inside the valid range "
                    + Numbers.range(min, max) + "; at least 1% must, since draws outside it are drawn again");
            return null;
        }
        return new Truncated(d, min, max);
    }

    /** A bounded shape's bounds must both lie in the range: {@code true} when they do. */
    private static boolean inside(double lowest, double highest, Node at, String path, double min, double max,
                                  Problems problems) {
        if (lowest < min || highest > max) {
            double outside = lowest < min ? lowest : highest;
            problems.add(at, path, "this distribution reaches " + Numbers.format(outside) + ", outside the valid range "
                    + Numbers.range(min, max) + "; its minimum and maximum must lie inside it");
            return false;
        }
        return true;
    }

    private static Distribution build(String kind, double[] v, Node at, String path, double min, double max,
                                      Problems problems) {
        switch (kind) {
            case "triangular", "pert" -> {
                if (!(v[0] <= v[1] && v[1] <= v[2])) {
                    problems.add(at, path, "needs min <= mode <= max, got " + Numbers.format(v[0]) + ", "
                            + Numbers.format(v[1]) + ", " + Numbers.format(v[2]));
                    return null;
                }
                if (!inside(v[0], v[2], at, path, min, max, problems)) {
                    return null;
                }
                return kind.equals("pert") ? new Pert(v[0], v[1], v[2]) : new Triangular(v[0], v[1], v[2]);
            }
            case "uniform" -> {
                if (!(v[0] <= v[1])) {
                    problems.add(at, path, "needs min <= max, got " + Numbers.format(v[0]) + ", " + Numbers.format(v[1]));
                    return null;
                }
                if (!inside(v[0], v[1], at, path, min, max, problems)) {
                    return null;
                }
                return new Uniform(v[0], v[1]);
            }
            case "normal" -> {
                if (v[1] < 0) {
                    problems.add(at, path, "the standard deviation must be >= 0, got " + Numbers.format(v[1]));
                    return null;
                }
                return new Normal(v[0], v[1]);
            }
            default -> {
                if (v[0] <= 0 || v[1] < 0) {
                    problems.add(at, path, "a lognormal needs mean > 0 and sd >= 0 (mean and sd of the value"
                            + " itself, not of its log), got " + Numbers.format(v[0]) + ", " + Numbers.format(v[1]));
                    return null;
                }
                return new LogNormal(v[0], v[1]);
            }
        }
    }

    private static double[] numbers(Node node, String path, int arity, String kind, Problems problems) {
        String shape = arity == 3 ? "[min, mode, max]" : kind.equals("uniform") ? "[min, max]" : "[mean, sd]";
        if (!(node instanceof ListNode list) || list.items().size() != arity) {
            problems.add(node, path, kind + " takes a list of " + arity + " numbers " + shape + ", got "
                    + (node instanceof ListNode l ? "a list of " + l.items().size() : node.describe()));
            return null;
        }
        double[] v = new double[arity];
        boolean ok = true;
        for (int i = 0; i < arity; i++) {
            Node item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (leadingZero(item, itemPath, problems)) {
                ok = false;
            } else if (item instanceof Scalar s && s.kind() == Scalar.Kind.NUMBER) {
                ok &= finite(s, itemPath, problems);
                v[i] = s.number();
            } else {
                problems.add(item, itemPath, "expected a number, got " + item.describe() + quotedNumberHint(item));
                ok = false;
            }
        }
        return ok ? v : null;
    }

    /** A whole number with a leading zero, unquoted: 0100, 090, -007, 0_100 (not 0, 0.5, 0x1F or 0o17). */
    private static final java.util.regex.Pattern LEADING_ZERO = java.util.regex.Pattern.compile("[-+]?0_*[0-9][0-9_]*");

    /**
     * Whether {@code s} is written, unquoted, as a whole number with a leading zero: what YAML 1.1
     * and YAML 1.2 tools read differently ({@code 0100} as 64 or 100, {@code 090} as text or 90).
     */
    static boolean writtenWithLeadingZero(Scalar s) {
        return !s.quoted() && s.kind() != Scalar.Kind.NULL && LEADING_ZERO.matcher(s.text().trim()).matches();
    }

    /** What YAML 1.2 reads a {@linkplain #writtenWithLeadingZero whole number with a leading zero} as: 0100 as 100. */
    static String decimal(Scalar s) {
        String text = s.text().trim().replace("_", "");
        return new java.math.BigInteger(text.startsWith("+") ? text.substring(1) : text).toString();
    }

    /**
     * What YAML 1.1 reads a {@linkplain #writtenWithLeadingZero whole number with a leading zero}
     * as when its digits are all 0-7, the octal number ({@code 0100} as 64, {@code -010} as -8);
     * null when a digit is 8 or 9 ({@code 090}), which YAML 1.1 reads as text.
     */
    static String yaml11Octal(Scalar s) {
        String text = s.text().trim();
        String digits = text.replace("_", "").replaceFirst("^[-+]", "");
        if (!digits.chars().allMatch(c -> c <= '7')) {
            return null;
        }
        return new java.math.BigInteger((text.startsWith("-") ? "-" : "") + digits, 8).toString();
    }

    /**
     * Whether {@code node} is a whole number written with a leading zero, after recording the
     * problem. YAML tools disagree on such a number: YAML 1.1 reads 0100 as the octal 64 and 090 as
     * text, YAML 1.2 reads both in decimal; so it is refused wherever a number belongs, with the
     * number to write instead, rather than read one way here and another elsewhere.
     */
    static boolean leadingZero(Node node, String path, Problems problems) {
        if (!(node instanceof Scalar s) || !writtenWithLeadingZero(s)) {
            return false;
        }
        String text = s.text().trim();
        String decimal = decimal(s);
        String octalValue = yaml11Octal(s);
        String readings = octalValue == null ? "YAML 1.1 reads " + text + " as text and YAML 1.2 as " + decimal
                : octalValue.equals(decimal) ? "YAML 1.1 reads " + text + " as an octal number"
                : "YAML 1.1 reads " + text + " as the octal number " + octalValue + " and YAML 1.2 as " + decimal;
        problems.add(s, path, "a number is written without leading zeros (" + readings + "); write " + decimal);
        return true;
    }

    static boolean finite(Scalar s, String path, Problems problems) {
        if (!Double.isFinite(s.number())) {
            problems.add(s, path, s.text() + " is not a finite number");
            return false;
        }
        return true;
    }

    /**
     * A number as YAML 1.1 or 1.2 spells one ({@code 1_000}, {@code 0x1F}, {@code 0o17}, {@code 0b101},
     * {@code 1.5e6}, {@code .5}, {@code .inf}): not Java's spellings {@code 7d}, {@code 2f} or
     * {@code 0x1p3}, which are text to every YAML tool and whose hint would be a guess.
     */
    private static final java.util.regex.Pattern YAML_NUMBER = java.util.regex.Pattern.compile(
            "[-+]?(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|(\\.[0-9][0-9_]*|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
                    + "|\\.(inf|Inf|INF))|\\.(nan|NaN|NAN)");

    /** A whole number as YAML 1.2 alone spells it, the octal {@code 0o17}: YAML 1.1 reads it as text. */
    private static final java.util.regex.Pattern YAML_12_OCTAL = java.util.regex.Pattern.compile("[-+]?0o[0-7]+");

    /** The number {@code text} spells in YAML (1.1 or 1.2), or null when it is no YAML number. */
    static Double yamlNumber(String text) {
        return YAML_NUMBER.matcher(text).matches() ? TreeReader.parseNumber(text) : null;
    }

    /**
     * Whether {@code s}, read here as text, is written unquoted as a number that YAML 1.2 tools read
     * and YAML 1.1 ones do not: the octal {@code 0o17} (15 to YAML 1.2, the text '0o17' to YAML
     * 1.1, as here). Such a value means one thing here and another in other tools.
     */
    static boolean yaml12NumberReadAsText(Scalar s) {
        return !s.quoted() && s.kind() == Scalar.Kind.STRING && YAML_12_OCTAL.matcher(s.text().trim()).matches();
    }

    /**
     * A hint for text that looks like a number: written in quotes, or unquoted in a spelling YAML
     * 1.1 reads as text (the octal {@code 0o1750} of YAML 1.2). None for text no YAML tool reads as
     * a number ({@code 7d}): what the field expects is then said by the message itself.
     */
    static String quotedNumberHint(Node node) {
        Double value = node instanceof Scalar s && s.kind() == Scalar.Kind.STRING
                ? yamlNumber(s.text().trim()) : null;
        if (value == null) {
            return "";
        }
        return ((Scalar) node).quoted() ? " (a number in quotes is text; remove the quotes)"
                : " (YAML reads " + ((Scalar) node).text() + " as text, not a number; write "
                + Numbers.format(value) + ")";
    }
}
