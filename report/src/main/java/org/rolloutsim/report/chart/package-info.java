/**
 * The risk charts (JFreeChart), built from the view records by {@link org.rolloutsim.report.chart.Charts}
 * and written as deterministic SVG or PNG by {@link org.rolloutsim.report.chart.ChartFiles}. Axes show
 * calendar dates and money, never week numbers or raw doubles. Date and cost axes keep to the bulk of
 * the runs ({@code BulkWindow}): far outliers and runs not finished by the horizon are gathered in a
 * labelled grey band after an axis break, never dropped, and still counted in every share.
 */
package org.rolloutsim.report.chart;
