package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The workbook's dates for any programme start the scenario allows (years 0000 to 9999): a date
 * cell holding the right serial number where a spreadsheet can hold the date (from 1 January 1900,
 * counting its fictional 29 February 1900), else the date as text ("1800-01-06", "1800-01-06 or
 * later"), never a wrong number such as -1.
 */
class WorkbookDatesTest {
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})( or later)?");
    private static final String NOTE = "A date before 1 January 1900";

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @TempDir
    static Path tmp;

    private static Path run(String start, String... more) {
        Path out = tmp.resolve("run" + RUNS.incrementAndGet());
        List<String> args = new java.util.ArrayList<>(List.of("run", "regional-phased", "--set",
                "program.start=" + start, "--runs", "100", "-q", "--format", "json,xlsx", "--out", out.toString()));
        for (String set : more) {
            args.add("--set");
            args.add(set);
        }
        CliHarness.Result r = CliHarness.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static Map<String, List<Row>> read(Path xlsx) throws IOException {
        Map<String, List<Row>> read = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            for (var sheet : workbook.getSheets().toList()) {
                read.put(sheet.getName(), sheet.read());
            }
        }
        return read;
    }

    /** A spreadsheet's date of a serial number, worked out here on its own: 60 is 29 February 1900, which never was. */
    private static LocalDate ofSerial(double serial) {
        assertEquals(Math.rint(serial), serial, "a whole day");
        assertTrue(serial >= 1 && serial <= 2_958_465, "a date a spreadsheet holds: " + serial);
        assertNotEquals(60, serial, "29 February 1900 is no date");
        return serial < 60 ? LocalDate.of(1899, 12, 31).plusDays((long) serial)
                : LocalDate.of(1899, 12, 30).plusDays((long) serial);
    }

    /**
     * Checks the date cell {@code date} against the week in {@code week} (a number, shown as the
     * horizon "or later" or not) and gives whether it was text.
     */
    private static boolean checkDate(WeekCalendar calendar, String where, Cell week, Cell date) {
        assertEquals(CellType.NUMBER, week.getType(), where + ": the week");
        boolean orLater = week.getDataFormatString() != null && week.getDataFormatString().endsWith("\" or later\"");
        LocalDate expected = calendar.date(week.asNumber().doubleValue());
        if (date.getType() == CellType.NUMBER) {
            assertTrue(expected.getYear() >= 1900, where + ": " + expected + " as a number " + date.getRawValue());
            assertEquals("yyyy-mm-dd" + (orLater ? "\" or later\"" : ""), date.getDataFormatString(), where);
            assertEquals(expected, ofSerial(date.asNumber().doubleValue()), where);
            return false;
        }
        assertEquals(CellType.STRING, date.getType(), where);
        Matcher m = TEXT_DATE.matcher(date.getText());
        assertTrue(m.matches(), where + ": " + date.getText());
        assertTrue(expected.isBefore(LocalDate.of(1900, 1, 1)), where + ": text only where a date cannot hold it");
        assertEquals(orLater, m.group(2) != null, where + ": \"or later\" as its week is: " + date.getText());
        assertEquals(expected.toString(), m.group(1), where);
        return true;
    }

    private static Cell cell(Row row, int column) {
        return row.getCell(column);
    }

    private static boolean present(Row row, int column) {
        return column < row.getCellCount() && row.getCell(column) != null
                && row.getCell(column).getType() != CellType.EMPTY;
    }

    private static String label(Row row) {
        return present(row, 0) ? row.getCellText(0) : "";
    }

    /** Every date cell of the Summary, P-values, Waves and Weekly sheets; how many were text. */
    private static int checkEveryDate(Path out) throws IOException {
        Map<String, List<Row>> sheets = read(out.resolve("results.xlsx"));
        LocalDate start = LocalDate.parse(new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")))
                .get("programStart").asText());
        WeekCalendar calendar = new WeekCalendar(start);
        int text = 0;
        int checked = 0;
        for (Row row : sheets.get("Summary")) {
            String label = label(row);
            if (label.equals("Programme start (week 0)")) {
                Cell date = cell(row, 1);
                if (date.getType() == CellType.NUMBER) {
                    assertEquals(start, ofSerial(date.asNumber().doubleValue()));
                    assertEquals("yyyy-mm-dd", date.getDataFormatString());
                } else {
                    assertTrue(start.getYear() < 1900, "text only before 1900");
                    assertEquals(start.toString(), date.getText());
                    text++;
                }
                checked++;
            } else if (label.contains("(week)") && present(row, 2)) {
                text += checkDate(calendar, "Summary " + label, cell(row, 1), cell(row, 2)) ? 1 : 0;
                checked++;
            }
        }
        List<Row> percentiles = sheets.get("P-values");
        List<String> header = percentiles.get(0).stream().map(Cell::getText).toList();
        for (Row row : percentiles.subList(1, percentiles.size())) {
            for (String level : List.of("P50", "P80")) {
                int column = header.indexOf(level + " date");
                if (present(row, column)) {
                    text += checkDate(calendar, "P-values " + label(row) + " " + level,
                            cell(row, header.indexOf(level)), cell(row, column)) ? 1 : 0;
                    checked++;
                }
            }
        }
        List<Row> waves = sheets.get("Waves");
        header = waves.get(0).stream().map(Cell::getText).toList();
        int waveText = 0;
        for (Row row : waves.subList(1, waves.size())) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).endsWith("(week)") && present(row, c + 1)) {
                    waveText += checkDate(calendar, "Waves " + label(row) + " " + header.get(c + 1),
                            cell(row, c), cell(row, c + 1)) ? 1 : 0;
                    checked++;
                }
            }
        }
        assertEquals(waveText > 0, waves.stream().anyMatch(r -> label(r).startsWith(NOTE)),
                "the note under the waves table exactly when a date is text");
        text += waveText;
        List<Row> weekly = sheets.get("Weekly");
        for (Row row : weekly.subList(1, weekly.size())) {
            text += checkDate(calendar, "Weekly " + row.getCellText(0), cell(row, 0), cell(row, 1)) ? 1 : 0;
            checked++;
        }
        assertTrue(checked > 200, "the dates were found: " + checked);
        try (ZipFile zip = new ZipFile(out.resolve("results.xlsx").toFile())) {
            boolean commented = zip.stream().filter(e -> e.getName().startsWith("xl/comments")).anyMatch(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8).contains(NOTE);
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            assertEquals(text > 0, commented, "a comment says why a date is text, exactly when one is");
        }
        return text;
    }

    /**
     * Starts before 1900 (from the year 0001, and the week before 1 January 1900, whose dates are
     * text then numbers), across the Jan/Feb 1900 boundary and ordinary ones, to the last start a
     * horizon of 520 weeks allows: every date reads as the console's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1800-01-06", "1899-12-25", "1900-01-01", "1900-03-05", "2030-01-07",
        "9990-01-08"})
    void everyDateCellIsTheRightDate(String start) throws IOException {
        int text = checkEveryDate(run(start));
        assertEquals(LocalDate.parse(start).getYear() < 1900, text > 0, "dates as text: " + text);
    }

    /** Dates that had not come by the horizon, before 1900: "1804-05-21 or later", as text. */
    @Test
    void aDateNotComeByTheHorizonBefore1900ReadsOrLaterAsText() throws IOException {
        Path out = run("1800-01-06", "governance.response=full", "program.horizonWeeks=230");
        assertTrue(checkEveryDate(out) > 0);
        String horizon = new WeekCalendar(LocalDate.of(1800, 1, 6)).date(230) + " or later";
        assertTrue(read(out.resolve("results.xlsx")).get("Waves").stream()
                .anyMatch(r -> r.stream().anyMatch(c -> c != null && horizon.equals(c.getText()))),
                "a go-live not come by the horizon reads " + horizon);
    }

    /** The serial numbers themselves, either side of the 29 February 1900 that spreadsheets count. */
    @Test
    void datesIn1900HaveExcelsSerialNumbers() throws IOException {
        List<Row> weekly = read(run("1900-01-01").resolve("results.xlsx")).get("Weekly");
        assertEquals(1, weekly.get(1).getCell(1).asNumber().intValue(), "1900-01-01");
        assertEquals(57, weekly.get(9).getCell(1).asNumber().intValue(), "1900-02-26");
        assertEquals(65, weekly.get(10).getCell(1).asNumber().intValue(), "1900-03-05");
        List<Row> ordinary = read(run("2030-01-07").resolve("results.xlsx")).get("Weekly");
        assertEquals(47490, ordinary.get(1).getCell(1).asNumber().intValue(), "2030-01-07");
        List<Row> before = read(run("1899-12-25").resolve("results.xlsx")).get("Weekly");
        assertEquals("1899-12-25", before.get(1).getCellText(1));
        assertEquals(1, before.get(2).getCell(1).asNumber().intValue(), "1900-01-01");
    }
}
