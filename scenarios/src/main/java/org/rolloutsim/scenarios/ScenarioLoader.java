package org.rolloutsim.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * Loads scenario files (YAML or JSON, MODEL.md section 2) into validated sim-core
 * {@link Scenario}s, reporting every problem at once with file, line, column and field path.
 *
 * <p>A file is either a plain scenario or a <em>variants file</em>: {@code base} (a bundled name,
 * or a path relative to the variants file) and {@code variants} (a mapping from variant id to a
 * JSON Merge Patch of the base, or a list of patches each with an {@code id}). Loading never
 * throws for anything wrong with the input, never hangs and never runs out of memory on a hostile
 * file: sizes, nesting and YAML aliases are bounded.
 */
public final class ScenarioLoader {
    static final int MAX_VARIANTS = 100;

    private ScenarioLoader() {
    }

    /**
     * Sets the value at a field path before validation, for sweeps and the command line.
     * (Named as the brief asks; callers in a file that also uses {@code @Override} should write
     * {@code ScenarioLoader.Override}.)
     *
     * @param path  dotted field path with {@code [i]} for list items, or a list item's id in place
     *              of its index: {@code governance.customizationApproval}, {@code sites[2].users},
     *              {@code sites.mercy-central.users}, {@code parameters.legacyEffort.homegrown}
     * @param value the new value, read as YAML: {@code 0.3}, {@code hold-the-line},
     *              {@code {triangular: [0.2, 0.3, 0.5]}}; {@code null} deletes the field
     */
    public record Override(String path, String value) {
        public Override {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Loads and validates a scenario or variants file. */
    public static LoadResult load(Path file) {
        return load(file, List.of());
    }

    /** Loads a file, applies {@code overrides} (in order) to each scenario, then validates. */
    public static LoadResult load(Path file, List<Override> overrides) {
        return load(new ScenarioSource.FileSource(file), overrides);
    }

    /**
     * Loads scenario text that is not a file (standard input), shown in errors as {@code displayName};
     * a {@code base} it names by path is relative to the working directory.
     */
    public static LoadResult load(String displayName, byte[] text, List<Override> overrides) {
        return load(new ScenarioSource.TextSource(displayName, text.clone()), overrides);
    }

    /** Loads a bundled scenario by name (see {@link #bundled()}). */
    public static LoadResult loadBundled(String name) {
        return loadBundled(name, List.of());
    }

    /** Loads a bundled scenario by name and applies {@code overrides}. */
    public static LoadResult loadBundled(String name, List<Override> overrides) {
        return load(new ScenarioSource.BundledSource(name), overrides);
    }

    /**
     * Loads a scenario's canonical JSON ({@link NamedScenario#canonicalJson()}, as written to
     * {@code scenario.canonical.json}) and applies {@code overrides}: the same text gives the same
     * content hash and the same scenario. It is a plain scenario, never a variants file.
     */
    public static LoadResult loadCanonical(String displayName, String canonicalJson, List<Override> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        try {
            return loadText(displayName, canonicalJson, true, overrides);
        } catch (RuntimeException | StackOverflowError e) {
            return LoadResult.failed(List.of(new ScenarioError(displayName, 1, 1, "",
                    "internal error while reading the scenario (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); please report it")));
        }
    }

    /** The names of the bundled scenarios, in display order, read from the index alone. */
    public static List<String> bundledNames() {
        return Bundled.names();
    }

    /** The bundled scenarios, in display order, with their descriptions (reads every file). */
    public static List<BundledScenario> bundled() {
        List<BundledScenario> out = new ArrayList<>();
        for (String name : Bundled.names()) {
            ScenarioSource source = new ScenarioSource.BundledSource(name);
            Problems problems = new Problems();
            String text = source.read(problems);
            Node root = text == null ? null : TreeReader.read(source.displayName(), text, false, problems);
            String description = "";
            boolean variants = false;
            if (root instanceof MapNode map) {
                description = map.get("description") instanceof Scalar s ? s.text().strip() : "";
                variants = map.has("variants");
            }
            out.add(new BundledScenario(name, description, variants));
        }
        return List.copyOf(out);
    }

    /** Loads YAML or JSON text; for tests and the starter template. */
    static LoadResult loadText(String displayName, String text, boolean json, List<Override> overrides) {
        Problems problems = new Problems();
        Node root = TreeReader.read(displayName, text, json, problems);
        if (root == null) {
            return LoadResult.failed(problems);
        }
        return fromTree(null, displayName, root, overrides, problems);
    }

    private static LoadResult load(ScenarioSource source, List<Override> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        try {
            Problems problems = new Problems();
            String text = source.read(problems);
            Node root = text == null ? null : TreeReader.read(source.displayName(), text, source.json(), problems);
            if (root == null) {
                return LoadResult.failed(problems);
            }
            return fromTree(source, source.displayName(), root, overrides, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not a problem of the file; still reported as an error, never a trace.
            return LoadResult.failed(List.of(new ScenarioError(source.displayName(), 1, 1, "",
                    "internal error while reading the scenario (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); please report it")));
        }
    }

    private static LoadResult fromTree(ScenarioSource source, String displayName, Node read, List<Override> overrides,
                                       Problems problems) {
        Node root = withoutExtensions(read);
        if (root instanceof MapNode map && (map.has("variants") || map.has("base"))) {
            return variants(source, displayName, map, overrides, problems);
        }
        Problems bound = new Problems();
        Overrides.Applied tree = Overrides.apply(root, overrides, bound);
        bound.namePathsAsWritten(tree::asWritten);
        Scenario scenario = ScenarioBinder.bind(tree.checked(), bound);
        problems.addAll(blamed(root, overrides, bound, ""));
        if (scenario == null || !problems.isEmpty()) {
            return LoadResult.failed(problems);
        }
        String canonical = CanonicalJson.write(tree.tree());
        NamedScenario named = new NamedScenario(scenario.name(), scenario, CanonicalJson.sha256(canonical), canonical);
        return LoadResult.of(new ScenarioSet(displayName, scenario.name(), scenario.description(), false,
                List.of(named)));
    }

    private static LoadResult variants(ScenarioSource source, String displayName, MapNode root,
                                       List<Override> overrides, Problems problems) {
        Fields f = Fields.open(root, "", "a variants file", FieldNames.VARIANTS_FILE,
                key -> FieldNames.TOP.contains(key) ? " (scenario fields go in the base file, or in a variant)" : "",
                problems);
        String name = f.optionalName("name");
        String description = f.text("description", false);
        String baseRef = f.text("base", true);
        List<Variant> variants = variantList(f, problems);
        // Like the scenario binder, go on after a problem (an unknown key, a name that is not text):
        // stop only when there is no base or no variants to check, so every problem is reported.
        if (baseRef == null || variants == null) {
            return LoadResult.failed(problems);
        }
        if (source == null) {
            problems.add(f.node("base"), "base", "a base can only be resolved for a file or a bundled scenario");
            return LoadResult.failed(problems);
        }
        int beforeBase = problems.count();
        ScenarioSource baseSource = source.resolve(baseRef, f.node("base"), "base", problems);
        String baseText = baseSource == null ? null : baseSource.read(problems);
        Node base = baseText == null ? null
                : TreeReader.read(baseSource.displayName(), baseText, baseSource.json(), problems);
        if (base == null || problems.count() > beforeBase) {
            // the base could not be read: there is nothing to check the variants against
            return LoadResult.failed(problems);
        }
        base = withoutExtensions(base);
        if (base instanceof MapNode baseMap && (baseMap.has("variants") || baseMap.has("base"))) {
            problems.add(f.node("base"), "base", "the base must be a plain scenario, not another variants file");
            return LoadResult.failed(problems);
        }
        // The base on its own first: its problems are reported once, not once per variant.
        Scenario baseScenario = ScenarioBinder.bind(base, problems);
        if (baseScenario == null) {
            return LoadResult.failed(problems);
        }
        List<NamedScenario> scenarios = new ArrayList<>();
        for (Variant v : variants) {
            Problems variantProblems = new Problems(v.prefix());
            Overrides.Applied merged = Overrides.apply(MergePatch.apply(base, v.patch()), overrides, variantProblems);
            variantProblems.namePathsAsWritten(merged::asWritten);
            // validated with the fields the variant deleted still there, null at the variant: the
            // same scenario, whose problems from a deletion name the variant (the overrides' own
            // problems were recorded just above)
            Node checkedBase = MergePatch.applyKeepingDeletions(base, v.patch());
            Scenario scenario = ScenarioBinder.bind(Overrides.apply(checkedBase, overrides, new Problems()).checked(),
                    variantProblems);
            Problems found = blamed(checkedBase, overrides, variantProblems, v.prefix());
            if (v.usable() && scenario != null && found.isEmpty()) {
                boolean named = v.patch() instanceof MapNode patch && patch.has("name");
                boolean described = v.patch() instanceof MapNode patch && patch.has("description");
                // a variant that does not describe itself must not pass off the base's description as its own
                String about = described ? scenario.description()
                        : "Variant \u201c" + v.id() + "\u201d of \u201c" + (name == null ? baseScenario.name() : name) + "\u201d.";
                Scenario renamed = named && described ? scenario : new Scenario(named ? scenario.name() : v.id(), about, scenario.program(),
                        scenario.modules(), scenario.sites(), scenario.strategy(), scenario.team(),
                        scenario.governance(), scenario.practices(), scenario.risks(), scenario.parameters(),
                        scenario.correlations());
                // a variant that names itself is compared under that name, else under its id
                String canonical = CanonicalJson.write(merged.tree());
                scenarios.add(new NamedScenario(named ? scenario.name() : v.id(), renamed, CanonicalJson.sha256(canonical),
                        canonical));
            }
            problems.addAll(found);
        }
        if (!problems.isEmpty()) {
            return LoadResult.failed(problems);
        }
        return LoadResult.of(new ScenarioSet(displayName, name == null ? baseScenario.name() : name,
                description == null ? baseScenario.description() : description, true, scenarios));
    }

    /** Past this many overrides, a problem at a file is not traced to the override that caused it. */
    static final int MAX_BLAMED_OVERRIDES = 64;

    /**
     * {@code found}, the problems of {@code root} with {@code overrides} applied, with every problem
     * that an override causes at a value it did not set ("3 phased waves but only 2 sites" after
     * {@code sites[1]=null}) reported at that override ({@code override:N:1}, N being the first
     * override after which it appears), not at the file, which is fine without it; its message ends
     * with where the value it concerns is written. A problem found without the overrides too stays
     * at the file. Only when there is such a problem is the scenario bound again, once without the
     * overrides and once with each leading part of them.
     *
     * @param prefix the path prefix of {@code found} ({@code variants.ID})
     */
    private static Problems blamed(Node root, List<Override> overrides, Problems found, String prefix) {
        if (overrides.isEmpty() || overrides.size() > MAX_BLAMED_OVERRIDES || found.count() > Problems.LIMIT) {
            return found;
        }
        List<ScenarioError> errors = found.toList();
        if (errors.stream().allMatch(e -> e.file().equals(Overrides.FILE))) {
            return found;
        }
        // the override after which each problem at a file first appears; 0: it appears without any
        int[] culprit = new int[errors.size()];
        Arrays.fill(culprit, -1);
        for (int i = 0; i < errors.size(); i++) {
            if (errors.get(i).file().equals(Overrides.FILE)) {
                culprit[i] = 0;
            }
        }
        for (int k = 0; k < overrides.size() && Arrays.stream(culprit).anyMatch(c -> c < 0); k++) {
            Problems earlier = new Problems(prefix);
            ScenarioBinder.bind(Overrides.apply(root, overrides.subList(0, k), earlier).checked(), earlier);
            // by place and message, not path: removing a list item renumbers the paths after it
            Set<String> there = new HashSet<>();
            earlier.toList().forEach(e -> there.add(blameKey(e)));
            for (int i = 0; i < errors.size(); i++) {
                if (culprit[i] < 0 && there.contains(blameKey(errors.get(i)))) {
                    culprit[i] = k;
                }
            }
        }
        List<ScenarioError> out = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            ScenarioError e = errors.get(i);
            int by = culprit[i] < 0 ? overrides.size() : culprit[i];
            out.add(by == 0 ? e : new ScenarioError(Overrides.FILE, by, 1, e.path(), e.message()
                    + " (at " + e.file() + ":" + e.line() + ":" + e.column() + ")"));
        }
        Problems blamed = new Problems();
        blamed.addAll(out);
        return blamed;
    }

    private static String blameKey(ScenarioError e) {
        return e.file() + ":" + e.line() + ":" + e.column() + ": " + e.message();
    }

    /**
     * The tree without its top-level {@code x-...} keys: a place for YAML anchors that several
     * sites or variants share ({@code x-community: &community {complexity: 1.0}}), as in other
     * YAML formats. They are not part of the scenario, nor of its content hash.
     */
    private static Node withoutExtensions(Node root) {
        if (!(root instanceof MapNode map) || map.entries().stream().noneMatch(e -> e.key().startsWith("x-"))) {
            return root;
        }
        return new MapNode(map.entries().stream().filter(e -> !e.key().startsWith("x-")).toList(), map.location());
    }

    /**
     * A variant: its id, its merge patch (a mapping, possibly empty), the path prefix of its
     * problems, and whether it can be one of the results. A variant whose id is a problem
     * (a duplicate, not a valid id) is still checked, so that its other problems are reported
     * with the rest, but never gives a scenario.
     */
    private record Variant(String id, Node patch, String prefix, boolean usable) {
    }

    private static List<Variant> variantList(Fields f, Problems problems) {
        Node node = f.node("variants");
        if (node == null) {
            f.missing("variants", "name the variants to compare, e.g. variants: {phased: {}, big-bang: {...}}");
            return null;
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean ok = true;
        if (node instanceof MapNode map) {
            for (Entry e : map.entries()) {
                ok &= add(variants, seen, e.key(), e.keyLocation(), e.value(), "variants." + e.key(), problems);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String path = "variants[" + i + "]";
                if (!(item instanceof MapNode patch) || !(patch.get("id") instanceof Scalar id) || id.isNull()) {
                    problems.add(item, path, "each variant in a list is a mapping with an id and the fields it"
                            + " changes, e.g. {id: big-bang, strategy: {...}}");
                    ok = false;
                    continue;
                }
                ok &= add(variants, seen, id.text(), id.location(), patch.without("id"), path, problems);
            }
        } else {
            problems.add(node, "variants", "expected a mapping of variant id to changes, or a list of variants, got "
                    + node.describe());
            return null;
        }
        if (ok && variants.isEmpty()) {
            problems.add(node, "variants", "list at least one variant");
            return null;
        }
        if (variants.size() > MAX_VARIANTS) {
            problems.add(node, "variants", variants.size() + " variants is more than the limit of " + MAX_VARIANTS);
            return null;
        }
        // A variant with a problem of its own (its id, its shape) does not hide the others' problems:
        // every variant that is a mapping is checked against the base.
        return variants;
    }

    private static boolean add(List<Variant> variants, Set<String> seen, String id, Location at, Node patch,
                               String path, Problems problems) {
        boolean usable = true;
        if (!ScenarioBinder.ID.matcher(id).matches()) {
            problems.add(at, path, "'" + id + "' is not a valid variant id: use letters, digits, '-' and '_'");
            usable = false;
        } else if (!seen.add(id)) {
            problems.add(at, path, "duplicate variant id '" + id + "'");
            usable = false;
        }
        if (patch instanceof Scalar s && s.isNull()) {
            patch = new MapNode(List.of(), at);
        }
        if (!(patch instanceof MapNode)) {
            problems.add(patch, path, "a variant is a mapping of the fields it changes, got " + patch.describe());
            return false;
        }
        // its problems are named by its id, or by its place in the list when the id cannot name it
        variants.add(new Variant(id, patch, usable ? "variants." + id : path, usable));
        return usable;
    }
}
