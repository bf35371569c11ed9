package org.rolloutsim.report.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rolloutsim.report.view.EmbeddedFile;

/**
 * JSON files carried inside a report, each in its own
 * {@code <script type="application/json" id="rollout-file:PATH">} element, and read back from the
 * report's text. Browsers neither run nor show such an element. The JSON is written with
 * {@code <}, {@code >} and {@code &} as {@code \}{@code u003c}-style escapes, which JSON allows
 * inside strings, the only place these characters can occur: no text can end the element early.
 */
public final class EmbeddedFiles {
    /** The prefix of the element's id; the rest is the file's path in the result folder. */
    public static final String ID_PREFIX = "rollout-file:";
    private static final Pattern ELEMENT = Pattern.compile(
            "<script type=\"application/json\" id=\"" + Pattern.quote(ID_PREFIX) + "([^\"<>&]+)\">([^<]*)</script>");
    /** A path of a result folder: folder names are sanitized to these characters. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._/-]+");

    private EmbeddedFiles() {
    }

    static void write(Markup html, List<EmbeddedFile> files) {
        for (EmbeddedFile f : files) {
            if (!PATH.matcher(f.path()).matches()) {
                throw new IllegalArgumentException("not a result folder path: " + f.path());
            }
            html.raw("<script type=\"application/json\" id=\"" + ID_PREFIX + f.path() + "\">")
                    .raw(escape(f.json())).raw("</script>\n");
        }
    }

    /** The files a report carries, by path, in the order written; empty when it carries none. */
    public static Map<String, String> read(String html) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = ELEMENT.matcher(html);
        while (m.find()) {
            files.putIfAbsent(m.group(1), m.group(2));
        }
        return files;
    }

    static String escape(String json) {
        return json.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
