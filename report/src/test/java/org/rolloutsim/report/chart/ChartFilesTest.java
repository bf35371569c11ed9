package org.rolloutsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.Driver;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.ReportData;

class ChartFilesTest {

    private static final ReportData DATA = SampleData.builder().runs(1000).report();

    @Test
    void svgIsByteIdenticalForIdenticalInput() {
        String first = ChartFiles.svgElement(Charts.completionHistogram(DATA), 900, 480, "chart-1");
        String second = ChartFiles.svgElement(Charts.completionHistogram(SampleData.builder().runs(1000).report()),
                900, 480, "chart-1");
        assertEquals(first, second);
    }

    @Test
    void everySvgIdCarriesTheCallersPrefix() {
        String svg = ChartFiles.svgElement(Charts.jointConfidence(DATA), 900, 480, "chart-7");
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("id='([^']*)'").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            assertTrue(id.equals("chart-7") || id.startsWith("chart-7-"), "id without prefix: " + id);
        }
    }

    @Test
    void scenarioTextInsideSvgStaysInertText() {
        List<Driver> drivers = List.of(new Driver("<script>alert('x')</script> & co", 0.5, 0.4));
        ReportData hostile = new ReportData(DATA.title(), DATA.scenarioName(), DATA.description(), DATA.start(),
                DATA.currency(), DATA.targetWeek(), DATA.budget(), DATA.horizonWeeks(), DATA.provenance(),
                DATA.keyInputs(), DATA.completion(), DATA.cost(), DATA.censoredRuns(), DATA.probabilities(),
                DATA.waves(), drivers, DATA.fans());
        String svg = ChartFiles.svgElement(Charts.tornado(hostile, Outcome.COMPLETION), 900, 480, "x");
        assertFalse(svg.toLowerCase().contains("<script"), "raw script tag in SVG");
        assertTrue(svg.contains("&lt;script&gt;"), "label should be escaped text");
    }

    @Test
    void writeAllWritesOneFilePerChartAndFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<NamedChart> charts = Charts.forReport(DATA);
        // histograms x2, scatter, tornado x2, waves, four fans
        assertEquals(10, charts.size());
        assertEquals("completion-histogram", charts.get(0).name());
        ChartFiles.writeAll(charts, dir, true, true);
        for (NamedChart c : charts) {
            assertTrue(java.nio.file.Files.size(dir.resolve(c.name() + ".svg")) > 1000, c.name());
            assertTrue(java.nio.file.Files.size(dir.resolve(c.name() + ".png")) > 1000, c.name());
        }
        assertEquals(4, Charts.forComparison(SampleData.comparison(200)).size());
    }

    @Test
    void coordinatesHaveAtMostTwoDecimals() {
        assertEquals("12.35", ChartFiles.twoDecimals(12.345678));
        assertEquals("0", ChartFiles.twoDecimals(-0.001));
        assertEquals("1000000", ChartFiles.twoDecimals(1e6));
    }

    @Test
    void twoDecimalsRoundsAsBigDecimalDoes() {
        // the text route against the BigDecimal one: values at every magnitude a chart writes and
        // beyond, thousandths where half-up rounding decides (x.xx5 and its neighbours), carries
        // through nines, both signs
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261202L);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.005, -0.005, 0.0049, 9.995, -9.995, 99.999,
                -0.995, 1.005, 2.675, 0.125, 1e-4, 123456789.125, 1e7, 9_999_999.995, Double.MIN_VALUE, -1e-3));
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-4, 9));
            values.add((random.nextBoolean() ? -1 : 1) * random.nextDouble() * magnitude);
            double thousandths = random.nextInt(-2_000_000, 2_000_000) / 1000.0;
            values.add(thousandths);
            values.add(Math.nextUp(thousandths));
            values.add(Math.nextDown(thousandths));
        }
        for (double v : values) {
            assertEquals(ChartFiles.exactTwoDecimals(v), ChartFiles.twoDecimals(v), () -> "value " + v);
        }
    }

    @Test
    void aRotatedAxisLabelIsWrittenAsText() {
        // the vertical axis's label, drawn by JFreeChart's rotated-text path: text, not glyph outlines
        String svg = ChartFiles.svgElement(Charts.completionHistogram(DATA), 900, 480, "c");
        String label = Charts.completionHistogram(DATA).getXYPlot().getRangeAxis().getLabel();
        assertTrue(label != null && !label.isEmpty(), "the chart has a vertical axis label");
        assertTrue(svg.contains(">" + label + "</text>"), "label as text: " + label);
    }

    @Test
    void pngAndStandaloneSvgAreWritten() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartFiles.writePng(Charts.waveGoLives(DATA), 600, 300, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(600, image.getWidth());
        assertEquals(300, image.getHeight());
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < 300 && !varied; y += 3) {
            for (int x = 0; x < 600 && !varied; x += 3) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, "the PNG is blank");

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartFiles.writeSvg(Charts.waveGoLives(DATA), 600, 300, svg);
        String text = svg.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"));
        assertTrue(text.contains("wave-1 (2 sites)"));
    }
}
