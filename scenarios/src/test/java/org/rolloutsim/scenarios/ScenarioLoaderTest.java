package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Practices;
import org.rolloutsim.scenario.Program;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Strategy;
import org.rolloutsim.scenario.TimelinePolicy;

class ScenarioLoaderTest {
    static final String MINIMAL = """
            name: Minimal
            team: {staff: {fte: 10, weeklyCost: 2000}}
            modules: [{id: inpatient, workflows: 100}]
            sites: [{id: a, users: 1000}]
            strategy: {kind: big-bang, goLiveWeek: 90}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Scenario loadOne(String name, String text) throws IOException {
        LoadResult result = ScenarioLoader.load(write(name, text));
        assertTrue(result.isOk(), result::errorText);
        return result.scenarioSet().scenarios().get(0).scenario();
    }

    @Test
    void minimalFileFillsEveryDefault() throws IOException {
        Scenario s = loadOne("minimal.yaml", MINIMAL);
        assertEquals("Minimal", s.name());
        assertEquals(Program.DEFAULT_HORIZON_WEEKS, s.program().horizonWeeks());
        assertEquals(ScenarioBinder.DEFAULT_START, s.program().start());
        assertEquals(Practices.defaults(), s.practices());
        assertEquals(TimelinePolicy.HOLD_THE_LINE, s.governance().timelinePolicy());
        assertEquals(Legacy.VENDOR, s.sites().get(0).legacy());
        assertEquals(20, s.sites().get(0).interfaces());
        assertEquals(new Strategy.BigBang(90, 8), s.strategy());
        assertFalse(s.parameters().isOverridden(Parameter.TEST_DETECTION));
    }

    @Test
    void yaml11ExponentNumbersAreReadAsNumbers() throws IOException {
        Scenario s = loadOne("numbers.yaml", MINIMAL + "program: {budget: 6.0e8, delayCostPerDay: 1.0e6}\n");
        assertEquals(6.0e8, s.program().budget().getAsDouble());
        assertEquals(Distribution.constant(1.0e6), s.program().delayCostPerDay());
    }

    @Test
    void aTeamThatCanRoundToNoOneIsRefused() throws IOException {
        // round(fte) people of each type: 0.4 is no one, and {uniform: [0, 1]} is no one in half the runs
        for (String fte : new String[] {"0.4", "{uniform: [0, 1]}"}) {
            LoadResult r = ScenarioLoader.load(write("t.yaml", MINIMAL.replace("fte: 10", "fte: " + fte)));
            assertFalse(r.isOk(), fte);
            assertEquals("team", r.errors().get(0).path(), fte);
            assertTrue(r.errors().get(0).message().contains("no one in it"), r.errorText());
        }
        // the smallest fte that is someone is 0.5, and the message says so (it had said "at least 1")
        LoadResult r049 = ScenarioLoader.load(write("t.yaml", MINIMAL.replace("fte: 10", "fte: 0.49")));
        assertEquals("the team has no one in it: fte rounds to whole people, so give staff, consultants or vendor an"
                + " fte of at least 0.5", r049.errors().get(0).message());
        loadOne("half.yaml", MINIMAL.replace("fte: 10", "fte: 0.5"));
        // someone in every run: a consultant's 0.5 rounds to one person whatever staff draws
        loadOne("ok.yaml", MINIMAL.replace("fte: 10, weeklyCost: 2000}",
                "fte: {uniform: [0, 1]}, weeklyCost: 2000}, consultants: {fte: 0.5, weeklyCost: 3000}"));
        loadOne("ok2.yaml", MINIMAL.replace("fte: 10", "fte: {uniform: [0.5, 3]}"));
    }

    @Test
    void aPlanThatNoRunCouldFinishIsRefused() throws IOException {
        String phased = MINIMAL.replace("sites: [{id: a, users: 1000}]",
                        "sites: [{id: a, users: 1000}, {id: b, users: 1000}]")
                .replace("strategy: {kind: big-bang, goLiveWeek: 90}",
                        "strategy: {kind: phased, waves: 2, firstGoLiveWeek: 90, spacingWeeks: 10, minGapWeeks: MIN}");
        // each go-live fits as written, but the gap kept between them pushes the second past the horizon
        LoadResult gap = ScenarioLoader.load(write("gap.yaml", phased.replace("MIN", "500")));
        assertFalse(gap.isOk());
        assertEquals("strategy", gap.errors().get(0).path());
        assertTrue(gap.errors().get(0).message().contains("wave w2 would go live in week 590"), gap.errorText());
        loadOne("gap-ok.yaml", phased.replace("MIN", "400"));
        // a go-live in the horizon's last week leaves the command centre no time to close (no
        // blackout weeks, which would move it past the horizon first: week 519 is at a year's end)
        String open = MINIMAL + "governance: {blackoutWeeks: []}\n";
        LoadResult late = ScenarioLoader.load(write("late.yaml", open.replace("goLiveWeek: 90", "goLiveWeek: 519")));
        assertFalse(late.isOk());
        assertTrue(late.errorText().contains("no run could finish"), late.errorText());
        loadOne("late-ok.yaml", open.replace("goLiveWeek: 90", "goLiveWeek: 518"));
        LoadResult blackout = ScenarioLoader.load(write("late2.yaml", MINIMAL.replace("goLiveWeek: 90", "goLiveWeek: 519")));
        assertTrue(blackout.errorText().contains("wave w1 would go live in week 523"), blackout.errorText());
        LoadResult stay = ScenarioLoader.load(write("stay.yaml",
                MINIMAL + "practices: {commandCentre: {minWeeks: 431}}\n"));
        assertEquals("practices.commandCentre.minWeeks", stay.errors().get(0).path(), stay.errorText());
        loadOne("stay-ok.yaml", MINIMAL + "practices: {commandCentre: {minWeeks: 430}}\n");
    }

    /** An optional field written as null (or left empty) is left out: it takes its default. */
    @Test
    void anOptionalFieldWrittenAsNullTakesItsDefault() throws IOException {
        Scenario plain = loadOne("plain.yaml", MINIMAL);
        Scenario nulls = loadOne("nulls.yaml", MINIMAL.replace("sites: [{id: a, users: 1000}]",
                "sites: [{id: a, users: 1000, name: null, complexity: ~}]") + """
                description: ~
                program: {currency: null, budget: null}
                practices:
                  commandCentre:
                governance: null
                parameters: {testDetection: null}
                risks:
                """);
        assertEquals(plain, nulls);
        LoadResult required = ScenarioLoader.load(write("required.yaml", MINIMAL.replace("Minimal", "null")));
        assertEquals("name", required.errors().get(0).path(), required.errorText());
        assertTrue(required.errors().get(0).message().contains("is empty"), required.errorText());
    }

    /**
     * An unquoted number or boolean in a name or id is read as its text, and comes back the same
     * from the canonical JSON saved with results (which rerun reads).
     */
    @Test
    void numbersAsNamesAndIdsAreReadAsTheirText() throws IOException {
        String text = MINIMAL.replace("name: Minimal", "name: 2024")
                .replace("sites: [{id: a, users: 1000}]", "sites: [{id: 7, users: 1000, name: 12.5}, {id: true, users: 10}]")
                .replace("{kind: big-bang, goLiveWeek: 90}",
                        "{kind: waves, waves: [{id: 1, sites: [7, true], goLiveWeek: 90}]}");
        LoadResult r = ScenarioLoader.load(write("numbers.yaml", text));
        assertTrue(r.isOk(), r::errorText);
        NamedScenario named = r.scenarioSet().scenarios().get(0);
        assertEquals("2024", named.scenario().name());
        assertEquals(List.of("7", "true"), named.scenario().sites().stream().map(s -> s.id()).toList());
        assertEquals("12.5", named.scenario().sites().get(0).name());
        LoadResult back = ScenarioLoader.loadCanonical("canonical", named.canonicalJson(), List.of());
        assertTrue(back.isOk(), back::errorText);
        assertEquals(named.scenario(), back.scenarioSet().scenarios().get(0).scenario());
    }

    /**
     * A number or boolean written otherwise than it prints ({@code 007}, {@code 1e3},
     * {@code 2024.10}, {@code yes}) would not keep its text: the canonical JSON saved with results
     * holds it by value, so {@code rerun} read {@code id: 007} as 7 (and, beside {@code id: 7}, as a
     * duplicate). It is refused at the value, with the advice to quote it; quoted, it loads.
     */
    @Test
    void aNumberThatWouldNotKeepItsTextIsRefusedUntilQuoted() throws IOException {
        String twoSites = MINIMAL.replace("sites: [{id: a, users: 1000}]", "sites: [{id: 7, users: 1000}, {id: ID, users: 10}]")
                .replace("{kind: big-bang, goLiveWeek: 90}", "{kind: waves, waves: [{id: w1, sites: [7, REF], goLiveWeek: 90}]}");
        LoadResult octal = ScenarioLoader.load(write("octal.yaml", twoSites.replace("ID", "007").replace("REF", "\"007\"")));
        assertFalse(octal.isOk());
        ScenarioError e = octal.errors().get(0);
        assertEquals("sites[1].id", e.path(), octal.errorText());
        assertEquals(4, e.line(), octal.errorText());
        assertEquals(36, e.column(), octal.errorText());
        assertEquals("007 is read as the number 7, not as the text '007'; write it in quotes (\"007\") to keep it as"
                + " written", e.message());
        LoadResult reference = ScenarioLoader.load(write("ref.yaml", twoSites.replace("ID", "\"007\"").replace("REF", "007")));
        assertEquals("strategy.waves[0].sites[1]", reference.errors().get(0).path(), reference.errorText());
        Scenario quoted = loadOne("quoted.yaml", twoSites.replace("ID", "\"007\"").replace("REF", "\"007\""));
        assertEquals(List.of("7", "007"), quoted.sites().stream().map(s -> s.id()).toList());
        for (String name : new String[] {"2024.10", "1e3", "0x1F", "1_000", "yes", "off", ".inf"}) {
            LoadResult r = ScenarioLoader.load(write("name.yaml", MINIMAL.replace("name: Minimal", "name: " + name)));
            assertFalse(r.isOk(), name);
            assertEquals("name", r.errors().get(0).path(), r.errorText());
            assertTrue(r.errors().get(0).message().contains("write it in quotes"), r.errorText());
            assertEquals(name, loadOne("name.yaml", MINIMAL.replace("name: Minimal", "name: '" + name + "'")).name());
        }
    }

    /**
     * A command centre's minimum stay that leaves no time before the horizon is shown at the
     * minWeeks value, not at the practices mapping that holds it (here on another line).
     */
    /**
     * A leading zero in an id or a name is refused alike whatever its digits: {@code 007} and
     * {@code 0100} are numbers here, {@code 090} is text to YAML 1.1 but the number 90 to YAML 1.2,
     * so each is refused with the advice to quote it (090 used to be taken as the text "090").
     */
    @Test
    void anIdOrNameWithALeadingZeroIsRefusedUntilQuotedWhateverItsDigits() throws IOException {
        String twoSites = MINIMAL.replace("sites: [{id: a, users: 1000}]", "sites: [{id: a, users: 1000}, {id: ID, users: 10}]")
                .replace("{kind: big-bang, goLiveWeek: 90}", "{kind: waves, waves: [{id: w1, sites: [a, REF], goLiveWeek: 90}]}");
        LoadResult site = ScenarioLoader.load(write("z.yaml", twoSites.replace("ID", "090").replace("REF", "\"090\"")));
        assertEquals(List.of("4:36: sites[1].id: 090 is read as the text '090' by YAML 1.1 tools but as the number 90"
                + " by YAML 1.2 ones; write it in quotes (\"090\") to keep it as written"), shown(site), site.errorText());
        LoadResult reference = ScenarioLoader.load(write("r.yaml", twoSites.replace("ID", "'090'").replace("REF", "090")));
        assertEquals(List.of("strategy.waves[0].sites[1]"), reference.errors().stream().map(ScenarioError::path).toList(),
                reference.errorText());
        Scenario quoted = loadOne("q.yaml", twoSites.replace("ID", "\"090\"").replace("REF", "'090'"));
        assertEquals(List.of("a", "090"), quoted.sites().stream().map(s -> s.id()).toList());
        for (String written : new String[] {"090", "08", "0_90", "-090", "007", "0100"}) {
            LoadResult r = ScenarioLoader.load(write("n.yaml", MINIMAL.replace("name: Minimal", "name: " + written)));
            assertEquals(1, r.errors().size(), r.errorText());
            assertEquals("1:7", r.errors().get(0).line() + ":" + r.errors().get(0).column(), r.errorText());
            assertEquals("name", r.errors().get(0).path(), r.errorText());
            assertTrue(r.errors().get(0).message().endsWith("write it in quotes (\"" + written + "\") to keep it as written"),
                    r.errorText());
            assertEquals(written, loadOne("n.yaml", MINIMAL.replace("name: Minimal", "name: '" + written + "'")).name());
        }
        // text that only starts like a number keeps its text: 0.5, 0x1F's kin aside, a leading zero then letters
        assertEquals("090a", loadOne("t.yaml", MINIMAL.replace("name: Minimal", "name: 090a")).name());
    }

    /**
     * An id with a leading zero and digits 0-7 only is a number to both YAML versions but not the
     * same one: YAML 1.1 reads {@code 010} as the octal 8 and {@code 0755} as 493, YAML 1.2 as 10
     * and 755, so the message names both readings (it used to say only "the number 10"). Where the
     * two agree ({@code 007}) one number is named; with an 8 or a 9 ({@code 08}) YAML 1.1 reads text.
     */
    @Test
    void anIdWithALeadingZeroNamesWhatEachYamlVersionReadsItAs() throws IOException {
        String twoSites = MINIMAL.replace("sites: [{id: a, users: 1000}]", "sites: [{id: a, users: 1000}, {id: ID, users: 10}]")
                .replace("{kind: big-bang, goLiveWeek: 90}", "{kind: waves, waves: [{id: w1, sites: [a, \"REF\"], goLiveWeek: 90}]}");
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("010", "010 is read as the number 8 by YAML 1.1 tools but as the number 10 by YAML 1.2 ones,"
                + " not as the text '010'");
        expected.put("0755", "0755 is read as the number 493 by YAML 1.1 tools but as the number 755 by YAML 1.2 ones,"
                + " not as the text '0755'");
        expected.put("-010", "-010 is read as the number -8 by YAML 1.1 tools but as the number -10 by YAML 1.2 ones,"
                + " not as the text '-010'");
        expected.put("007", "007 is read as the number 7, not as the text '007'");
        expected.put("08", "08 is read as the text '08' by YAML 1.1 tools but as the number 8 by YAML 1.2 ones");
        for (java.util.Map.Entry<String, String> e : expected.entrySet()) {
            LoadResult r = ScenarioLoader.load(write("z.yaml", twoSites.replace("ID", e.getKey()).replace("REF", e.getKey())));
            assertEquals(List.of("sites[1].id: " + e.getValue() + "; write it in quotes (\"" + e.getKey()
                    + "\") to keep it as written"), r.errors().stream().map(x -> x.path() + ": " + x.message()).toList(),
                    r.errorText());
        }
    }

    @Test
    void aMinimumStayTooLongIsShownAtTheMinWeeksField() throws IOException {
        LoadResult stay = ScenarioLoader.load(write("stay.yaml", MINIMAL + """
                practices:
                  testCycles: 4
                  commandCentre:
                    fte: 5
                    minWeeks: 431
                """));
        assertFalse(stay.isOk());
        ScenarioError e = stay.errors().get(0);
        assertEquals("practices.commandCentre.minWeeks", e.path(), stay.errorText());
        assertEquals(10, e.line(), stay.errorText());
        assertEquals(15, e.column(), stay.errorText());
        assertTrue(e.file().endsWith("stay.yaml"), e.file());
        // written inline, the column is the value's too
        LoadResult inline = ScenarioLoader.load(write("inline.yaml",
                MINIMAL + "practices: {commandCentre: {minWeeks: 431}}\n"));
        assertEquals(6, inline.errors().get(0).line(), inline.errorText());
        assertEquals(39, inline.errors().get(0).column(), inline.errorText());
    }

    @Test
    void aProblemInTheStrategyDoesNotHideAnUnknownWaveInARisk() throws IOException {
        String text = MINIMAL.replace("strategy: {kind: big-bang, goLiveWeek: 90}",
                "strategy: {kind: waves, waves: [{id: w1, sites: [a, nowhere], goLiveWeek: 90}]}")
                + "risks: [{id: r1, probability: 0.5, scope: \"wave:w9\"}]\n";
        LoadResult r = ScenarioLoader.load(write("both.yaml", text));
        assertFalse(r.isOk());
        assertTrue(r.errors().stream().anyMatch(e -> e.path().equals("strategy.waves[0].sites[1]")), r.errorText());
        assertTrue(r.errors().stream().anyMatch(e -> e.path().equals("risks[0].scope")
                && e.message().contains("unknown wave 'w9'")), r.errorText());
    }

    @Test
    void blackingOutEveryWeekIsRefused() throws IOException {
        StringBuilder weeks = new StringBuilder();
        for (int w = 1; w <= 53; w++) {
            weeks.append(w == 1 ? "" : ", ").append(w);
        }
        LoadResult r = ScenarioLoader.load(write("b.yaml", MINIMAL + "governance: {blackoutWeeks: [" + weeks + "]}\n"));
        assertFalse(r.isOk());
        assertEquals("governance.blackoutWeeks", r.errors().get(0).path());
        assertTrue(r.errorText().contains("no week for a go-live window"), r.errorText());
    }

    /**
     * Windows fall every goLiveWindowWeeks from the first planned go-live, none in a blacked-out
     * ISO week. Blackouts can leave none from some week on; a wave moved there went live in
     * whatever week it reached, blacked out or not (with weeks 1 to 52 blacked out, go-lives fell
     * in every one of them). Refused at the blackout list, when it happens before the horizon.
     */
    @Test
    void blackoutsThatLeaveNoGoLiveWindowBeforeTheHorizonAreRefused() throws IOException {
        StringBuilder weeks = new StringBuilder();
        for (int w = 1; w <= 52; w++) {
            weeks.append(w == 1 ? "" : ", ").append(w);
        }
        // only ISO week 53 is open (weeks 312 and 573 from 4 January 2027), and windows every 4
        // weeks from week 90 land in neither
        LoadResult none = ScenarioLoader.load(write("b.yaml", MINIMAL + "governance: {blackoutWeeks: [" + weeks + "]}\n"));
        assertEquals(1, none.errors().size(), none.errorText());
        ScenarioError e = none.errors().get(0);
        assertEquals("governance.blackoutWeeks", e.path());
        assertEquals(6, e.line());
        assertTrue(e.message().startsWith("no go-live window falls before the horizon (program.horizonWeeks = 520)"),
                e.message());
        // weekly windows do land in them: the go-live waits for week 312, and the file loads
        loadOne("weekly.yaml", MINIMAL + "governance: {goLiveWindowWeeks: 1, blackoutWeeks: [" + weeks + "]}\n");
        // yearly windows from week 90 (ISO week 39) drift to ISO week 38 after 2032's week 53:
        // from week 350 every one is blacked out, until week 610, past the horizon and its margin
        String yearly = MINIMAL + "program: {horizonWeeks: 480}\ngovernance: {goLiveWindowWeeks: 52, blackoutWeeks: [38]}\n";
        LoadResult late = ScenarioLoader.load(write("y.yaml", yearly));
        assertEquals(1, late.errors().size(), late.errorText());
        assertEquals("governance.blackoutWeeks", late.errors().get(0).path());
        assertTrue(late.errors().get(0).message().startsWith("no go-live window falls after week 298 before the"
                + " horizon"), late.errorText());
        loadOne("yearly-ok.yaml", yearly.replace("[38]", "[37]"));
        // set by an override, the problem is the override's
        LoadResult set = ScenarioLoader.load(write("s.yaml", MINIMAL), List.of(new ScenarioLoader.Override(
                "governance.blackoutWeeks", "[" + weeks + "]")));
        assertEquals("override", set.errors().get(0).file(), set.errorText());
    }

    /**
     * Results date every week from the start to the horizon as YYYY-MM-DD (summary.json's schema
     * says so); a start in 9999 ran into year 10000, dated "+10000-01-03".
     */
    @Test
    void aProgrammeRunningPastTheYear9999IsRefusedAtItsStart() throws IOException {
        LoadResult late = ScenarioLoader.load(write("late.yaml", MINIMAL + "program: {start: 9999-12-27}\n"));
        assertEquals(1, late.errors().size(), late.errorText());
        assertEquals("program.start", late.errors().get(0).path());
        assertEquals(6, late.errors().get(0).line());
        assertTrue(late.errors().get(0).message().contains("from 9999-12-27 to +10009-12-14 (program.horizonWeeks = 520 weeks)"),
                late.errorText());
        // 9990-01-08 plus 520 weeks is 9999-12-27, the last Monday of 9999
        loadOne("fits.yaml", MINIMAL + "program: {start: 9990-01-08, horizonWeeks: 520}\n");
        LoadResult over = ScenarioLoader.load(write("over.yaml", MINIMAL + "program: {start: 9990-01-08, horizonWeeks: 521}\n"));
        assertEquals("program.start", over.errors().get(0).path(), over.errorText());
        LoadResult early = ScenarioLoader.load(write("early.yaml", MINIMAL + "program: {start: \"-0001-01-04\"}\n"));
        assertEquals("program.start", early.errors().get(0).path(), early.errorText());
        assertTrue(early.errors().get(0).message().contains("outside the years 0000 to 9999"), early.errorText());
    }

    @Test
    void numberInQuotesIsATypeError() throws IOException {
        LoadResult r = ScenarioLoader.load(write("q.yaml", MINIMAL + "program: {budget: \"abc\"}\n"));
        assertFalse(r.isOk());
        assertEquals("q.yaml", Path.of(r.errors().get(0).file()).getFileName().toString());
        assertEquals(6, r.errors().get(0).line());
        assertEquals("program.budget", r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().contains("expected a number"));
    }

    @Test
    void anEmptyOrBlankNameIsRefusedAtItsLine() throws IOException {
        // each would print as nothing: ": 10000 runs", a report without a title
        // a no-break space or an ideographic space (pasted from a word processor) prints as nothing too
        for (String name : List.of("", "~", "null", "\"\"", "\"   \"", "\"\\u00A0\"", "\"\\t\\u3000 \"")) {
            LoadResult r = ScenarioLoader.load(write("n.yaml", MINIMAL.replace("name: Minimal", "name: " + name)));
            assertEquals(1, r.errors().size(), name + ": " + r.errorText());
            ScenarioError e = r.errors().get(0);
            assertEquals(1, e.line(), name);
            assertEquals("name", e.path(), name);
            assertEquals(name.length() > 2 && name.startsWith("\"") ? "required field 'name' is blank (only white space)"
                    : "required field 'name' is empty", e.message(), name);
        }
    }

    /** A site's name is optional (its id is shown instead), but one given as nothing would print as nothing. */
    @Test
    void aBlankSiteNameIsRefusedAndAMissingOneIsFine() throws IOException {
        LoadResult blank = ScenarioLoader.load(write("s.yaml", MINIMAL.replace("{id: a, users: 1000}",
                "{id: a, name: \"  \", users: 1000}")));
        assertEquals(1, blank.errors().size(), blank.errorText());
        assertEquals("sites[0].name", blank.errors().get(0).path());
        assertEquals("required field 'name' is blank (only white space)", blank.errors().get(0).message());
        assertTrue(ScenarioLoader.load(write("t.yaml", MINIMAL.replace("{id: a, users: 1000}",
                "{id: a, name: ~, users: 1000}"))).errors().isEmpty(), "no name: the id is shown");
    }

    @Test
    void anEmptyValueIsNullAsTildeAndNullAre() throws IOException {
        Scenario empty = loadOne("e.yaml", MINIMAL + "program:\n");
        assertEquals(loadOne("t.yaml", MINIMAL + "program: ~\n"), empty);
        assertEquals(loadOne("m.yaml", MINIMAL), empty);
        // in quotes it is text, and said to be empty
        LoadResult quoted = ScenarioLoader.load(write("q.yaml", MINIMAL + "program: \"\"\n"));
        ScenarioError e = quoted.errors().get(0);
        assertEquals("6:10 program must be a mapping of fields, got an empty text (\"\")",
                e.line() + ":" + e.column() + " " + e.message(), quoted.errorText());
    }

    @Test
    void aRequiredFieldLeftEmptyIsReportedAtItsOwnLine() throws IOException {
        LoadResult r = ScenarioLoader.load(write("m.yaml", MINIMAL.replace("modules: [{id: inpatient, workflows: 100}]",
                "modules: ~").replace("kind: big-bang", "kind:")));
        assertEquals(List.of("3:10 modules: required field 'modules' is empty: list the modules",
                        "5:17 strategy.kind: required field 'kind' is empty: one of big-bang, phased, waves"),
                r.errors().stream().map(e -> e.line() + ":" + e.column() + " " + e.path() + ": " + e.message()).toList());
        // absent, it is reported at the mapping that lacks it, as before
        LoadResult absent = ScenarioLoader.load(write("a.yaml", MINIMAL.replace("modules: [{id: inpatient, workflows: 100}]\n", "")));
        assertEquals("1:1 missing required field 'modules': list the modules", absent.errors().get(0).line() + ":"
                + absent.errors().get(0).column() + " " + absent.errors().get(0).message());
    }

    @Test
    void theQuotesHintIsGivenOnlyWhenThereAreQuotes() throws IOException {
        String quotes = " (a number in quotes is text; remove the quotes)";
        for (String users : List.of("\"1000\"", "'1000'")) {
            LoadResult r = ScenarioLoader.load(write("q.yaml", MINIMAL.replace("users: 1000", "users: " + users)));
            assertEquals("expected a whole number of users, got the text \"1000\"" + quotes, r.errors().get(0).message(), users);
        }
        LoadResult json = ScenarioLoader.load(write("q.json", """
                {"name": "Q", "team": {"staff": {"fte": "10", "weeklyCost": 2000}},
                 "modules": [{"id": "m", "workflows": 100}], "sites": [{"id": "a", "users": 1000}],
                 "strategy": {"kind": "big-bang", "goLiveWeek": 90}}
                """));
        assertTrue(json.errors().get(0).message().endsWith(quotes), json.errorText());
        // YAML 1.2's octal, unquoted: YAML 1.1 reads it as text, and there are no quotes to remove
        LoadResult octal = ScenarioLoader.load(write("o.yaml", MINIMAL.replace("users: 1000", "users: 0o1750")));
        assertEquals("expected a whole number of users, got the text \"0o1750\" (YAML reads 0o1750 as text, not a number;"
                + " write 1000)", octal.errors().get(0).message(), octal.errorText());
    }

    @Test
    void aWholeNumberWithALeadingZeroIsRefusedAlikeWhateverItsDigits() throws IOException {
        // YAML 1.1 reads 0100 as the octal 64 and 090 as text, YAML 1.2 both in decimal: each is refused
        String big = MINIMAL.replace("goLiveWeek: 90", "goLiveWeek: 0100").replace("horizonWeeks", "x");
        LoadResult octal = ScenarioLoader.load(write("z1.yaml", big));
        assertEquals(List.of("5:40: strategy.goLiveWeek: a number is written without leading zeros (YAML 1.1 reads 0100"
                + " as the octal number 64 and YAML 1.2 as 100); write 100"), shown(octal), octal.errorText());
        LoadResult text = ScenarioLoader.load(write("z2.yaml", MINIMAL.replace("goLiveWeek: 90", "goLiveWeek: 090")));
        assertEquals(List.of("5:40: strategy.goLiveWeek: a number is written without leading zeros (YAML 1.1 reads 090"
                + " as text and YAML 1.2 as 90); write 90"), shown(text), text.errorText());
        // any numeric field: plain numbers, distribution parameters, list items, signed, with underscores
        LoadResult many = ScenarioLoader.load(write("z3.yaml", MINIMAL
                .replace("fte: 10", "fte: 010")
                .replace("users: 1000", "users: 0_1000, readiness: {triangular: [0.1, 0.2, 01]}")
                .replace("goLiveWeek: 90}", "goLiveWeek: 90}\ngovernance: {blackoutWeeks: [051, 1]}"
                        + "\nprogram: {budget: -07}")));
        assertEquals(List.of(
                "2:21: team.staff.fte: a number is written without leading zeros (YAML 1.1 reads 010 as the octal number 8"
                        + " and YAML 1.2 as 10); write 10",
                "4:24: sites[0].users: a number is written without leading zeros (YAML 1.1 reads 0_1000 as the octal"
                        + " number 512 and YAML 1.2 as 1000); write 1000",
                "4:67: sites[0].readiness.triangular[2]: a number is written without leading zeros (YAML 1.1 reads 01"
                        + " as an octal number); write 1",
                "6:30: governance.blackoutWeeks[0]: a number is written without leading zeros (YAML 1.1 reads 051 as the"
                        + " octal number 41 and YAML 1.2 as 51); write 51",
                "7:19: program.budget: a number is written without leading zeros (YAML 1.1 reads -07 as an octal"
                        + " number); write -7"), shown(many), many.errorText());
        // numbers that are not zero-padded whole numbers still load
        assertTrue(ScenarioLoader.load(write("z4.yaml", MINIMAL.replace("users: 1000", "users: 0x3E8, readiness: 0.5")
                .replace("goLiveWeek: 90}", "goLiveWeek: 90}\ngovernance: {maxCriticalDefects: 0, tolerance: 00.1}")))
                .isOk());
    }

    @Test
    void aProblemAnOverrideCausesAtAValueItDidNotSetNamesTheOverride() throws IOException {
        String phased = MINIMAL.replace("sites: [{id: a, users: 1000}]",
                        "sites: [{id: a, users: 1000}, {id: b, users: 1000}, {id: c, users: 1000}]")
                .replace("strategy: {kind: big-bang, goLiveWeek: 90}",
                        "strategy: {kind: phased, waves: 3, firstGoLiveWeek: 90, spacingWeeks: 16}");
        Path file = write("small.yaml", phased);
        assertTrue(ScenarioLoader.load(file).isOk());
        LoadResult r = ScenarioLoader.load(file, List.of(
                new ScenarioLoader.Override("governance.tolerance", "0.2"),
                new ScenarioLoader.Override("sites[1]", "null")));
        assertEquals(1, r.errors().size(), r.errorText());
        ScenarioError e = r.errors().get(0);
        // the second override removed the site: the problem is its, not the file's
        assertEquals(List.of("override", 2, 1, "strategy.waves"), List.of(e.file(), e.line(), e.column(), e.path()),
                r.errorText());
        assertEquals("3 phased waves but only 2 sites: each wave needs at least one site (at " + file + ":5:33)",
                e.message(), r.errorText());
        // a problem the file has without the override stays at the file
        LoadResult own = ScenarioLoader.load(write("own.yaml", phased.replace("users: 1000}, {id: c", "users: 0}, {id: c")),
                List.of(new ScenarioLoader.Override("sites[0]", "null")));
        assertEquals(List.of("4:46: sites[1].users: 0 is outside [1, 1000000]"), shown(own), own.errorText());
        // in a variants file too, under the variant's prefix
        write("v.yaml", """
                name: V
                base: small.yaml
                variants: {one: {}, two: {strategy: {waves: 2}}}
                """);
        LoadResult v = ScenarioLoader.load(dir.resolve("v.yaml"), List.of(new ScenarioLoader.Override("sites[1]", "null")));
        assertEquals(List.of("override:1:1: variants.one.strategy.waves: 3 phased waves but only 2 sites: each wave"
                + " needs at least one site (at " + file + ":5:33)"), v.errors().stream().map(ScenarioError::toString).toList(),
                v.errorText());
    }

    /**
     * Removing a list item with an override ({@code sites[1]=null}) renumbers the items after it
     * in the tree that is validated; a problem there is still named as the file numbers the item
     * (it was named sites[1] for the file's sites[2]). A value an override set at an index keeps
     * the numbering that override was written in, and a list an override wrote is numbered as it
     * wrote it; one set at an item named by id ({@code sites.d.users}) is named as the file
     * numbers the item, like every other problem of that item.
     */
    @Test
    void aProblemAfterARemovedListItemIsNamedAsTheFileNumbersIt() throws IOException {
        Path file = write("four.yaml", MINIMAL.replace("sites: [{id: a, users: 1000}]",
                        "sites: [{id: a, users: 1000}, {id: b, users: 1000}, {id: c, users: 1000, readiness: 1.5},"
                                + " {id: d, users: 1000}]")
                .replace("strategy: {kind: big-bang, goLiveWeek: 90}",
                        "strategy: {kind: waves, waves: [{id: w1, sites: [a, b, c, e], goLiveWeek: 90}]}"));
        String readiness = "4:85: sites[2].readiness: 1.5 is outside [0, 1]";
        String unknown = "5:59: strategy.waves[0].sites[3]: unknown site 'e' (did you mean a?)";
        assertEquals(List.of(readiness, unknown), shown(ScenarioLoader.load(file)));
        for (List<ScenarioLoader.Override> removed : List.of(
                List.of(new ScenarioLoader.Override("sites[1]", "null")),
                List.of(new ScenarioLoader.Override("sites.b", "null")),
                List.of(new ScenarioLoader.Override("sites[0]", "null"), new ScenarioLoader.Override("sites[0]", "null")),
                List.of(new ScenarioLoader.Override("sites[3]", "null"), new ScenarioLoader.Override("sites[1]", "null")))) {
            LoadResult r = ScenarioLoader.load(file, removed);
            assertEquals(readiness, shown(r).get(0), removed + ": " + r.errorText());
        }
        // a removal from a nested list: a wave's list of sites
        LoadResult wave = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("strategy.waves[0].sites[0]", "null")));
        assertEquals(List.of(readiness, unknown), shown(wave), wave.errorText());
        // a value set before the removal is named as its override named it; one set after, likewise
        LoadResult before = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("sites[3].users", "-5"),
                new ScenarioLoader.Override("sites[0]", "null")));
        assertTrue(before.errors().stream().anyMatch(e -> e.toString().equals(
                "override:1:1: sites[3].users: -5 is outside [1, 1000000]")), before.errorText());
        LoadResult after = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("sites[0]", "null"),
                new ScenarioLoader.Override("sites[0].users", "-5")));
        assertTrue(after.errors().stream().anyMatch(e -> e.toString().equals(
                "override:2:1: sites[0].users: -5 is outside [1, 1000000]")), after.errorText());
        // a value set by id, after the removal or before it, is numbered as the file numbers the item
        for (List<ScenarioLoader.Override> byId : List.of(
                List.of(new ScenarioLoader.Override("sites[1]", "null"), new ScenarioLoader.Override("sites.d.users", "-5")),
                List.of(new ScenarioLoader.Override("sites.d.users", "-5"), new ScenarioLoader.Override("sites[1]", "null")),
                List.of(new ScenarioLoader.Override("sites.a", "null"), new ScenarioLoader.Override("sites.d", "{id: d, users: -5}")))) {
            LoadResult r = ScenarioLoader.load(file, byId);
            assertTrue(r.errors().stream().anyMatch(e -> e.path().equals("sites[3].users") && e.message().startsWith("-5 ")),
                    byId + ": " + r.errorText());
            assertEquals(readiness, shown(r).get(0), byId + ": " + r.errorText());
        }
        // one written by index after an item written by id: that index is the override's
        LoadResult mixed = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("sites[0]", "null"),
                new ScenarioLoader.Override("sites.b", "{id: b, users: 10}"), new ScenarioLoader.Override("sites[0].users", "-5")));
        assertTrue(mixed.errors().stream().anyMatch(e -> e.toString().equals(
                "override:3:1: sites[0].users: -5 is outside [1, 1000000]")), mixed.errorText());
        // a list an override wrote is numbered as it wrote it, whatever was removed from the file's
        LoadResult replaced = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("sites[0]", "null"),
                new ScenarioLoader.Override("sites", "[{id: a, users: 10}, {id: b, users: 10, readiness: 2}]")));
        assertTrue(replaced.errors().stream().anyMatch(e -> e.toString().equals(
                "override:2:52: sites[1].readiness: 2 is outside [0, 1]")), replaced.errorText());
        // in a variants file, under the variant's prefix
        write("v.yaml", "name: V\nbase: four.yaml\nvariants: {one: {}}\n");
        LoadResult v = ScenarioLoader.load(dir.resolve("v.yaml"), List.of(new ScenarioLoader.Override("sites[1]", "null")));
        assertTrue(v.errors().stream().anyMatch(e -> e.path().equals("sites[2].readiness")), v.errorText());
    }

    /**
     * A week's only upper bound is the horizon, checked once the whole scenario is read; a negative
     * or absurdly large week is told the bound it crossed, not "outside [0, 2147483647]", a number no
     * planner wrote. A week past the horizon still names the horizon.
     */
    @Test
    void aWeekOutOfRangeIsToldTheBoundItCrossed() throws IOException {
        LoadResult r = ScenarioLoader.load(write("weeks.yaml", MINIMAL
                .replace("goLiveWeek: 90", "goLiveWeek: -90")
                + "risks: [{id: r, probability: 0.5, window: [-5, 9223372036854775808]}]\n"));
        assertEquals(List.of(
                "5:40: strategy.goLiveWeek: -90 is below 0: weeks count from the programme start, week 0",
                "6:44: risks[0].window[0]: -5 is below 0: weeks count from the programme start, week 0",
                "6:48: risks[0].window[1]: 9223372036854775808 is beyond any horizon (at most 2000 weeks)"),
                shown(r), r.errorText());
        LoadResult late = ScenarioLoader.load(write("late.yaml", MINIMAL
                + "program: {horizonWeeks: 200}\nrisks: [{id: r, probability: 0.5, window: [150, 5000]}]\n"));
        assertEquals(List.of("7:49: risks[0].window[1]: week 5000 is at or beyond the horizon (program.horizonWeeks = 200)"),
                shown(late), late.errorText());
    }

    /**
     * Switching a phased strategy to big-bang with --set deletes the phased fields with null, as the
     * message for a field of another kind asks; they were still reported as unknown fields of a
     * big-bang strategy ("... set it to null to delete it"). The result is the scenario written so.
     * A field of another kind left in, or one of no kind set to null, is still a problem.
     */
    @Test
    void aSetThatDeletesTheFieldsOfTheOldStrategyKindIsValid() {
        LoadResult r = ScenarioLoader.loadBundled("regional-phased", List.of(
                new ScenarioLoader.Override("strategy.kind", "big-bang"),
                new ScenarioLoader.Override("strategy.goLiveWeek", "110"),
                new ScenarioLoader.Override("strategy.waves", "null"),
                new ScenarioLoader.Override("strategy.firstGoLiveWeek", "null"),
                new ScenarioLoader.Override("strategy.spacingWeeks", "null"),
                new ScenarioLoader.Override("strategy.order", "null")));
        assertTrue(r.isOk(), r.errorText());
        LoadResult whole = ScenarioLoader.loadBundled("regional-phased", List.of(
                new ScenarioLoader.Override("strategy", "{kind: big-bang, goLiveWeek: 110}")));
        assertTrue(whole.isOk(), whole.errorText());
        assertEquals(whole.scenarioSet().scenarios().get(0).contentHash(), r.scenarioSet().scenarios().get(0).contentHash());

        LoadResult leftIn = ScenarioLoader.loadBundled("regional-phased", List.of(
                new ScenarioLoader.Override("strategy.kind", "big-bang"),
                new ScenarioLoader.Override("strategy.goLiveWeek", "110"),
                new ScenarioLoader.Override("strategy.waves", "null"),
                new ScenarioLoader.Override("strategy.firstGoLiveWeek", "null"),
                new ScenarioLoader.Override("strategy.spacingWeeks", "null")));
        assertEquals(1, leftIn.errors().size(), leftIn.errorText());
        assertTrue(leftIn.errors().get(0).message().startsWith("unknown field 'order' in a big-bang strategy"),
                leftIn.errorText());
    }

    /**
     * A variant that deletes a required field with null is told so at its null, in the variants
     * file, as the docs promise (a problem points at the file that wrote the offending value); it
     * was reported at the top of the base file, line 1, column 1, which wrote nothing wrong. A
     * variant deleting an optional field, or one the base does not have, is still fine.
     */
    @Test
    void aVariantThatDeletesARequiredFieldIsToldAtItsNull() throws IOException {
        write("base.yaml", MINIMAL);
        LoadResult r = ScenarioLoader.load(write("v.yaml", """
                base: base.yaml
                variants:
                  nosites: {sites: null}
                  fine: {program: null, risks: null, strategy: {waves: null}}
                """));
        assertEquals(List.of("3:20: variants.nosites.sites: required field 'sites' is empty: list the sites"),
                shown(r), r.errorText());
        assertTrue(r.errors().get(0).file().endsWith("v.yaml"), r.errorText());
    }

    private static List<String> shown(LoadResult r) {
        return r.errors().stream().map(e -> e.line() + ":" + e.column() + ": " + e.path() + ": " + e.message()).toList();
    }

    @Test
    void jsonAndYamlOfTheSameContentLoadAlikeWithTheSameHash() throws IOException {
        String json = """
                {"name": "Minimal", "team": {"staff": {"weeklyCost": 2000, "fte": 10}},
                 "modules": [{"id": "inpatient", "workflows": 100}], "sites": [{"id": "a", "users": 1000}],
                 "strategy": {"kind": "big-bang", "goLiveWeek": 90.0}}
                """;
        LoadResult fromJson = ScenarioLoader.load(write("m.json", json));
        LoadResult fromYaml = ScenarioLoader.load(write("m.yaml", MINIMAL));
        assertTrue(fromJson.isOk(), fromJson::errorText);
        NamedScenario a = fromJson.scenarioSet().scenarios().get(0);
        NamedScenario b = fromYaml.scenarioSet().scenarios().get(0);
        assertEquals(a.scenario(), b.scenario());
        assertEquals(a.contentHash(), b.contentHash());
        assertEquals(64, a.contentHash().length());
        Scenario changed = loadOne("c.yaml", MINIMAL.replace("users: 1000", "users: 1001"));
        assertNotEquals(b.contentHash(), ScenarioLoader.load(dir.resolve("c.yaml")).scenarioSet().scenarios().get(0).contentHash());
        assertEquals(1001, changed.sites().get(0).users());
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        String text = """
                name: Many problems
                team: {staff: {fte: 10, weeklyCost: -5}}
                modules: [{id: inpatient, workflows: 1.5}]
                sites: [{id: a, users: 1000, leadership: 2}, {id: a, users: 0}]
                strategy: {kind: big-bang, goLiveWeek: 10}
                governance: {tolerence: 0.1}
                """;
        LoadResult r = ScenarioLoader.load(write("many.yaml", text));
        List<String> lines = r.errors().stream().map(e -> e.line() + " " + e.path()).toList();
        assertEquals(List.of("2 team.staff.weeklyCost", "3 modules[0].workflows", "4 sites[0].leadership",
                "4 sites[1].id", "4 sites[1].users", "5 strategy.goLiveWeek", "6 governance.tolerence"), lines,
                r.errorText());
        assertTrue(r.errors().get(6).message().contains("did you mean tolerance?"), r.errorText());
        assertThrows(IllegalStateException.class, r::scenarioSet);
    }

    @Test
    void errorToStringIsFileLineColumnPathMessage() {
        assertEquals("regional.yaml:14:17: sites[3].leadership: 1.4 is outside [0, 1]",
                new ScenarioError("regional.yaml", 14, 17, "sites[3].leadership", "1.4 is outside [0, 1]").toString());
        assertEquals("x.yaml:1:1: the file is empty", new ScenarioError("x.yaml", 1, 1, "", "the file is empty").toString());
    }

    @Test
    void didYouMeanSuggestsTheNearestField() {
        assertEquals("leadership", DidYouMean.closest("leadrship", FieldNames.SITE).orElseThrow());
        assertEquals("customizationApproval",
                DidYouMean.closest("customisationApproval", FieldNames.GOVERNANCE).orElseThrow());
        assertTrue(DidYouMean.closest("banana", FieldNames.SITE).isEmpty());
    }

    @Test
    void parametersAcceptNestedAndFlatDottedKeys() throws IOException {
        Scenario nested = loadOne("n.yaml", MINIMAL + "parameters: {legacyEffort: {homegrown: 1.6}, testDetection: {uniform: [0.3, 0.4]}}\n");
        assertEquals(Distribution.constant(1.6), nested.parameters().get(Parameter.LEGACY_EFFORT_HOMEGROWN));
        assertEquals(new Distribution.Uniform(0.3, 0.4), nested.parameters().get(Parameter.TEST_DETECTION));
        Scenario flat = loadOne("f.yaml", MINIMAL + "parameters: {legacyEffort.homegrown: 1.6}\n");
        assertEquals(Distribution.constant(1.6), flat.parameters().get(Parameter.LEGACY_EFFORT_HOMEGROWN));
    }

    @Test
    void overridesSetFieldsByPathIndexAndId() throws IOException {
        Path file = write("o.yaml", MINIMAL.replace("sites: [{id: a, users: 1000}]",
                "sites: [{id: a, users: 1000}, {id: mercy-central, users: 5000}]"));
        LoadResult r = ScenarioLoader.load(file, List.of(
                new ScenarioLoader.Override("governance.customizationApproval", "0.45"),
                new ScenarioLoader.Override("sites[0].users", "1200"),
                new ScenarioLoader.Override("sites.mercy-central.users", "6200"),
                new ScenarioLoader.Override("parameters.testDetection", "{triangular: [0.2, 0.3, 0.4]}"),
                new ScenarioLoader.Override("strategy", "{kind: phased, waves: 2, firstGoLiveWeek: 90, spacingWeeks: 10}"),
                new ScenarioLoader.Override("governance.timelinePolicy", "fixed-date")));
        assertTrue(r.isOk(), r::errorText);
        Scenario s = r.scenarioSet().scenarios().get(0).scenario();
        assertEquals(Distribution.constant(0.45), s.governance().customizationApproval());
        assertEquals(1200, s.sites().get(0).users());
        assertEquals(6200, s.sites().get(1).users());
        assertEquals(new Distribution.Triangular(0.2, 0.3, 0.4), s.parameters().get(Parameter.TEST_DETECTION));
        assertInstanceOf(Strategy.Phased.class, s.strategy());
        assertEquals(TimelinePolicy.FIXED_DATE, s.governance().timelinePolicy());
        assertNotEquals(ScenarioLoader.load(file).scenarioSet().scenarios().get(0).contentHash(),
                r.scenarioSet().scenarios().get(0).contentHash());
    }

    @Test
    void badOverridesAreLocatedAtTheOverride() throws IOException {
        Path file = write("o.yaml", MINIMAL);
        LoadResult r = ScenarioLoader.load(file, List.of(
                new ScenarioLoader.Override("governance.customizationApproval", "1.4"),
                new ScenarioLoader.Override("sites[5].users", "10"),
                new ScenarioLoader.Override("sites.nowhere.users", "10"),
                new ScenarioLoader.Override("sites[1.5].users", "10"),
                new ScenarioLoader.Override("sites[x].users", "10")));
        assertFalse(r.isOk());
        assertEquals(List.of(
                        "override:1:1: governance.customizationApproval: 1.4 is outside [0, 1]",
                        "override:2:1: sites[5].users: index 5 is out of range: sites has 1 items",
                        "override:3:1: sites.nowhere.users: no item with id 'nowhere' in sites",
                        "override:4:1: sites[1.5].users: malformed list index in 'sites[1.5].users': write [0], [1], ...",
                        "override:5:1: sites[x].users: malformed list index in 'sites[x].users': write [0], [1], ..."),
                r.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void aRequiredFieldAnOverrideRemovedIsReportedAtTheOverride() throws IOException {
        LoadResult r = ScenarioLoader.loadBundled("regional-phased", List.of(
                new ScenarioLoader.Override("name", "null"),
                new ScenarioLoader.Override("team.staff.fte", "~"),
                new ScenarioLoader.Override("description", "")));
        assertEquals(List.of("override:1:1: name: required field 'name' is empty",
                        "override:2:1: team.staff.fte: required field 'fte' is empty"),
                r.errors().stream().map(ScenarioError::toString).toList());
        // an optional field removed is simply gone: the content hash is as if it had never been written
        LoadResult removed = ScenarioLoader.load(write("o.yaml", MINIMAL + "governance: {tolerance: 0.2}\n"),
                List.of(new ScenarioLoader.Override("governance.tolerance", "null")));
        LoadResult never = ScenarioLoader.load(write("n.yaml", MINIMAL + "governance: {}\n"));
        assertTrue(removed.isOk(), removed::errorText);
        assertEquals(never.scenarioSet().scenarios().get(0).contentHash(),
                removed.scenarioSet().scenarios().get(0).contentHash());
    }

    @Test
    void overridesApplyToBundledScenarios() {
        LoadResult r = ScenarioLoader.loadBundled("regional-phased",
                List.of(new ScenarioLoader.Override("strategy.waves", "3")));
        assertTrue(r.isOk(), r::errorText);
        assertEquals(3, ((Strategy.Phased) r.scenarioSet().scenarios().get(0).scenario().strategy()).waves());
    }

    @Test
    void overridesApplyToEveryVariant() {
        LoadResult r = ScenarioLoader.loadBundled("big-bang-vs-phased",
                List.of(new ScenarioLoader.Override("governance.customizationApproval", "0.5")));
        assertTrue(r.isOk(), r::errorText);
        for (NamedScenario n : r.scenarioSet().scenarios()) {
            assertEquals(Distribution.constant(0.5), n.scenario().governance().customizationApproval(), n.name());
        }
    }

    @Test
    void anchorsMayLiveUnderExtensionKeysAndMergeIntoSites() throws IOException {
        String text = """
                name: Anchors
                x-community: &community
                  complexity: 1.1
                  legacy: paper
                modules: [{id: inpatient, workflows: 100}]
                sites:
                  - <<: *community
                    id: a
                    users: 1000
                  - <<: *community
                    id: b
                    users: 900
                    legacy: vendor
                strategy: {kind: big-bang, goLiveWeek: 90}
                team: {staff: {fte: 10, weeklyCost: 2000}}
                """;
        Scenario s = loadOne("anchors.yaml", text);
        assertEquals(Distribution.constant(1.1), s.sites().get(1).complexity());
        assertEquals(Legacy.PAPER, s.sites().get(0).legacy());
        assertEquals(Legacy.VENDOR, s.sites().get(1).legacy());
    }

    @Test
    void targetBeyondTheHorizonIsAnError() throws IOException {
        LoadResult r = ScenarioLoader.load(write("t.yaml", MINIMAL + "program: {horizonWeeks: 300, targetWeek: 400}\n"));
        assertFalse(r.isOk());
        assertEquals("program.targetWeek", r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().contains("beyond the horizon"), r.errorText());
    }

    /**
     * A run not finished by the horizon records the horizon's week and may finish in it, which is
     * on time for a target in that week: the target must come before the horizon for the chances
     * on time and both to be exact, in the file, through --set, and in a variant.
     */
    @Test
    void targetInTheHorizonsWeekIsAnError() throws IOException {
        LoadResult r = ScenarioLoader.load(write("t.yaml", MINIMAL + "program: {horizonWeeks: 300, targetWeek: 300}\n"));
        assertFalse(r.isOk());
        ScenarioError e = r.errors().get(0);
        assertEquals("program.targetWeek", e.path());
        assertEquals(6, e.line());
        assertTrue(e.file().endsWith("t.yaml"));
        assertTrue(e.message().contains("the horizon must come after the target")
                && e.message().contains("at least 301"), r.errorText());
        assertTrue(ScenarioLoader.load(write("ok.yaml", MINIMAL + "program: {horizonWeeks: 300, targetWeek: 299}\n")).isOk());

        LoadResult set = ScenarioLoader.loadBundled("regional-phased", List.of(
                new ScenarioLoader.Override("program.horizonWeeks", "212"),
                new ScenarioLoader.Override("program.targetWeek", "212")));
        assertFalse(set.isOk());
        assertEquals("program.targetWeek", set.errors().get(0).path());
        assertTrue(set.errors().get(0).message().contains("horizon must come after the target"), set.errorText());

        write("base.yaml", MINIMAL + "program: {horizonWeeks: 300, targetWeek: 200}\n");
        LoadResult variant = ScenarioLoader.load(write("v.yaml", """
                base: ./base.yaml
                variants:
                  good: {}
                  short:
                    program: {horizonWeeks: 200}
                """));
        assertFalse(variant.isOk());
        assertTrue(variant.errors().stream().anyMatch(x -> x.path().equals("variants.short.program.targetWeek")
                || x.path().equals("variants.short.program.horizonWeeks")), variant.errorText());
    }

    @Test
    void variantsFollowMergePatchSemantics() throws IOException {
        write("base.yaml", MINIMAL + "governance: {customizationApproval: 0.3, tolerance: 0.2}\n"
                + "practices: {crossSiteEmbedding: true}\n");
        Path variants = write("v.yaml", """
                name: Experiment
                base: base.yaml
                variants:
                  - id: as-is
                  - id: stricter
                    name: Stricter governance
                    governance: {customizationApproval: 0.1, tolerance: null}
                  - id: no-practices
                    practices: null
                    sites: [{id: b, users: 3000}]
                """);
        LoadResult r = ScenarioLoader.load(variants);
        assertTrue(r.isOk(), r::errorText);
        ScenarioSet set = r.scenarioSet();
        assertTrue(set.isVariants());
        assertEquals("Experiment", set.name());
        // a variant that names itself is compared under that name
        assertEquals(List.of("as-is", "Stricter governance", "no-practices"),
                set.scenarios().stream().map(NamedScenario::name).toList());
        Scenario asIs = set.scenarios().get(0).scenario();
        Scenario stricter = set.scenarios().get(1).scenario();
        Scenario none = set.scenarios().get(2).scenario();
        assertEquals("as-is", asIs.name());
        assertEquals("Stricter governance", stricter.name());
        // Merged key by key: approval replaced, tolerance deleted (back to its default), others kept.
        assertEquals(Distribution.constant(0.1), stricter.governance().customizationApproval());
        assertEquals(Distribution.constant(0.1), stricter.governance().tolerance());
        assertTrue(stricter.practices().crossSiteEmbedding());
        // null deletes a whole section; a list replaces the list whole.
        assertFalse(none.practices().crossSiteEmbedding());
        assertEquals(List.of("b"), none.sites().stream().map(s -> s.id()).toList());
        assertEquals(Distribution.constant(0.2), asIs.governance().tolerance());
    }

    @Test
    void errorsInsideAVariantNameTheVariant() throws IOException {
        write("base.yaml", MINIMAL);
        LoadResult r = ScenarioLoader.load(write("v.yaml", """
                base: ./base.yaml
                variants:
                  good: {}
                  bad:
                    sites: [{id: a, users: 1000, readiness: 1.5}]
                """));
        assertFalse(r.isOk());
        assertEquals(1, r.errors().size(), r.errorText());
        ScenarioError e = r.errors().get(0);
        assertEquals("variants.bad.sites[0].readiness", e.path());
        assertEquals(5, e.line());
        assertTrue(e.file().endsWith("v.yaml"));
    }

    @Test
    void tooManySitesIsAClearErrorNotAnOutOfMemory() throws IOException {
        StringBuilder text = new StringBuilder(MINIMAL.replace("sites: [{id: a, users: 1000}]\n", "")).append("sites:\n");
        for (int i = 0; i <= ScenarioBinder.MAX_SITES; i++) {
            text.append("  - {id: s").append(i).append(", users: 100}\n");
        }
        Path file = write("many-sites.yaml", text.toString());
        long start = cpuMillis();
        LoadResult r = ScenarioLoader.load(file);
        long millis = cpuMillis() - start;
        assertFalse(r.isOk());
        assertTrue(r.errors().get(0).message().contains("10001 sites is more than the limit of 10000"), r.errorText());
        assertTrue(millis < 3000, "took " + millis + " ms");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written <= TreeReader.MAX_CHARS; written += line.length) {
                out.write(line);
            }
        }
        LoadResult r = ScenarioLoader.load(file);
        assertFalse(r.isOk());
        assertTrue(r.errors().get(0).message().contains("larger than the limit of 10 MB"), r.errorText());
    }

    @Test
    void missingFileIsAnError() {
        LoadResult r = ScenarioLoader.load(dir.resolve("nope.yaml"));
        assertFalse(r.isOk());
        assertEquals("no such file", r.errors().get(0).message());
    }

    /**
     * A variants file whose base names no file: the problem is at the base: value, with the file as
     * written, where it was at line 1, column 1 of the missing file, with no field.
     */
    @Test
    void aMissingBaseIsReportedAtItsBaseField() throws IOException {
        Path v = write("v.yaml", "name: V\nbase: nothere.yaml\nvariants: {a: {}}\n");
        LoadResult r = ScenarioLoader.load(v);
        assertEquals(List.of(v + ":2:7: base: no such file 'nothere.yaml' (relative to this file)"),
                r.errors().stream().map(ScenarioError::toString).toList());
        Files.createDirectory(dir.resolve("folder.yaml"));
        Path d = write("d.yaml", "name: D\nbase: folder.yaml\nvariants: {a: {}}\n");
        assertEquals(List.of(d + ":2:7: base: 'folder.yaml' (relative to this file) is not a regular file"),
                ScenarioLoader.load(d).errors().stream().map(ScenarioError::toString).toList());
        // from standard input, a base is relative to the working directory
        LoadResult piped = ScenarioLoader.load("<stdin>", "base: no/such/base.yaml\nvariants: {a: {}}\n"
                .getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals(List.of("<stdin>:1:7: base: no such file 'no/such/base.yaml' (relative to the working directory)"),
                piped.errors().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void bundledNamesAreNeverPaths() {
        LoadResult r = ScenarioLoader.loadBundled("../scenarios/regional-phased");
        assertFalse(r.isOk());
        assertTrue(r.errorText().contains("no bundled scenario named"), r.errorText());
    }

    @Test
    void unknownBundledNameSuggestsTheNearest() {
        LoadResult r = ScenarioLoader.loadBundled("enterprize");
        assertFalse(r.isOk());
        assertTrue(r.errorText().contains("did you mean enterprise?"), r.errorText());
    }

    @Test
    void aMillionMistakesStayFastAndTheReportStaysShort() throws IOException {
        StringBuilder text = new StringBuilder(MINIMAL).append("parameters:\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("  unknownParameter").append(i).append(": 1\n");
        }
        Path file = write("mistakes.yaml", text.toString());
        long start = cpuMillis();
        LoadResult r = ScenarioLoader.load(file);
        long millis = cpuMillis() - start;
        assertFalse(r.isOk());
        assertEquals(Problems.LIMIT + 1, r.errors().size());
        assertTrue(r.errors().get(Problems.LIMIT).message().contains("and 99800 more problems not shown"),
                r.errors().get(Problems.LIMIT).toString());
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void pastTheLimitTheCountIsOfTheProblemsNotOfTheLinesShown() throws IOException {
        StringBuilder text = new StringBuilder(MINIMAL).append("parameters:\n");
        for (int i = 0; i < 250; i++) {
            text.append("  unknownParameter").append(i).append(": 1\n");
        }
        LoadResult r = ScenarioLoader.load(write("many.yaml", text.toString()));
        assertFalse(r.isOk());
        assertEquals(Problems.LIMIT + 1, r.errors().size(), "the shown problems and the line counting the rest");
        assertTrue(r.errors().get(Problems.LIMIT).message().contains("and 50 more problems not shown"), r.errorText());
        assertEquals(250, r.problemCount(), "the line counting the rest is not itself a problem");
    }

    @Test
    void largeVariantPatchesMergeInLinearTime() throws IOException {
        write("base.yaml", MINIMAL);
        StringBuilder text = new StringBuilder("base: base.yaml\nvariants:\n  huge:\n    parameters:\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("      p").append(i).append(": null\n");
        }
        Path file = write("huge-variant.yaml", text.toString());
        long start = cpuMillis();
        LoadResult r = ScenarioLoader.load(file);
        long millis = cpuMillis() - start;
        assertTrue(r.isOk(), r::errorText); // null deletes: nothing is left to complain about
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void yaml11BooleansAreRejectedForBooleanFields() throws IOException {
        LoadResult yes = ScenarioLoader.load(write("yes.yaml", MINIMAL + "practices: {crossSiteEmbedding: yes}\n"));
        assertFalse(yes.isOk());
        assertTrue(yes.errorText().endsWith("yes.yaml:6:33: practices.crossSiteEmbedding: write true or false, not 'yes'"), yes.errorText());
        Scenario plain = loadOne("true.yaml", MINIMAL + "practices: {crossSiteEmbedding: true}\n");
        assertTrue(plain.practices().crossSiteEmbedding());
    }

    @Test
    void aDuplicateVariantIdDoesNotHideTheOtherVariantsProblems() throws IOException {
        write("small.yaml", MINIMAL);
        Files.createDirectories(dir.resolve("bad"));
        LoadResult r = ScenarioLoader.load(write("bad/v1.yaml", """
                name: Bad variants
                base: ../small.yaml
                variants:
                  - {id: ok}
                  - {id: neg, team: {staff: {fte: -3}}}
                  - {id: typo, governance: {customisationApproval: 0.5}}
                  - {id: ok, team: {staff: {weeklyCost: -1}}}
                  - {id: "no good", sites: 3}
                """));
        assertFalse(r.isOk());
        List<String> shown = r.errors().stream()
                .map(e -> e.line() + ":" + e.column() + ": " + e.path() + ": " + e.message()).toList();
        assertEquals(List.of(
                "5:35: variants.neg.team.staff.fte: -3 is outside [0, 100000]",
                "6:29: variants.typo.governance.customisationApproval: unknown field 'customisationApproval' in governance"
                        + " (did you mean customizationApproval?)",
                "7:10: variants[3]: duplicate variant id 'ok'",
                "7:41: variants[3].team.staff.weeklyCost: -1 is outside [0, 10000000]",
                "8:10: variants[4]: 'no good' is not a valid variant id: use letters, digits, '-' and '_'",
                "8:28: variants[4].sites: expected a list of sites, got the number 3"), shown, r.errorText());
        assertTrue(r.errors().stream().allMatch(e -> e.file().endsWith("v1.yaml")), r.errorText());
    }

    /**
     * CPU time of this thread, in milliseconds: the time limits above bound the work done, which a
     * loaded machine does not stretch as it stretches the wall clock.
     */
    private static long cpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }
}
