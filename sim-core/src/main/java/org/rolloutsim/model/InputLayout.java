package org.rolloutsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.Team;

/**
 * Where each numeric input of a scenario sits in a run's flat {@code double[]} of inputs, which of
 * them are uncertain (sampled once per run, MODEL.md 2.7) and the value of the rest.
 *
 * <p>Slots: every {@link Parameter} at its ordinal, then three per site (complexity, leadership,
 * readiness), then the team, governance, practices and programme fields, one per fixed cost, and
 * seven per risk (the pre- or post-mitigation values, as the run options choose).
 */
final class InputLayout {
    static final int SITE_COMPLEXITY = 0;
    static final int SITE_LEADERSHIP = 1;
    static final int SITE_READINESS = 2;

    static final int STAFF_FTE = 0;
    static final int STAFF_COST = 1;
    static final int CONSULTANT_FTE = 2;
    static final int CONSULTANT_COST = 3;
    static final int VENDOR_FTE = 4;
    static final int VENDOR_COST = 5;
    static final int HIRING_LAG = 6;
    static final int RAMP_UP = 7;
    static final int PARTNERSHIP = 8;

    static final int APPROVAL = 0;
    static final int THRESHOLD = 1;
    static final int TOLERANCE = 2;

    static final int SUPPORT_RATIO = 0;
    static final int WELLNESS = 1;
    static final int CC_FTE = 2;
    static final int CC_COST = 3;
    static final int CC_EXIT = 4;
    static final int MAINTENANCE_FTE = 5;

    static final int RISK_PROBABILITY = 0;
    static final int RISK_DELAY = 1;
    static final int RISK_COST = 2;
    static final int RISK_FATIGUE = 3;
    static final int RISK_DEFECTS = 4;
    static final int RISK_LEAVERS = 5;
    static final int RISK_MITIGATION_COST = 6;
    static final int RISK_FIELDS = 7;

    private static final double BIG = Double.MAX_VALUE;

    /**
     * The path of every input a scenario can have, {@code *} standing for a site's, fixed cost's or
     * risk's id, beside the parameters' keys: the paths the constructor below writes. A name that fits
     * none names no input of any scenario, whatever the rest of the scenario says.
     */
    static final List<String> SHAPES;

    static {
        List<String> shapes = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            shapes.add(p.key());
        }
        for (String field : List.of("complexity", "leadership", "readiness")) {
            shapes.add("sites.*." + field);
        }
        for (String member : List.of("staff", "consultants", "vendor")) {
            shapes.add("team." + member + ".fte");
            shapes.add("team." + member + ".weeklyCost");
        }
        shapes.addAll(List.of("team.hiringLagWeeks", "team.rampUpWeeks", "team.partnership",
                "governance.customizationApproval", "governance.readinessThreshold", "governance.tolerance",
                "practices.supportRatio", "practices.wellness.costPerFteWeek", "practices.commandCentre.fte",
                "practices.commandCentre.weeklyCost", "practices.commandCentre.exitIncidentsPerThousandUsers",
                "practices.interfaceMaintenanceFte", "program.delayCostPerDay", "program.fixedCosts.*.amount"));
        for (String at : List.of("risks.*.", "risks.*.mitigation.")) {
            shapes.add(at + "probability");
            for (String field : List.of("delayWeeks", "cost", "fatigue", "defects", "leavers")) {
                shapes.add(at + "impact." + field);
            }
        }
        shapes.add("risks.*.mitigation.cost");
        SHAPES = List.copyOf(shapes);
    }

    final int siteBase;
    final int teamBase;
    final int governanceBase;
    final int practicesBase;
    final int delayCostSlot;
    final int fixedBase;
    final int riskBase;
    final int size;

    private final double[] template;
    private final List<InputField> sampled = new ArrayList<>();
    /** A risk's own impact name to its mitigated name, for the fields a mitigation carries over. */
    private final Map<String, String> carriedOver = new HashMap<>();

    InputLayout(Scenario s, boolean mitigated) {
        int params = Parameter.values().length;
        siteBase = params;
        teamBase = siteBase + 3 * s.sites().size();
        governanceBase = teamBase + 9;
        practicesBase = governanceBase + 3;
        delayCostSlot = practicesBase + 6;
        fixedBase = delayCostSlot + 1;
        riskBase = fixedBase + s.program().fixedCosts().size();
        size = riskBase + RISK_FIELDS * s.risks().size();
        template = new double[size];

        for (Parameter p : Parameter.values()) {
            Distribution d = s.parameters().get(p, s.governance().response());
            if (d == null) {
                template[p.ordinal()] = Double.NaN; // derived after sampling (learningRateEmbedded)
            } else {
                add(p.key(), d, p.min(), p.max(), p.ordinal());
            }
        }
        for (int i = 0; i < s.sites().size(); i++) {
            Site site = s.sites().get(i);
            String at = "sites." + site.id() + ".";
            add(at + "complexity", site.complexity(), 0, BIG, siteBase + 3 * i + SITE_COMPLEXITY);
            add(at + "leadership", site.leadership(), 0, 1, siteBase + 3 * i + SITE_LEADERSHIP);
            add(at + "readiness", site.readiness(), 0, 1, siteBase + 3 * i + SITE_READINESS);
        }
        Team team = s.team();
        member("team.staff.", team.staff(), STAFF_FTE);
        member("team.consultants.", team.consultants(), CONSULTANT_FTE);
        member("team.vendor.", team.vendor(), VENDOR_FTE);
        add("team.hiringLagWeeks", team.hiringLagWeeks(), 0, BIG, teamBase + HIRING_LAG);
        add("team.rampUpWeeks", team.rampUpWeeks(), 0, BIG, teamBase + RAMP_UP);
        add("team.partnership", team.partnership(), 0, 1, teamBase + PARTNERSHIP);

        add("governance.customizationApproval", s.governance().customizationApproval(), 0, 1, governanceBase + APPROVAL);
        add("governance.readinessThreshold", s.governance().readinessThreshold(), 0, 1, governanceBase + THRESHOLD);
        add("governance.tolerance", s.governance().tolerance(), 0, 1, governanceBase + TOLERANCE);

        var practices = s.practices();
        add("practices.supportRatio", practices.supportRatio(), 1e-6, BIG, practicesBase + SUPPORT_RATIO);
        add("practices.wellness.costPerFteWeek", practices.wellnessCostPerFteWeek(), 0, BIG, practicesBase + WELLNESS);
        var cc = practices.commandCentre();
        add("practices.commandCentre.fte", cc.fte(), 0, BIG, practicesBase + CC_FTE);
        if (cc.weeklyCost() == null) {
            template[practicesBase + CC_COST] = Double.NaN; // the consultants' weekly cost
        } else {
            add("practices.commandCentre.weeklyCost", cc.weeklyCost(), 0, BIG, practicesBase + CC_COST);
        }
        add("practices.commandCentre.exitIncidentsPerThousandUsers", cc.exitIncidentsPerThousandUsers(), 0, BIG,
                practicesBase + CC_EXIT);
        if (practices.interfaceMaintenanceFte() == null) {
            template[practicesBase + MAINTENANCE_FTE] = Double.NaN; // just enough for baseline interfaces
        } else {
            add("practices.interfaceMaintenanceFte", practices.interfaceMaintenanceFte(), 0, BIG,
                    practicesBase + MAINTENANCE_FTE);
        }
        add("program.delayCostPerDay", s.program().delayCostPerDay(), 0, BIG, delayCostSlot);
        for (int i = 0; i < s.program().fixedCosts().size(); i++) {
            Program.FixedCost f = s.program().fixedCosts().get(i);
            add("program.fixedCosts." + f.id() + ".amount", f.amount(), 0, BIG, fixedBase + i);
        }
        for (int i = 0; i < s.risks().size(); i++) {
            Risk r = s.risks().get(i);
            int base = riskBase + RISK_FIELDS * i;
            String at = "risks." + r.id() + ".";
            boolean useMitigation = mitigated && r.mitigation() != null;
            Risk.Impact impact = useMitigation ? r.mitigation().impact() : r.impact();
            String impactAt = useMitigation ? at + "mitigation.impact." : at + "impact.";
            add(useMitigation ? at + "mitigation.probability" : at + "probability",
                    useMitigation ? r.mitigation().probability() : r.probability(), 0, 1, base + RISK_PROBABILITY);
            add(impactAt + "delayWeeks", impact.delayWeeks(), 0, BIG, base + RISK_DELAY);
            add(impactAt + "cost", impact.cost(), 0, BIG, base + RISK_COST);
            add(impactAt + "fatigue", impact.fatigue(), 0, 1, base + RISK_FATIGUE);
            add(impactAt + "defects", impact.defects(), 0, BIG, base + RISK_DEFECTS);
            add(impactAt + "leavers", impact.leavers(), 0, BIG, base + RISK_LEAVERS);
            if (useMitigation) {
                carriedOver(at, "delayWeeks", impact.delayWeeks(), r.impact().delayWeeks());
                carriedOver(at, "cost", impact.cost(), r.impact().cost());
                carriedOver(at, "fatigue", impact.fatigue(), r.impact().fatigue());
                carriedOver(at, "defects", impact.defects(), r.impact().defects());
                carriedOver(at, "leavers", impact.leavers(), r.impact().leavers());
            }
            if (useMitigation) {
                add(at + "mitigation.cost", r.mitigation().cost(), 0, BIG, base + RISK_MITIGATION_COST);
            }
        }
    }

    private void member(String at, Team.Member member, int slot) {
        if (member == null) {
            return; // an absent type has no people and costs nothing
        }
        add(at + "fte", member.fte(), 0, BIG, teamBase + slot);
        add(at + "weeklyCost", member.weeklyCost(), 0, BIG, teamBase + slot + 1);
    }

    /**
     * Records that the mitigated impact field {@code field} is the risk's own, carried over (the
     * loader fills a field the mitigation does not write with the risk's, so the two are equal):
     * the same uncertain quantity under another name, which a correlation naming the risk's own
     * still means.
     */
    private void carriedOver(String at, String field, Distribution mitigated, Distribution own) {
        if (!mitigated.isConstant() && mitigated.equals(own)) {
            carriedOver.put(at + "impact." + field, at + "mitigation.impact." + field);
        }
    }

    /**
     * The name of the sampled input that {@code name} (as a correlation writes it) designates here:
     * itself, or, under mitigation, the mitigated name of a risk's own impact field the mitigation
     * carries over; null when nothing sampled here answers to it (a constant, or a risk's own input
     * its mitigation replaced).
     */
    String sampledNamed(String name) {
        String alias = carriedOver.getOrDefault(name, name);
        for (InputField f : sampled) {
            if (f.path().equals(alias)) {
                return alias;
            }
        }
        return null;
    }

    private void add(String path, Distribution d, double min, double max, int slot) {
        if (d.isConstant()) {
            template[slot] = d.mean();
        } else {
            sampled.add(new InputField(path, d, min, max, slot));
        }
    }

    /** The inputs that are uncertain, in a fixed order (the order of their output columns). */
    List<InputField> sampled() {
        return Collections.unmodifiableList(sampled);
    }

    /** A fresh copy of the constant inputs; sampled slots are filled per run. */
    double[] newValues() {
        return template.clone();
    }
}
