package org.rolloutsim.scenario;

import java.util.Objects;
import org.rolloutsim.random.Distribution;

/**
 * A hospital or clinic (size, complexity, culture, leadership; MODEL.md 2.3).
 *
 * @param users      clinical and business end users
 * @param complexity 1.0 a typical community hospital, 1.5 an academic medical centre
 * @param leadership strength of local leadership, in [0, 1]
 * @param readiness  baseline cultural readiness for change, in [0, 1]
 * @param interfaces local interfaces to keep working after go-live
 */
public record Site(
        String id,
        String name,
        int users,
        Distribution complexity,
        Legacy legacy,
        Distribution leadership,
        Distribution readiness,
        int interfaces) {

    public static final int DEFAULT_INTERFACES = 20;

    public Site {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        if (users < 1) {
            throw new IllegalArgumentException("site " + id + ": users must be >= 1");
        }
        complexity = complexity == null ? Distribution.constant(1.0) : complexity;
        legacy = legacy == null ? Legacy.VENDOR : legacy;
        leadership = leadership == null ? Distribution.constant(0.5) : leadership;
        readiness = readiness == null ? Distribution.constant(0.5) : readiness;
        if (interfaces < 0) {
            throw new IllegalArgumentException("site " + id + ": interfaces must be >= 0");
        }
    }
}
