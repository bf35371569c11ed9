package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * Under {@code governance.response: full} reviews defer late waves' modules to a follow-on wave the
 * plan does not list (docs/model.md 12.4): the report's wave table has a row for it, over the runs
 * that gave it work, checked here against runs.csv (regional-phased, seed 20261125, 200 runs).
 */
class AddedWavesTest {

    @TempDir
    Path tmp;

    private static final WeekCalendar CALENDAR = new WeekCalendar(LocalDate.of(2027, 1, 4));

    @Test
    void theFollowOnWaveHasARowOverTheRunsThatGaveItWork() throws IOException {
        Path out = tmp.resolve("full");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--set", "governance.response=full", "--runs", "200",
                "-q", "--format", "html,csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int deferred = header.indexOf("modulesDeferred");
        int goLive = header.indexOf("waves.follow-on.goLiveWeek");
        assertTrue(deferred > 0 && goLive > 0, "runs.csv has the follow-on wave's columns");
        List<Double> weeks = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (Double.parseDouble(cells[deferred]) > 0) {
                weeks.add(Double.parseDouble(cells[goLive]));
            }
        }
        assertTrue(weeks.size() > 20 && weeks.size() < 180, "some runs defer a module, not all: " + weeks.size());
        weeks.sort(null);
        double median = weeks.get((int) Math.ceil(0.5 * weeks.size()) - 1); // nearest rank, as the report's P50
        String html = Files.readString(out.resolve("report.html"));
        String row = "<th scope=\"row\">follow-on</th><td data-label=\"Sites\">deferred modules, in "
                + Percent.format(weeks.size() / 200.0) + " of runs</td>";
        assertTrue(html.contains(row), "the follow-on wave's row, with the share of runs that deferred a module");
        String rest = html.substring(html.indexOf(row));
        assertTrue(rest.substring(0, rest.indexOf("</tr>")).contains("<td data-label=\"P50\">"
                + CALENDAR.shortDate(median) + "</td>"), "its median go-live over those runs: " + CALENDAR.shortDate(median));
        assertTrue(html.contains("A follow-on wave is added by programme reviews"), "and the note saying so");
    }

    /**
     * With the horizon at week 220, a third of the runs that defer a module plan the follow-on wave past
     * it and end before it goes live: runs.csv writes its baseline as the horizon and its slip as 0,
     * yet whether it slipped is not known. The chance of slipping is then a range, from the runs known
     * to have slipped to those and the runs that cannot tell, not the first alone as if the others
     * were on time.
     */
    @Test
    void aFollowOnWavePlannedPastTheHorizonMakesItsChanceOfSlippingARange() throws IOException {
        Path out = tmp.resolve("short");
        int horizon = 220;
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--set", "governance.response=full", "--set",
                "program.horizonWeeks=" + horizon, "--runs", "200", "-q", "--format", "html,csv", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int deferred = header.indexOf("modulesDeferred");
        int baseline = header.indexOf("waves.follow-on.baselineGoLiveWeek");
        int goLive = header.indexOf("waves.follow-on.goLiveWeek");
        int slip = header.indexOf("waves.follow-on.slipWeeks");
        int used = 0;
        int slipped = 0;
        int notKnown = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (Double.parseDouble(cells[deferred]) == 0) {
                continue;
            }
            used++;
            if (Double.parseDouble(cells[baseline]) >= horizon && Double.parseDouble(cells[goLive]) >= horizon) {
                assertEquals(0, Double.parseDouble(cells[slip]), "runs.csv: planned past the horizon, no slip within it");
                notKnown++;
            } else if (Double.parseDouble(cells[slip]) > 0) {
                slipped++;
            }
        }
        assertTrue(notKnown > 10 && slipped > 10 && used > slipped + notKnown,
                "some runs slipped, some cannot tell, some did not slip: " + slipped + ", " + notKnown + " of " + used);
        String html = Files.readString(out.resolve("report.html"));
        String row = html.substring(html.indexOf("<th scope=\"row\">follow-on</th>"));
        String chance = Percent.format(slipped / (double) used) + " to " + Percent.format((slipped + notKnown) / (double) used);
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("<td data-label=\"Chance of slipping\">" + chance
                + "</td>"), "the follow-on wave's chance of slipping reads " + chance + ": "
                + row.substring(0, row.indexOf("</tr>")));
        assertTrue(html.contains("whether it slipped is not known"), "and the note saying why");
    }

    @Test
    void aPlanWithoutResponsesHasNoAddedWave() throws IOException {
        Path out = tmp.resolve("standard");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--runs", "100", "-q", "--format", "html",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("follow-on"), "no follow-on wave under response: standard");
        assertTrue(html.contains("<th scope=\"row\">w6</th>"));
    }
}
