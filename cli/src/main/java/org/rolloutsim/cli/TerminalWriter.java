package org.rolloutsim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text for the terminal in the terminal's own character set. Characters it cannot show are written
 * in plain ASCII ("−$3M" as "-$3M", "€" as "EUR "), so that under {@code LANG=C} nothing prints as
 * {@code ?}.
 */
final class TerminalWriter extends FilterWriter {
    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2013', "-"), Map.entry('\u2014', "--"),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201c', "\""), Map.entry('\u201d', "\""),
            Map.entry('\u2026', "..."), Map.entry('\u00b7', "-"), Map.entry('\u00d7', "x"), Map.entry('\u00a0', " "),
            Map.entry('\u2264', "<="), Map.entry('\u2265', ">="), Map.entry('\u20ac', "EUR "), Map.entry('\u00a3', "GBP "),
            Map.entry('\u00a5', "JPY "), Map.entry('\u2192', "->"), Map.entry('\u2248', "~"));

    private final CharsetEncoder encoder;

    TerminalWriter(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
    }

    /** A print writer to {@code stream} in the character set the terminal uses. */
    static PrintWriter of(OutputStream stream, String encodingProperty) {
        Charset charset = terminalCharset(encodingProperty);
        return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, charset), charset), true);
    }

    /**
     * The terminal's character set: {@code stdout.encoding}/{@code stderr.encoding} (Java 19+),
     * else the platform's native encoding (from LANG/LC_ALL), else the default.
     */
    static Charset terminalCharset(String encodingProperty) {
        for (String name : new String[] {System.getProperty(encodingProperty), System.getProperty("sun." + encodingProperty),
                System.getProperty("native.encoding")}) {
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // try the next
                }
            }
        }
        return Charset.defaultCharset();
    }

    /** {@code text} with every character the encoder cannot write replaced by plain ASCII. */
    String plain(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 || Character.isSurrogate(c) || encoder.canEncode(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            b.append(replacement(c));
        }
        return b == null ? text : b.toString();
    }

    private static String replacement(char c) {
        String known = PLAIN.get(c);
        if (known != null) {
            return known;
        }
        // é -> e, ü -> u: the letter without its accent
        String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.chars().allMatch(ch -> ch < 128) && !stripped.isEmpty() ? stripped : "?";
    }

    @Override
    public void write(int c) throws IOException {
        out.write(plain(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(plain(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(plain(str.substring(off, off + len)));
    }
}
