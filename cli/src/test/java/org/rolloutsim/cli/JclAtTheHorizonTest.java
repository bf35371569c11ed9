package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The JCL 70 point when the horizon cuts runs short. With a horizon at the P80 completion of a long
 * batch, fewer runs finish than the JCL's marginal quantile takes in, so its week is the horizon: the
 * report's sentence dates it "or later", as the workbook does, and the joint chart's caption speaks of
 * its green dashed lines only when the chart draws them. With a horizon at the P50, fewer than 7 in
 * 10 runs finish and there is no JCL 70: the report and the workbook's two JCL rows say why.
 */
class JclAtTheHorizonTest {
    private static final int TARGET_WEEK = 50;
    private static final WeekCalendar CALENDAR = TinyClinic.CALENDAR;

    @TempDir
    Path tmp;

    private Path run(int horizon, String formats) throws IOException {
        Path scenario = tmp.resolve("tiny-" + horizon + ".yaml");
        TinyClinic.write(scenario, TARGET_WEEK, horizon);
        Path out = tmp.resolve("out-" + horizon);
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--runs", "1000", "--seed", "7", "-q",
                "--format", formats, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    /** The long batch's completion week at share {@code q} of its sorted runs. */
    private int completionAt(double q) throws IOException {
        Path out = run(520, "csv");
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("completionWeek");
        float[] weeks = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            weeks[i - 1] = Float.parseFloat(lines.get(i).split(",")[column]);
        }
        Arrays.sort(weeks);
        return (int) weeks[(int) (q * weeks.length)];
    }

    private static List<Row> summarySheet(Path xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            return workbook.findSheet("Summary").orElseThrow().read();
        }
    }

    private static Row row(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow();
    }

    @Test
    void aJclAtTheHorizonIsDatedOrLaterAndTheCaptionNamesOnlyLinesDrawn() throws IOException {
        int horizon = completionAt(0.8);
        Path out = run(horizon, "json,html,xlsx,svg");
        JsonNode jcl = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("jclDateAndCost");
        assertEquals(horizon, jcl.get("week").asDouble(), "the shape of the defect: JCL 70 at the horizon " + jcl);
        String html = Files.readString(out.resolve("report.html"));
        String svg = Files.readString(out.resolve("charts/joint-confidence.svg"));
        boolean drawn = svg.contains("JCL 70");
        assertEquals(drawn, html.contains("Green dashed lines: the JCL 70 point"),
                "the caption speaks of the lines exactly when the chart draws them (drawn: " + drawn + ")");
        String orLater = CALENDAR.shortDate(horizon) + " or later";
        assertTrue(html.contains("7 in 10 runs meet " + orLater + " and "), "the report's sentence: " + orLater);
        assertTrue(row(summarySheet(out.resolve("results.xlsx")), "Completion at 70% joint confidence (week)")
                .getCell(2).getDataFormatString().contains("or later"), "the workbook says so too");
        if (!drawn) {
            assertTrue(html.contains("The JCL 70 point (" + orLater), "and says where the point is");
        }
    }

    @Test
    void noJclIsExplainedInTheReportAndTheWorkbook() throws IOException {
        int horizon = completionAt(0.5);
        Path out = run(horizon, "json,html,xlsx,svg");
        JsonNode jcl = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("jclDateAndCost");
        assertTrue(jcl.get("week").isNull(), "no JCL 70 with half the runs unfinished: " + jcl);
        List<Row> rows = summarySheet(out.resolve("results.xlsx"));
        for (String label : List.of("Completion at 70% joint confidence (week)", "Programme cost at 70% joint confidence")) {
            assertEquals("not reached: fewer than 70% of runs finish by the horizon", row(rows, label).getCellText(1), label);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("no date and cost are met together by 7 in 10 runs (JCL 70), as fewer than 7 in 10"
                + " finish by the horizon"), "the report says why");
        assertFalse(html.contains("Green dashed lines"), "no lines to speak of");
    }
}
