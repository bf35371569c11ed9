package org.rolloutsim.scenarios;

import java.util.Collection;
import java.util.Optional;
import org.rolloutsim.scenario.Parameter;

/**
 * A model parameter's bare key as shorthand for its field path in {@code --set} and
 * {@code --param} paths: {@code testExitShare} is {@code parameters.testExitShare}, and
 * {@code legacyEffort.homegrown} is {@code parameters.legacyEffort.homegrown}, as correlations and
 * sensitivity inputs already read them ({@link InputNames}). A path that starts with a top-level
 * scenario field is that field's. A bare key that were also a top-level field could mean either,
 * and is refused naming both ({@link #ambiguity}); no key is one today, and a test keeps it so.
 */
public final class ParameterShorthand {
    private static final String PARAMETERS = "parameters.";

    private ParameterShorthand() {
    }

    /**
     * The field path {@code written} names: {@code parameters.} before a parameter's bare key (or
     * a group's, {@code legacyEffort}), any other path as written, an ambiguous one too.
     */
    public static String path(String written) {
        return isShorthand(written, FieldNames.TOP) ? PARAMETERS + written : written;
    }

    /** Why {@code written} cannot be read, when it could be a top-level field or a model parameter; else empty. */
    public static Optional<String> ambiguity(String written) {
        return ambiguity(written, FieldNames.TOP);
    }

    /** {@link #ambiguity(String)} with the top-level field names given, so that a test can make a clash. */
    static Optional<String> ambiguity(String written, Collection<String> top) {
        String first = firstName(written);
        if (!top.contains(first) || !isParameter(first)) {
            return Optional.empty();
        }
        return Optional.of("'" + first + "' may be the scenario field " + first + " or the model parameter "
                + PARAMETERS + first + ": write " + PARAMETERS + written + " for the parameter");
    }

    private static boolean isShorthand(String written, Collection<String> top) {
        String first = firstName(written);
        return !top.contains(first) && isParameter(first);
    }

    /** A parameter's key ({@code testExitShare}) or a group's ({@code legacyEffort}). */
    private static boolean isParameter(String name) {
        return Parameter.byKey(name).isPresent() || FieldNames.isParameterGroup(name);
    }

    /** The path's first field name: up to its first dot or list index. */
    private static String firstName(String written) {
        int end = written.length();
        for (char c : new char[] {'.', '['}) {
            int at = written.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return written.substring(0, end).trim();
    }
}
