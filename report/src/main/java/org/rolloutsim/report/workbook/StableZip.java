package org.rolloutsim.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a workbook (a zip of XML parts) so that the same content gives the same bytes: every entry
 * in the same order, dated 1 January 1980 (the earliest time a zip entry can hold), and the core
 * properties ({@code docProps/core.xml}) without their {@code dcterms:created} and
 * {@code dcterms:modified} times, which are optional in Office Open XML and which fastexcel sets to
 * the time of writing.
 */
final class StableZip {
    static final String CORE_PROPERTIES = "docProps/core.xml";
    /** Every entry's time: the DOS epoch, the same in every time zone. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Pattern TIMES = Pattern.compile(
            "<dcterms:(created|modified)\\b[^>]*>[^<]*</dcterms:\\1>|<dcterms:(created|modified)\\b[^>]*/>");

    private StableZip() {
    }

    /** Copies the zip {@code from} into {@code out} at the given deflate level; the stream is not closed. */
    static void copy(Path from, OutputStream out, int level) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile())) {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(level);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        zip.write(withoutTimes(new String(content.readAllBytes(), StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        content.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    /** The core properties without their creation and modification times. */
    static String withoutTimes(String coreProperties) {
        return TIMES.matcher(coreProperties).replaceAll("");
    }
}
