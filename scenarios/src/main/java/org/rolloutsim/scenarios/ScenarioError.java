package org.rolloutsim.scenarios;

import java.util.Objects;

/**
 * One problem with a scenario file, where it is and what is wrong.
 *
 * @param file    the file as the user named it ({@code bundled:NAME.yaml} for a bundled scenario,
 *                {@code override} for a value given with {@link ScenarioLoader.Override})
 * @param line    1-based line of the offending value (for an override: its 1-based position in
 *                the list of overrides)
 * @param column  1-based column of the offending value
 * @param path    field path, e.g. {@code sites[3].leadership}; empty for a problem with the file
 *                as a whole (unreadable, malformed, too large)
 * @param message what is wrong, in a planner's words
 */
public record ScenarioError(String file, int line, int column, String path, String message) {

    public ScenarioError {
        file = printable(Objects.requireNonNull(file, "file"));
        path = path == null ? "" : printable(path);
        message = printable(Objects.requireNonNull(message, "message"));
    }

    /**
     * {@code s} with control characters written out ({@code \n}, or a backslash-u code): an id or a value
     * quoted in a message can hold a line break, and every problem must stay on one line.
     */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code file:line:column: path: message} (without {@code path: } when the path is empty). */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
