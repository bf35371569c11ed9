package org.rolloutsim.scenarios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The scenarios bundled with the tool, listed in {@code scenarios/index.txt} in display order. */
final class Bundled {
    private static final String FOLDER = "/scenarios/";

    private Bundled() {
    }

    static String resource(String name) {
        return FOLDER + name + ".yaml";
    }

    static List<String> names() {
        return Index.NAMES;
    }

    /** Read once, on first use; immutable afterwards. */
    private static final class Index {
        static final List<String> NAMES = read();

        private static List<String> read() {
            try (InputStream in = Bundled.class.getResourceAsStream(FOLDER + "index.txt")) {
                if (in == null) {
                    return List.of();
                }
                List<String> names = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
                return List.copyOf(names);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled scenario index is unreadable", e);
            }
        }
    }
}
