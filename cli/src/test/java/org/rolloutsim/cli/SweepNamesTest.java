package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's title and headings name its inputs as the drivers chart does ("Risk: The vendor ships a
 * major upgrade … (impact delay weeks)"), not by field path, which a board member cannot read; the
 * path stays beside the name in the subtitle, and in the table, for the researcher who reruns it.
 */
class SweepNamesTest {

    @TempDir
    Path tmp;

    @Test
    void aSweepNamesItsInputsForTheBoardAndKeepsTheirPaths() throws Exception {
        Path out = tmp.resolve("s");
        CliHarness.Result sweep = CliHarness.run("sweep", "regional-phased", "--param",
                "risks.vendor-upgrade.impact.delayWeeks=2:6:4", "-q", "--runs", "20", "--out", out.toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        String html = Files.readString(out.resolve("report.html"));
        String name = "Risk: The vendor ships a major upgrade mid-build and the build must be re-based (impact delay"
                + " weeks)";
        String path = "risks.vendor-upgrade.impact.delayWeeks";
        assertTrue(html.contains("<h1>Regional system, six waves: sweep of " + name + "</h1>"),
                "the title names the input: " + head(html));
        assertFalse(html.contains("sweep of " + path), "no field path in the title");
        assertTrue(html.contains("<h2>When: completion date against " + name + "</h2>"), "the heading names it");
        assertTrue(html.contains("grid points of " + name + " (" + path + ")"), "the subtitle keeps the path: "
                + head(html));
        assertTrue(html.contains("data-label=\"" + path + "\""), "the table keeps the path");
    }

    private static String head(String html) {
        int at = html.indexOf("<h1>");
        return html.substring(Math.max(0, at), Math.min(html.length(), at + 600));
    }
}
