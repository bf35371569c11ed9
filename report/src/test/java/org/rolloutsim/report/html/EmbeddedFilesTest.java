package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.EmbeddedFile;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;

/** Files a report carries so that it can be rerun: inside the reproducibility block, read back intact. */
class EmbeddedFilesTest {
    private static final String HOSTILE = "{\"description\":\"</script><script>alert(1)</script> & <!-- -->\"}";

    private static String reportCarrying(List<EmbeddedFile> files) {
        ReportData data = SampleData.builder().runs(200).report();
        Provenance p = data.provenance();
        Provenance carrying = new Provenance(p.toolVersion(), p.scenarioHash(), p.seed(), p.runs(), p.commandLine(),
                "rollout rerun out", files);
        return HtmlReport.render(SampleData.builder().runs(200).provenance(carrying).report());
    }

    @Test
    void filesAreReadBackAsTheSameJsonAndNothingInThemEndsTheElementEarly() throws Exception {
        String html = reportCarrying(List.of(new EmbeddedFile("run.json", "{\"format\":1}\n"),
                new EmbeddedFile("phased/scenario.canonical.json", HOSTILE)));
        Map<String, String> files = EmbeddedFiles.read(html);
        assertEquals(List.of("run.json", "phased/scenario.canonical.json"), List.copyOf(files.keySet()));
        assertEquals("{\"format\":1}\n", files.get("run.json"));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(HOSTILE), json.readTree(files.get("phased/scenario.canonical.json")));
        assertFalse(html.contains("<script>"), "nothing in a file becomes markup");
        assertEquals(2, HtmlReportTest.count(html, "</script>"));
        int block = html.indexOf("<h2>Reproducibility</h2>");
        assertTrue(block > 0 && html.indexOf("rollout-file:run.json") > block
                && html.indexOf("rollout-file:run.json") < html.indexOf("<footer>"), "inside the reproducibility block");
        assertTrue(html.contains("<h3>Reproduced with</h3>"));
    }

    @Test
    void aReportWithoutFilesCarriesNoneAndAPathOutsideTheFolderIsRefused() {
        String plain = HtmlReport.render(SampleData.builder().runs(200).report());
        assertTrue(EmbeddedFiles.read(plain).isEmpty());
        assertFalse(plain.contains("Reproduced with"));
        assertThrows(IllegalArgumentException.class,
                () -> reportCarrying(List.of(new EmbeddedFile("a\" onload=\"x", "{}"))));
    }
}
