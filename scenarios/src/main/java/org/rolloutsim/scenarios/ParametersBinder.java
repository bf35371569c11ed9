package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Parameters;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.MapNode;

/**
 * Reads {@code parameters:} (MODEL.md 2.7): overrides of the {@link Parameter} constants, each a
 * number or a distribution checked against the parameter's range. Dotted keys are written nested
 * ({@code legacyEffort: {homegrown: 1.6}}); the flat spelling {@code legacyEffort.homegrown: 1.6}
 * is accepted too. A constant that has a field of its own in a section (e.g.
 * {@code team.hiringLagWeeks}) is not a parameter: setting it here is an error that says where it
 * belongs, and whether it is set there as well.
 */
final class ParametersBinder {
    private ParametersBinder() {
    }

    static Parameters bind(Fields top, Problems problems) {
        Node node = top.node("parameters");
        if (node == null) {
            return Parameters.defaults();
        }
        if (!(node instanceof MapNode map)) {
            problems.add(node, "parameters", "parameters must be a mapping such as {testDetection: 0.4}, got "
                    + node.describe());
            return null;
        }
        Map<Parameter, Distribution> overrides = new EnumMap<>(Parameter.class);
        Map<Parameter, Node> where = new EnumMap<>(Parameter.class);
        boolean ok = true;
        for (Entry e : map.entries()) {
            String path = "parameters." + e.key();
            if (problems.isFull()) {
                problems.add(e.keyLocation(), path, "");
                ok = false;
                continue;
            }
            Optional<Parameter> parameter = Parameter.byKey(e.key());
            if (parameter.isPresent()) {
                ok &= read(parameter.get(), e.value(), e.keyLocation(), path, overrides, where, problems);
            } else if (FieldNames.isParameterGroup(e.key())) {
                ok &= group(e, path, overrides, where, problems);
            } else if (FieldNames.HOME.containsKey(e.key())) {
                String home = FieldNames.HOME.get(e.key());
                boolean alsoThere = isSet(top.map(), home);
                problems.add(e.keyLocation(), path, alsoThere
                        ? e.key() + " is set both here and in " + home + "; set it only in " + home
                        : e.key() + " is not a model parameter: it is set as " + home);
                ok = false;
            } else {
                List<String> keys = new ArrayList<>();
                for (Parameter p : Parameter.values()) {
                    keys.add(p.key());
                }
                problems.add(e.keyLocation(), path, "unknown parameter '" + e.key() + "'" + DidYouMean.hint(e.key(), keys));
                ok = false;
            }
        }
        return ok ? new Parameters(overrides) : null;
    }

    /** {@code legacyEffort: {paper: .., vendor: .., homegrown: ..}}. */
    private static boolean group(Entry e, String path, Map<Parameter, Distribution> overrides,
                                 Map<Parameter, Node> where, Problems problems) {
        if (!(e.value() instanceof MapNode map)) {
            problems.add(e.value(), path, e.key() + " has one value per legacy kind: write " + e.key()
                    + ": {paper: ..., vendor: ..., homegrown: ...}, got " + e.value().describe());
            return false;
        }
        boolean ok = true;
        for (Entry sub : map.entries()) {
            Optional<Parameter> parameter = Parameter.byKey(e.key() + "." + sub.key());
            if (parameter.isEmpty()) {
                problems.add(sub.keyLocation(), path + "." + sub.key(), "unknown legacy kind '" + sub.key() + "'"
                        + DidYouMean.hint(sub.key(), FieldNames.LEGACY_KINDS) + "; use paper, vendor or homegrown");
                ok = false;
                continue;
            }
            ok &= read(parameter.get(), sub.value(), sub.keyLocation(), path + "." + sub.key(), overrides, where, problems);
        }
        return ok;
    }

    private static boolean read(Parameter parameter, Node value, Location keyLocation, String path,
                                Map<Parameter, Distribution> overrides, Map<Parameter, Node> where, Problems problems) {
        if (value instanceof Node.Scalar s && s.isNull()) {
            return true; // null: keep the default
        }
        if (where.containsKey(parameter)) {
            problems.add(keyLocation, path, parameter.key() + " is set twice (also at line "
                    + where.get(parameter).location().line() + ")");
            return false;
        }
        where.put(parameter, value);
        Distribution d = Distributions.read(value, path, parameter.min(), parameter.max(), problems);
        if (d == null) {
            return false;
        }
        overrides.put(parameter, d);
        return true;
    }

    /** True when the dotted section path (e.g. {@code team.hiringLagWeeks}) is set in the tree. */
    private static boolean isSet(MapNode root, String dottedPath) {
        Node node = root;
        for (String part : dottedPath.split("\\.")) {
            if (!(node instanceof MapNode map) || part.contains("[")) {
                return false;
            }
            node = map.get(part);
            if (node == null || node instanceof Node.Scalar s && s.isNull()) {
                return false;
            }
        }
        return true;
    }
}
