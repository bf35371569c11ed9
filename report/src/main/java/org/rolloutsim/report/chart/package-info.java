/**
 * The risk charts (JFreeChart), built from the view records by {@link org.rolloutsim.report.chart.Charts}
 * and written as deterministic SVG or PNG by {@link org.rolloutsim.report.chart.ChartFiles}. Axes show
 * calendar dates and money, never week numbers or raw doubles.
 */
package org.rolloutsim.report.chart;
