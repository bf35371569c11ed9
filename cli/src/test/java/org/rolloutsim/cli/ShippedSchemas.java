package org.rolloutsim.cli;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.rolloutsim.report.data.Unit;

/** The JSON Schemas the report module ships for the result files, for tests to validate real outputs. */
final class ShippedSchemas {
    private ShippedSchemas() {
    }

    /** The schema {@code schema/<name>} on the report module's class path, e.g. "sweep.schema.json". */
    static JsonSchema of(String name) {
        try (InputStream in = Unit.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped schema " + name);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
