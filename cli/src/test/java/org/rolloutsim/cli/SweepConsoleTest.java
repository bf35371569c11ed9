package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.data.Unit;

/** What a sweep prints and writes about runs not finished by the horizon. */
class SweepConsoleTest {

    /** One site, one small team: with 2 people a quarter of runs are still going at week 520. */
    private static final String TINY = """
            name: Tiny clinic
            program: {budget: 2.0e6, targetWeek: 60}
            team: {staff: {fte: 3, weeklyCost: 2000}}
            modules: [{id: ambulatory, workflows: 20}]
            sites: [{id: clinic, users: 40}]
            strategy: {kind: big-bang, goLiveWeek: 40}
            practices: {prepWeeks: 30}
            """;

    @TempDir
    Path tmp;

    private Path tiny() throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, TINY);
        return file;
    }

    /**
     * The QA case: fte 2 of the tiny clinic, where 24% of runs had not finished by the horizon (22
     * December 2036). Its P80 completion is "after" that date and its P80 cost "at least", in the
     * console as in {@code rollout run}; the share of unfinished runs is in every output; sweep.json
     * (three inputs here) is valid against its schema. The console gave the horizon's date as P80
     * completion and an exact cost, and no output said that runs were cut off.
     */
    @Test
    void runsNotFinishedByTheHorizonAreSaidSoInEveryOutput() throws Exception {
        Path out = tmp.resolve("sweep");
        CliHarness.Result r = CliHarness.run("sweep", tiny().toString(), "--param", "team.staff.fte=2:3:1",
                "--param", "program.budget=2e6:2e6:1", "--param", "program.targetWeek=60:60:1", "--runs", "1000",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> console = r.out().lines().toList();
        assertTrue(console.get(0).matches(".*JCL +not finished"), console.get(0));
        String two = console.get(1);
        String three = console.get(2);
        assertTrue(two.contains("after 22 Dec 2036") && two.contains("at least $"), two);
        assertFalse(two.replace("after 22 Dec 2036", "").contains("22 Dec 2036"), "the horizon is no P80: " + two);
        assertFalse(three.contains("after") || three.contains("at least"), "fte 3's P80 is a date: " + three);
        assertTrue(r.out().contains("not finished: share of runs not finished by the horizon (22 Dec 2036)"), r.out());

        Path folder;
        try (var folders = Files.list(out.resolve("points"))) {
            folder = folders.filter(f -> f.getFileName().toString().startsWith("team.staff.fte-2")).findFirst().orElseThrow();
        }
        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        long censored = summary.at("/metrics/completionWeek/censored").asLong();
        assertTrue(censored > 200, "a fifth of runs or more are unfinished, so P80 is among them: " + censored);
        assertTrue(two.contains(" " + Math.round(censored / 10.0) + "%"), "the share in the row: " + two);
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(csv.get(0).endsWith(",jcl,unfinished,horizonWeek"), csv.get(0));
        assertTrue(csv.get(1).endsWith("," + Unit.SHARE.cell(censored / 1000.0) + ",520"), csv.get(1));

        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        Set<ValidationMessage> problems = schema("sweep.schema.json").validate(sweep);
        assertTrue(problems.isEmpty(), "three inputs, unfinished runs: " + problems);
        JsonNode point = sweep.at("/points/0");
        assertEquals(censored / 1000.0, point.get("unfinished").asDouble());
        assertEquals(520, point.get("horizonWeek").asInt());
        assertEquals(520, point.get("p80Completion").asInt(), "the figure as computed, which horizonWeek explains");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(">after 22 Dec 2036</td>") && html.contains(">at least $"), "the table says so too");
        assertTrue(html.contains("had not finished by the end of the simulated horizon, 22 December 2036"), "a note");
        assertTrue(html.contains("<th scope=\"col\">Not finished</th>"), "a column");
    }

    private static com.networknt.schema.JsonSchema schema(String name) throws IOException {
        try (InputStream in = Unit.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
