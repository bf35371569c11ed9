package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * A run not finished by a horizon of H weeks ran weeks 0 to H-1; the same run with a longer horizon
 * may finish in week H, which is dated as any completion in week H is. What a batch with the short
 * horizon says of its unfinished runs must hold for such a run: run the same seed twice, with a long
 * horizon and with H the P70 completion of the long batch (so some runs finish exactly in week H and
 * P80 is among the unfinished), and read every date the short batch's console, report and board pack
 * put after "after", "by", "before" or before "or later", and those of a comparison and a sweep
 * with that horizon. They said "after" and "not finished by" the date of week H, which the runs
 * finishing in week H contradict.
 */
class HorizonDateTest {
    private static final int TARGET_WEEK = 60;
    private static final WeekCalendar CALENDAR = TinyClinic.CALENDAR;
    private static final String DATE = "(\\d{1,2} [A-Z][a-z]+ \\d{4})";
    /** A date as a bound: "after D", "by D", "before D", "D or later". */
    private static final Pattern BOUND = Pattern.compile("\\b(after|by|before) " + DATE + "|" + DATE + " or later");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @TempDir
    Path tmp;

    private record Batch(String console, Path out, float[] completion) {
    }

    private Batch run(int horizon, String formats) throws IOException {
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        TinyClinic.write(scenario, TARGET_WEEK, horizon);
        Path out = tmp.resolve("out-" + horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "400", "--seed", "11",
                "--format", formats, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("completionWeek");
        float[] weeks = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            weeks[i - 1] = Float.parseFloat(lines.get(i).split(",")[column]);
        }
        return new Batch(r.out(), out, weeks);
    }

    @Test
    void whatIsSaidOfRunsNotFinishedByTheHorizonHoldsForThoseThatFinishInItsWeek() throws IOException {
        Batch full = run(520, "csv");
        float[] sorted = full.completion().clone();
        Arrays.sort(sorted);
        int horizon = (int) sorted[(int) (0.7 * sorted.length)];
        Batch cut = run(horizon, "csv,html,pdf");

        // the same runs: those that finished before week H as they did, the rest not finished by then,
        // some of which finish exactly in week H given the time
        int inTheHorizonsWeek = 0;
        for (int i = 0; i < full.completion().length; i++) {
            float w = full.completion()[i];
            assertEquals(w < horizon ? w : horizon, cut.completion()[i], "run " + i);
            inTheHorizonsWeek += w == horizon ? 1 : 0;
        }
        assertTrue(inTheHorizonsWeek > 0, "some runs finish in week " + horizon);
        LocalDate first = CALENDAR.date(horizon); // the earliest an unfinished run can finish
        assertTrue(cut.console().contains("P80 " + CALENDAR.longDate(horizon) + " or later"), cut.console());

        String pdf;
        try (PDDocument document = Loader.loadPDF(cut.out().resolve("board-pack.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        List<String> checked = new ArrayList<>();
        for (String said : List.of(cut.console(), words(cut.out().resolve("report.html")), pdf)) {
            check(said, first, checked);
        }
        assertTrue(checked.stream().anyMatch(s -> s.endsWith(" or later") && s.contains(CALENDAR.shortDate(horizon))),
                "the report's P80 is the horizon's date or later: " + checked);
        assertTrue(checked.stream().anyMatch(s -> s.startsWith("before " + CALENDAR.longDate(horizon))),
                "the report says which runs had not finished: " + checked);

        // a comparison's verdict and a sweep's table say the same of those runs, with a smaller team too
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        Path small = tmp.resolve("tiny-small.yaml");
        Files.writeString(small, TinyClinic.yaml(TARGET_WEEK, horizon).replace("name: Tiny clinic", "name: Tiny, small team")
                .replace("fte: 3,", "fte: 2,"));
        CliHarness.Result compare = CliHarness.run("compare", scenario.toString(), small.toString(), "--runs", "400",
                "--seed", "11", "--out", tmp.resolve("compare").toString());
        assertEquals(0, compare.exitCode(), compare.err());
        CliHarness.Result sweep = CliHarness.run("sweep", scenario.toString(), "--param", "team.staff.fte=2:3:1",
                "--runs", "400", "--seed", "11", "--out", tmp.resolve("sweep").toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        List<String> more = new ArrayList<>();
        for (String said : List.of(compare.out(), words(tmp.resolve("compare/report.html")), sweep.out(),
                words(tmp.resolve("sweep/report.html")))) {
            check(said, first, more);
        }
        assertTrue(more.stream().anyMatch(s -> s.startsWith("before " + CALENDAR.longDate(horizon))),
                "the verdict says which option does not finish: " + more);
    }

    /**
     * The console's line on runs the horizon cut short says they had not finished before the horizon
     * and names its date, as the report does: not "by" the horizon, whose own week such a run may
     * finish in.
     */
    @Test
    void theConsoleSaysUnfinishedRunsHadNotFinishedBeforeTheHorizon() throws IOException {
        int horizon = 64;
        Path scenario = tmp.resolve("tiny-console.yaml");
        TinyClinic.write(scenario, TARGET_WEEK, horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "100", "--seed", "11",
                "--format", "csv", "--out", tmp.resolve("out-console").toString());
        assertEquals(0, r.exitCode(), r.err());
        Pattern line = Pattern.compile("  (\\S+) of runs had not finished before the horizon \\("
                + Pattern.quote(CALENDAR.longDate(horizon)) + ", week " + horizon + "\\); their costs count only to then");
        assertTrue(r.out().lines().anyMatch(l -> line.matcher(l).matches()), r.out());
        assertFalse(r.out().contains("by the horizon"), r.out());
    }

    /** A report's words, its charts (inline SVG) included; its dates hold no entity. */
    private static String words(Path html) throws IOException {
        return Files.readString(html).replaceAll("(?s)<(style|script)\\b.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
    }

    /**
     * Every date said as a bound in {@code said} holds for a run not finished by the horizon that
     * finishes on {@code first}, the date of the horizon's week; each bound read is added to {@code checked}.
     */
    private static void check(String said, LocalDate first, List<String> checked) {
        Matcher m = BOUND.matcher(said.replaceAll("[\\s\\u00a0]+", " "));
        while (m.find()) {
            String word = m.group(1);
            LocalDate date = parse(word == null ? m.group(3) : m.group(2));
            checked.add(m.group());
            if (word == null || word.equals("before")) {
                // "D or later", "not finished before D": true of a run that finishes in week H
                assertFalse(date.isAfter(first), m.group() + ": a run finishes on " + first);
            } else {
                // "after D", "by D": only of runs finished within weeks 0 to H-1, dated before H
                assertTrue(date.isBefore(first), m.group() + ": a run not finished by the horizon may finish on "
                        + first);
            }
        }
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date, LONG);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.parse(date, SHORT);
        }
    }
}
