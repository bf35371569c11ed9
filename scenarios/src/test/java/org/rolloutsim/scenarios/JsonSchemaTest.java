package org.rolloutsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.scenario.Parameter;

/** The JSON Schema for editors (draft-07) accepts every bundled file and rejects broken copies. */
class JsonSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/schema/rollout-scenario.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped schema as a tree, for reading its parts. */
    private static JsonNode schemaTree() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/schema/rollout-scenario.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode bundled(String name) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            return YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void acceptsEveryBundledFileAndTheStarter() throws IOException {
        for (BundledScenario b : ScenarioLoader.bundled()) {
            Set<ValidationMessage> messages = SCHEMA.validate(bundled(b.name()));
            assertTrue(messages.isEmpty(), b.name() + ": " + messages);
        }
        Set<ValidationMessage> starter = SCHEMA.validate(YAML.readTree(ScenarioTemplate.starter()));
        assertTrue(starter.isEmpty(), "starter: " + starter);
    }

    @Test
    void bundledYamlFilesPointEditorsAtTheSchema() throws IOException {
        for (BundledScenario b : ScenarioLoader.bundled()) {
            try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/scenarios/" + b.name() + ".yaml")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# yaml-language-server: $schema=../schema/rollout-scenario.schema.json\n"),
                        b.name());
            }
        }
    }

    @Test
    void rejectsBrokenCopies() throws IOException {
        assertRejected(s -> s.remove("name"));
        assertRejected(s -> s.put("sitez", 1));
        assertRejected(s -> ((ObjectNode) s.get("sites").get(0)).put("users", "many"));
        assertRejected(s -> ((ObjectNode) s.get("sites").get(0)).put("leadership", 1.4));
        assertRejected(s -> ((ObjectNode) s.get("sites").get(0)).put("legacy", "home-grown"));
        assertRejected(s -> ((ObjectNode) s.get("sites").get(0)).putObject("complexity").putArray("triangular").add(1).add(2));
        assertRejected(s -> ((ObjectNode) s.get("strategy")).put("kind", "bigbang"));
        assertRejected(s -> ((ObjectNode) s.get("strategy")).remove("waves"));
        assertRejected(s -> ((ObjectNode) s.get("governance")).put("timelinePolicy", "HOLD_THE_LINE"));
        assertRejected(s -> ((ObjectNode) s.get("parameters")).put("testDetecton", 0.3));
        assertRejected(s -> ((ObjectNode) s.get("team")).remove("staff"));
        assertRejected(s -> ((ArrayNode) s.get("modules")).removeAll());
        assertRejected(s -> ((ObjectNode) s.get("program")).put("budget", "6.0e8"));
    }

    /**
     * A name the loader refuses as blank (empty, or only white space of any kind) the schema
     * refuses too, and a name the loader takes the schema takes: every name field, in scenario and
     * variants files. Before, the schema took any string, so an editor showed {@code name: " "} as
     * valid and {@code rollout validate} refused it.
     */
    @Test
    void theSchemaAndTheLoaderAgreeOnBlankNames(@TempDir Path dir) throws IOException {
        List<String> texts = List.of("", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u2007", "\u3000", " \u202F ",
                "\u200B", "a", " a ", "Mercy Central", "\u00A0x", "é");
        Map<String, BiConsumer<ObjectNode, String>> scenarioNames = Map.of(
                "name", (s, t) -> s.put("name", t),
                "sites[0].name", (s, t) -> ((ObjectNode) s.get("sites").get(0)).put("name", t));
        Map<String, BiConsumer<ObjectNode, String>> variantsNames = Map.of(
                "name", (s, t) -> s.put("name", t),
                "base", (s, t) -> s.put("base", t));
        int checked = 0;
        for (String file : List.of("regional-phased", "big-bang-vs-phased")) {
            Map<String, BiConsumer<ObjectNode, String>> fields = file.equals("regional-phased") ? scenarioNames
                    : variantsNames;
            for (Map.Entry<String, BiConsumer<ObjectNode, String>> field : fields.entrySet()) {
                for (String text : texts) {
                    ObjectNode copy = (ObjectNode) bundled(file);
                    field.getValue().accept(copy, text);
                    boolean schemaTakes = SCHEMA.validate(copy).isEmpty();
                    Path json = dir.resolve("copy.json");
                    new ObjectMapper().writeValue(json.toFile(), copy);
                    LoadResult loaded = ScenarioLoader.load(json);
                    boolean loaderRefuses = loaded.errors().stream().anyMatch(e -> e.path().equals(field.getKey())
                            && e.message().matches("required field '\\w+' is (empty|blank.*)"));
                    assertEquals(!loaderRefuses, schemaTakes, file + " " + field.getKey() + " = \""
                            + text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList() + "\": "
                            + loaded.errors());
                    checked++;
                }
            }
        }
        assertEquals(4 * texts.size(), checked);
    }

    /**
     * Every parameter's default in the schema is a value the loader takes, as an editor that fills in
     * defaults would write it; a parameter derived from others (learningRateEmbedded) offers none,
     * where it offered an empty mapping the loader refuses.
     */
    @Test
    void everyParameterDefaultTheSchemaOffersLoads() throws IOException {
        JsonNode schemaTree = schemaTree();
        JsonNode parameters = schemaTree.at("/definitions/scenario/properties/parameters/properties");
        assertTrue(parameters.size() > 20, "the parameters' schema: " + parameters.size());
        int offered = 0;
        for (Parameter p : Parameter.values()) {
            JsonNode property = parameters.get(p.key());
            assertTrue(property != null, p.key());
            JsonNode byDefault = property.get("default");
            if (p.defaultValue() == null) {
                assertTrue(byDefault == null, p.key() + " is derived, yet offers " + byDefault);
                continue;
            }
            offered++;
            ObjectNode tree = (ObjectNode) bundled("regional-phased");
            ObjectNode set = tree.with("parameters");
            set.set(p.key(), byDefault);
            LoadResult r = ScenarioLoader.load("d.yaml", YAML.writeValueAsBytes(tree), List.of());
            assertTrue(r.isOk(), p.key() + " = " + byDefault + ": " + r.errorText());
        }
        assertEquals(Parameter.values().length - 1, offered, "all but the derived one offer a default");
    }

    /** The names' pattern, through the schema validator, against the loader's rule, character by character. */
    @Test
    void theNamePatternTakesExactlyWhatTheLoaderDoesNotCallBlank() throws IOException {
        JsonNode schemaTree = schemaTree();
        JsonSchema name = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(schemaTree.at("/definitions/scenario/properties/name"));
        List<String> disagree = new java.util.ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String text : new String[] {String.valueOf((char) c), " " + (char) c + " "}) {
                if (name.validate(TextNode.valueOf(text)).isEmpty() == Fields.blank(text)) {
                    disagree.add(String.format("U+%04X", c));
                    break;
                }
            }
        }
        assertTrue(disagree.isEmpty(), "schema and loader disagree on " + disagree);
        assertTrue(Fields.blank("\u00A0\u3000\t") && !Fields.blank("\u00A0x"));
    }

    /**
     * The loader reads an optional field written as null as left out; a required one as missing.
     * The schema says the same, for every field of every section a bundled file reaches. Before,
     * the schema refused every null, so an editor flagged {@code description: ~} that loads.
     */
    @Test
    void theSchemaAndTheLoaderAgreeOnNullFields(@TempDir Path dir) throws IOException {
        List<String> disagree = new java.util.ArrayList<>();
        int optional = 0;
        Map<String, String[]> reach = new java.util.HashMap<>(ScenarioFieldsTest.REACH);
        reach.put("scenario", new String[] {"academic-homegrown", ""});
        reach.put("variantsFile", new String[] {"big-bang-vs-phased", ""});
        for (Map.Entry<String, List<ScenarioFields.Field>> section : ScenarioFields.sections().entrySet()) {
            String[] where = reach.get(section.getKey());
            if (where == null) {
                continue;
            }
            for (ScenarioFields.Field f : section.getValue()) {
                String path = where[1] + f.name();
                Agreement a = agreement(dir, where[0], path, com.fasterxml.jackson.databind.node.NullNode.instance);
                if (a.schemaTakes() != a.loaderTakes() || a.loaderTakes() == f.required()) {
                    disagree.add(path + ": null " + a);
                }
                optional += f.required() ? 0 : 1;
            }
        }
        assertTrue(disagree.isEmpty(), String.join("\n", disagree));
        assertTrue(optional > 60, "optional fields checked: " + optional);
        // and a model constant set to null keeps its default
        Agreement parameter = agreement(dir, "regional-phased", "parameters.testDetection",
                com.fasterxml.jackson.databind.node.NullNode.instance);
        assertTrue(parameter.schemaTakes() && parameter.loaderTakes(), parameter.toString());
    }

    /**
     * The loader reads an unquoted number or boolean in a name, text or id as its text
     * ({@code name: 2024}, {@code id: 7}); the schema takes them too, and refuses what the loader
     * refuses (a negative or fractional number as an id). Before, it took only strings there.
     */
    @Test
    void theSchemaAndTheLoaderAgreeOnNumbersAsNamesAndIds(@TempDir Path dir) throws IOException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        List<String> disagree = new java.util.ArrayList<>();
        List<JsonNode> values = List.of(json.numberNode(2024), json.numberNode(7), json.numberNode(0),
                json.numberNode(2024.5), json.numberNode(-7), json.numberNode(1.5e20), json.booleanNode(true),
                json.numberNode(123456789012345L));
        List<String[]> fields = List.of(new String[] {"regional-phased", "name"},
                new String[] {"regional-phased", "description"}, new String[] {"regional-phased", "sites[0].name"},
                new String[] {"regional-phased", "sites[0].id"}, new String[] {"regional-phased", "modules[0].id"},
                new String[] {"regional-phased", "risks[0].id"}, new String[] {"regional-phased", "risks[0].description"},
                new String[] {"regional-phased", "program.fixedCosts[0].id"},
                new String[] {"academic-homegrown", "strategy.waves[0].id"},
                new String[] {"big-bang-vs-phased", "name"}, new String[] {"big-bang-vs-phased", "description"});
        int taken = 0;
        for (String[] field : fields) {
            for (JsonNode value : values) {
                Agreement a = agreement(dir, field[0], field[1], value);
                if (a.schemaTakes() != a.loaderTakes()) {
                    disagree.add(field[0] + " " + field[1] + " = " + value + ": " + a);
                }
                taken += a.loaderTakes() ? 1 : 0;
            }
        }
        assertTrue(disagree.isEmpty(), String.join("\n", disagree));
        assertTrue(taken > 40, "taken: " + taken);
        // a whole number of 16 digits prints as 1.234567890123456E15: no id
        Agreement big = agreement(dir, "regional-phased", "sites[0].id", json.numberNode(1234567890123456L));
        assertFalse(big.schemaTakes() || big.loaderTakes(), big.toString());
    }

    private record Agreement(boolean schemaTakes, boolean loaderTakes, String errors) {
    }

    /** Whether schema and loader take a bundled file with {@code path} set to {@code value}. */
    private static Agreement agreement(Path dir, String file, String path, JsonNode value) throws IOException {
        ObjectNode copy = (ObjectNode) bundled(file);
        JsonNode parent = copy;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?").matcher(parts[i]);
            assertTrue(m.matches(), path);
            boolean last = i == parts.length - 1;
            if (last && m.group(2) == null) {
                assertTrue(parent.isObject(), file + " reaches " + path);
                ((ObjectNode) parent).set(m.group(1), value);
            } else if (last) {
                ((ArrayNode) parent.get(m.group(1))).set(Integer.parseInt(m.group(2)), value);
            } else {
                parent = parent.get(m.group(1));
                if (m.group(2) != null) {
                    parent = parent.get(Integer.parseInt(m.group(2)));
                }
                assertTrue(parent != null && parent.isObject(), file + " reaches " + path);
            }
        }
        Path json = dir.resolve(file + ".json");
        new ObjectMapper().writeValue(json.toFile(), copy);
        LoadResult loaded = ScenarioLoader.load(json);
        return new Agreement(SCHEMA.validate(copy).isEmpty(), loaded.isOk(), loaded.isOk() ? "" : loaded.errorText());
    }

    @Test
    void rejectsABrokenVariantsFile() throws IOException {
        JsonNode variants = bundled("big-bang-vs-phased");
        assertTrue(SCHEMA.validate(variants).isEmpty());
        ObjectNode noBase = variants.deepCopy();
        noBase.remove("base");
        assertFalse(SCHEMA.validate(noBase).isEmpty());
        ObjectNode withSites = variants.deepCopy();
        withSites.putArray("sites");
        assertFalse(SCHEMA.validate(withSites).isEmpty());
    }

    @Test
    void listsExactlyTheModelParameters() throws IOException {
        JsonNode schemaTree = schemaTree();
        JsonNode properties = schemaTree.at("/definitions/scenario/properties/parameters/properties");
        Set<String> inSchema = new TreeSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FieldNames.isParameterGroup(key)) {
                inSchema.add(key);
            }
        }
        Set<String> inModel = new TreeSet<>();
        for (Parameter p : Parameter.values()) {
            inModel.add(p.key());
            assertTrue(properties.at("/" + p.key().replace(".", "/properties/")).isObject(), p.key() + " nested form");
        }
        assertEquals(inModel, inSchema);
    }

    @Test
    void acceptsEveryExampleFileInTheDocs() throws IOException {
        int examples = 0;
        for (String doc : new String[] {"../docs/scenario-format.md", "../README.md"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of(doc)));
            while (m.find()) {
                JsonNode example = YAML.readTree(m.group(1));
                if (example == null || !example.isObject() || !(example.has("name") || example.has("base"))) {
                    continue; // a fragment, not a file
                }
                Set<ValidationMessage> messages = SCHEMA.validate(example);
                assertTrue(messages.isEmpty(), doc + " example " + m.group(1) + ": " + messages);
                examples++;
            }
        }
        assertTrue(examples >= 3, "examples found: " + examples);
    }

    @Test
    void isDraft07AndEveryPropertyHasADescriptionAndEveryOptionalOneADefault() throws IOException {
        JsonNode schemaTree = schemaTree();
        assertEquals("http://json-schema.org/draft-07/schema#", schemaTree.get("$schema").asText());
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        java.util.List<String> noDefault = new java.util.ArrayList<>();
        int[] count = {0};
        walkProperties(schemaTree, "", (path, property, required) -> {
            count[0]++;
            if (!property.hasNonNull("description") || property.get("description").asText().isBlank()) {
                undescribed.add(path);
            }
            if (!required && !property.has("default") && !property.get("description").asText().contains("Default: ")) {
                noDefault.add(path);
            }
        });
        assertTrue(count[0] > 150, "properties: " + count[0]);
        assertTrue(undescribed.isEmpty(), "no description: " + undescribed);
        assertTrue(noDefault.isEmpty(), "no default: " + noDefault);
    }

    private interface PropertyVisitor {
        void visit(String path, JsonNode property, boolean required);
    }

    private static void walkProperties(JsonNode node, String path, PropertyVisitor visitor) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                walkProperties(item, path, visitor);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            Set<String> required = new TreeSet<>();
            node.path("required").forEach(r -> required.add(r.asText()));
            boolean distributionShape = path.endsWith("distribution");
            for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!distributionShape && !path.contains("propertyNames")) {
                    visitor.visit(path + "." + key, properties.get(key), required.contains(key));
                }
                walkProperties(properties.get(key), path + "." + key, visitor);
            }
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("properties")) {
                walkProperties(node.get(key), path + "/" + key, visitor);
            }
        }
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode copy = (ObjectNode) bundled("regional-phased");
        breakIt.accept(copy);
        assertFalse(SCHEMA.validate(copy).isEmpty(), "schema should reject " + copy);
    }
}
