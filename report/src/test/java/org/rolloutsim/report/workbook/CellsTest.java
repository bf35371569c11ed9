package org.rolloutsim.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date's spreadsheet serial number, and the dates a spreadsheet cannot hold. */
class CellsTest {
    /** A chance is shown as the report writes it: a whole percentage, "<1%" and ">99%" near 0 and 1 but not at them. */
    @Test
    void aChanceIsShownAsAWholePercentageAsTheReportWritesIt() {
        assertEquals("0%", Cells.wholePercentFormat(0.314));
        assertEquals("0%", Cells.wholePercentFormat(0));
        assertEquals("0%", Cells.wholePercentFormat(1));
        assertEquals("\"<1%\"", Cells.wholePercentFormat(0.003));
        assertEquals("\">99%\"", Cells.wholePercentFormat(0.997));
    }

    @Test
    void serialNumbersCountTheFictional29February1900() {
        assertEquals(1, Cells.serial(LocalDate.of(1900, 1, 1)));
        assertEquals(59, Cells.serial(LocalDate.of(1900, 2, 28)));
        assertEquals(61, Cells.serial(LocalDate.of(1900, 3, 1)), "60 is 29 February 1900");
        assertEquals(47_588, Cells.serial(LocalDate.of(2030, 4, 15)));
        assertEquals(2_958_465, Cells.serial(LocalDate.of(9999, 12, 31)));
    }

    @Test
    void aDateASpreadsheetCannotHoldHasNoSerialNumber() {
        assertTrue(Double.isNaN(Cells.serial(LocalDate.of(1899, 12, 31))));
        assertTrue(Double.isNaN(Cells.serial(LocalDate.of(1800, 1, 6))));
        assertTrue(Double.isNaN(Cells.serial(LocalDate.of(0, 1, 1))));
        assertTrue(Double.isNaN(Cells.serial(LocalDate.of(10_000, 1, 1))));
    }
}
