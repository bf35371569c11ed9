/**
 * What a report shows, as plain immutable records filled in by whoever maps the statistics results
 * (the report reads nothing else). {@link org.rolloutsim.report.view.ReportData} holds one scenario,
 * {@link org.rolloutsim.report.view.ComparisonData} two or more variants. Weeks count from the
 * programme start (week 0) and become dates only through {@link org.rolloutsim.report.view.WeekCalendar};
 * money becomes text only through {@link org.rolloutsim.report.view.Money}.
 */
package org.rolloutsim.report.view;
