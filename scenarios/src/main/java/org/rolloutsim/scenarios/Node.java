package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * A value read from a scenario file, with the place it was written. Jackson's own tree model drops
 * locations, so the reader builds this small immutable tree instead; validation errors then point
 * at the exact line and column. Subtrees may be shared (YAML aliases, merge patches): nodes are
 * never mutated.
 */
sealed interface Node {

    Location location();

    /** A short description of the kind of value, for type errors ("a list", "the text \"abc\""). */
    String describe();

    /** A mapping; entries keep the order of the file. */
    record MapNode(List<Entry> entries, Location location) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        boolean has(String key) {
            return entry(key) != null;
        }

        /** A copy with {@code key} set to {@code value} (replacing in place, or appended). */
        MapNode with(String key, Location keyLocation, Node value) {
            List<Entry> copy = new ArrayList<>(entries);
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).key().equals(key)) {
                    copy.set(i, new Entry(key, copy.get(i).keyLocation(), value));
                    return new MapNode(copy, location);
                }
            }
            copy.add(new Entry(key, keyLocation, value));
            return new MapNode(copy, location);
        }

        MapNode without(String key) {
            List<Entry> copy = new ArrayList<>(entries);
            copy.removeIf(e -> e.key().equals(key));
            return new MapNode(copy, location);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, where the key was written, and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    record ListNode(List<Node> items, Location location) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code text} is the text as written (for numbers: "1.0e6", ".nan"); {@code number}
     * is its value when {@code kind} is NUMBER (NaN or infinite when the file says so);
     * {@code quoted} is true for text written in quotes (every JSON string), which is text
     * whatever it looks like.
     */
    record Scalar(Kind kind, String text, double number, Location location, boolean quoted) implements Node {
        enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        /** A value not written in quotes. */
        Scalar(Kind kind, String text, double number, Location location) {
            this(kind, text, number, location, false);
        }

        static Scalar string(String text, Location location) {
            return new Scalar(Kind.STRING, text, Double.NaN, location);
        }

        static Scalar quoted(String text, Location location) {
            return new Scalar(Kind.STRING, text, Double.NaN, location, true);
        }

        static Scalar nullValue(Location location) {
            return new Scalar(Kind.NULL, "null", Double.NaN, location);
        }

        boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> text.isEmpty() ? "an empty text (\"\")" : "the text \"" + shorten(text) + "\"";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
            };
        }

        private static String shorten(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }
}
