package org.rolloutsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Governance;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Parameters;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.SiteOrder;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;

/** Scenarios built in code for the model's tests and speed check: a small fluent builder. */
final class TestScenarios {
    static Distribution c(double x) {
        return Distribution.constant(x);
    }

    /** A builder with every part settable; defaults are the model's. */
    static final class Builder {
        int horizon = 520;
        double delayCostPerDay = 0;
        List<Program.FixedCost> fixedCosts = new ArrayList<>();
        List<Module> modules = new ArrayList<>(List.of(new Module("core", 100)));
        List<Site> sites = new ArrayList<>();
        Strategy strategy;
        Team team = new Team(new Team.Member(c(100), c(3000)), null, null, null, null, null);
        Governance governance = Governance.defaults();
        int prepWeeks = 78;
        int testCycles = 4;
        int testCycleWeeks = 3;
        int trainingWeeks = 12;
        Practices.CommandCentre commandCentre = Practices.CommandCentre.defaults();
        boolean embedding;
        boolean celebrate;
        Distribution wellness;
        Distribution maintenanceFte;
        List<Risk> risks = new ArrayList<>();
        Parameters parameters = Parameters.defaults();
        /** The v1 rules unless a test asks for a response: most tests here pin a v1 mechanism. */
        Response response = Response.NONE;

        Builder site(String id, int users, double complexity, Legacy legacy, double leadership, double readiness) {
            sites.add(new Site(id, id, users, c(complexity), legacy, c(leadership), c(readiness), 20));
            return this;
        }

        Builder site(Site site) {
            sites.add(site);
            return this;
        }

        Builder modules(Module... list) {
            modules = new ArrayList<>(List.of(list));
            return this;
        }

        Builder bigBang(int goLive) {
            strategy = new Strategy.BigBang(goLive, 8);
            return this;
        }

        Builder phased(int waves, int first, int spacing, SiteOrder order) {
            strategy = new Strategy.Phased(waves, first, spacing, order, 8);
            return this;
        }

        Builder strategy(Strategy s) {
            strategy = s;
            return this;
        }

        Builder staff(double fte, double cost) {
            team = new Team(new Team.Member(c(fte), c(cost)), team.consultants(), team.vendor(),
                    team.hiringLagWeeks(), team.rampUpWeeks(), team.partnership());
            return this;
        }

        Builder team(Team t) {
            team = t;
            return this;
        }

        Builder governance(double approval, double threshold, int maxCritical, TimelinePolicy policy, double tolerance) {
            governance = new Governance(c(approval), c(threshold), maxCritical, policy, c(tolerance));
            return this;
        }

        Builder policy(TimelinePolicy policy) {
            governance = new Governance(governance.customizationApproval(), governance.readinessThreshold(),
                    governance.maxCriticalDefects(), policy, governance.tolerance());
            return this;
        }

        Builder approval(double approval) {
            governance = new Governance(c(approval), governance.readinessThreshold(),
                    governance.maxCriticalDefects(), governance.timelinePolicy(), governance.tolerance());
            return this;
        }

        Builder practices(int prep, int cycles, int cycleWeeks, int training) {
            prepWeeks = prep;
            testCycles = cycles;
            testCycleWeeks = cycleWeeks;
            trainingWeeks = training;
            return this;
        }

        Builder commandCentre(double fte, int minWeeks, double exitPerThousand) {
            commandCentre = new Practices.CommandCentre(c(fte), null, minWeeks, c(exitPerThousand));
            return this;
        }

        Builder embedding(boolean on) {
            embedding = on;
            return this;
        }

        Builder celebrate(boolean on) {
            celebrate = on;
            return this;
        }

        Builder set(Parameter p, double value) {
            parameters = parameters.with(p, c(value));
            return this;
        }

        Builder set(Parameter p, Distribution value) {
            parameters = parameters.with(p, value);
            return this;
        }

        Builder response(Response r) {
            response = r;
            return this;
        }

        Builder risk(Risk r) {
            risks.add(r);
            return this;
        }

        Builder fixedCost(String id, Distribution amount, int from, int to) {
            fixedCosts.add(new Program.FixedCost(id, amount, from, to));
            return this;
        }

        Builder horizon(int weeks) {
            horizon = weeks;
            return this;
        }

        Builder delayCostPerDay(double x) {
            delayCostPerDay = x;
            return this;
        }

        Builder wellness(double costPerFteWeek) {
            wellness = c(costPerFteWeek);
            return this;
        }

        /**
         * Every random element made degenerate: all distributions pinned to numbers, and every
         * mechanism that draws (defects, customization, attrition, surfacing, harm, silo incidents)
         * switched off, so a run is a pure function of its inputs.
         */
        Builder degenerate() {
            for (Parameter p : Parameter.values()) {
                Distribution d = parameters.get(p, response);
                if (d != null && !d.isConstant()) {
                    parameters = parameters.with(p, c(d.mean()));
                }
            }
            return set(Parameter.DEFECTS_PER_PERSON_WEEK, 0)
                    .set(Parameter.BAD_FIX_RATE, 0)
                    .set(Parameter.CUSTOMIZATION_RATE, 0)
                    .set(Parameter.ANNUAL_ATTRITION, 0)
                    .set(Parameter.HARM_RATE, 0)
                    .set(Parameter.SILO_INCIDENT_RATE, 0);
        }

        /**
         * v2 rules (the standard response) under {@code policy} whose programme reviews never
         * respond, so that only the rule under test moves the plan: no surge, re-baseline or
         * descoping.
         */
        Builder quietReviews(TimelinePolicy policy, double tolerance) {
            ResponseRules d = ResponseRules.defaults();
            return quietReviews(policy, tolerance, d.overtimeFatigueCap(), d.maxSlipWeeks());
        }

        /** As {@link #quietReviews(TimelinePolicy, double)}, with the overtime cap and maximum slip given. */
        Builder quietReviews(TimelinePolicy policy, double tolerance, double overtimeFatigueCap, int maxSlipWeeks) {
            ResponseRules d = ResponseRules.defaults();
            ResponseRules quiet = new ResponseRules(d.reviewWeeks(), 1e9, 0, d.surgeStep(), 1e9, d.replanBufferWeeks(),
                    1e9, overtimeFatigueCap, maxSlipWeeks, d.goLiveWindowWeeks(), d.blackoutWeeks());
            governance = new Governance(c(0), c(0.75), 0, policy, c(tolerance), Response.STANDARD, quiet);
            return response(Response.STANDARD);
        }

        /**
         * A build that goes exactly as planned in size: one person-week per workflow, no enterprise
         * share, paper legacy at no extra effort, no learning, no overtime or chronic fatigue, and
         * none of v2's estimation error, training spread or emergent scope.
         */
        Builder plainBuild() {
            return set(Parameter.ENTERPRISE_SHARE, 0)
                    .set(Parameter.EFFORT_PER_WORKFLOW, 1)
                    .set(Parameter.LEGACY_EFFORT_PAPER, 1)
                    .set(Parameter.LEARNING_RATE, 1)
                    .set(Parameter.MAX_OVERTIME, 0)
                    .set(Parameter.CHRONIC_FATIGUE, 0)
                    .set(Parameter.WAVE_EFFORT_SD, 0)
                    .set(Parameter.WAVE_TRAINING_SD, 0)
                    .set(Parameter.SCOPE_GROWTH, 0);
        }

        Scenario build() {
            Program program = new Program(LocalDate.of(2027, 1, 4), horizon, "USD", null, null,
                    c(delayCostPerDay), fixedCosts);
            Practices practices = new Practices(prepWeeks, testCycles, testCycleWeeks, trainingWeeks, commandCentre,
                    null, embedding, wellness, celebrate, maintenanceFte);
            return new Scenario("test", "", program, modules, sites, strategy, team, governance.withResponse(response),
                    practices, risks, parameters);
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * A regional system like MODEL.md 9: twelve hospitals, three modules, a mixed team; six waves
     * by default (callers may replace the strategy).
     */
    static Builder regional() {
        Builder b = builder()
                .modules(new Module("inpatient", 420), new Module("ambulatory", 300), new Module("revenue-cycle", 180))
                .site("mercy-central", 6200, 1.5, Legacy.HOMEGROWN, 0.7, 0.35)
                .site("lakeside", 2100, 1.0, Legacy.VENDOR, 0.5, 0.45)
                .site("st-anne", 3400, 1.2, Legacy.VENDOR, 0.6, 0.5)
                .site("hillcrest", 1500, 1.0, Legacy.PAPER, 0.4, 0.55)
                .site("riverside", 2800, 1.1, Legacy.VENDOR, 0.6, 0.4)
                .site("north-valley", 900, 0.9, Legacy.PAPER, 0.5, 0.6)
                .site("bayview", 2200, 1.0, Legacy.HOMEGROWN, 0.5, 0.4)
                .site("cedar-park", 1200, 0.9, Legacy.VENDOR, 0.7, 0.5)
                .site("westgate", 3100, 1.2, Legacy.VENDOR, 0.5, 0.45)
                .site("pine-ridge", 700, 0.8, Legacy.PAPER, 0.6, 0.65)
                .site("university", 5200, 1.5, Legacy.HOMEGROWN, 0.6, 0.3)
                .site("eastside", 1600, 1.0, Legacy.VENDOR, 0.5, 0.5)
                .phased(6, 90, 16, SiteOrder.MOST_READY_FIRST)
                .team(new Team(new Team.Member(c(140), c(2600)), new Team.Member(c(60), c(7000)),
                        new Team.Member(c(25), c(6000)), null, null, null))
                .governance(0.2, 0.75, 0, TimelinePolicy.HOLD_THE_LINE, 0.1)
                .embedding(true)
                .celebrate(true)
                .delayCostPerDay(750_000)
                .fixedCost("licences", c(1.5e8), 0, 208)
                .fixedCost("infrastructure", new Distribution.Pert(6.0e7, 8.0e7, 1.4e8), 0, 104);
        return b;
    }

    /** An enterprise of {@code sites} hospitals in {@code waves} waves, sizes and cultures varied. */
    static Builder enterprise(int sites, int waves) {
        Builder b = builder()
                .modules(new Module("inpatient", 600), new Module("ambulatory", 450), new Module("pharmacy", 150),
                        new Module("revenue-cycle", 300))
                .phased(waves, 100, 12, SiteOrder.LISTED)
                .team(new Team(new Team.Member(c(900), c(2600)), new Team.Member(c(350), c(7000)),
                        new Team.Member(c(150), c(6000)), null, null, null))
                .governance(0.2, 0.75, 0, TimelinePolicy.HOLD_THE_LINE, 0.1)
                .embedding(true)
                .delayCostPerDay(3_000_000)
                .fixedCost("licences", c(1.0e9), 0, 400);
        Legacy[] legacies = Legacy.values();
        for (int i = 0; i < sites; i++) {
            int users = 300 + (i * 7919) % 2400;
            b.site("site-" + i, users, 0.9 + 0.6 * ((i * 31) % 10) / 10.0, legacies[i % 3],
                    0.4 + 0.4 * ((i * 17) % 10) / 10.0, 0.3 + 0.4 * ((i * 13) % 10) / 10.0);
        }
        return b;
    }
}
