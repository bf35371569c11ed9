package org.rolloutsim.report.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook copied by StableZip is the same bytes whenever it was written. */
class StableZipTest {

    @TempDir
    Path tmp;

    private static final String SHEET = "<worksheet>" + "<c>1</c>".repeat(500) + "</worksheet>";
    private static final String CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:creator>rollout-sim</dc:creator>%s</cp:coreProperties>";

    /**
     * A zip as fastexcel writes one: a sheet, then the core properties stamped with the time
     * {@code created}, each entry dated {@code millis}.
     */
    private Path stamped(String name, String created, long millis) throws IOException {
        Path file = tmp.resolve(name);
        String core = String.format(CORE, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] part : new String[][] {{"xl/worksheets/sheet1.xml", SHEET}, {"docProps/core.xml", core}}) {
                ZipEntry entry = new ZipEntry(part[0]);
                entry.setTime(millis);
                zip.putNextEntry(entry);
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void twoWorkbooksWrittenAtDifferentTimesCopyToTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        StableZip.copy(stamped("a.xlsx", "2026-12-02T10:35:27.648Z", 1_796_000_000_000L), first, 4);
        StableZip.copy(stamped("b.xlsx", "2026-12-03T08:00:01.002Z", 1_797_000_000_000L), second, 4);
        assertArrayEquals(first.toByteArray(), second.toByteArray());

        Path copy = Files.write(tmp.resolve("copy.xlsx"), first.toByteArray());
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> {
                names.add(e.getName());
                assertEquals(StableZip.ENTRY_TIME, e.getTimeLocal(), e.getName());
            });
            assertEquals(List.of("xl/worksheets/sheet1.xml", "docProps/core.xml"), names, "every entry, in order");
            assertEquals(SHEET, new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8), "the sheets as they were");
            assertEquals(String.format(CORE, ""), new String(zip.getInputStream(zip.getEntry("docProps/core.xml"))
                    .readAllBytes(), StandardCharsets.UTF_8), "the core properties without their time");
        }
    }

    @Test
    void theCorePropertiesLoseTheirTimesAndNothingElse() {
        assertEquals("<cp:coreProperties><dc:creator>x</dc:creator><dc:title>t</dc:title></cp:coreProperties>",
                StableZip.withoutTimes("<cp:coreProperties><dc:creator>x</dc:creator>"
                        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-02T10:35:27.648Z</dcterms:created>"
                        + "<dc:title>t</dc:title><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-12-02T10:35:27Z"
                        + "</dcterms:modified></cp:coreProperties>"));
    }
}
