package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}: the workbook, opened with a spreadsheet reader, says what summary.json says. */
class WorkbookTest {
    private static final int RUNS = 150;

    @TempDir
    static Path tmp;
    private static JsonNode summary;
    private static Map<String, List<Row>> sheets;
    private static java.util.Collection<String> formats;

    @BeforeAll
    static void runWithXlsx() throws IOException {
        CliHarness.Result r = CliHarness.run("run", "--runs", "" + RUNS, "-q", "--format", "json,csv,xlsx",
                "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        summary = new ObjectMapper().readTree(Files.readString(tmp.resolve("out/summary.json")));
        sheets = read(tmp.resolve("out/results.xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(tmp.resolve("out/results.xlsx").toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            formats = workbook.getNumFmtIdToFormat().values();
        }
    }

    /** Every sheet of a workbook by name, with the cells' number formats. */
    private static Map<String, List<Row>> read(Path xlsx) throws IOException {
        Map<String, List<Row>> read = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (var sheet : workbook.getSheets().toList()) {
                read.put(sheet.getName(), sheet.read());
            }
        }
        return read;
    }

    /** The summary row whose first cell reads {@code label}. */
    private static Row summaryRow(String label) {
        return sheets.get("Summary").stream().filter(r -> label.equals(r.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static double number(Row row, int column) {
        return row.getCellAsNumber(column).map(BigDecimal::doubleValue).orElseThrow();
    }

    @Test
    void hasTheFiveSheets() {
        assertEquals(java.util.Set.of("Summary", "P-values", "Waves", "Runs", "Weekly"), sheets.keySet());
    }

    @Test
    void summaryHasTheHeadlineNumbersWithDatesAndCurrency() {
        Row p80 = summaryRow("P80 completion (week)");
        assertEquals(summary.at("/metrics/completionWeek/p80").asDouble(), number(p80, 1));
        assertEquals(LocalDate.parse(summary.at("/metrics/completionWeek/dates/p80").asText()),
                p80.getCellAsDate(2).orElseThrow().toLocalDate());
        Row cost = summaryRow("P80 programme cost");
        assertEquals("#,##0 \"USD\"", cost.getCell(1).getDataFormatString());
        assertEquals(summary.at("/metrics/programCost/p80").asDouble(), number(cost, 1));
        assertEquals("USD", cost.getCellText(3));
        assertTrue(formats.contains("#,##0 \"USD\""), "amounts show their currency: " + formats);
        assertTrue(formats.contains("yyyy-mm-dd") && formats.contains("0.0%"), formats.toString());
        assertEquals(summary.at("/probabilities/onTime").asDouble(), number(summaryRow("Chance on time"), 1));
        assertEquals(summary.at("/probabilities/jcl").asDouble(), number(summaryRow("Chance of both (JCL)"), 1));
        assertEquals(LocalDate.parse(summary.at("/targets/targetDate").asText()),
                summaryRow("Target completion (week)").getCellAsDate(2).orElseThrow().toLocalDate());
        assertEquals(LocalDate.parse(summary.get("programStart").asText()),
                summaryRow("Programme start (week 0)").getCellAsDate(1).orElseThrow().toLocalDate());
    }

    /**
     * The Summary's chances read as whole percentages, as the report, the console and the board pack give
     * them ("31%", "&lt;1%"): the chance on time had read "31.4%" beside "56% to 62%" on budget.
     */
    @Test
    void summaryChancesAreWholePercentagesAsTheReportGivesThem() {
        for (String label : List.of("Chance on time", "Chance of both (JCL)")) {
            Row row = summaryRow(label);
            String shown = org.rolloutsim.report.view.Percent.format(number(row, 1));
            String format = row.getCell(1).getDataFormatString();
            assertEquals(shown.startsWith("<") || shown.startsWith(">") ? "\"" + shown + "\"" : "0%", format,
                    label + " reads " + shown + " in the report");
        }
    }

    /**
     * The same scenario and seed give the same workbook, byte for byte: it used to carry the time it
     * was written (docProps/core.xml), so two runs a moment apart differed.
     */
    @Test
    void aRerunWritesTheSameBytes() throws IOException {
        byte[][] written = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve("again-" + i);
            CliHarness.Result r = CliHarness.run("run", "--runs", "" + RUNS, "-q", "--format", "xlsx", "--out",
                    out.toString());
            assertEquals(0, r.exitCode(), r.err());
            written[i] = Files.readAllBytes(out.resolve("results.xlsx"));
            try (java.util.stream.Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(".rollout-output", "results.xlsx", "run.json", "scenario.canonical.json"),
                        files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing left beside it");
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(written[0], written[1]);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.resolve("again-0/results.xlsx").toFile())) {
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(core.contains("<dc:creator>rollout-sim</dc:creator>") && !core.contains("dcterms:created"), core);
            zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(),
                    e.getName()));
        }
    }

    @Test
    void percentilesMatchSummaryJsonForEveryMetric() {
        List<Row> rows = sheets.get("P-values");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        int compared = 0;
        for (Row row : rows.subList(1, rows.size())) {
            JsonNode metric = summary.at("/metrics/" + row.getCellText(0).replace("/", "~1"));
            assertTrue(metric.isObject(), row.getCellText(0));
            for (String level : List.of("Mean", "P5", "P10", "P20", "P50", "P80", "P90", "P95")) {
                JsonNode expected = metric.get(level.toLowerCase(java.util.Locale.ROOT));
                if (!expected.isNull()) {
                    assertEquals(expected.asDouble(), number(row, header.indexOf(level)), row.getCellText(0) + " " + level);
                    compared++;
                }
            }
        }
        assertEquals(summary.get("metrics").size(), rows.size() - 1, "a row per metric");
        assertTrue(compared > 100, "compared " + compared);
    }

    /**
     * A mean on the P-values sheet shows what the report would say: a count's with decimals, a 0/1
     * output's as the share of runs it happened in. Format "0" had shown a censored share of 0.392 as 0
     * and 1.129 replans as 1.
     */
    @Test
    void meansOfCountsAndFlagsShowTheirFractions() {
        List<Row> rows = sheets.get("P-values");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        int mean = header.indexOf("Mean");
        int counts = 0;
        int flags = 0;
        for (Row row : rows.subList(1, rows.size())) {
            String unit = row.getCellText(header.indexOf("Unit"));
            if (row.getCell(mean) == null || row.getCell(mean).getValue() == null) {
                continue;
            }
            String format = row.getCell(mean).getDataFormatString();
            if (unit.equals("count")) {
                assertEquals("0.0#", format, row.getCellText(0));
                counts++;
            } else if (unit.equals("0/1")) {
                String shown = org.rolloutsim.report.view.Percent.format(number(row, mean));
                assertEquals(shown.startsWith("<") || shown.startsWith(">") ? "\"" + shown + "\"" : "0%", format,
                        row.getCellText(0) + " reads " + shown);
                flags++;
            }
        }
        assertTrue(counts > 5 && flags > 0, counts + " counts, " + flags + " flags");
    }

    /** The format {@code share} is shown in, as the report writes a chance: "0%", or "<1%"/">99%" as text. */
    private static String wholePercentFormat(double share) {
        String shown = org.rolloutsim.report.view.Percent.format(share);
        return shown.startsWith("<") || shown.startsWith(">") ? "\"" + shown + "\"" : "0%";
    }

    /**
     * A share output's numbers on the P-values sheet (peak fatigue, lowest integrity) and each wave's
     * chance of slip are whole percentages, as the report gives every chance: they had read "37.4%".
     * The cells stay numbers.
     */
    @Test
    void sharesOnThePValuesAndWavesSheetsAreWholePercentages() {
        List<Row> rows = sheets.get("P-values");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        int shares = 0;
        for (Row row : rows.subList(1, rows.size())) {
            if (!row.getCellText(header.indexOf("Unit")).equals("share 0-1")) {
                continue;
            }
            for (String level : List.of("Mean", "Min", "P5", "P50", "P95", "Max")) {
                org.dhatim.fastexcel.reader.Cell cell = row.getCell(header.indexOf(level));
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, cell.getType(), row.getCellText(0) + " " + level);
                assertEquals(wholePercentFormat(number(row, header.indexOf(level))), cell.getDataFormatString(),
                        row.getCellText(0) + " " + level);
                shares++;
            }
        }
        assertTrue(shares >= 18, "peak and mean fatigue and lowest integrity: " + shares);
        List<Row> waves = sheets.get("Waves");
        int slip = waves.get(0).stream().map(c -> c.getText()).toList().indexOf("Chance of slip");
        for (Row wave : waves.subList(1, waves.size())) {
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, wave.getCell(slip).getType(), wave.getCellText(0));
            assertEquals(wholePercentFormat(number(wave, slip)), wave.getCell(slip).getDataFormatString(),
                    wave.getCellText(0));
        }
    }

    @Test
    void runsSheetHoldsEveryRunAsRunsCsvDoes() throws IOException {
        List<Row> rows = sheets.get("Runs");
        List<String> csv = Files.readAllLines(tmp.resolve("out/runs.csv"));
        assertEquals(RUNS + 1, rows.size());
        assertEquals(csv.get(0), String.join(",", rows.get(0).stream().map(c -> c.getText()).toList()));
        String[] header = csv.get(0).split(",");
        for (int r = 1; r <= RUNS; r += 37) {
            String[] cells = csv.get(r).split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                double expected = Double.parseDouble(cells[c]);
                // The workbook has the values the statistics kept: doubles for completion and programme
                // cost, single precision (7 digits) for other continuous columns; runs.csv has them in full.
                double tolerance = 1e-6 * Math.abs(expected);
                assertEquals(expected, number(rows.get(r), c), tolerance, header[c] + " of run " + (r - 1));
            }
        }
    }

    /** The run count is a number; the seed stays text, as a 64-bit seed has more digits than a spreadsheet keeps. */
    @Test
    void summaryGivesTheRunCountAsANumberAndTheSeedAsText() {
        Row runs = summaryRow("Runs");
        assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, runs.getCell(1).getType(), "the run count is a number");
        assertEquals(RUNS, number(runs, 1));
        Row seed = summaryRow("Seed");
        assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, seed.getCell(1).getType());
        assertEquals(summary.get("seed").asText(), seed.getCellText(1));
    }

    /**
     * Every value of the runs sheet is a number shown in its unit's format: amounts with their
     * currency, chances as percentages. The format was set on the columns only, which a spreadsheet
     * gives to cells typed in later, so the written cells showed in the general format.
     */
    @Test
    void runsAndWeeklySheetsShowEachNumberInItsUnitsFormat() {
        List<Row> rows = sheets.get("Runs");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        Map<String, String> expected = Map.of("completionWeek", "0", "censored", "0", "programCost", "#,##0 \"USD\"",
                "cost.team", "#,##0 \"USD\"", "peakFatigue", "0.0%", "leavers", "0");
        for (Row row : List.of(rows.get(1), rows.get(RUNS))) {
            for (int c = 0; c < header.size(); c++) {
                org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
                if (cell != null && cell.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY) {
                    assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, cell.getType(), header.get(c));
                }
            }
            expected.forEach((column, format) -> assertEquals(format,
                    row.getCell(header.indexOf(column)).getDataFormatString(), column + " of row " + row.getRowNum()));
        }
        Row week = sheets.get("Weekly").get(20);
        List<String> series = sheets.get("Weekly").get(0).stream().map(c -> c.getText()).toList();
        assertEquals("#,##0 \"USD\"", week.getCell(series.indexOf("cumulativeProgramCost p50")).getDataFormatString());
        assertEquals("0.0%", week.getCell(series.indexOf("fatigue p90")).getDataFormatString());
    }

    /**
     * At a 210-week horizon the follow-on wave is, in some runs, planned past the horizon and not live
     * by then: whether it slipped is not known there, and its chance of slipping is the report's
     * range, as text, with the report's note under the table (the sheet gave the lower end as a plain
     * share).
     */
    @Test
    void aChanceOfSlippingSomeRunsCannotTellIsTheReportsRange() throws IOException {
        Path out = tmp.resolve("short");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--set", "governance.response=full", "--set",
                "program.horizonWeeks=210", "--runs", "200", "-q", "--format", "html,xlsx", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<Row> waves = read(out.resolve("results.xlsx")).get("Waves");
        Row followOn = waves.stream().filter(w -> "follow-on".equals(w.getCellText(0))).findFirst().orElseThrow();
        int column = waves.get(0).stream().map(c -> c.getText()).toList().indexOf("Chance of slip");
        String chance = followOn.getCellText(column);
        assertTrue(chance.matches("\\d+% to \\d+%|not known"), chance);
        assertTrue(Files.readString(out.resolve("report.html")).contains(">" + chance + "</td>"), "as the report: " + chance);
        assertTrue(waves.stream().anyMatch(w -> w.getCellText(0).startsWith("A chance of slipping given as a range")));
    }

    /**
     * Under {@code response: full} with a horizon of 230 weeks, which many runs do not finish by, the
     * waves sheet reads as the report's wave table: the follow-on wave has its row, over the runs that
     * deferred a module, and a go-live that had not come by the horizon reads as its date "or later" (still
     * a number, the horizon's, a lower bound) rather than as that date.
     */
    @Test
    void wavesSheetHasTheFollowOnWaveAndReadsTheHorizonOrLater() throws IOException {
        Path out = tmp.resolve("full");
        CliHarness.Result r = CliHarness.run("run", "regional-phased", "--set", "governance.response=full", "--set",
                "program.horizonWeeks=230", "--runs", "200", "-q", "--format", "json,html,xlsx", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode full = new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
        assertTrue(full.at("/metrics/completionWeek/censored").asInt() > 0, "runs cut off at the horizon");
        Map<String, List<Row>> workbook = read(out.resolve("results.xlsx"));
        List<Row> waves = workbook.get("Waves");
        List<Row> percentiles = workbook.get("P-values");
        // completion's P90 is the horizon: on the P-values sheet it reads as it "or later", its P50 plainly
        assertEquals(230, full.at("/metrics/completionWeek/p90").asDouble());
        List<String> columns = percentiles.get(0).stream().map(c -> c.getText()).toList();
        Row completion = percentiles.stream().filter(w -> "completionWeek".equals(w.getCellText(0))).findFirst()
                .orElseThrow();
        assertEquals("0\" or later\"", completion.getCell(columns.indexOf("P90")).getDataFormatString());
        assertEquals("0\" or later\"", completion.getCell(columns.indexOf("Max")).getDataFormatString());
        assertTrue(full.at("/metrics/completionWeek/p50").asDouble() < 230);
        assertEquals("General", completion.getCell(columns.indexOf("P50")).getDataFormatString());
        // a mean of weeks to a tenth, as the report gives weeks ("General" showed 219.1065)
        Row slip = percentiles.stream().filter(w -> w.getCellText(0).endsWith(".slipWeeks")).findFirst().orElseThrow();
        assertEquals("0.0", slip.getCell(columns.indexOf("Mean")).getDataFormatString());
        // and on the Summary sheet, P80 completion reads "or later" exactly when it is the horizon
        Row p80Completion = workbook.get("Summary").stream().filter(w -> "P80 completion (week)".equals(w.getCellText(0))).findFirst()
                .orElseThrow();
        boolean p80Cut = full.at("/metrics/completionWeek/p80").asDouble() == 230;
        assertEquals(p80Cut ? "0\" or later\"" : "0", p80Completion.getCell(1).getDataFormatString());
        assertEquals(p80Cut ? "yyyy-mm-dd\" or later\"" : "yyyy-mm-dd", p80Completion.getCell(2).getDataFormatString());
        // a cost percentile is "at least" exactly when it is at or above the lowest cost of the runs
        // not finished by the horizon, whatever the completion at its level
        double lowest = full.at("/metrics/programCost/censoredMin").asDouble();
        Row p80Cost = workbook.get("Summary").stream().filter(w -> "P80 programme cost".equals(w.getCellText(0)))
                .findFirst().orElseThrow();
        assertEquals(lowest <= full.at("/metrics/programCost/p80").asDouble(),
                p80Cost.getCell(1).getDataFormatString().startsWith("\"at least \""),
                p80Cost.getCell(1).getDataFormatString());
        Row p50Cost = workbook.get("Summary").stream().filter(w -> "P50 programme cost".equals(w.getCellText(0)))
                .findFirst().orElseThrow();
        assertEquals(lowest <= full.at("/metrics/programCost/p50").asDouble(),
                p50Cost.getCell(1).getDataFormatString().startsWith("\"at least"),
                p50Cost.getCell(1).getDataFormatString());
        // a mean cost takes in the runs cut off at the horizon: a lower bound, as any run's cost then is
        Row costRow = percentiles.stream().filter(w -> "programCost".equals(w.getCellText(0))).findFirst().orElseThrow();
        assertTrue(costRow.getCell(columns.indexOf("Mean")).getDataFormatString().startsWith("\"at least"),
                costRow.getCell(columns.indexOf("Mean")).getDataFormatString());
        List<String> header = waves.get(0).stream().map(c -> c.getText()).toList();
        Row followOn = waves.stream().filter(w -> "follow-on".equals(w.getCellText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("the follow-on wave has a row"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td data-label=\"Sites\">" + followOn.getCellText(1) + "</td>")
                && followOn.getCellText(1).startsWith("deferred modules, in "), "the sites cell says what the report says: "
                + followOn.getCellText(1));
        double share = number(followOn, header.indexOf("Share of runs with the wave"));
        assertTrue(share > 0 && share < 1, "a follow-on wave is over some runs only: " + share);
        assertTrue(waves.stream().anyMatch(w -> w.getCellText(0).startsWith("A follow-on wave is added")), "and the note");
        // w6's P90 go-live is the horizon in summary.json: it had not come by then in a tenth of runs or more
        Row w6 = waves.stream().filter(w -> "w6".equals(w.getCellText(0))).findFirst().orElseThrow();
        assertEquals(230, full.at("/metrics/waves.w6.goLiveWeek/p90").asDouble());
        int p90 = header.indexOf("P90 go-live (week)");
        assertEquals(230, number(w6, p90), "the horizon, a number");
        assertEquals("0\" or later\"", w6.getCell(p90).getDataFormatString(), "read as it or later");
        assertEquals("yyyy-mm-dd\" or later\"", w6.getCell(p90 + 1).getDataFormatString());
        assertEquals(LocalDate.parse(full.at("/metrics/waves.w6.goLiveWeek/dates/p90").asText()),
                w6.getCellAsDate(p90 + 1).orElseThrow().toLocalDate());
        // a go-live before the horizon is a plain date
        int p50 = header.indexOf("P50 go-live (week)");
        assertTrue(number(w6, p50) < 230);
        assertEquals("yyyy-mm-dd", w6.getCell(p50 + 1).getDataFormatString());
    }

    @Test
    void wavesAndWeeklyFansHaveTheirDates() {
        List<Row> waves = sheets.get("Waves");
        assertEquals(7, waves.size(), "six waves of regional-phased and a header");
        Row first = waves.get(1);
        assertEquals("w1", first.getCellText(0));
        assertEquals(summary.at("/metrics/waves.w1.baselineGoLiveWeek/p50").asDouble(), number(first, 2),
                "the plan the wave started with");
        List<Row> weekly = sheets.get("Weekly");
        assertEquals(summary.get("programStart").asText(), weekly.get(1).getCellAsDate(1).orElseThrow().toLocalDate().toString());
        assertEquals(LocalDate.parse(summary.get("programStart").asText()).plusWeeks(10),
                weekly.get(11).getCellAsDate(1).orElseThrow().toLocalDate());
    }
}
