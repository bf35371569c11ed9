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
