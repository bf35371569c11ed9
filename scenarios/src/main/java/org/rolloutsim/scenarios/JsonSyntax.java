package org.rolloutsim.scenarios;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's JSON syntax messages in plain words. Jackson names its own settings in them ("enable
 * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "Feature 'ALLOW_COMMENTS' not enabled"),
 * which mean nothing to someone writing a scenario and which a scenario file cannot turn on anyway.
 */
final class JsonSyntax {
    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNCLOSED = Pattern.compile("^Unexpected end-of-input: expected close marker for"
            + " (Object|Array) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\)");
    private static final String PLUS_SIGN = "JSON spec does not allow numbers to have plus signs";
    private static final Pattern SETTING = Pattern.compile(
            ": enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)"
                    + "|\\s*\\[Source: [^\\]]*\\]");

    private JsonSyntax() {
    }

    /** The message to show for Jackson's {@code message} about JSON text. */
    static String plain(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NON_NUMERIC.matcher(message);
        if (m.find()) {
            return m.group(1) + " is not a number here: JSON has no NaN or infinity; write a finite number";
        }
        if (message.contains("maybe a (non-standard) comment?") || message.startsWith("Unexpected character ('#'")) {
            return "JSON does not allow comments; remove it (a YAML scenario file may have # comments)";
        }
        if (message.startsWith("Unexpected character (''' (code 39))")) {
            return "JSON text and field names are written in double quotes (\"), not single ones";
        }
        if (message.contains(PLUS_SIGN)) {
            return "a JSON number has no plus sign: remove the +";
        }
        if (message.startsWith("Unexpected character ('}' (code 125)): was expecting double-quote to start field name")
                || message.startsWith("Unexpected character (']' (code 93)): expected a valid value")) {
            return "a comma before the closing " + (message.contains("'}'") ? "'}'" : "']'")
                    + " with nothing after it: JSON allows no trailing comma; remove it";
        }
        if (message.contains("was expecting comma to separate")) {
            return "a comma is missing between two " + (message.contains("Object entries") ? "fields" : "items")
                    + " (JSON separates them with ',')";
        }
        m = UNCLOSED.matcher(message);
        if (m.find()) {
            boolean object = m.group(1).equals("Object");
            return "the file ends inside the " + (object ? "mapping '{'" : "list '['") + " opened at line " + m.group(2)
                    + ", column " + m.group(3) + ": a closing " + (object ? "'}'" : "']'") + " is missing";
        }
        return SETTING.matcher(message).replaceAll("")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "(text in double quotes, a number, a list, a mapping, null, true or false)");
    }

    /**
     * How many columns before the reported position the offending text starts: Jackson reports a
     * non-numeric token such as {@code NaN}, and a number's plus sign, just after it; everything
     * else where it starts.
     */
    static int tokenLength(String message) {
        if (message == null) {
            return 0;
        }
        Matcher m = NON_NUMERIC.matcher(message);
        return m.find() ? m.group(1).length() : message.contains(PLUS_SIGN) ? 1 : 0;
    }
}
