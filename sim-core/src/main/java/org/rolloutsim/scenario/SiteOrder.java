package org.rolloutsim.scenario;

/** How a phased strategy sorts sites before cutting them into waves (MODEL.md 2.4). */
public enum SiteOrder {
    /** As listed in the scenario. */
    LISTED,
    /** Most users first; ties keep the listed order. */
    LARGEST_FIRST,
    /** Fewest users first; ties keep the listed order. */
    SMALLEST_FIRST,
    /** Highest baseline readiness (its mean, when uncertain) first; ties keep the listed order. */
    MOST_READY_FIRST
}
