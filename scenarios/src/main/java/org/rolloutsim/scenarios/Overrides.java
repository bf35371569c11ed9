package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * Applies {@link ScenarioLoader.Override}s to a tree before validation: each sets the value at a
 * field path ({@code governance.customizationApproval}, {@code sites[2].users},
 * {@code sites.mercy-central.users}, {@code parameters.legacyEffort.homegrown}, or a parameter's bare
 * key, {@code legacyEffort.homegrown}: {@link ParameterShorthand}) to a value read as
 * YAML ({@code 0.3}, {@code hold-the-line}, {@code {triangular: [0.2, 0.3, 0.5]}}; {@code null}
 * deletes the field). Values set this way are located at file {@code override}, line = the
 * override's 1-based position in the list, so validation errors name the override; so is a field
 * that an override deleted, in the tree that is validated ({@link Applied#checked()}).
 */
final class Overrides {
    static final String FILE = "override";
    private static final int MAX_SEGMENTS = 16;

    private Overrides() {
    }

    /** A segment of a path: a field name (or list item id), or a list index. */
    private record Step(String name, int index) {
        boolean isIndex() {
            return name == null;
        }

        @Override
        public String toString() {
            return isIndex() ? "[" + index + "]" : name;
        }
    }

    /**
     * A tree with the overrides applied, twice over: {@code tree} is the content, in which a field
     * set to null is gone (what the content hash is of); {@code checked} is the one to validate, in
     * which that field is still there, null and located at its override, so that a problem its
     * absence causes ("required field 'name' is empty") names the override, not the file. A null
     * field is read as absent, so both give the same scenario. {@code changes} are what each
     * override did, in order, for {@link #asWritten}.
     */
    record Applied(Node tree, Node checked, List<Change> changes) {
        Applied {
            changes = List.copyOf(changes);
        }

        /**
         * A field path of the validated tree ({@code sites[1].readiness}) as the user numbers it:
         * once {@code sites[1]=null} has removed a site, the site validated as sites[1] is the
         * file's sites[2], and is named so. Each removal is undone, the last first. A value an
         * override wrote keeps that override's numbering where the override wrote an index
         * ({@code sites[0]=null} then {@code sites[0].users=-5}: the value at sites[0].users is
         * that override's) or wrote a list whole; where it named an item by id
         * ({@code sites.westgate.leadership}), the item is numbered as the file numbers it, like
         * any other.
         */
        String asWritten(String path) {
            String out = path;
            String kept = null; // the part of out an override wrote, numbered as that override numbers it
            boolean keptIndex = false; // kept ends with an index the override wrote
            for (int i = changes.size() - 1; i >= 0; i--) {
                Change c = changes.get(i);
                if (c.removed() < 0) {
                    String own = c.indexed() != null ? c.indexed() : c.path();
                    if (within(out, c.path()) && (kept == null || !own.equals(kept) && within(kept, own)
                            || own.equals(kept) && c.indexed() != null)) {
                        kept = own;
                        keptIndex = c.indexed() != null;
                    }
                } else if (kept == null || renumbers(c.path(), kept, keptIndex)) {
                    out = c.beforeRemoval(out);
                    kept = kept == null ? null : c.beforeRemoval(kept);
                }
            }
            return out;
        }

        /** Whether undoing a removal from {@code list} renumbers {@code kept}: only above an index an override wrote. */
        private static boolean renumbers(String list, String kept, boolean keptIndex) {
            return kept.startsWith(list + "[") && !(keptIndex && kept.lastIndexOf('[') == list.length());
        }

        private static boolean within(String path, String at) {
            return path.equals(at) || path.startsWith(at + ".") || path.startsWith(at + "[");
        }
    }

    /**
     * What one override did, at a field path with list items by index ({@code sites[1]}, not
     * {@code sites.north}): removed item {@code removed} of the list at {@code path}, or, when
     * {@code removed} is -1, set (or deleted) the value at {@code path}; {@code indexed} is then
     * the leading part of {@code path} up to the first list index the override wrote as an index
     * ({@code sites[1]} of {@code sites[1].users}), or null when it named every item by id.
     */
    record Change(String path, int removed, String indexed) {
        /** {@code p}, with the index into this change's list one more when at or after the item removed. */
        String beforeRemoval(String p) {
            String list = path + "[";
            int close = p.indexOf(']', list.length());
            // a field name can hold brackets too (an unknown field "sites[x]"): only an index is renumbered
            if (!p.startsWith(list) || close < 0 || !p.substring(list.length(), close).matches("\\d{1,9}")) {
                return p;
            }
            int index = Integer.parseInt(p.substring(list.length(), close));
            return index < removed ? p : list + (index + 1) + p.substring(close);
        }
    }

    /** The tree with every override applied, in order; problems with the overrides are recorded. */
    static Applied apply(Node root, List<ScenarioLoader.Override> overrides, Problems problems) {
        Node tree = root;
        Node checked = root;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            ScenarioLoader.Override o = overrides.get(i);
            Location at = new Location(FILE, i + 1, 1);
            Optional<String> ambiguous = ParameterShorthand.ambiguity(o.path());
            if (ambiguous.isPresent()) {
                problems.add(at, o.path(), ambiguous.get());
                continue;
            }
            // a model parameter's bare key is its field path under parameters
            String path = ParameterShorthand.path(o.path());
            List<Step> steps = parse(path, at, problems);
            if (steps == null) {
                continue;
            }
            Node value = value(o.value(), i + 1, problems);
            if (value == null) {
                continue;
            }
            Node updated = set(tree, steps, 0, value, false, at, path, problems);
            if (updated != null) {
                changes.add(change(tree, steps, value));
                tree = updated;
                // the same path through the same shapes: any problem was recorded just above
                Node kept = set(checked, steps, 0, value, true, at, path, new Problems());
                checked = kept == null ? updated : kept;
            }
        }
        return new Applied(tree, checked, changes);
    }

    /** What setting {@code value} at {@code steps} does to {@code before}, where it succeeded. */
    private static Change change(Node before, List<Step> steps, Node value) {
        StringBuilder path = new StringBuilder();
        String indexed = null;
        Node node = before;
        for (int k = 0; k < steps.size(); k++) {
            Step step = steps.get(k);
            if (node instanceof ListNode list) {
                int index = step.isIndex() ? step.index() : indexOfId(list, step.name());
                if (k == steps.size() - 1 && value instanceof Scalar s && s.isNull()) {
                    return new Change(path.toString(), index, null);
                }
                path.append('[').append(index).append(']');
                // sites.3 where no site has the id 3 is sites[3]: an index too
                if (indexed == null && (step.isIndex() || !ids(list).contains(step.name()))) {
                    indexed = path.toString();
                }
                node = list.items().get(index);
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step.name());
                node = node instanceof MapNode map ? map.get(step.name()) : null;
            }
        }
        return new Change(path.toString(), -1, indexed);
    }

    private static Node value(String text, int line, Problems problems) {
        if (text == null || text.isBlank()) {
            return Scalar.string(text == null ? "" : text, new Location(FILE, line, 1));
        }
        // Leading newlines put the value on line `line` of the pseudo-file "override".
        return TreeReader.read(FILE, "\n".repeat(line - 1) + text, false, problems);
    }

    private static List<Step> parse(String path, Location at, Problems problems) {
        if (path == null || path.isBlank()) {
            problems.add(at, "", "an override needs a field path such as governance.customizationApproval");
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (name.isEmpty() && (bracket != 0 || steps.isEmpty())) {
                problems.add(at, path, "malformed field path: use names separated by dots, with [i] for list items");
                return null;
            }
            if (!name.isEmpty()) {
                steps.add(new Step(name, -1));
            }
            String rest = bracket < 0 ? "" : part.substring(bracket);
            while (!rest.isEmpty()) {
                int close = rest.indexOf(']');
                if (!rest.startsWith("[") || close < 2 || !rest.substring(1, close).matches("\\d{1,6}")) {
                    // the whole path: a part split at a dot inside the brackets ("sites[1") would mislead
                    problems.add(at, path, "malformed list index in '" + path + "': write [0], [1], ...");
                    return null;
                }
                steps.add(new Step(null, Integer.parseInt(rest.substring(1, close))));
                rest = rest.substring(close + 1);
            }
        }
        if (steps.size() > MAX_SEGMENTS) {
            problems.add(at, path, "the field path is longer than " + MAX_SEGMENTS + " steps");
            return null;
        }
        return steps;
    }

    /**
     * {@code node} with the value at steps[k..] set; {@code null} after a problem.
     *
     * @param keepNull a null deletes a field of a mapping, or with this, sets it to null
     */
    private static Node set(Node node, List<Step> steps, int k, Node value, boolean keepNull, Location at,
                            String path, Problems problems) {
        boolean delete = value instanceof Scalar s && s.isNull();
        Step step = steps.get(k);
        boolean last = k == steps.size() - 1;
        if (node == null || node instanceof Scalar s && s.isNull()) {
            if (step.isIndex()) {
                problems.add(at, path, "there is no list at " + prefix(steps, k) + " to index");
                return null;
            }
            node = new MapNode(List.of(), at);
        }
        if (node instanceof MapNode map) {
            if (step.isIndex()) {
                problems.add(at, path, prefix(steps, k) + " is a mapping, not a list: use ." + "name instead of [i]");
                return null;
            }
            if (last) {
                return delete && !keepNull ? map.without(step.name()) : map.with(step.name(), at, value);
            }
            Node child = set(map.get(step.name()), steps, k + 1, value, keepNull, at, path, problems);
            return child == null ? null : map.with(step.name(), at, child);
        }
        if (node instanceof ListNode list) {
            int index = step.isIndex() ? step.index() : indexOfId(list, step.name());
            if (index < 0 || index >= list.items().size()) {
                problems.add(at, path, step.isIndex()
                        ? "index " + step.index() + " is out of range: " + prefix(steps, k) + " has "
                                + list.items().size() + " items"
                        : "no item with id '" + step.name() + "' in " + prefix(steps, k) + DidYouMean.hint(step.name(), ids(list)));
                return null;
            }
            List<Node> items = new ArrayList<>(list.items());
            if (last) {
                if (delete) {
                    items.remove(index);
                } else {
                    items.set(index, value);
                }
            } else {
                Node child = set(items.get(index), steps, k + 1, value, keepNull, at, path, problems);
                if (child == null) {
                    return null;
                }
                items.set(index, child);
            }
            return new ListNode(items, list.location());
        }
        problems.add(at, path, prefix(steps, k) + " is " + node.describe() + ", which has no fields to set");
        return null;
    }

    private static int indexOfId(ListNode list, String id) {
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof MapNode item && item.get("id") instanceof Scalar s && s.text().equals(id)) {
                return i;
            }
        }
        return id.matches("\\d{1,6}") ? Integer.parseInt(id) : -1;
    }

    private static List<String> ids(ListNode list) {
        List<String> ids = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof MapNode map && map.get("id") instanceof Scalar s) {
                ids.add(s.text());
            }
        }
        return ids;
    }

    private static String prefix(List<Step> steps, int k) {
        if (k == 0) {
            return "the scenario";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k; i++) {
            if (i > 0 && !steps.get(i).isIndex()) {
                out.append('.');
            }
            out.append(steps.get(i));
        }
        return out.toString();
    }
}
