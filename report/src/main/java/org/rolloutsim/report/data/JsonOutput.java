package org.rolloutsim.report.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import org.rolloutsim.stats.Interval;

/**
 * A JSON generator set up for deterministic files: two-space indents and {@code \n} line ends on
 * every platform, fields in the order written, numbers through {@link NumberText}, NaN as null.
 * It never closes the caller's writer.
 */
final class JsonOutput implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private final Writer out;

    JsonOutput(Writer out) throws IOException {
        this.out = out;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        this.json = FACTORY.createGenerator(out).setPrettyPrinter(pretty);
    }

    JsonGenerator generator() {
        return json;
    }

    void number(String field, double v) throws IOException {
        json.writeFieldName(field);
        number(v);
    }

    void number(double v) throws IOException {
        if (Double.isFinite(v)) {
            json.writeNumber(NumberText.of(v));
        } else {
            json.writeNull();
        }
    }

    void integer(String field, long v) throws IOException {
        json.writeNumberField(field, v);
    }

    void text(String field, String v) throws IOException {
        json.writeStringField(field, v);
    }

    /** {@code "field": [lower, upper]}. */
    void interval(String field, Interval ci) throws IOException {
        json.writeFieldName(field);
        json.writeStartArray();
        number(ci.lower());
        number(ci.upper());
        json.writeEndArray();
    }

    /** {@code "field": "text"}, or null. */
    void textOrNull(String field, String v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, v);
        }
    }

    /** Ends the document with a newline and flushes, leaving the writer open. */
    @Override
    public void close() throws IOException {
        json.close();
        out.write('\n');
        out.flush();
    }
}
