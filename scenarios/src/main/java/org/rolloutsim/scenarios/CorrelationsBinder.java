package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rolloutsim.design.CorrelationMatrix;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * Reads {@code correlations:}, rank correlations between uncertain inputs, written as pairs
 * ({@code - {between: [testDetection, learningRate], rank: 0.7}}) or as a matrix
 * ({@code {inputs: [a, b, c], matrix: [[1, 0.5, 0], [0.5, 1, 0.2], [0, 0.2, 1]]}}). Inputs are named
 * as in {@code --set} paths ({@code parameters.testDetection}, {@code sites.central.complexity},
 * {@code sites[0].complexity}); a parameter's bare key is shorthand. Each must be uncertain in the
 * scenario; the correlations together must form a valid (positive semi-definite) matrix, and when
 * they do not, the nearest valid one is suggested. An empty list says there are none: the inputs are
 * independent, as without {@code correlations:}; a matrix names at least two inputs.
 */
final class CorrelationsBinder {
    private static final String KEY = "correlations";

    private CorrelationsBinder() {
    }

    /** One named input as written: the name it resolves to and where it was written. */
    private record Named(String text, Node node, String path) {
    }

    /** A pair as written. */
    private record Pair(Named first, Named second, double rank, Node node) {
    }

    /**
     * The names as written (each once; a matrix's inputs even when it has no pairs) and the pairs;
     * {@code complete} is false when some entry had a problem of its own (a rank out of range, a
     * row too short): then the names and pairs are those that could be read, for the checks that
     * hold whatever else is wrong, and a rank is NaN where it could not be read.
     */
    private record Written(List<Named> names, List<Pair> pairs, boolean complete) {
    }

    /**
     * The correlations of {@code top}; {@code scenario} (without correlations) resolves names, or is
     * null when the rest of the file had problems (then only the shape is checked). {@code null}
     * after a problem.
     */
    static List<RankCorrelation> bind(Fields top, Scenario scenario, Problems problems) {
        Node node = top.node(KEY);
        if (node == null || node instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        Written written;
        boolean matrixForm = node instanceof MapNode;
        if (node instanceof ListNode list) {
            written = pairs(list, problems);
        } else if (node instanceof MapNode map) {
            written = matrix(map, problems);
        } else {
            problems.add(node, KEY, "expected a list of {between: [a, b], rank: r} or {inputs: [...], matrix: [[...]]}, got "
                    + node.describe());
            return null;
        }
        if (written == null) {
            return null;
        }
        List<Pair> pairs = written.pairs();
        if (scenario == null || !written.complete()) {
            // names cannot be resolved while the rest of the file (or of correlations:) has problems,
            // but a name that no scenario has, or one written twice in one pair, is wrong whatever the
            // rest says: say so now, with the other problems, not after they are fixed
            Set<Named> wrong = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Named n : written.names()) {
                if (!InputNames.couldName(n.text())) {
                    // past the limit a problem is only counted: spare the did-you-mean
                    problems.add(n.node(), n.path(), problems.isFull() ? ""
                            : InputNames.notAnInput(n.text()).replace("qualify", "can be correlated"));
                    wrong.add(n);
                }
            }
            for (Pair p : pairs) {
                if (!wrong.contains(p.first()) && !wrong.contains(p.second())
                        && parameterKey(p.first().text()).equals(parameterKey(p.second().text()))) {
                    correlatedWithItself(p, parameterKey(p.first().text()), problems);
                }
            }
            return null;
        }
        List<String> known = InputNames.uncertain(scenario);
        // each name is resolved once, so that a matrix's wrong input is reported once, not once per pair
        IdentityHashMap<Named, String> resolved = new IdentityHashMap<>();
        boolean ok = true;
        for (Named n : written.names()) {
            String name = resolve(n, scenario, known, problems);
            if (name == null) {
                ok = false;
            } else {
                resolved.put(n, name);
            }
        }
        List<String> names = new ArrayList<>();
        List<RankCorrelation> out = new ArrayList<>();
        for (Pair p : pairs) {
            String a = resolved.get(p.first());
            String b = resolved.get(p.second());
            if (a == null || b == null) {
                continue;
            }
            if (a.equals(b)) {
                correlatedWithItself(p, a, problems);
                ok = false;
                continue;
            }
            for (RankCorrelation seen : out) {
                if (seen.first().equals(a) && seen.second().equals(b) || seen.first().equals(b) && seen.second().equals(a)) {
                    problems.add(p.node(), p.first().path(), "the correlation of " + a + " and " + b + " is given twice");
                    ok = false;
                }
            }
            out.add(new RankCorrelation(a, b, p.rank()));
            for (String name : List.of(a, b)) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (!ok) {
            return null;
        }
        if (out.isEmpty()) {
            return List.of(); // no pairs: the inputs are independent, and there is no matrix to check
        }
        if (names.size() > InputDesign.MAX_CORRELATED) {
            problems.add(node, KEY, names.size() + " correlated inputs is more than the limit of " + InputDesign.MAX_CORRELATED);
            return null;
        }
        try {
            double[][] matrix = CorrelationMatrix.of(names, out);
            if (!CorrelationMatrix.isPositiveSemiDefinite(matrix)) {
                problems.add(node, KEY, "these rank correlations cannot all hold at once (their matrix is not positive"
                        + " semi-definite); the nearest that can: " + suggestion(names, CorrelationMatrix.nearestValid(matrix, 2),
                        matrixForm));
                return null;
            }
        } catch (IllegalArgumentException e) {
            // the checks above should leave nothing for the matrix maths to refuse; if they do not, it is
            // still a problem with correlations:, reported there rather than at the top of the file
            problems.add(node, KEY, e.getMessage());
            return null;
        }
        return out;
    }

    /** A parameter's bare key is shorthand for its path: {@code parameters.testDetection} is {@code testDetection}. */
    private static String parameterKey(String name) {
        return name.startsWith("parameters.") ? name.substring("parameters.".length()) : name;
    }

    private static void correlatedWithItself(Pair p, String name, Problems problems) {
        problems.add(p.second().node(), p.second().path(), "an input cannot be correlated with itself (" + name + ")");
    }

    private static Written pairs(ListNode list, Problems problems) {
        List<Named> all = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = KEY + "[" + i + "]";
            Fields f = Fields.open(list.items().get(i), path, "a correlation", FieldNames.CORRELATION, null, problems);
            if (f == null) {
                ok = false;
                continue;
            }
            ListNode between = f.list("between", 2, "two input names", true);
            Double rank = f.number("rank", -1, 1);
            if (rank == null && !f.has("rank")) {
                f.missing("rank", "the rank correlation, -1 to 1");
            }
            if (between != null && between.items().size() != 2) {
                problems.add(between, f.path("between"), "expected two input names, got " + between.items().size());
                between = null;
            }
            List<Named> named = between == null ? null : names(between, f.path("between"), problems);
            if (named == null || rank == null) {
                ok = false;
            }
            if (named != null) {
                // kept even when the rank is wrong: the names are judged whatever else is wrong
                all.addAll(named);
                pairs.add(new Pair(named.get(0), named.get(1), rank == null ? Double.NaN : rank, f.map()));
            }
        }
        return new Written(all, pairs, ok);
    }

    private static Written matrix(MapNode map, Problems problems) {
        Fields f = Fields.open(map, KEY, KEY, FieldNames.CORRELATION_MATRIX, null, problems);
        if (f == null) {
            return null;
        }
        ListNode inputs = f.list("inputs", InputDesign.MAX_CORRELATED, "input names", true);
        ListNode rows = f.list("matrix", InputDesign.MAX_CORRELATED, "rows", true);
        List<Named> named = inputs == null ? null : names(inputs, f.path("inputs"), problems);
        if (named == null) {
            return null;
        }
        if (rows == null) {
            return unread(named);
        }
        int k = named.size();
        if (k < 2) {
            // as the schema says (minItems 2): a matrix of fewer has no correlation in it
            problems.add(inputs, f.path("inputs"), "a matrix correlates at least 2 inputs, got " + k
                    + " (for none, leave correlations out or write correlations: [])");
            return null;
        }
        if (rows.items().size() != k) {
            problems.add(rows, f.path("matrix"), "expected " + k + " rows, one per input, got " + rows.items().size());
            return unread(named);
        }
        double[][] m = new double[k][k];
        boolean ok = true;
        for (int i = 0; i < k; i++) {
            String rowPath = f.path("matrix") + "[" + i + "]";
            if (!(rows.items().get(i) instanceof ListNode row) || row.items().size() != k) {
                problems.add(rows.items().get(i), rowPath, "expected a row of " + k + " numbers");
                ok = false;
                continue;
            }
            for (int j = 0; j < k; j++) {
                Double x = number(row.items().get(j), rowPath + "[" + j + "]", problems);
                if (x == null) {
                    ok = false;
                } else if (i == j && x != 1) {
                    problems.add(row.items().get(j), rowPath + "[" + j + "]", "the diagonal is 1 (an input's correlation with itself)");
                    ok = false;
                } else {
                    m[i][j] = x;
                }
            }
        }
        if (!ok) {
            return unread(named);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (m[i][j] != m[j][i]) {
                    Node at = ((ListNode) rows.items().get(j)).items().get(i);
                    problems.add(at, f.path("matrix") + "[" + j + "][" + i + "]", "the matrix must be symmetric: "
                            + Numbers.format(m[j][i]) + " here but " + Numbers.format(m[i][j]) + " at [" + i + "][" + j + "]");
                    return unread(named);
                }
                pairs.add(new Pair(named.get(i), named.get(j), m[i][j], rows.items().get(i)));
            }
        }
        return new Written(named, pairs, true);
    }

    /**
     * A matrix whose numbers could not all be read: its inputs, and each pair of them, for the
     * checks of names that hold whatever else is wrong.
     */
    private static Written unread(List<Named> named) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                pairs.add(new Pair(named.get(i), named.get(j), Double.NaN, named.get(i).node()));
            }
        }
        return new Written(named, pairs, false);
    }

    private static Double number(Node n, String path, Problems problems) {
        if (Distributions.leadingZero(n, path, problems)) {
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.NUMBER) {
            problems.add(n, path, "expected a number from -1 to 1, got " + n.describe());
            return null;
        }
        if (!Distributions.finite(s, path, problems)) {
            return null;
        }
        if (s.number() < -1 || s.number() > 1) {
            problems.add(s, path, s.text() + " is outside [-1, 1]");
            return null;
        }
        return s.number();
    }

    private static List<Named> names(ListNode list, String path, Problems problems) {
        List<Named> names = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node n = list.items().get(i);
            String at = path + "[" + i + "]";
            if (!(n instanceof Scalar s) || s.kind() == Scalar.Kind.NUMBER || s.isNull()) {
                problems.add(n, at, "expected an input's name such as testDetection or sites.central.complexity, got "
                        + n.describe());
                return null;
            }
            names.add(new Named(s.text(), n, at));
        }
        return names;
    }

    /** The input column {@code named} refers to; null (after a problem) when it is not uncertain. */
    private static String resolve(Named named, Scenario scenario, List<String> known, Problems problems) {
        String name = InputNames.canonical(named.text(), scenario);
        if (known.contains(name)) {
            return name;
        }
        problems.add(named.node(), named.path(), InputNames.notUncertain(named.text(), scenario)
                .replace("qualify", "can be correlated"));
        return null;
    }

    private static String suggestion(List<String> names, double[][] m, boolean matrixForm) {
        StringBuilder b = new StringBuilder();
        if (matrixForm) {
            b.append("matrix: [");
            for (int i = 0; i < m.length; i++) {
                b.append(i == 0 ? "[" : ", [");
                for (int j = 0; j < m.length; j++) {
                    b.append(j == 0 ? "" : ", ").append(Numbers.format(m[i][j]));
                }
                b.append(']');
            }
            return b.append(']').toString();
        }
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                if (m[i][j] != 0) {
                    b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{between: [%s, %s], rank: %s}",
                            names.get(i), names.get(j), Numbers.format(m[i][j])));
                }
            }
        }
        return b.toString();
    }
}
