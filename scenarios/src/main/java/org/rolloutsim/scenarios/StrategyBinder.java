package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenarios.Node.ListNode;

/**
 * Reads {@code strategy} (MODEL.md 2.4) and checks it against the sites, modules and preparation
 * time: every wave names known sites and modules, every site is in exactly one wave, there are no
 * more phased waves than sites, every go-live leaves {@code prepWeeks} of build after week 0 and
 * falls before the horizon.
 */
final class StrategyBinder {
    static final int MAX_WAVES = 10_000;
    private static final List<String> KINDS = List.of("big-bang", "phased", "waves");

    /**
     * The strategy and the ids of the waves it makes (w1, w2, ... or the explicit ids). With a
     * problem in the strategy, {@code strategy} is null but the ids are still given when every wave's
     * could be read, so that references to waves elsewhere (risks) are still checked.
     */
    record Result(Strategy strategy, List<String> waveIds) {
    }

    private final Fields f;
    private final List<Module> modules;
    private final List<Site> sites;
    private final Set<String> siteIds;
    private final Practices practices;
    private final int horizonWeeks;
    private final Problems problems;

    private StrategyBinder(Fields f, List<Module> modules, List<Site> sites, Set<String> siteIds, Practices practices,
                           int horizonWeeks, Problems problems) {
        this.f = f;
        this.modules = modules;
        this.sites = sites;
        this.siteIds = siteIds;
        this.practices = practices;
        this.horizonWeeks = horizonWeeks;
        this.problems = problems;
    }

    /**
     * @param modules   the scenario's modules, or {@code null} when they could not be read (the
     *                  references to them are then not checked); likewise sites and practices
     * @param siteIds   every site's id as written, or {@code null}: references to sites are checked
     *                  against it when the sites could not be read
     */
    static Result bind(Fields top, List<Module> modules, List<Site> sites, Set<String> siteIds, Practices practices,
                       int horizonWeeks, Problems problems) {
        Node node = top.node("strategy");
        if (node == null) {
            top.missing("strategy", "e.g. strategy: {kind: big-bang, goLiveWeek: 90}");
            return null;
        }
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node, "strategy", "strategy must be a mapping of fields, got " + node.describe());
            return null;
        }
        Node kindNode = map.get("kind");
        if (kindNode == null || kindNode instanceof Node.Scalar s && s.isNull()) {
            Fields.missing(map, "strategy", "kind", "one of " + String.join(", ", KINDS), problems);
            return null;
        }
        String kind = kindNode instanceof Node.Scalar s ? s.text() : "";
        List<String> known = switch (kind) {
            case "big-bang" -> FieldNames.BIG_BANG;
            case "phased" -> FieldNames.PHASED;
            case "waves" -> FieldNames.EXPLICIT_WAVES;
            default -> null;
        };
        if (known == null) {
            problems.add(kindNode, "strategy.kind", "'" + kind + "' is not one of " + String.join(", ", KINDS)
                    + DidYouMean.hint(kind, KINDS));
            return null;
        }
        Fields f = Fields.open(withoutDeletedFields(map, known), "strategy", "a " + kind + " strategy", known,
                key -> hintForOtherKind(key, kind), problems);
        StrategyBinder binder = new StrategyBinder(f, modules, sites,
                sites == null ? siteIds : ids(sites.stream().map(Site::id).toList()), practices, horizonWeeks, problems);
        Integer minGap = f.whole("minGapWeeks", 0, 520, false);
        if (ScenarioBinder.failed(f, "minGapWeeks", minGap)) {
            return null;
        }
        int gap = minGap == null ? Strategy.DEFAULT_MIN_GAP_WEEKS : minGap;
        return switch (kind) {
            case "big-bang" -> binder.bigBang(gap);
            case "phased" -> binder.phased(gap);
            default -> binder.explicitWaves(gap);
        };
    }

    /**
     * The strategy without the fields of other kinds that are null: a {@code --set strategy.waves=null}
     * that switches a phased strategy to big-bang deletes them, as the message for one left in asks,
     * and the tree checked keeps such a null (at its override, for the problems its absence causes).
     */
    private static Node.MapNode withoutDeletedFields(Node.MapNode map, List<String> known) {
        List<Node.Entry> kept = map.entries().stream()
                .filter(e -> known.contains(e.key()) || !(e.value() instanceof Node.Scalar s && s.isNull())
                        || !isFieldOfAnyKind(e.key()))
                .toList();
        return kept.size() == map.entries().size() ? map : new Node.MapNode(kept, map.location());
    }

    private static boolean isFieldOfAnyKind(String key) {
        return FieldNames.BIG_BANG.contains(key) || FieldNames.PHASED.contains(key)
                || FieldNames.EXPLICIT_WAVES.contains(key);
    }

    private static String hintForOtherKind(String key, String kind) {
        List<String> owners = new ArrayList<>();
        if (FieldNames.BIG_BANG.contains(key)) {
            owners.add("big-bang");
        }
        if (FieldNames.PHASED.contains(key)) {
            owners.add("phased");
        }
        if (FieldNames.EXPLICIT_WAVES.contains(key)) {
            owners.add("waves");
        }
        owners.remove(kind);
        return owners.isEmpty() ? "" : " (it is a field of a " + String.join(" or ", owners)
                + " strategy; in a variant, set it to null to delete it)";
    }

    private Result bigBang(int gap) {
        Integer goLive = f.whole("goLiveWeek", 0, Fields.WEEK_MAX, true);
        if (goLive == null || !goLiveFits(goLive, f.node("goLiveWeek"), f.path("goLiveWeek"), "the go-live")) {
            return null;
        }
        return new Result(new Strategy.BigBang(goLive, gap), List.of("w1"));
    }

    private Result phased(int gap) {
        Integer waves = f.whole("waves", 1, MAX_WAVES, true);
        Integer first = f.whole("firstGoLiveWeek", 0, Fields.WEEK_MAX, true);
        Integer spacing = f.whole("spacingWeeks", 0, 520, true);
        SiteOrder order = f.choice("order", SiteOrder.class);
        if (waves == null || first == null || spacing == null || ScenarioBinder.failed(f, "order", order)) {
            return null;
        }
        boolean ok = true;
        if (sites != null && waves > sites.size()) {
            problems.add(f.node("waves"), f.path("waves"), waves + " phased waves but only " + sites.size()
                    + " site" + (sites.size() == 1 ? "" : "s") + ": each wave needs at least one site");
            ok = false;
        }
        ok &= goLiveFits(first, f.node("firstGoLiveWeek"), f.path("firstGoLiveWeek"), "the first go-live");
        long last = first + (long) (waves - 1) * spacing;
        if (last >= horizonWeeks) {
            problems.add(f.node("spacingWeeks"), f.path("spacingWeeks"), "the last of " + waves + " waves would go"
                    + " live in week " + last + ", at or beyond the horizon (program.horizonWeeks = " + horizonWeeks + ")");
            ok = false;
        }
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= waves; k++) {
            ids.add("w" + k);
        }
        return new Result(ok ? new Strategy.Phased(waves, first, spacing, order, gap) : null, ids);
    }

    private Result explicitWaves(int gap) {
        ListNode list = f.list("waves", MAX_WAVES, "waves", true);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.add(list, "strategy.waves", "list at least one wave");
            return null;
        }
        Set<String> moduleIds = modules == null ? null : ids(modules.stream().map(Module::id).toList());
        Map<String, String> waveOfSite = new HashMap<>();
        Map<String, Map<String, String>> waveOfSiteModule = new HashMap<>();
        ScenarioBinder.Ids waveIds = new ScenarioBinder.Ids("wave", problems);
        List<Strategy.WaveSpec> waves = new ArrayList<>();
        int before = problems.count();
        boolean siteListsRead = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "strategy.waves[" + i + "]";
            Fields w = Fields.open(list.items().get(i), path, "a wave", FieldNames.WAVE, null, problems);
            if (w == null) {
                siteListsRead = false;
                continue;
            }
            String id = waveIds.read(w);
            String label = id == null ? "#" + (i + 1) : id;
            List<String> waveSites = references(w, "sites", siteIds, "site", true);
            List<String> waveModules = w.has("modules") ? references(w, "modules", moduleIds, "module", false) : List.of();
            Integer goLive = w.whole("goLiveWeek", 0, Fields.WEEK_MAX, true);
            if (goLive != null) {
                goLiveFits(goLive, w.node("goLiveWeek"), w.path("goLiveWeek"), "wave " + label + "'s go-live");
            }
            if (waveSites == null) {
                siteListsRead = false;
                continue;
            }
            ListNode siteList = (ListNode) w.node("sites");
            for (int j = 0; j < siteList.items().size(); j++) {
                if (!(siteList.items().get(j) instanceof Node.Scalar s) || s.isNull()) {
                    continue;
                }
                // Scope may be phased: a site may be in several waves, each bringing other modules
                // live; the same module of the same site twice is the error.
                waveOfSite.putIfAbsent(s.text(), label);
                Map<String, String> byModule = waveOfSiteModule.computeIfAbsent(s.text(), k -> new HashMap<>());
                List<String> scope = waveModules == null || waveModules.isEmpty()
                        ? (moduleIds == null ? List.of("*") : List.copyOf(new TreeSet<>(moduleIds)))
                        : waveModules;
                String previous = null;
                String clash = null;
                for (String module : scope) {
                    String earlier = byModule.putIfAbsent(module, label);
                    if (earlier != null && previous == null) {
                        previous = earlier;
                        clash = module;
                    }
                }
                if (previous != null) {
                    problems.add(s, w.path("sites") + "[" + j + "]", "site " + s.text() + " is already in wave "
                            + previous + (previous.equals(label) ? "" : "; a site brings each module live once"
                            + ("*".equals(clash) ? "" : " (module " + clash + " is in both)")));
                }
            }
            if (id != null && waveModules != null && goLive != null) {
                waves.add(new Strategy.WaveSpec(id, waveSites, waveModules, goLive));
            }
        }
        if (siteListsRead && sites != null) {
            for (Site site : sites) {
                if (!waveOfSite.containsKey(site.id())) {
                    problems.add(list, "strategy.waves", "site " + site.id() + " is in no wave");
                }
            }
        }
        boolean ok = problems.count() == before;
        boolean everyId = waveIds.ids().size() == list.items().size();
        return ok ? new Result(new Strategy.ExplicitWaves(waves, gap), List.copyOf(waveIds.ids()))
                : everyId ? new Result(null, List.copyOf(waveIds.ids())) : null;
    }

    private List<String> references(Fields w, String key, Set<String> known, String what, boolean required) {
        ListNode list = w.list(key, ScenarioBinder.MAX_SITES, what + " ids", required);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.add(list, w.path(key), required ? "a wave needs at least one site"
                    : "an empty module list; leave modules out to bring every module live");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int j = 0; j < list.items().size(); j++) {
            Node item = list.items().get(j);
            String path = w.path(key) + "[" + j + "]";
            if (!(item instanceof Node.Scalar s) || s.isNull()) {
                problems.add(item, path, "expected a " + what + " id, got " + item.describe());
                continue;
            }
            if (!Fields.keepsItsText(s, path, problems)) {
                continue;
            }
            if (known != null && !known.contains(s.text())) {
                problems.add(item, path, "unknown " + what + " '" + s.text() + "'" + DidYouMean.hint(s.text(), known));
                continue;
            }
            if (!required && out.contains(s.text())) {
                problems.add(item, path, "module " + s.text() + " is listed twice");
                continue;
            }
            out.add(s.text());
        }
        return out;
    }

    /** Go-live must leave prepWeeks of build from week 0 and fall before the horizon. */
    private boolean goLiveFits(int goLive, Node at, String path, String what) {
        if (practices != null && goLive - practices.prepWeeks() < 0) {
            problems.add(at, path, what + " in week " + goLive + " is before build can start: each wave is built"
                    + " for practices.prepWeeks = " + practices.prepWeeks() + " weeks, so build would start in week "
                    + (goLive - practices.prepWeeks()) + " (go-live must be at least week " + practices.prepWeeks() + ")");
            return false;
        }
        if (goLive >= horizonWeeks) {
            problems.add(at, path, what + " in week " + goLive + " is at or beyond the horizon (program.horizonWeeks = "
                    + horizonWeeks + ")");
            return false;
        }
        return true;
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }
}
