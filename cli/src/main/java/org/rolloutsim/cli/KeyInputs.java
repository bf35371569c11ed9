package org.rolloutsim.cli;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rolloutsim.design.InputDesign;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.design.Sampling;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.report.text.Counted;
import org.rolloutsim.report.view.KeyInput;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.Team;

/** The scenario's key inputs as the report lists them: what a board member needs to know was assumed. */
final class KeyInputs {
    private KeyInputs() {
    }

    /** With the sampling design's rows when it is not independent random sampling (design may be null). */
    static List<KeyInput> of(Scenario s, List<PlannedWave> plan, InputDesign design) {
        List<KeyInput> rows = new ArrayList<>();
        long homegrown = s.sites().stream().filter(site -> site.legacy() == Legacy.HOMEGROWN).count();
        int workflows = s.modules().stream().mapToInt(Module::workflows).sum();
        rows.add(new KeyInput("Sites", Counted.of(s.sites().size(), "site") + ", " + Counted.of(s.totalUsers(), "user")
                + (homegrown > 0 ? ", " + homegrown + " replacing a homegrown system" : "")));
        rows.add(new KeyInput("Scope", Counted.of(s.modules().size(), "module") + ", " + Counted.of(workflows, "workflow")));
        rows.add(new KeyInput("Strategy", strategy(s.strategy(), plan)));
        rows.add(new KeyInput("Team", team(s.team())));
        rows.add(new KeyInput("Customization approval", text(s.governance().customizationApproval(), true)));
        rows.add(new KeyInput("Timeline policy", s.governance().timelinePolicy().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + ", readiness gate " + text(s.governance().readinessThreshold(), false)));
        Practices p = s.practices();
        rows.add(new KeyInput("Practices", Counted.of(p.testCycles(), "test cycle") + " of " + Counted.of(p.testCycleWeeks(), "week")
                + (p.crossSiteEmbedding() ? ", cross-site embedding" : ", no cross-site embedding")
                + (p.wellnessCostPerFteWeek().mean() > 0 ? ", wellness funded" : "")
                + (p.celebrateMilestones() ? ", milestones celebrated" : "")));
        rows.add(new KeyInput("Delay cost per day", money(s.program().delayCostPerDay(), s.program().currency())));
        rows.add(new KeyInput("Risks in the register", String.valueOf(s.risks().size())));
        if (design != null && !design.isIndependentRandom()) {
            rows.add(new KeyInput("Sampling", design.sampling() == Sampling.LHS
                    ? "Latin hypercube, in blocks of " + InputDesign.BLOCK_RUNS + " runs" : "random"));
            if (!design.correlations().isEmpty()) {
                List<String> pairs = new ArrayList<>();
                for (RankCorrelation c : design.correlations()) {
                    pairs.add(c.first() + " and " + c.second() + " " + String.format(Locale.ROOT, "%.2f", c.rank()));
                }
                rows.add(new KeyInput("Rank correlations", String.join("; ", pairs)));
            }
        }
        return rows;
    }

    private static String strategy(Strategy strategy, List<PlannedWave> plan) {
        String kind;
        if (strategy instanceof Strategy.BigBang) {
            kind = "big bang";
        } else if (strategy instanceof Strategy.Phased p) {
            kind = "phased, " + p.order().name().toLowerCase(Locale.ROOT).replace('_', '-') + " order";
        } else {
            kind = "explicit waves";
        }
        return kind + ": " + plan.size() + (plan.size() == 1 ? " wave" : " waves");
    }

    private static String team(Team t) {
        StringBuilder b = new StringBuilder();
        b.append(fte(t.staff().fte())).append(" staff");
        if (t.consultants() != null) {
            b.append(", ").append(fte(t.consultants().fte())).append(" consultants");
        }
        if (t.vendor() != null) {
            b.append(", ").append(fte(t.vendor().fte())).append(" vendor");
        }
        return b.toString();
    }

    private static String fte(Distribution d) {
        return d.isConstant() ? String.valueOf(Math.round(d.mean())) : "~" + Math.round(d.mean());
    }

    private static String text(Distribution d, boolean percent) {
        String mean = percent ? Math.round(d.mean() * 100) + "%" : String.format(Locale.ROOT, "%.2f", d.mean());
        return d.isConstant() ? mean : mean + " on average (uncertain)";
    }

    private static String money(Distribution d, String currency) {
        String amount = ReportAssembler.currencySymbol(currency) + NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(d.mean()));
        return d.isConstant() ? amount : amount + " on average (uncertain)";
    }

}
