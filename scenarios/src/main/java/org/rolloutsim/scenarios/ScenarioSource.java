package org.rolloutsim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Where a scenario's text comes from: a file, a scenario bundled with the tool, or standard input. */
sealed interface ScenarioSource {

    /** The name shown in errors: the path as given, or {@code bundled:NAME.yaml}. */
    String displayName();

    /** True for JSON text (a {@code .json} file), false for YAML. */
    boolean json();

    /** The text, or {@code null} after recording why it cannot be read. */
    String read(Problems problems);

    /**
     * The source that {@code base: ref} names from this file: a path (anything with a '/' or a
     * .yaml, .yml or .json ending) relative to this file, else a bundled scenario name.
     * {@code null} after recording a problem at {@code at}.
     */
    default ScenarioSource resolve(String ref, Node at, String path, Problems problems) {
        String lower = ref.toLowerCase(Locale.ROOT);
        boolean isPath = ref.contains("/") || ref.contains("\\") || lower.endsWith(".yaml") || lower.endsWith(".yml")
                || lower.endsWith(".json");
        if (!isPath) {
            List<String> names = Bundled.names();
            if (!names.contains(ref)) {
                problems.add(at, path, "no bundled scenario named '" + ref + "'" + DidYouMean.hint(ref, names)
                        + "; the bundled ones are " + String.join(", ", names)
                        + " (write a path such as ./my-base.yaml for a file)");
                return null;
            }
            return new BundledSource(ref);
        }
        return resolvePath(ref, at, path, problems);
    }

    ScenarioSource resolvePath(String ref, Node at, String path, Problems problems);

    /** A file on disk. */
    record FileSource(Path file) implements ScenarioSource {
        @Override
        public String displayName() {
            return file.toString();
        }

        @Override
        public boolean json() {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        }

        @Override
        public String read(Problems problems) {
            Location at = Location.startOf(displayName());
            try {
                if (!Files.exists(file)) {
                    problems.add(at, "", "no such file");
                    return null;
                }
                if (!Files.isRegularFile(file)) {
                    problems.add(at, "", "not a regular file");
                    return null;
                }
                if (Files.size(file) > TreeReader.MAX_CHARS) {
                    problems.add(at, "", "the file is " + Files.size(file) / (1024 * 1024)
                            + " MB, larger than the limit of " + TreeReader.MAX_CHARS / (1024 * 1024) + " MB");
                    return null;
                }
                return decode(Files.readAllBytes(file), at, problems);
            } catch (IOException | SecurityException e) {
                problems.add(at, "", "cannot read the file: " + e.getMessage());
                return null;
            }
        }

        @Override
        public ScenarioSource resolvePath(String ref, Node at, String path, Problems problems) {
            Path parent = file.getParent();
            Path resolved = parent == null ? Path.of(ref) : parent.resolve(ref);
            return existing(resolved.normalize(), ref, "relative to this file", at, path, problems);
        }
    }

    /** A scenario bundled in the tool's resources ({@code scenarios/NAME.yaml}). */
    record BundledSource(String name) implements ScenarioSource {
        @Override
        public String displayName() {
            return "bundled:" + name + ".yaml";
        }

        @Override
        public boolean json() {
            return false;
        }

        @Override
        public String read(Problems problems) {
            Location at = Location.startOf(displayName());
            // Only listed names: a name is never a path into the class path.
            boolean listed = Bundled.names().contains(name);
            try (InputStream in = listed ? ScenarioSource.class.getResourceAsStream(Bundled.resource(name)) : null) {
                if (in == null) {
                    problems.add(at, "", "no bundled scenario named '" + name + "'"
                            + DidYouMean.hint(name, Bundled.names()) + "; the bundled ones are "
                            + String.join(", ", Bundled.names()));
                    return null;
                }
                return decode(in.readNBytes(TreeReader.MAX_CHARS + 1), at, problems);
            } catch (IOException e) {
                problems.add(at, "", "cannot read the bundled scenario: " + e.getMessage());
                return null;
            }
        }

        @Override
        public ScenarioSource resolvePath(String ref, Node at, String path, Problems problems) {
            // Bundled files refer to each other by file name in the same folder.
            String fileName = ref.startsWith("./") ? ref.substring(2) : ref;
            String base = fileName.replaceFirst("\\.(yaml|yml)$", "");
            if (base.contains("/") || !Bundled.names().contains(base)) {
                problems.add(at, path, "no bundled scenario file '" + ref + "'");
                return null;
            }
            return new BundledSource(base);
        }
    }

    /** Text read from elsewhere (standard input); a base it names by path is relative to the working directory. */
    record TextSource(String displayName, byte[] bytes) implements ScenarioSource {
        @Override
        public boolean json() {
            return false; // YAML reads JSON too
        }

        @Override
        public String read(Problems problems) {
            return decode(bytes, Location.startOf(displayName), problems);
        }

        @Override
        public ScenarioSource resolvePath(String ref, Node at, String path, Problems problems) {
            return existing(Path.of(ref).normalize(), ref, "relative to the working directory", at, path, problems);
        }
    }

    /**
     * The file a {@code base:} names, or {@code null} after a problem at the {@code base:} value, as
     * written, when there is no such file: the error names the field and the file as written, not a
     * line and column inside a file that does not exist.
     */
    private static FileSource existing(Path resolved, String ref, String relativeTo, Node at, String path,
                                       Problems problems) {
        try {
            if (!Files.exists(resolved)) {
                problems.add(at, path, "no such file '" + ref + "' (" + relativeTo + ")");
                return null;
            }
            if (!Files.isRegularFile(resolved)) {
                problems.add(at, path, "'" + ref + "' (" + relativeTo + ") is not a regular file");
                return null;
            }
        } catch (SecurityException e) {
            problems.add(at, path, "cannot read '" + ref + "': " + e.getMessage());
            return null;
        }
        return new FileSource(resolved);
    }

    private static String decode(byte[] bytes, Location at, Problems problems) {
        if (bytes.length > TreeReader.MAX_CHARS) {
            problems.add(at, "", "the file is larger than the limit of " + TreeReader.MAX_CHARS / (1024 * 1024) + " MB");
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(at, "", "the file is not UTF-8 text");
            return null;
        }
    }
}
