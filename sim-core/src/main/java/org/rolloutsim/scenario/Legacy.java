package org.rolloutsim.scenario;

import java.util.Locale;

/** What a site runs before the new record (seed: "beware the homegrown system"). */
public enum Legacy {
    PAPER, VENDOR, HOMEGROWN;

    /** The name used in scenario files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
