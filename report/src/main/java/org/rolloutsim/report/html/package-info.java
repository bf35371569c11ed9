/**
 * The self-contained HTML reports: {@link org.rolloutsim.report.html.HtmlReport} for one scenario and
 * {@link org.rolloutsim.report.html.ComparisonReport} for variants. One file each, inline CSS and SVG,
 * no JavaScript, nothing fetched; every piece of scenario text is escaped.
 */
package org.rolloutsim.report.html;
