package org.rolloutsim.scenarios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * A canonical JSON text of a tree (keys sorted, no spaces, numbers by value, booleans as
 * true/false) and its SHA-256, so that the same content gives the same hash however it was
 * formatted, in YAML or JSON.
 */
final class CanonicalJson {
    private CanonicalJson() {
    }

    static String sha256(Node node) {
        return sha256(write(node));
    }

    /** SHA-256 (hex) of a canonical text's UTF-8 bytes. */
    static String sha256(String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String write(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MapNode map) {
            List<Entry> entries = new ArrayList<>(map.entries());
            entries.sort(Comparator.comparing(Entry::key));
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(entries.get(i).key(), out);
                out.append(':');
                write(entries.get(i).value(), out);
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.items().get(i), out);
            }
            out.append(']');
        } else {
            Scalar s = (Scalar) node;
            switch (s.kind()) {
                case NULL -> out.append("null");
                case BOOLEAN -> out.append(isTrue(s.text()) ? "true" : "false");
                case NUMBER -> out.append(number(s.number()));
                default -> string(s.text(), out);
            }
        }
    }

    /**
     * How the canonical text writes an unquoted number or boolean ({@code 007} as {@code 7},
     * {@code yes} as {@code true}); {@code null} for other nodes. A value read as text keeps its
     * meaning through the canonical text only when this is what was written.
     */
    static String plain(Node node) {
        if (!(node instanceof Scalar s)) {
            return null;
        }
        return switch (s.kind()) {
            case NUMBER -> number(s.number());
            case BOOLEAN -> isTrue(s.text()) ? "true" : "false";
            default -> null;
        };
    }

    private static boolean isTrue(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }

    private static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
