package org.rolloutsim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented starter scenario that {@code rollout init} writes. */
public final class ScenarioTemplate {
    private static final String RESOURCE = "/templates/starter.yaml";

    private ScenarioTemplate() {
    }

    /** The text of a commented starter scenario; it loads and validates as it is. */
    public static String starter() {
        try (InputStream in = ScenarioTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the starter template is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
