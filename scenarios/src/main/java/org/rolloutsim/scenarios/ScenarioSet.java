package org.rolloutsim.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * What a scenario file holds once loaded and validated: one scenario for a plain file, or one per
 * variant (in file order) for a variants file.
 */
public final class ScenarioSet {
    private final String sourceName;
    private final String name;
    private final String description;
    private final boolean variants;
    private final List<NamedScenario> scenarios;

    ScenarioSet(String sourceName, String name, String description, boolean variants, List<NamedScenario> scenarios) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.variants = variants;
        this.scenarios = List.copyOf(scenarios);
        if (this.scenarios.isEmpty()) {
            throw new IllegalArgumentException("a scenario set holds at least one scenario");
        }
    }

    /** The scenarios, in file order; never empty. */
    public List<NamedScenario> scenarios() {
        return scenarios;
    }

    /** True for a variants file (a base and named variants), false for a plain scenario file. */
    public boolean isVariants() {
        return variants;
    }

    /** The file as the user named it, or {@code bundled:NAME.yaml}. */
    public String sourceName() {
        return sourceName;
    }

    /** The file's {@code name}: the scenario's name, or the variants file's own name (else its base's). */
    public String name() {
        return name;
    }

    /** The file's {@code description}; empty when none. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "ScenarioSet[" + sourceName + ", " + scenarios.stream().map(NamedScenario::name).toList() + "]";
    }
}
