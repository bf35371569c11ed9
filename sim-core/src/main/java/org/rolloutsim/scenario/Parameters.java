package org.rolloutsim.scenario;

import java.util.EnumMap;
import java.util.Map;
import org.rolloutsim.random.Distribution;

/** The values of the {@link Parameter}s a scenario overrides; the rest keep their defaults. */
public final class Parameters {
    private static final Parameters DEFAULTS = new Parameters(Map.of());

    private final EnumMap<Parameter, Distribution> overrides = new EnumMap<>(Parameter.class);

    public Parameters(Map<Parameter, Distribution> overrides) {
        this.overrides.putAll(overrides);
    }

    public static Parameters defaults() {
        return DEFAULTS;
    }

    /**
     * The value of {@code parameter}: the override, else the default. {@code null} only for
     * {@link Parameter#LEARNING_RATE_EMBEDDED} when not overridden (its default is derived).
     */
    public Distribution get(Parameter parameter) {
        return overrides.getOrDefault(parameter, parameter.defaultValue());
    }

    /** The value of {@code parameter} under a response: the override, else its default for that response. */
    public Distribution get(Parameter parameter, Response response) {
        Distribution d = overrides.get(parameter);
        return d != null ? d : parameter.defaultFor(response);
    }

    /** True when the scenario sets this parameter itself. */
    public boolean isOverridden(Parameter parameter) {
        return overrides.containsKey(parameter);
    }

    /** A copy with one more override, for sweeps built in code. */
    public Parameters with(Parameter parameter, Distribution value) {
        EnumMap<Parameter, Distribution> copy = new EnumMap<>(overrides);
        copy.put(parameter, value);
        return new Parameters(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "Parameters" + overrides;
    }
}
