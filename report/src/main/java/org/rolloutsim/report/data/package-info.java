/**
 * Machine-readable result files: {@code summary.json}, {@code runs.csv}, {@code weekly.csv},
 * {@code comparison.json} and sweep tables. Every writer gives the same bytes for the same results:
 * fixed field order, {@code \n} line ends, numbers through {@link
 * org.rolloutsim.report.data.NumberText}, no timestamps. Writers take a {@link java.io.Writer} or
 * {@link java.io.OutputStream} and never close it; temporary files and moving them into place are
 * the caller's job.
 */
package org.rolloutsim.report.data;
