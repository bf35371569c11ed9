package org.rolloutsim.report.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indefinite article before a phrase, by how the phrase is read aloud, not how it is spelt: "an
 * 84% chance" (eighty-four), "an 8% chance", "an 11% chance", "an 18.5% chance", "a 1% chance", "a
 * &lt;1% chance" (less than). Every sentence that writes "a" or "an" before a figure it does not know
 * in advance takes it from here.
 */
public final class Article {

    /** The leading group of a figure: its digits up to the first separator ("11" of "11,200" or "11.5%"). */
    private static final Pattern LEADING = Pattern.compile("^(\\d+)");

    private Article() {
    }

    /** "an 84% chance", "a 50% chance": {@code phrase} with its article. */
    public static String before(String phrase) {
        return of(phrase) + " " + phrase;
    }

    /**
     * "a" or "an" for {@code phrase}. A figure takes "an" when it is read starting with a vowel sound:
     * any that starts with 8 (eight, eighteen, eighty, eight hundred), and one whose leading group is
     * 11 or 18 (eleven, eighteen: "11%", "18.5%", "11,200", where "110" reads "a hundred and ten"). A
     * phrase of words takes "an" before a, e, i or o; a sign (a "&lt;1%" reads "less than") takes "a".
     */
    public static String of(String phrase) {
        if (phrase.isEmpty()) {
            return "a";
        }
        Matcher m = LEADING.matcher(phrase);
        if (m.find()) {
            String group = m.group(1);
            return group.startsWith("8") || group.equals("11") || group.equals("18") ? "an" : "a";
        }
        return "aeio".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an" : "a";
    }
}
