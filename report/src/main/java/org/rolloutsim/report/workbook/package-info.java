/**
 * The spreadsheet of a batch ({@code results.xlsx}), written with fastexcel as a stream: a summary
 * with dates and currency, the P-values (percentiles) of every output, the waves, every run and the
 * weekly fans. Cell formats come from the same {@link org.rolloutsim.report.data.Unit} table as the
 * CSV number formats.
 */
package org.rolloutsim.report.workbook;
