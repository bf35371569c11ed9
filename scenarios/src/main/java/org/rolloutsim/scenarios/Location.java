package org.rolloutsim.scenarios;

/**
 * Where a value was written: the file as the user named it (or a bundled name), and the 1-based
 * line and column of the value's first character.
 */
record Location(String file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    static Location startOf(String file) {
        return new Location(file, 1, 1);
    }
}
