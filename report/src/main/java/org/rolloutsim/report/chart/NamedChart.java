package org.rolloutsim.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart with the file name (without extension) and size it is written at, e.g.
 * {@code completion-histogram} at 900×480.
 */
public record NamedChart(String name, JFreeChart chart, int width, int height) {

    public NamedChart {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("name must be lower-case letters, digits and '-': " + name);
        }
        if (chart == null || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart and a positive size are required");
        }
    }
}
