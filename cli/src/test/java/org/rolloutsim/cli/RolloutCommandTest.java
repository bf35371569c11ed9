package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: outputs, exit codes, determinism, safety of outputs. */
class RolloutCommandTest {

    @TempDir
    Path tmp;

    @Test
    void everySubcommandIsListedUnderItsOwnNameAndOneCanBeBuiltAlone() {
        picocli.CommandLine all = RolloutCommand.commandLine();
        assertEquals(List.copyOf(RolloutCommand.SUBCOMMANDS.keySet()), List.copyOf(all.getSubcommands().keySet()));
        all.getSubcommands().forEach((name, sub) -> assertEquals(name, sub.getCommandName()));
        String help = all.getUsageMessage();
        RolloutCommand.SUBCOMMANDS.keySet().forEach(name -> assertTrue(help.contains(name), name + " in help"));
        // what main builds for "rollout run ...": the root and run alone, run's options and help intact
        picocli.CommandLine runOnly = RolloutCommand.withSubcommand("run");
        assertEquals(List.of("run"), List.copyOf(runOnly.getSubcommands().keySet()));
        assertEquals(all.getSubcommands().get("run").getUsageMessage(), runOnly.getSubcommands().get("run").getUsageMessage());
    }

    @Test
    void everySubcommandSummaryInTheCommandListIsAWholeSentence() {
        // picocli lists a command by the first line of its description alone
        RolloutCommand.commandLine().getSubcommands().forEach((name, sub) -> {
            String summary = sub.getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith("."), name + "'s summary is cut short: " + summary);
        });
    }

    @Test
    void aHandfulOfRunsIsTooFewToBoundP80AndTheReportsSaySo() throws IOException {
        // three runs leave the 95% interval of P80 without bounds (NaN): the board's convergence
        // note must say so rather than fail on formatting them
        Path out = tmp.resolve("three");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--runs", "3", "--quiet", "--out", out.toString(),
                "--format", "html,pdf,xlsx");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("too few to bound the true P80"));
        assertTrue(Files.size(out.resolve("board-pack.pdf")) > 1000);
        assertTrue(Files.size(out.resolve("results.xlsx")) > 1000);
    }

    @Test
    void anOutputUnderAFileIsBadInput() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "precious");
        Path under = file.resolve("sub");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--runs", "10", "-q", "--out", under.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("rollout: error: output " + under + ": " + file + " is not a directory (it is a file), so nothing"
                + " can be written under it", r.err().trim());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void runWritesResultFilesAndASummary() throws IOException {
        Path out = tmp.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--runs", "200", "--quiet", "--out", out.toString(),
                "--format", "html,json,csv,svg");
        assertEquals(0, r.exitCode(), r.err());
        for (String f : List.of("report.html", "summary.json", "runs.csv", "weekly.csv", "charts/completion-histogram.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(201, rows.size(), "a header and one row per run");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"completionWeek\""));
        assertEquals("", r.out(), "--quiet prints nothing");

        CliHarness.Result loud = CliHarness.run("run", "regional-phased", "--runs", "200", "--out",
                tmp.resolve("loud").toString());
        assertTrue(loud.out().contains("P80"), loud.out());
        assertTrue(loud.out().contains("report.html"), loud.out());
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertEquals(0, CliHarness.run("run", "--runs", "300", "-q", "--seed", "7", "--threads", "1",
                "--format", "json,csv", "--out", one.toString()).exitCode());
        assertEquals(0, CliHarness.run("run", "--runs", "300", "-q", "--seed", "7", "--threads", "3",
                "--format", "json,csv", "--out", three.toString()).exitCode());
        for (String f : List.of("summary.json", "runs.csv", "weekly.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f);
        }
        Path other = tmp.resolve("other");
        CliHarness.run("run", "--runs", "300", "-q", "--seed", "8", "--format", "csv", "--out", other.toString());
        assertFalse(Files.readString(other.resolve("runs.csv")).equals(Files.readString(one.resolve("runs.csv"))),
                "another seed gives other runs");
    }

    @Test
    void aNonEmptyOutputDirectoryIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "precious");
        for (String force : List.of("--quiet", "--force")) {
            CliHarness.Result r = CliHarness.run("run", "--runs", "50", force, "--out", out.toString());
            assertEquals(2, r.exitCode(), force);
            assertTrue(r.err().contains("does not hold rollout results"), r.err());
            // the bundled scenario's plan warning (its test exit) may come first, without --quiet
            assertEquals(1, r.err().lines().filter(l -> !l.startsWith("rollout: warning: ")).count(), "one line: " + r.err());
        }
        assertEquals("precious", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of(out.resolve("notes.txt")), list(out));
        assertEquals(List.of(out), list(tmp), "no staging directory left behind");

        Path results = tmp.resolve("results");
        assertEquals(0, CliHarness.run("run", "--runs", "50", "-q", "--out", results.toString()).exitCode());
        CliHarness.Result again = CliHarness.run("run", "--runs", "50", "-q", "--out", results.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        Files.writeString(results.resolve("old.txt"), "from before");
        assertEquals(0, CliHarness.run("run", "--runs", "50", "-q", "--force", "--out", results.toString()).exitCode());
        assertFalse(Files.exists(results.resolve("old.txt")), "--force replaces earlier results");
        assertTrue(Files.exists(results.resolve("report.html")));
        assertTrue(Files.exists(results.resolve(OutputDirectory.MARKER)));
    }

    @Test
    void compareKeepsHostileVariantNamesInsideItsOutputDirectory() throws IOException {
        String common = "Phased roll-out with cross-site embedding, strong command centre and funded wellness";
        String base;
        try (var in = RolloutCommandTest.class.getResourceAsStream("/scenarios/regional-phased.yaml")) {
            base = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> names = List.of("..", ".", "comparison.json", "../escape", "CON", "a/b", common, common + ", big bang");
        List<String> arguments = new java.util.ArrayList<>(List.of("compare"));
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        for (int i = 0; i < names.size(); i++) {
            Path file = inputs.resolve("s" + i + ".yaml");
            Files.writeString(file, base.replaceFirst("(?m)^name: .*$", "name: '" + names.get(i) + "'"));
            arguments.add(file.toString());
        }
        Path out = tmp.resolve("box/cmp");
        CliHarness.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> CliHarness.run(Stream.concat(arguments.stream(), Stream.of("--runs", "20", "-q", "--format",
                        "json,csv", "--out", out.toString())).toArray(String[]::new)));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of(out), list(tmp.resolve("box")), "nothing written beside --out");
        assertEquals(List.of(tmp.resolve("box"), inputs), list(tmp));
        assertTrue(Files.readString(out.resolve("comparison.json")).contains("\"pairs\""), "the comparison's own file");
        long folders;
        try (Stream<Path> s = Files.list(out)) {
            folders = s.filter(p -> Files.exists(p.resolve("summary.json"))).count();
        }
        assertEquals(names.size(), folders, "one folder per scenario");
    }

    @Test
    void badInputExitsWithTwoAndOneLinePerProblem() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nteam: {staff: {fte: 10, weeklyCost: 1}}\nmodules: [{id: m, workflows: 5}]\n"
                + "sites: [{id: a, users: 10, leadership: 1.4}]\nstrategy: {kind: big-bang, goLiveWeek: 100}\nbudgett: 5\n");
        CliHarness.Result v = CliHarness.run("validate", bad.toString());
        assertEquals(2, v.exitCode());
        assertTrue(v.err().contains("bad.yaml:4:"), v.err());
        assertTrue(v.err().contains("sites[0].leadership"), v.err());
        assertTrue(v.err().contains("bad.yaml:6:1"), v.err());
        assertFalse(v.err().contains("Exception"), v.err());

        Path out = tmp.resolve("never");
        CliHarness.Result r = CliHarness.run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertFalse(Files.exists(out));
        assertEquals(2, CliHarness.run("run", "no-such-scenario").exitCode());
        assertEquals(2, CliHarness.run("run", "--runs", "-5").exitCode());
        assertEquals(2, CliHarness.run("run", "--runs", "999999999").exitCode());
        assertEquals(2, CliHarness.run("run", "--threads", "100000").exitCode());
        assertEquals(2, CliHarness.run("run", "--format", "docx").exitCode());
        assertEquals(2, CliHarness.run("--no-such-option").exitCode());
        assertEquals(2, CliHarness.run("run", "big-bang-vs-phased", "-q").exitCode(), "a variants file is for compare");
    }

    /** Past the 200 problems listed, the rest are counted: the total is of problems, not of lines. */
    @Test
    void validateCountsEveryProblemPastTheOnesListed() throws IOException {
        StringBuilder text = new StringBuilder("name: x\nteam: {staff: {fte: 10, weeklyCost: 1}}\n"
                + "modules: [{id: m, workflows: 5}]\nsites: [{id: a, users: 10}]\nstrategy: {kind: big-bang, goLiveWeek: 100}\n"
                + "parameters:\n");
        for (int i = 0; i < 250; i++) {
            text.append("  unknownParameter").append(i).append(": 1\n");
        }
        Path bad = Files.writeString(tmp.resolve("many.yaml"), text.toString());
        CliHarness.Result v = CliHarness.run("validate", bad.toString());
        assertEquals(2, v.exitCode(), v.err());
        assertTrue(v.err().contains("... and 50 more problems not shown"), v.err());
        assertEquals("250 problems found", v.err().strip().lines().reduce((a, b) -> b).orElse(""), v.err());
        CliHarness.Result r = CliHarness.run("run", bad.toString(), "-q", "--out", tmp.resolve("never").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("the scenario has 250 problems (above)"), r.err());
    }

    /**
     * A leading zero is refused alike whatever its digits, in an id as in a number: {@code 090} is
     * text to YAML 1.1 but 90 to YAML 1.2, as {@code 0100} is 64 to one and 100 to the other.
     */
    @Test
    void validateRefusesALeadingZeroInAnIdAsInANumber() throws IOException {
        Path bad = tmp.resolve("zeros.yaml");
        Files.writeString(bad, "name: x\nteam: {staff: {fte: 10, weeklyCost: 1}}\nmodules: [{id: m, workflows: 5}]\n"
                + "sites: [{id: 090, users: 10}, {id: 0100, users: 090}]\nstrategy: {kind: big-bang, goLiveWeek: 0100}\n");
        CliHarness.Result v = CliHarness.run("validate", bad.toString());
        assertEquals(2, v.exitCode(), v.err());
        assertEquals(List.of(
                bad + ":4:14: sites[0].id: 090 is read as the text '090' by YAML 1.1 tools but as the number 90 by YAML 1.2"
                        + " ones; write it in quotes (\"090\") to keep it as written",
                bad + ":4:36: sites[1].id: 0100 is read as the number 64 by YAML 1.1 tools but as the number 100 by YAML 1.2"
                        + " ones, not as the text '0100'; write it in quotes"
                        + " (\"0100\") to keep it as written",
                bad + ":4:49: sites[1].users: a number is written without leading zeros (YAML 1.1 reads 090 as text and"
                        + " YAML 1.2 as 90); write 90",
                bad + ":5:40: strategy.goLiveWeek: a number is written without leading zeros (YAML 1.1 reads 0100 as the"
                        + " octal number 64 and YAML 1.2 as 100); write 100"),
                v.err().lines().filter(l -> l.startsWith(bad.toString())).toList(), v.err());
        assertFalse(v.err().contains("Exception") || v.err().contains("\tat "), "no stack trace: " + v.err());
        Files.writeString(bad, Files.readString(bad).replace("id: 090", "id: '090'").replace("id: 0100", "id: \"0100\"")
                .replace("090}", "90}").replace("0100}", "100}"));
        assertEquals(0, CliHarness.run("validate", bad.toString()).exitCode());
    }

    /**
     * The starter scenario with a site id written as YAML 1.2's octal {@code 0o17} (text to YAML 1.1
     * and to this loader, 15 to YAML 1.2 tools) and its users as {@code 7d}: the id is refused as
     * {@code 090} is, and the users are told what is expected, not a guess at a number to write.
     */
    @Test
    void validateRefusesAnOctalIdAndSaysUsersAreAWholeNumberOfUsers() throws IOException {
        Path file = tmp.resolve("starter.yaml");
        assertEquals(0, CliHarness.run("init", file.toString(), "-q").exitCode());
        List<String> lines = Files.readAllLines(file);
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains("{id: north, users: 1500,")) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the starter has the site north: " + lines);
        String edited = lines.get(at).replace("id: north, users: 1500", "id: 0o17, users: 7d");
        lines.set(at, edited);
        Files.write(file, lines);
        CliHarness.Result v = CliHarness.run("validate", file.toString());
        assertEquals(2, v.exitCode(), v.err());
        String where = file + ":" + (at + 1) + ":";
        assertEquals(List.of(
                where + (edited.indexOf("0o17") + 1) + ": sites[1].id: 0o17 is read as the text '0o17' by YAML 1.1 tools"
                        + " but as the number 15 by YAML 1.2 ones; write it in quotes (\"0o17\") to keep it as written",
                where + (edited.indexOf("7d") + 1) + ": sites[1].users: expected a whole number of users, got the text \"7d\"",
                "2 problems found"), v.err().lines().toList(), v.err());
    }

    /**
     * A variants file with an unknown key at the top: that key is one problem among the others, each
     * given as file:line:column: path: message; it used to be the only one reported.
     */
    @Test
    void anUnknownKeyInAVariantsFileDoesNotHideTheVariantsProblems() throws IOException {
        Path bad = Files.writeString(tmp.resolve("variants.yaml"), "name: Broken\nbase: regional-phased\ncolour: blue\n"
                + "variants:\n  bad-approval:\n    governance: {customizationApproval: 1.7}\n"
                + "  no-waves:\n    strategy: {waves: 0}\n");
        CliHarness.Result validate = CliHarness.run("validate", bad.toString());
        CliHarness.Result compare = CliHarness.run("compare", bad.toString(), "--runs", "10", "-q", "--out",
                tmp.resolve("never-compare").toString());
        for (CliHarness.Result r : List.of(validate, compare)) {
            assertEquals(2, r.exitCode(), r.err());
            List<String> problems = r.err().lines().filter(l -> l.startsWith(bad.toString() + ":")).toList();
            assertEquals(List.of(bad + ":3:1: colour: unknown field 'colour' in a variants file",
                    bad + ":6:41: variants.bad-approval.governance.customizationApproval: 1.7 is outside [0, 1]",
                    bad + ":8:23: variants.no-waves.strategy.waves: 0 is outside [1, 10000]"), problems, r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(tmp.resolve("never-compare")));
    }

    @Test
    void validateAcceptsEveryBundledScenario() {
        CliHarness.Result r = CliHarness.run("validate", "regional-phased", "regional-big-bang", "academic-homegrown",
                "enterprise", "big-bang-vs-phased");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(5, r.out().lines().filter(l -> l.contains("valid")).count());
    }

    @Test
    void initWritesAStarterThatValidatesAndRunsAndDoesNotOverwrite() throws IOException {
        Path file = tmp.resolve("starter.yaml");
        assertEquals(0, CliHarness.run("init", file.toString(), "-q").exitCode());
        assertEquals(0, CliHarness.run("validate", file.toString()).exitCode());
        String before = Files.readString(file);
        CliHarness.Result again = CliHarness.run("init", file.toString());
        assertEquals(2, again.exitCode());
        assertEquals(before, Files.readString(file));
        assertEquals(0, CliHarness.run("run", file.toString(), "--runs", "50", "-q", "--out",
                tmp.resolve("starter-out").toString()).exitCode());
    }

    @Test
    void compareRefusesOptionsOnAnotherCalendarCurrencyOrTarget() throws IOException {
        Path base = tmp.resolve("base.yaml");
        assertEquals(0, CliHarness.run("init", base.toString(), "-q").exitCode());
        String text = Files.readString(base);
        for (String[] change : new String[][] {
                {"  targetWeek: 160", "  targetWeek: 200", "target date"},
                {"  budget: 1.5e8", "  budget: 2.5e8", "budget"},
                {"  budget: 1.5e8", "  budget: 1.5e8\n  currency: EUR", "currency"},
                {"  start: 2027-01-04", "  start: 2027-03-01", "start"}}) {
            assertTrue(text.contains(change[0]), change[0]);
            Path other = Files.writeString(tmp.resolve("other.yaml"),
                    text.replace(change[0], change[1]).replace("name: My programme", "name: Other"));
            Path out = tmp.resolve("cmp-" + change[2].replace(' ', '-'));
            CliHarness.Result r = CliHarness.run("compare", base.toString(), other.toString(), "--runs", "20", "-q",
                    "--out", out.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("another " + change[2]), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    void aMitigatedRunMarksItsMitigatedRisksInTheRegister() throws IOException {
        // academic-homegrown has risks with a mitigation: run with it in place, the register says so
        Path out = tmp.resolve("mitigated");
        CliHarness.Result r = CliHarness.run("run", "academic-homegrown", "--runs", "40", "-q", "--mitigated",
                "--format", "html", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("(mitigated in these runs)"), "a mitigated risk is marked");
        Path plain = tmp.resolve("plain");
        assertEquals(0, CliHarness.run("run", "academic-homegrown", "--runs", "40", "-q", "--format", "html",
                "--out", plain.toString()).exitCode());
        assertFalse(Files.readString(plain.resolve("report.html")).contains("(mitigated in these runs)"));
    }

    @Test
    void initIntoADirectoryIsBadInputAndLeavesItAlone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a-folder.yaml"));
        CliHarness.Result r = CliHarness.run("init", dir.toString(), "--force");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is a directory"), r.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing written into it");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial file left");
        }
    }

    @Test
    void initWritesFilesAsReadableAsAnyOther() throws IOException {
        Path file = tmp.resolve("shared.yaml");
        Path other = Files.writeString(tmp.resolve("other.txt"), "x");
        assertEquals(0, CliHarness.run("init", file.toString(), "-q").exitCode());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX permissions");
        assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(file),
                "the scenario gets the permissions of a file written the usual way");
        assertEquals(Files.getPosixFilePermissions(other),
                Files.getPosixFilePermissions(tmp.resolve(org.rolloutsim.scenarios.ScenarioSchema.FILE_NAME)));
    }

    @Test
    void scenariosListsTheBundledLibrary() {
        CliHarness.Result r = CliHarness.run("scenarios");
        assertEquals(0, r.exitCode());
        for (String name : List.of("regional-phased", "regional-big-bang", "academic-homegrown", "enterprise",
                "big-bang-vs-phased")) {
            assertTrue(r.out().contains(name), name);
        }
    }

    @Test
    void compareOfAScenarioWithItselfGivesZeroDifferences() throws IOException {
        Path out = tmp.resolve("self");
        CliHarness.Result r = CliHarness.run("compare", "regional-phased", "regional-phased", "--runs", "100", "-q",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String json = Files.readString(out.resolve("comparison.json"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"meanDiff\"\\s*:\\s*([^,\\s]+)").matcher(json);
        int found = 0;
        while (m.find()) {
            assertEquals(0.0, Double.parseDouble(m.group(1)), "every mean difference is exactly zero");
            found++;
        }
        assertTrue(found >= 5, "a mean difference per metric: " + found);
        com.fasterxml.jackson.databind.JsonNode week = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .at("/pairs/0/metrics/completionWeek");
        assertEquals(0.0, week.get("pLower").asDouble(), "never earlier than itself: a tie is not half a win");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("No material difference in completion date at P80 between A and B"), "the verdict");
        // one run of the 100 is cut off at the horizon in both; but it is one scenario (one hash) on the same
        // random numbers, so that run is the same run twice: the same week, exactly, not "not known"
        assertTrue(html.contains("earlier in 0% of runs, later in 0%, the same week in 100% (no material difference"
                + " on average)"), html);
        assertFalse(html.contains(", not exact") || html.contains("not known in") || html.contains("Not known"),
                "every figure is exact");
        // and comparison.json says so too
        assertEquals(1.0, week.get("pSame").asDouble(), "every run the same, the run cut off in both too");
        assertEquals(0, week.path("nNotKnown").asInt());
        com.fasterxml.jackson.databind.JsonNode cost = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .at("/pairs/0/metrics/programCost");
        assertEquals(1.0, cost.get("pSame").asDouble(), "its cost so far is the same run's cost so far");
        assertEquals(0, cost.path("nNotKnown").asInt());
        // the console says the same
        CliHarness.Result loud = CliHarness.run("compare", "regional-phased", "regional-phased", "--runs", "100",
                "--format", "json", "--out", tmp.resolve("self-loud").toString());
        assertTrue(loud.out().contains("completion 0.0 weeks (95% CI 0.0 weeks to 0.0 weeks), cost $0 (95% CI $0 to"
                + " $0); Regional system, six waves finishes earlier in 0% of runs, later in 0%, the same week in 100%"),
                loud.out());
    }

    /**
     * The base against itself with a horizon of 295 weeks: 19 of the 100 runs do not finish by then,
     * yet the P80 date (week 284) is before it. The cut-off runs' costs, counted only to the horizon,
     * fall below the P80 cost, so the verdict gives that cost as a lower bound, as the variants table
     * does, and does not call the cut-off option the cheaper: it is the same scenario.
     */
    @Test
    void compareStatesACostCutByTheHorizonAsALowerBoundWhereTheDateIsExact() throws IOException {
        Path variants = Files.writeString(tmp.resolve("short.yaml"), "base: regional-phased\nvariants:\n"
                + "  as-planned: {}\n  short: {program: {horizonWeeks: 295}}\n");
        Path out = tmp.resolve("short");
        CliHarness.Result r = CliHarness.run("compare", variants.toString(), "--runs", "100", "-q",
                "--format", "html", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("B, \u201cshort\u201d: finishes by 14 June 2032; its cost at P80 is at least $569M,"
                + " as runs not finished by the horizon count their cost only to then"), html);
        assertTrue(html.contains("At P80, only the cost of A is known ($598M). The cost of B (at least $569M), counted"
                + " only to the horizon for runs not finished by then, cannot be compared with that of A."), html);
        assertFalse(html.contains("costs at most $569M"), html);
        assertFalse(html.contains("B costs least"), html);
    }

    @Test
    void theBoardsConfidenceLevelIsCheckedAndUsed() throws IOException {
        Path out = tmp.resolve("p90");
        CliHarness.Result r = CliHarness.run("compare", "regional-phased", "regional-big-bang", "--runs", "100", "-q",
                "--confidence", "P90", "--format", "html", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Verdict at P90</h2>"));
        CliHarness.Result bad = CliHarness.run("run", "--confidence", "P40", "-q", "--out", tmp.resolve("p40").toString());
        assertEquals(2, bad.exitCode());
        assertEquals("rollout: error: --confidence must be between P50 and P99, got 'P40'", bad.err().strip());
        assertFalse(Files.exists(tmp.resolve("p40")), "nothing is written for a bad level");
    }

    /**
     * At 200 runs, seed 20261125, the bundled comparison's shares rounded one by one read 60% + 40% + 1%
     * and 10% + 44% + 47%: 101%. Rounded together they add up to 100% on every line.
     */
    @Test
    void theConsolesEarlierLaterAndSameWeekAddUpToAHundredPercent() {
        CliHarness.Result r = CliHarness.run("compare", "big-bang-vs-phased", "--runs", "200", "--format", "json",
                "--out", tmp.resolve("shares").toString());
        assertEquals(0, r.exitCode(), r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "earlier in (\\S+) of runs, later in ([^,]+), the same week in ([^,\\s]+)(?:, not known in (\\S+))?")
                .matcher(r.out());
        int lines = 0;
        while (m.find()) {
            int sum = 0;
            for (int g = 1; g <= 4; g++) {
                String share = m.group(g) == null ? "0%" : m.group(g);
                sum += share.equals("<1%") ? 0 : share.equals(">99%") ? 100 : Integer.parseInt(share.replace("%", ""));
            }
            assertEquals(100, sum, m.group());
            lines++;
        }
        assertEquals(3, lines, r.out());
    }

    @Test
    void compareOfAVariantsFileWritesEachVariantAndTheComparison() throws IOException {
        Path out = tmp.resolve("cmp");
        CliHarness.Result r = CliHarness.run("compare", "big-bang-vs-phased", "--runs", "100", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Paired differences"), r.out());
        assertTrue(Files.exists(out.resolve("comparison.json")));
        long variantDirs;
        try (Stream<Path> s = Files.list(out)) {
            variantDirs = s.filter(p -> Files.exists(p.resolve("summary.json"))).count();
        }
        assertEquals(3, variantDirs);
    }

    @Test
    void sweepTabulatesEveryGridPoint() throws IOException {
        Path out = tmp.resolve("sweep");
        CliHarness.Result r = CliHarness.run("sweep", "regional-phased", "--param",
                "governance.customizationApproval=0:1:0.5", "--runs", "60", "-q", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(4, rows.size(), "a header and three points: " + rows);
        // the report: completion, cost and the chances against the swept input
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(3, html.split("<div class=\"chart-wide\"><svg ", -1).length - 1, "three charts");
        // the chart's title and axis name the input as the drivers chart does; the table keeps the path
        String name = ReportAssembler.driverLabel("governance.customizationApproval");
        assertTrue(html.contains("Completion date against " + name));
        assertTrue(html.contains(">" + name + "</text>"), "the axis gives the name");
        assertFalse(html.contains(">governance.customizationApproval</text>"), "not the path");
        assertTrue(html.contains("data-label=\"governance.customizationApproval\""), "the table keeps the path");
        Path only = tmp.resolve("sweep-html");
        assertEquals(0, CliHarness.run("sweep", "regional-phased", "--param", "governance.customizationApproval=0:1:1",
                "--runs", "20", "-q", "--format", "html", "--out", only.toString()).exitCode());
        assertTrue(Files.readString(only.resolve("report.html")).contains("<svg "), "--format html writes a report");
        assertEquals(2, CliHarness.run("sweep", "regional-phased", "--param", "x=1:0:1").exitCode());
        assertEquals(2, CliHarness.run("sweep", "regional-phased", "--param", "governance.customizationApproval=0:3:1",
                "--runs", "10", "-q", "--out", tmp.resolve("bad-sweep").toString()).exitCode(), "approval 2 is out of range");
    }

    /**
     * A --param naming no field, or sweeping a value out of range, is the --param's problem, not the
     * scenario's: the error gives the --param as typed (it echoed "--param nosuch.field=0" and then
     * blamed the scenario), with the value where a range failed, and exits 2 without a stack trace.
     */
    @Test
    void aBadParamIsNamedAsGivenNotBlamedOnTheScenario() {
        CliHarness.Result unknown = CliHarness.run("sweep", "regional-phased", "--param", "nosuch.field=0:1:1",
                "--runs", "10", "-q", "--out", tmp.resolve("unknown").toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
        List<String> lines = unknown.err().lines().toList();
        assertTrue(lines.get(0).startsWith("--param nosuch.field=0:1:1, at value 0 of its grid: "), lines.toString());
        assertEquals("rollout: error: --param nosuch.field=0:1:1 has a problem (above)", lines.get(lines.size() - 1));
        assertFalse(unknown.err().contains("the scenario has"), unknown.err());
        assertFalse(unknown.err().contains("\tat "), "no stack trace: " + unknown.err());

        CliHarness.Result range = CliHarness.run("sweep", "regional-phased", "--param",
                "governance.customizationApproval=0:3:1", "--runs", "10", "-q", "--out", tmp.resolve("range").toString());
        assertEquals(2, range.exitCode(), range.err());
        assertTrue(range.err().startsWith("--param governance.customizationApproval=0:3:1, at value 2 of its grid: "), range.err());
        assertTrue(range.err().contains("rollout: error: --param governance.customizationApproval=0:3:1 has a problem"),
                range.err());
    }

    /**
     * A --set that fails only beside a point's --param value, and that --param, each have a problem:
     * the error names both as typed, which have two problems, where it had said "the scenario has 2
     * problems" though one was the --param's.
     */
    @Test
    void problemsWithASetAndAParamNameBoth() {
        CliHarness.Result r = CliHarness.run("sweep", "regional-phased", "--set", "program.targetWeek=250", "--param",
                "program.horizonWeeks=200:300:100", "--runs", "10", "-q", "--out", tmp.resolve("both").toString());
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("--set program.targetWeek=250: "), lines.toString());
        assertTrue(lines.get(1).startsWith("--param program.horizonWeeks=200:300:100, at value 200 of its grid: "), lines.toString());
        assertEquals("rollout: error: --set program.targetWeek=250 and --param program.horizonWeeks=200:300:100 have 2"
                + " problems (above)", lines.get(lines.size() - 1));
        assertFalse(r.err().contains("the scenario has"), r.err());
    }

    /** Three inputs at once: every combination is a point, and the table names all three values. */
    @Test
    void sweepTakesMoreThanTwoInputsUpToItsLimits() throws IOException {
        Path out = tmp.resolve("sweep3");
        CliHarness.Result r = CliHarness.run("sweep", "regional-phased", "--param",
                "governance.customizationApproval=0:1:1", "--param", "strategy.waves=4:6:2", "--param",
                "team.staff.fte=150:200:50", "--runs", "10", "-q", "--format", "csv,html", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(9, rows.size(), "a header and 2 x 2 x 2 points: " + rows);
        assertTrue(rows.get(0).startsWith("governance.customizationApproval,strategy.waves,team.staff.fte,"), rows.get(0));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Strategy waves = 6, Team staff fte = 200"),
                "the charts group points by the inputs after the first, named as the headings name them");
        String seven = "governance.customizationApproval=0:1:1";
        CliHarness.Result tooMany = CliHarness.run("sweep", "regional-phased", "--param", seven, "--param", seven,
                "--param", seven, "--param", seven, "--param", seven, "--param", seven, "--param", seven);
        assertEquals(2, tooMany.exitCode());
        assertTrue(tooMany.err().contains("from 1 to 6 --param, not 7"), tooMany.err());
        CliHarness.Result tooBig = CliHarness.run("sweep", "regional-phased", "--param",
                "governance.customizationApproval=0:1:0.01", "--param", "strategy.waves=1:25:1");
        assertEquals(2, tooBig.exitCode());
        assertTrue(tooBig.err().contains("the grid has 2525 points; at most 2500"), tooBig.err());
    }

    /**
     * A plan whose last go-live and command centre's minimum stay end after its own target runs, with a
     * warning on stderr (not under -q) and at the top of the report's summary; a sweep warns once,
     * naming the grid points. regional-phased's last go-live is in week 170, its target week 190.
     */
    @Test
    void aPlanThatCannotMeetItsOwnTargetIsWarnedAbout() throws Exception {
        String warning = "the plan cannot meet its own target: its last go-live (wave ";
        CliHarness.Result fine = CliHarness.run("run", "regional-phased", "--runs", "10", "--format", "json",
                "--out", tmp.resolve("fine").toString());
        assertEquals(0, fine.exitCode(), fine.err());
        assertFalse(fine.err().contains(warning), fine.err());

        CliHarness.Result late = CliHarness.run("run", "regional-phased", "--runs", "10", "--format", "html",
                "--out", tmp.resolve("late").toString(), "--set", "program.targetWeek=150");
        assertEquals(0, late.exitCode(), late.err());
        assertTrue(late.err().contains("rollout: warning: Regional system, six waves: " + warning), late.err());
        String html = Files.readString(tmp.resolve("late/report.html"));
        assertTrue(html.contains("<h2>Summary</h2>\n<p>Warning: " + warning), "first in the summary");

        CliHarness.Result quiet = CliHarness.run("run", "regional-phased", "--runs", "10", "-q", "--format", "json",
                "--out", tmp.resolve("quiet").toString(), "--set", "program.targetWeek=150");
        assertEquals("", quiet.err());

        CliHarness.Result sweep = CliHarness.run("sweep", "regional-phased", "--param", "program.targetWeek=150:190:40",
                "--runs", "10", "--out", tmp.resolve("sweep-warn").toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.err().contains("rollout: warning: at 1 of 2 grid points (program.targetWeek=150) " + warning),
                sweep.err());
        // every point keeps the default test exit, on its knife edge: advice validate gives, not a warning
        assertFalse(sweep.err().contains("knife edge"), sweep.err());
    }

    /**
     * A warning that the variants of a comparison share (here a mitigation more likely than its risk,
     * set for all of them) is printed once, after all their names, where it was printed once per
     * variant; one that only some share names those.
     */
    @Test
    void aWarningTheComparedScenariosShareIsPrintedOnce() throws Exception {
        String likelier = "risk vendor-upgrade: its mitigation makes it more likely, not less";
        String mitigation = "risks.vendor-upgrade.mitigation={probability: 0.9}";
        CliHarness.Result all = CliHarness.run("compare", "big-bang-vs-phased", "--runs", "10", "--format", "json",
                "--out", tmp.resolve("all").toString(), "--set", mitigation);
        assertEquals(0, all.exitCode(), all.err());
        List<String> warned = all.err().lines().filter(l -> l.contains(likelier)).toList();
        assertEquals(1, warned.size(), all.err());
        assertTrue(warned.get(0).startsWith("rollout: warning: phased, big-bang and phased-with-embedding: " + likelier),
                warned.get(0));
        assertFalse(all.err().contains("knife edge"), "advice is validate's, not a warning: " + all.err());

        // the mitigation written into the phased scenario alone: the warning names it alone
        String phased;
        try (var in = RolloutCommandTest.class.getResourceAsStream("/scenarios/regional-phased.yaml")) {
            phased = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path mitigated = Files.writeString(tmp.resolve("mitigated.yaml"), phased.replace("  - id: vendor-upgrade\n",
                "  - id: vendor-upgrade\n    mitigation: {probability: 0.9}\n"));
        CliHarness.Result some = CliHarness.run("compare", mitigated.toString(), "regional-big-bang", "--runs", "10",
                "--format", "json", "--out", tmp.resolve("some").toString());
        assertEquals(0, some.exitCode(), some.err());
        List<String> named = some.err().lines().filter(l -> l.contains(likelier)).toList();
        assertEquals(1, named.size(), some.err());
        assertTrue(named.get(0).startsWith("rollout: warning: Regional system, six waves: " + likelier), named.get(0));
    }

    /**
     * validate says what run warns of, and the advice run does not give: the bundled scenario is
     * valid, warned of nothing, and told of its test exit on a knife edge, as a note.
     */
    @Test
    void validateGivesPlanWarningsAndNotes() throws Exception {
        CliHarness.Result bundled = CliHarness.run("validate", "regional-phased");
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertEquals("regional-phased: valid", bundled.out().strip());
        List<String> said = bundled.err().lines().toList();
        assertEquals(1, said.size(), bundled.err());
        assertTrue(said.get(0).startsWith("rollout: note: Regional system, six waves: the test exit is on a knife edge: "),
                bundled.err());

        String phased;
        try (var in = RolloutCommandTest.class.getResourceAsStream("/scenarios/regional-phased.yaml")) {
            phased = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path late = Files.writeString(tmp.resolve("late.yaml"), phased.replaceFirst("targetWeek: \\d+", "targetWeek: 150"));
        CliHarness.Result warned = CliHarness.run("validate", late.toString());
        assertEquals(0, warned.exitCode(), "a warning is no problem: " + warned.err());
        assertTrue(warned.err().contains("rollout: warning: Regional system, six waves: the plan cannot meet its own"
                + " target"), warned.err());

        CliHarness.Result quiet = CliHarness.run("validate", "-q", late.toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.out() + quiet.err());
    }

    /**
     * A target in the horizon's own week is refused (exit 2, naming the field), from --set and at a
     * sweep's grid point alike: a run not finished by the horizon might finish in that week, on time.
     */
    @Test
    void aTargetInTheHorizonsWeekIsRefusedFromSetAndSweep() {
        CliHarness.Result set = CliHarness.run("run", "regional-phased", "--runs", "10", "-q", "--out",
                tmp.resolve("set").toString(), "--set", "program.horizonWeeks=212", "--set", "program.targetWeek=212");
        assertEquals(2, set.exitCode(), set.err());
        assertTrue(set.err().contains("program.targetWeek") && set.err().contains("horizon must come after the target"),
                set.err());
        CliHarness.Result sweep = CliHarness.run("sweep", "regional-phased", "--set", "program.horizonWeeks=240",
                "--param", "program.targetWeek=230:240:10", "--runs", "10", "-q", "--out", tmp.resolve("sweep").toString());
        assertEquals(2, sweep.exitCode(), sweep.err());
        assertTrue(sweep.err().contains("--param program.targetWeek=230:240:10, at value 240 of its grid: ")
                && sweep.err().contains("horizon must come after the target"), sweep.err());
    }

    /**
     * A sweep of the target week: each point's chance on time is against its own target, and the
     * report shows each target beside it; the hash it gives is the base's (scenario.canonical.json),
     * not the first point's passed off as every point's.
     */
    @Test
    void aSweepOfTheTargetJudgesEachPointByItsOwn() throws Exception {
        Path out = tmp.resolve("sweep-target");
        CliHarness.Result r = CliHarness.run("sweep", "regional-phased", "--param", "program.targetWeek=150:250:100",
                "--runs", "40", "-q", "--format", "html,json", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var points = json.readTree(out.resolve("sweep.json").toFile()).get("points");
        assertEquals(0.0, points.get(0).get("onTime").asDouble(), "no run of 40 finishes by week 150");
        assertTrue(points.get(1).get("onTime").asDouble() > 0.5, "most finish by week 250: " + points.get(1));
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("Target date: 19 November 2029"), "the first point's target is not every point's");
        assertTrue(html.contains("data-label=\"Target date\">19\u00a0Nov\u00a02029</td>")
                && html.contains("data-label=\"Target date\">20\u00a0Oct\u00a02031</td>"), "each point's target in the table");
        String base = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(out.resolve("scenario.canonical.json"))));
        assertTrue(html.contains("<dt>Base scenario hash</dt><dd>" + base + "</dd>"), "the base's hash, said to be");
        for (var point : json.readTree(out.resolve("run.json").toFile()).at("/sweep/points")) {
            String hash = point.get("contentHash").asText();
            assertFalse(hash.equals(base) || html.contains("<dd>" + hash + "</dd>"),
                    "a point's hash is not given as the scenario's: " + point);
        }
    }

    @Test
    void versionNamesTheBuild() {
        CliHarness.Result r = CliHarness.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("rollout-sim "), r.out());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
