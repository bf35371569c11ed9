package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenarios.Node.ListNode;

/** Reads the risk register (MODEL.md 2.6) and checks each risk's window and scope. */
final class RiskBinder {
    private RiskBinder() {
    }

    /**
     * @param waveIds the waves the strategy makes, or {@code null} when the strategy could not be
     *                read (wave scopes are then not checked)
     * @param sites   the sites' ids: of the sites read, or as written when the sites could not be
     *                read, or {@code null} when not even that
     * @param plannedEnd the last go-live the strategy plans (before the horizon): a risk without a
     *                window may occur from week 0 to it, whatever the horizon, so that its probability
     *                is the chance it strikes the planned roll-out
     */
    static List<Risk> bind(Fields top, List<String> waveIds, List<String> siteIds, int horizonWeeks,
                           int plannedEnd, Problems problems) {
        ListNode list = top.list("risks", ScenarioBinder.MAX_RISKS, "risks", false);
        if (list == null) {
            return top.has("risks") ? null : List.of();
        }
        ScenarioBinder.Ids ids = new ScenarioBinder.Ids("risk", problems);
        List<Risk> risks = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "risks[" + i + "]";
            Fields f = Fields.open(list.items().get(i), path, "a risk", FieldNames.RISK, null, problems);
            if (f == null) {
                ok = false;
                continue;
            }
            String id = ids.read(f);
            String description = f.text("description", false);
            Distribution probability = f.distribution("probability", 0, 1, true);
            int[] window = ScenarioBinder.window(f, "window", horizonWeeks, plannedEnd, problems);
            Risk.Scope scope = scope(f, waveIds, siteIds, problems);
            Risk.Impact impact = impact(f, "impact", Risk.Impact.NONE, problems);
            Risk.Mitigation mitigation = mitigation(f, impact == null ? Risk.Impact.NONE : impact, problems);
            if (id == null || probability == null || window == null || scope == null
                    || ScenarioBinder.failed(f, "description", description) || ScenarioBinder.failed(f, "impact", impact)
                    || ScenarioBinder.failed(f, "mitigation", mitigation)) {
                ok = false;
                continue;
            }
            risks.add(new Risk(id, description, probability, window[0], window[1], scope, impact, mitigation));
        }
        return ok ? risks : null;
    }

    private static Risk.Scope scope(Fields f, List<String> waveIds, List<String> siteIds, Problems problems) {
        String text = f.text("scope", false);
        if (text == null) {
            return f.has("scope") ? null : Risk.Scope.PROGRAM;
        }
        Node at = f.node("scope");
        if (text.equals("program")) {
            return Risk.Scope.PROGRAM;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String target = colon < 0 ? "" : text.substring(colon + 1).trim();
        if (!(kind.equals("wave") || kind.equals("site")) || target.isEmpty()) {
            problems.add(at, f.path("scope"), "'" + text + "' is not a scope: write program, wave:ID or site:ID");
            return null;
        }
        List<String> known = kind.equals("wave") ? waveIds : siteIds;
        if (known != null && !known.contains(target)) {
            problems.add(at, f.path("scope"), "unknown " + kind + " '" + target + "'" + DidYouMean.hint(target, known)
                    + (kind.equals("wave") ? "; the waves are " + shortList(known) : ""));
            return null;
        }
        return new Risk.Scope(kind.equals("wave") ? Risk.Scope.Kind.WAVE : Risk.Scope.Kind.SITE, target);
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", ...";
    }

    /**
     * @param unset what each impact field not written is: 0 for a risk's own impact; for a
     *              mitigation's, the risk's own value, since a planner reads a mitigation as changing
     *              only what it names (it lowers the probability; the impact stays unless written)
     */
    private static Risk.Impact impact(Fields parent, String key, Risk.Impact unset, Problems problems) {
        Node node = parent.node(key);
        if (node == null) {
            return unset;
        }
        Fields f = Fields.open(node, parent.path(key), "an impact", FieldNames.IMPACT, null, problems);
        if (f == null) {
            return null;
        }
        Distribution delay = f.distribution("delayWeeks", 0, 520, false);
        Distribution cost = f.distribution("cost", 0, ScenarioBinder.MAX_MONEY, false);
        Distribution fatigue = f.distribution("fatigue", 0, 1, false);
        Distribution defects = f.distribution("defects", 0, 1e7, false);
        Distribution leavers = f.distribution("leavers", 0, ScenarioBinder.MAX_FTE, false);
        if (ScenarioBinder.failed(f, "delayWeeks", delay) || ScenarioBinder.failed(f, "cost", cost)
                || ScenarioBinder.failed(f, "fatigue", fatigue) || ScenarioBinder.failed(f, "defects", defects)
                || ScenarioBinder.failed(f, "leavers", leavers)) {
            return null;
        }
        return new Risk.Impact(orElse(delay, unset.delayWeeks()), orElse(cost, unset.cost()),
                orElse(fatigue, unset.fatigue()), orElse(defects, unset.defects()), orElse(leavers, unset.leavers()));
    }

    private static Distribution orElse(Distribution written, Distribution unset) {
        return written != null ? written : unset;
    }

    private static Risk.Mitigation mitigation(Fields risk, Risk.Impact riskImpact, Problems problems) {
        Node node = risk.node("mitigation");
        if (node == null) {
            return null;
        }
        Fields f = Fields.open(node, risk.path("mitigation"), "a mitigation", FieldNames.MITIGATION, null, problems);
        if (f == null) {
            return null;
        }
        Distribution probability = f.distribution("probability", 0, 1, true);
        Risk.Impact impact = impact(f, "impact", riskImpact, problems);
        Distribution cost = f.distribution("cost", 0, ScenarioBinder.MAX_MONEY, false);
        if (probability == null || ScenarioBinder.failed(f, "impact", impact) || ScenarioBinder.failed(f, "cost", cost)) {
            return null;
        }
        return new Risk.Mitigation(probability, impact, cost);
    }
}
