package org.rolloutsim.scenarios;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.rolloutsim.design.RankCorrelation;
import org.rolloutsim.model.PlannedWave;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.model.WavePlanner;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Governance;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.ResponseRules;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Module;
import org.rolloutsim.scenario.Parameters;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Program.FixedCost;
import org.rolloutsim.scenario.Risk;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Site;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.Team;
import org.rolloutsim.scenario.TimelinePolicy;
import org.rolloutsim.scenarios.Node.ListNode;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * Maps a scenario's located tree onto the sim-core records ({@link Scenario} and its parts),
 * checking types, ranges, references and sizes as it goes. Defaults (MODEL.md section 8) fill
 * whatever the file leaves out. Returns a scenario only when nothing at all was wrong.
 */
final class ScenarioBinder {
    /** The default week 0 when a file gives no {@code program.start}: a Monday. */
    static final LocalDate DEFAULT_START = LocalDate.of(2027, 1, 4);
    static final int MAX_SITES = 10_000;
    static final int MAX_MODULES = 1_000;
    static final int MAX_RISKS = 1_000;
    static final int MAX_FIXED_COSTS = 1_000;
    static final int MAX_USERS_PER_SITE = 1_000_000;
    static final int MAX_WORKFLOWS_PER_MODULE = 100_000;
    static final int MAX_INTERFACES_PER_SITE = 100_000;
    static final double MAX_FTE = 100_000;
    static final double MAX_WEEKLY_COST = 1e7;
    static final double MAX_MONEY = 1e13;
    /** Ids name output columns ({@code sites.ID.complexity}), so they cannot hold dots or spaces. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Problems problems;
    private int horizonWeeks = Program.DEFAULT_HORIZON_WEEKS;
    /**
     * Every site's id as written, valid or not (a site written without one cannot be named): a
     * wave's sites can be checked against it when another problem with the sites leaves no site list.
     */
    private Set<String> siteIdsWritten;

    private ScenarioBinder(Problems problems) {
        this.problems = problems;
    }

    /** The scenario of {@code root}, or {@code null} when any problem was found (all recorded). */
    static Scenario bind(Node root, Problems problems) {
        int before = problems.count();
        Scenario scenario;
        try {
            scenario = new ScenarioBinder(problems).scenario(root);
        } catch (IllegalArgumentException e) {
            // The sim-core records check their own invariants; validation above should have caught
            // anything they reject, but if not, it is still a problem with the file, not a crash.
            problems.add(root, "", e.getMessage());
            return null;
        }
        return problems.count() == before ? scenario : null;
    }

    private Scenario scenario(Node root) {
        Fields top = Fields.open(root, "", "a scenario", FieldNames.TOP,
                key -> FieldNames.misplacedHint(key, ""), problems);
        if (top == null) {
            return null;
        }
        String name = top.text("name", true);
        String description = top.text("description", false);
        Program program = program(top);
        List<Module> modules = modules(top);
        List<Site> sites = sites(top);
        Team team = team(top);
        Governance governance = governance(top);
        Practices practices = practices(top);
        StrategyBinder.Result strategy = StrategyBinder.bind(top, modules, sites, siteIdsWritten, practices,
                horizonWeeks, problems);
        List<String> siteIds = sites != null ? sites.stream().map(Site::id).toList()
                : siteIdsWritten == null ? null : List.copyOf(siteIdsWritten);
        List<Risk> risks = RiskBinder.bind(top, strategy == null ? null : strategy.waveIds(), siteIds, horizonWeeks,
                strategy == null || strategy.strategy() == null ? horizonWeeks - 1
                        : Math.min(horizonWeeks - 1, strategy.strategy().lastPlannedGoLiveWeek()),
                problems);
        Parameters parameters = ParametersBinder.bind(top, problems);
        Scenario scenario = name == null || program == null || modules == null || sites == null || team == null
                || governance == null || practices == null || strategy == null || strategy.strategy() == null
                || risks == null
                || parameters == null ? null
                : new Scenario(name, description, program, modules, sites, strategy.strategy(), team, governance,
                        practices, risks, parameters);
        if (scenario != null && problems.count() == 0 && !scheduleFits(top, scenario)) {
            return null;
        }
        List<RankCorrelation> correlations = CorrelationsBinder.bind(top, scenario, problems);
        return scenario == null || correlations == null ? null : scenario.withCorrelations(correlations);
    }

    /**
     * Each go-live is checked against the horizon as written; the baseline the runs start from also
     * keeps the waves {@code minGapWeeks} apart and moves each go-live to a window, which can push
     * the last ones to or past the horizon, and the last command centre must be able to close before
     * it. Otherwise no run could finish: every run would be cut off at the horizon.
     */
    private boolean scheduleFits(Fields top, Scenario scenario) {
        int horizon = scenario.program().horizonWeeks();
        if (!windowsLast(top, scenario)) {
            return false;
        }
        List<PlannedWave> plan = RolloutModel.baselinePlan(scenario);
        Node strategy = top.node("strategy");
        boolean windows = scenario.governance().response().managed();
        int last = 0;
        for (PlannedWave wave : plan) {
            if (wave.goLiveWeek() >= horizon) {
                problems.add(strategy, "strategy", "wave " + wave.id() + " would go live in week " + wave.goLiveWeek()
                        + ", at or beyond the horizon (program.horizonWeeks = " + horizon + "): the plan keeps go-lives"
                        + " strategy.minGapWeeks = " + scenario.strategy().minGapWeeks() + " weeks apart"
                        + (windows ? " and moves each to a go-live window (governance.goLiveWindowWeeks = "
                        + scenario.governance().rules().goLiveWindowWeeks() + ", none in governance.blackoutWeeks)" : ""));
                return false;
            }
            last = Math.max(last, wave.goLiveWeek());
        }
        Integer minWeeks = scenario.practices().commandCentre().minWeeks();
        int stay = PlanWarnings.commandCentreStay(scenario);
        if (PlanWarnings.earliestClose(last, stay) >= horizon) {
            Node at = minWeeks == null ? strategy : minWeeksNode(top);
            problems.add(at, minWeeks == null ? "strategy" : "practices.commandCentre.minWeeks", "the last go-live,"
                    + " in week " + last + ", leaves no time for its command centre's " + stay + " weeks before the"
                    + " horizon (program.horizonWeeks = " + horizon + "): no run could finish");
            return false;
        }
        return true;
    }

    /**
     * Where {@code practices.commandCentre.minWeeks} was written: the value itself, so that an
     * error about it points at the field as other field errors do, not at the practices mapping.
     */
    private static Node minWeeksNode(Fields top) {
        Node practices = top.node("practices");
        if (practices instanceof Node.MapNode p && p.get("commandCentre") instanceof Node.MapNode cc
                && cc.get("minWeeks") != null) {
            return cc.get("minWeeks");
        }
        return practices;
    }

    /**
     * Go-live windows fall every {@code goLiveWindowWeeks} from the first planned go-live, none in
     * a blackout week. Blackout weeks can leave none from some week on (ISO week 53 alone, say,
     * which most years lack, or yearly windows that all land in blacked-out weeks); a wave moved
     * past the last window would then go live in whatever week it reached, blackout or not, so
     * the file is refused when that can happen before the horizon.
     */
    private boolean windowsLast(Fields top, Scenario scenario) {
        int horizon = scenario.program().horizonWeeks();
        int end = RolloutModel.goLiveWindowsEnd(scenario);
        if (end >= horizon) {
            return true;
        }
        ResponseRules rules = scenario.governance().rules();
        int first = WavePlanner.plan(scenario).get(0).goLiveWeek();
        Node governance = top.node("governance");
        Node blackout = governance instanceof Node.MapNode g ? g.get("blackoutWeeks") : null;
        Node spacing = governance instanceof Node.MapNode g ? g.get("goLiveWindowWeeks") : null;
        Node at = blackout != null ? blackout : spacing != null ? spacing : governance;
        String path = blackout == null && spacing != null ? "governance.goLiveWindowWeeks" : "governance.blackoutWeeks";
        String windows = "go-live windows fall every " + rules.goLiveWindowWeeks() + " weeks from week " + first
                + " (the first planned go-live; governance.goLiveWindowWeeks) except in blacked-out ISO weeks"
                + " (governance.blackoutWeeks)";
        problems.add(at == null ? top.map() : at, path, (end == 0
                ? "no go-live window falls before the horizon (program.horizonWeeks = " + horizon + "): " + windows
                + ", and every one is blacked out: no wave could go live"
                : "no go-live window falls after week " + (end - 1) + " before the horizon (program.horizonWeeks = "
                + horizon + "): " + windows + ", and every one after week " + (end - 1) + " is blacked out: a wave"
                + " moved past it could not go live")
                + "; black out fewer weeks or change the window spacing");
        return false;
    }

    private Program program(Fields top) {
        Node node = top.node("program");
        if (node == null) {
            return new Program(DEFAULT_START, horizonWeeks, null, null, null, null, null);
        }
        Fields f = Fields.open(node, "program", "program", FieldNames.PROGRAM,
                key -> FieldNames.misplacedHint(key, "program"), problems);
        if (f == null) {
            return null;
        }
        boolean ok = true;
        LocalDate start = f.date("start");
        if (start != null && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            LocalDate before = start.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.MONDAY));
            problems.add(f.node("start"), f.path("start"), start + " is a "
                    + start.getDayOfWeek().toString().charAt(0) + start.getDayOfWeek().toString().substring(1).toLowerCase()
                    + "; week 0 starts on a Monday (e.g. " + before + " or " + before.plusWeeks(1) + ")");
            ok = false;
        } else if (start == null && f.has("start")) {
            ok = false;
        }
        if (f.has("horizonWeeks")) {
            Integer h = f.whole("horizonWeeks", 1, Program.MAX_HORIZON_WEEKS, false);
            if (h == null) {
                ok = false;
                // Judge weeks elsewhere against the largest horizon, so one bad horizon does not
                // also flag every go-live and risk window.
                horizonWeeks = Program.MAX_HORIZON_WEEKS;
            } else {
                horizonWeeks = h;
            }
        }
        if (start != null && ok && (start.getYear() < 0 || start.plusWeeks(horizonWeeks).getYear() > 9999)) {
            // results give each week its date, YYYY-MM-DD, from week 0 to the horizon
            problems.add(f.node("start"), f.path("start"), "the programme would run from " + start + " to "
                    + start.plusWeeks(horizonWeeks) + " (program.horizonWeeks = " + horizonWeeks + " weeks), outside"
                    + " the years 0000 to 9999 that results can date as YYYY-MM-DD");
            ok = false;
        }
        String currency = f.text("currency", false);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            problems.add(f.node("currency"), f.path("currency"), "'" + currency
                    + "' is not a three-letter currency code such as USD, EUR or GBP");
            ok = false;
        }
        Double budget = f.number("budget", 0, MAX_MONEY);
        ok &= budget != null || !f.has("budget");
        Integer target = f.whole("targetWeek", 1, Program.MAX_HORIZON_WEEKS, false);
        ok &= target != null || !f.has("targetWeek");
        if (target != null && target > horizonWeeks) {
            problems.add(f.node("targetWeek"), f.path("targetWeek"), "the target week " + target
                    + " is beyond the horizon (program.horizonWeeks = " + horizonWeeks + "): no run could be judged");
            ok = false;
        } else if (target != null && target == horizonWeeks) {
            // A run not finished by the horizon records the horizon's week and finishes then or
            // later; on time is finishing by the target, so with the target in the horizon's own
            // week such a run might be on time, and the chances on time and both would be guesses.
            problems.add(f.node("targetWeek"), f.path("targetWeek"), "the target week " + target
                    + " is the horizon's week (program.horizonWeeks = " + horizonWeeks + "): the horizon must come"
                    + " after the target, so that a run not finished by it is known to be late; make horizonWeeks"
                    + " at least " + (target + 1));
            ok = false;
        }
        Distribution delay = f.distribution("delayCostPerDay", 0, 1e10, false);
        ok &= delay != null || !f.has("delayCostPerDay");
        List<FixedCost> fixedCosts = fixedCosts(f);
        ok &= fixedCosts != null;
        if (!ok) {
            return null;
        }
        return new Program(start == null ? DEFAULT_START : start, horizonWeeks, currency,
                budget == null ? OptionalDouble.empty() : OptionalDouble.of(budget),
                target == null ? OptionalInt.empty() : OptionalInt.of(target), delay, fixedCosts);
    }

    private List<FixedCost> fixedCosts(Fields program) {
        ListNode list = program.list("fixedCosts", MAX_FIXED_COSTS, "fixed costs", false);
        if (list == null) {
            return program.has("fixedCosts") ? null : List.of();
        }
        List<FixedCost> costs = new ArrayList<>();
        Ids ids = new Ids("fixed cost", problems);
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "program.fixedCosts[" + i + "]";
            Fields f = Fields.open(list.items().get(i), path, "a fixed cost", FieldNames.FIXED_COST, null, problems);
            if (f == null) {
                ok = false;
                continue;
            }
            String id = ids.read(f);
            Distribution amount = f.distribution("amount", 0, MAX_MONEY, true);
            int[] weeks = window(f, "weeks", horizonWeeks, problems);
            if (id == null || amount == null || weeks == null) {
                ok = false;
                continue;
            }
            costs.add(new FixedCost(id, amount, weeks[0], weeks[1]));
        }
        return ok ? costs : null;
    }

    /**
     * A {@code [from, to]} pair of weeks with 0 <= from <= to < horizon; {@code null} after a
     * problem. A missing field gives {@code [0, horizon - 1]}.
     */
    static int[] window(Fields f, String key, int horizonWeeks, Problems problems) {
        return window(f, key, horizonWeeks, horizonWeeks - 1, problems);
    }

    /** As {@link #window(Fields, String, int, Problems)}, {@code [0, defaultTo]} when none is written. */
    static int[] window(Fields f, String key, int horizonWeeks, int defaultTo, Problems problems) {
        Node n = f.node(key);
        if (n == null) {
            return new int[] {0, defaultTo};
        }
        if (!(n instanceof ListNode list) || list.items().size() != 2) {
            problems.add(n, f.path(key), "expected [fromWeek, toWeek], got "
                    + (n instanceof ListNode l ? "a list of " + l.items().size() : n.describe()));
            return null;
        }
        Integer from = Fields.whole(list.items().get(0), f.path(key) + "[0]", 0, Fields.WEEK_MAX, problems);
        Integer to = Fields.whole(list.items().get(1), f.path(key) + "[1]", 0, Fields.WEEK_MAX, problems);
        if (from == null || to == null) {
            return null;
        }
        if (from > to) {
            problems.add(n, f.path(key), "the window [" + from + ", " + to + "] ends before it starts");
            return null;
        }
        if (to >= horizonWeeks) {
            problems.add(list.items().get(1), f.path(key) + "[1]", "week " + to
                    + " is at or beyond the horizon (program.horizonWeeks = " + horizonWeeks + ")");
            return null;
        }
        return new int[] {from, to};
    }

    private List<Module> modules(Fields top) {
        ListNode list = top.list("modules", MAX_MODULES, "modules", true);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.add(list, "modules", "a scenario needs at least one module");
            return null;
        }
        List<Module> modules = new ArrayList<>();
        Ids ids = new Ids("module", problems);
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "modules[" + i + "]";
            Fields f = Fields.open(list.items().get(i), path, "a module", FieldNames.MODULE,
                    key -> FieldNames.misplacedHint(key, "modules[]"), problems);
            if (f == null) {
                ok = false;
                continue;
            }
            String id = ids.read(f);
            Integer workflows = f.whole("workflows", "workflows", 0, MAX_WORKFLOWS_PER_MODULE, true);
            if (id == null || workflows == null) {
                ok = false;
                continue;
            }
            modules.add(new Module(id, workflows));
        }
        return ok ? modules : null;
    }

    private List<Site> sites(Fields top) {
        ListNode list = top.list("sites", MAX_SITES, "sites", true);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            problems.add(list, "sites", "a scenario needs at least one site");
            return null;
        }
        siteIdsWritten = idsWritten(list);
        List<Site> sites = new ArrayList<>();
        Ids ids = new Ids("site", problems);
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "sites[" + i + "]";
            Fields f = Fields.open(list.items().get(i), path, "a site", FieldNames.SITE,
                    key -> FieldNames.misplacedHint(key, "sites[]"), problems);
            if (f == null) {
                ok = false;
                continue;
            }
            String id = ids.read(f);
            String name = f.optionalName("name");
            Integer users = f.whole("users", "users", 1, MAX_USERS_PER_SITE, true);
            Distribution complexity = f.distribution("complexity", 0.1, 10, false);
            Legacy legacy = f.choice("legacy", Legacy.class);
            Distribution leadership = f.distribution("leadership", 0, 1, false);
            Distribution readiness = f.distribution("readiness", 0, 1, false);
            Integer interfaces = f.whole("interfaces", "interfaces", 0, MAX_INTERFACES_PER_SITE, false);
            if (id == null || users == null || failed(f, "name", name) || failed(f, "complexity", complexity)
                    || failed(f, "legacy", legacy) || failed(f, "leadership", leadership)
                    || failed(f, "readiness", readiness) || failed(f, "interfaces", interfaces)) {
                ok = false;
                continue;
            }
            sites.add(new Site(id, name, users, complexity, legacy, leadership, readiness,
                    interfaces == null ? Site.DEFAULT_INTERFACES : interfaces));
        }
        return ok ? sites : null;
    }

    private static Set<String> idsWritten(ListNode list) {
        Set<String> written = new LinkedHashSet<>();
        for (Node item : list.items()) {
            // a site without an id cannot be named by a wave, so a name not written here is unknown
            if (item instanceof MapNode map && map.get("id") instanceof Scalar id && !id.isNull()) {
                written.add(id.text());
            }
        }
        return written;
    }

    /** True when an optional field was written but could not be read. */
    static boolean failed(Fields f, String key, Object value) {
        return value == null && f.has(key);
    }

    private Team team(Fields top) {
        Node node = top.node("team");
        if (node == null) {
            top.missing("team", "at least team: {staff: {fte, weeklyCost}}");
            return null;
        }
        Fields f = Fields.open(node, "team", "team", FieldNames.TEAM, key -> FieldNames.misplacedHint(key, "team"),
                problems);
        if (f == null) {
            return null;
        }
        Team.Member staff = member(f, "staff", true);
        Team.Member consultants = member(f, "consultants", false);
        Team.Member vendor = member(f, "vendor", false);
        Distribution hiringLag = f.distribution("hiringLagWeeks", 0, 520, false);
        Distribution rampUp = f.distribution("rampUpWeeks", 1, 520, false);
        Distribution partnership = f.distribution("partnership", 0, 1, false);
        if (staff == null || failed(f, "consultants", consultants) || failed(f, "vendor", vendor)
                || failed(f, "hiringLagWeeks", hiringLag) || failed(f, "rampUpWeeks", rampUp)
                || failed(f, "partnership", partnership)) {
            return null;
        }
        // Each type starts with round(fte) people; a run whose team rounds to no one never finishes.
        // The problem points at staff's fte, the line to change (or the --set that gave it).
        Node staffFte = f.node("staff") instanceof Node.MapNode m && m.get("fte") != null ? m.get("fte") : f.map();
        if (people(staff, consultants, vendor, false) == 0) {
            problems.add(staffFte, "team", "the team has no one in it: fte rounds to whole people, so"
                    + " give staff, consultants or vendor an fte of at least 0.5");
            return null;
        }
        if (people(staff, consultants, vendor, true) == 0) {
            problems.add(staffFte, "team", "the team can have no one in it: staff, consultants and vendor can all draw an"
                    + " fte under 0.5, which rounds to no one, and such a run never finishes; give one of them an fte"
                    + " of at least 0.5 in every run");
            return null;
        }
        return new Team(staff, consultants, vendor, hiringLag, rampUp, partnership);
    }

    /** People at week 0 when each type draws its lowest fte ({@code lowest}) or its highest. */
    private static long people(Team.Member staff, Team.Member consultants, Team.Member vendor, boolean lowest) {
        long people = 0;
        for (Team.Member m : new Team.Member[] {staff, consultants, vendor}) {
            if (m != null) {
                people += Math.round(lowest ? m.fte().lower() : m.fte().upper());
            }
        }
        return people;
    }

    private Team.Member member(Fields team, String key, boolean required) {
        Node node = team.node(key);
        if (node == null) {
            if (required) {
                team.missing(key, "the programme's own staff, {fte, weeklyCost}");
            }
            return null;
        }
        Fields f = Fields.open(node, team.path(key), "team." + key, FieldNames.MEMBER, null, problems);
        if (f == null) {
            return null;
        }
        Distribution fte = f.distribution("fte", 0, MAX_FTE, true);
        Distribution weeklyCost = f.distribution("weeklyCost", 0, MAX_WEEKLY_COST, true);
        return fte == null || weeklyCost == null ? null : new Team.Member(fte, weeklyCost);
    }

    private Governance governance(Fields top) {
        Node node = top.node("governance");
        if (node == null) {
            return Governance.defaults();
        }
        Fields f = Fields.open(node, "governance", "governance", FieldNames.GOVERNANCE,
                key -> FieldNames.misplacedHint(key, "governance"), problems);
        if (f == null) {
            return null;
        }
        Distribution approval = f.distribution("customizationApproval", 0, 1, false);
        Distribution threshold = f.distribution("readinessThreshold", 0, 1, false);
        Integer maxCritical = f.whole("maxCriticalDefects", 0, 100_000, false);
        TimelinePolicy policy = f.choice("timelinePolicy", TimelinePolicy.class);
        Distribution tolerance = f.distribution("tolerance", 0, 1, false);
        Response response = f.choice("response", Response.class);
        ResponseRules rules = responseRules(f);
        if (failed(f, "customizationApproval", approval) || failed(f, "readinessThreshold", threshold)
                || failed(f, "maxCriticalDefects", maxCritical) || failed(f, "timelinePolicy", policy)
                || failed(f, "tolerance", tolerance) || failed(f, "response", response) || rules == null) {
            return null;
        }
        return new Governance(approval, threshold, maxCritical == null ? 0 : maxCritical, policy, tolerance,
                response, rules);
    }

    /** The programme office's thresholds (MODEL.md 11), each defaulted when absent. */
    private ResponseRules responseRules(Fields f) {
        ResponseRules d = ResponseRules.defaults();
        Integer review = f.whole("reviewWeeks", 1, 520, false);
        Double surgeTrigger = f.number("surgeTriggerWeeks", 0, 520);
        Double surgeMax = f.number("surgeMaxShare", 0, 10);
        Double surgeStep = f.number("surgeStep", 0, 10);
        Double replanTrigger = f.number("replanTriggerWeeks", 0, 520);
        Integer buffer = f.whole("replanBufferWeeks", 0, 520, false);
        Double descopeTrigger = f.number("descopeTriggerWeeks", 0, 520);
        Double fatigueCap = f.number("overtimeFatigueCap", 0, 1);
        Integer maxSlip = f.whole("maxSlipWeeks", 0, 520, false);
        Integer window = f.whole("goLiveWindowWeeks", 1, 52, false);
        List<Integer> blackout = blackoutWeeks(f);
        if (failed(f, "reviewWeeks", review) || failed(f, "surgeTriggerWeeks", surgeTrigger)
                || failed(f, "surgeMaxShare", surgeMax) || failed(f, "surgeStep", surgeStep)
                || failed(f, "replanTriggerWeeks", replanTrigger) || failed(f, "replanBufferWeeks", buffer)
                || failed(f, "descopeTriggerWeeks", descopeTrigger) || failed(f, "overtimeFatigueCap", fatigueCap)
                || failed(f, "maxSlipWeeks", maxSlip) || failed(f, "goLiveWindowWeeks", window)
                || failed(f, "blackoutWeeks", blackout)) {
            return null;
        }
        return new ResponseRules(
                review == null ? d.reviewWeeks() : review,
                surgeTrigger == null ? d.surgeTriggerWeeks() : surgeTrigger,
                surgeMax == null ? d.surgeMaxShare() : surgeMax,
                surgeStep == null ? d.surgeStep() : surgeStep,
                replanTrigger == null ? d.replanTriggerWeeks() : replanTrigger,
                buffer == null ? d.replanBufferWeeks() : buffer,
                descopeTrigger == null ? d.descopeTriggerWeeks() : descopeTrigger,
                fatigueCap == null ? d.overtimeFatigueCap() : fatigueCap,
                maxSlip == null ? d.maxSlipWeeks() : maxSlip,
                window == null ? d.goLiveWindowWeeks() : window,
                blackout == null ? d.blackoutWeeks() : blackout);
    }

    /** ISO calendar weeks (1-53) with no go-live window; an empty list means none. */
    private List<Integer> blackoutWeeks(Fields f) {
        Node.ListNode list = f.list("blackoutWeeks", 53, "ISO calendar weeks", false);
        if (list == null) {
            return null; // absent, or a problem already recorded
        }
        List<Integer> weeks = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Integer week = Fields.whole(list.items().get(i), f.path("blackoutWeeks") + "[" + i + "]", 1, 53, problems);
            if (week != null) {
                weeks.add(week);
            }
        }
        if (weeks.size() != list.items().size()) {
            return null;
        }
        if (new HashSet<>(weeks).size() == 53) {
            problems.add(list, f.path("blackoutWeeks"), "every ISO week (1 to 53) is blacked out, which leaves no"
                    + " week for a go-live window; list only the weeks with no go-live");
            return null;
        }
        return weeks;
    }

    private Practices practices(Fields top) {
        Node node = top.node("practices");
        if (node == null) {
            return Practices.defaults();
        }
        Fields f = Fields.open(node, "practices", "practices", FieldNames.PRACTICES,
                key -> FieldNames.misplacedHint(key, "practices"), problems);
        if (f == null) {
            return null;
        }
        Integer prep = f.whole("prepWeeks", 1, 520, false);
        Integer cycles = f.whole("testCycles", 0, 50, false);
        Integer cycleWeeks = f.whole("testCycleWeeks", 1, 52, false);
        Integer training = f.whole("trainingWeeks", 0, 104, false);
        Practices.CommandCentre commandCentre = commandCentre(f);
        Distribution supportRatio = f.distribution("supportRatio", 1, 10_000, false);
        Boolean embedding = f.bool("crossSiteEmbedding");
        Distribution wellness = wellness(f);
        Boolean celebrate = f.bool("celebrateMilestones");
        Distribution maintenance = f.distribution("interfaceMaintenanceFte", 0, MAX_FTE, false);
        if (failed(f, "prepWeeks", prep) || failed(f, "testCycles", cycles) || failed(f, "testCycleWeeks", cycleWeeks)
                || failed(f, "trainingWeeks", training) || failed(f, "commandCentre", commandCentre)
                || failed(f, "supportRatio", supportRatio) || failed(f, "crossSiteEmbedding", embedding)
                || failed(f, "wellness", wellness) || failed(f, "celebrateMilestones", celebrate)
                || failed(f, "interfaceMaintenanceFte", maintenance)) {
            return null;
        }
        int prepWeeks = prep == null ? Practices.DEFAULT_PREP_WEEKS : prep;
        int testCycles = cycles == null ? Practices.DEFAULT_TEST_CYCLES : cycles;
        int testCycleWeeks = cycleWeeks == null ? Practices.DEFAULT_TEST_CYCLE_WEEKS : cycleWeeks;
        if (testCycles * testCycleWeeks > prepWeeks) {
            problems.add(f.map(), "practices", testCycles + " test cycles of " + testCycleWeeks + " weeks ("
                    + testCycles * testCycleWeeks + " weeks) do not fit in the " + prepWeeks
                    + " weeks of preparation (prepWeeks)");
            return null;
        }
        return new Practices(prepWeeks, testCycles, testCycleWeeks,
                training == null ? Practices.DEFAULT_TRAINING_WEEKS : training, commandCentre, supportRatio,
                embedding != null && embedding, wellness, celebrate != null && celebrate, maintenance);
    }

    private Practices.CommandCentre commandCentre(Fields practices) {
        Node node = practices.node("commandCentre");
        if (node == null) {
            return null;
        }
        Fields f = Fields.open(node, "practices.commandCentre", "practices.commandCentre", FieldNames.COMMAND_CENTRE,
                null, problems);
        if (f == null) {
            return null;
        }
        Distribution fte = f.distribution("fte", 0, MAX_FTE, false);
        Distribution weeklyCost = f.distribution("weeklyCost", 0, MAX_WEEKLY_COST, false);
        Integer minWeeks = f.whole("minWeeks", 0, 520, false);
        // absent stays null: the model's default (2 weeks in v1, drawn per wave in v2)
        Distribution exit = f.distribution("exitIncidentsPerThousandUsers", 0, 1e6, false);
        if (failed(f, "fte", fte) || failed(f, "weeklyCost", weeklyCost) || failed(f, "minWeeks", minWeeks)
                || failed(f, "exitIncidentsPerThousandUsers", exit)) {
            return null;
        }
        return new Practices.CommandCentre(fte, weeklyCost, minWeeks, exit);
    }

    private Distribution wellness(Fields practices) {
        Node node = practices.node("wellness");
        if (node == null) {
            return null;
        }
        Fields f = Fields.open(node, "practices.wellness", "practices.wellness", FieldNames.WELLNESS, null, problems);
        return f == null ? null : f.distribution("costPerFteWeek", 0, MAX_WEEKLY_COST, true);
    }

    /** Reads the {@code id} of list items and reports malformed and duplicate ids. */
    static final class Ids {
        private final String what;
        private final Problems problems;
        private final Map<String, Node> seen = new LinkedHashMap<>();

        Ids(String what, Problems problems) {
            this.what = what;
            this.problems = problems;
        }

        String read(Fields f) {
            String id = f.text("id", true);
            if (id == null) {
                return null;
            }
            Node at = writtenIn(f.node("id"), f.map());
            if (!ID.matcher(id).matches()) {
                problems.add(at, f.path("id"), "'" + id + "' is not a valid " + what + " id: use letters, digits,"
                        + " '-' and '_' (at most 64; ids name output columns)"
                        + (what.equals("site") ? "; put the display name in name:" : ""));
                return null;
            }
            Node first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.add(at, f.path("id"), "duplicate " + what + " id '" + id + "' (also at line "
                        + first.location().line() + ")");
                return null;
            }
            return id;
        }

        java.util.Set<String> ids() {
            return seen.keySet();
        }

        /**
         * Where a problem with an item's field is shown: at the field, or at the item when the field
         * was written before it, in the same file, and brought in by a YAML alias ({@code - *s}) or
         * merge key; the item is then where the user repeated it.
         */
        private static Node writtenIn(Node field, Node item) {
            Location f = field.location();
            Location i = item.location();
            boolean before = f.file().equals(i.file())
                    && (f.line() < i.line() || f.line() == i.line() && f.column() < i.column());
            return before ? item : field;
        }
    }
}
