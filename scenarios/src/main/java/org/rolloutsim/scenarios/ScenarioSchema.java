package org.rolloutsim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenarios.ScenarioFields.Field;

/**
 * The JSON Schema (draft-07) of scenario and variants files, for editors: generated from the table
 * of fields ({@link ScenarioFields}) and of model constants ({@link Parameter}), so that every
 * property has its description, range and default as the loader has them. {@code rollout schema}
 * prints it; the file shipped beside the bundled scenarios is this text.
 */
public final class ScenarioSchema {
    /** Where the schema is shipped, relative to the bundled scenarios. */
    public static final String RESOURCE = "/schema/rollout-scenario.schema.json";
    /** The file name {@code init} writes beside a new scenario. */
    public static final String FILE_NAME = "rollout-scenario.schema.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DISTRIBUTION = "#/definitions/distribution";

    /**
     * A regular expression that finds a character that is not blank: text matches it when the
     * loader does not refuse it as {@linkplain Fields#blank blank}. Generated from that rule, as a
     * class of the characters it calls white space, so that schema and loader cannot drift.
     */
    static final String NOT_BLANK = notBlank();

    private ScenarioSchema() {
    }

    private static String notBlank() {
        StringBuilder b = new StringBuilder("[^");
        int c = 0;
        while (c <= Character.MAX_VALUE) {
            if (!Fields.blank(String.valueOf((char) c))) {
                c++;
                continue;
            }
            int last = c;
            while (last + 1 <= Character.MAX_VALUE && Fields.blank(String.valueOf((char) (last + 1)))) {
                last++;
            }
            b.append(String.format("\\u%04X", c));
            if (last > c) {
                b.append(last > c + 1 ? "-" : "").append(String.format("\\u%04X", last));
            }
            c = last + 1;
        }
        return b.append(']').toString();
    }

    /** The schema as text: two-space indents, {@code \n} line ends, a final newline. */
    public static String text() {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(pretty).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "rollout-sim scenario");
        root.put("description", "A rollout-sim scenario file, or a variants file (base and variants). `rollout validate`"
                + " checks more than a schema can: references between sections, go-live against preparation time,"
                + " distribution shapes.");
        ObjectNode isVariants = root.putObject("if");
        ArrayNode anyOf = isVariants.putArray("anyOf");
        anyOf.addObject().putArray("required").add("variants");
        anyOf.addObject().putArray("required").add("base");
        root.putObject("then").put("$ref", "#/definitions/variantsFile");
        root.putObject("else").put("$ref", "#/definitions/scenario");
        ObjectNode definitions = root.putObject("definitions");
        definitions.set("distribution", distribution());
        for (Map.Entry<String, List<Field>> section : ScenarioFields.sections().entrySet()) {
            definitions.set(section.getKey(), section(section.getKey(), section.getValue()));
        }
        return root;
    }

    private static ObjectNode section(String name, List<Field> fields) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field f : fields) {
            properties.set(f.name(), property(f));
            if (f.required()) {
                required.add(f.name());
            }
        }
        node.put("additionalProperties", false);
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        if (name.equals("scenario") || name.equals("variantsFile")) {
            node.putObject("patternProperties").putObject("^x-")
                    .put("description", "Ignored by rollout: a place for YAML anchors that several entries share.");
        }
        return node;
    }

    private static ObjectNode property(Field f) {
        ObjectNode p = shape(f);
        if (!f.required()) {
            nullable(p);
        }
        p.put("description", description(f));
        Object value = f.defaultValue();
        if (value instanceof Boolean b) {
            p.put("default", b);
        } else if (value instanceof Integer i) {
            p.put("default", i);
        } else if (value instanceof Number n) {
            p.put("default", n.doubleValue());
        } else if (value instanceof String s) {
            p.put("default", s);
        } else if (value instanceof List<?> list) {
            ArrayNode items = p.putArray("default");
            list.forEach(item -> items.add(((Number) item).intValue()));
        } else if (f.kind() == ScenarioFields.Kind.SECTION && !f.required()) {
            p.putObject("default");
        } else if (f.kind() == ScenarioFields.Kind.LIST && !f.required()) {
            p.putArray("default");
        }
        return p;
    }

    /** The description with the default or "Required." after it, as an editor shows it on hover. */
    static String description(Field f) {
        String text = f.description();
        if (f.required()) {
            return text + " Required.";
        }
        if (f.defaultValue() != null) {
            return text + " Default: " + f.defaultValue() + ".";
        }
        return text + " Default: " + f.defaultText() + ".";
    }

    private static ObjectNode shape(Field f) {
        ObjectNode p = JSON.objectNode();
        switch (f.kind()) {
            case TEXT -> scalarText(p);
            case NAME -> scalarText(p).put("minLength", 1).put("pattern", NOT_BLANK);
            case DATE -> p.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            case CURRENCY -> p.put("type", "string").put("pattern", "^[A-Z]{3}$");
            case WHOLE, WEEK -> p.put("type", "integer").put("minimum", (long) f.min()).put("maximum", (long) f.max());
            case NUMBER -> {
                p.put("type", "number").set("minimum", number(f.min()));
                p.set("maximum", number(f.max()));
            }
            case UNCERTAIN -> uncertain(p, f.min(), f.max());
            case BOOLEAN -> p.put("type", "boolean");
            case CHOICE -> {
                ArrayNode choices = p.putArray("enum");
                f.choices().forEach(choices::add);
            }
            case ID -> id(p);
            case IDS -> {
                p.put("type", "array").put("minItems", (int) f.min()).put("maxItems", (int) f.max());
                id(p.putObject("items"));
            }
            case YEAR_WEEKS -> {
                p.put("type", "array").put("maxItems", (int) f.max());
                p.putObject("items").put("type", "integer").put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case WINDOW -> {
                p.put("type", "array").put("minItems", 2).put("maxItems", 2);
                p.putObject("items").put("type", "integer").put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case SCOPE -> p.put("type", "string").put("pattern", "^(program|wave:.+|site:.+)$");
            case SECTION -> p.putArray("allOf").addObject().put("$ref", "#/definitions/" + f.section());
            case LIST -> {
                p.put("type", "array").put("minItems", (int) f.min()).put("maxItems", (int) f.max());
                p.putObject("items").put("$ref", "#/definitions/" + f.section());
            }
            case ONE_OF -> {
                ArrayNode oneOf = p.putArray("oneOf");
                f.choices().forEach(c -> oneOf.addObject().put("$ref", "#/definitions/" + c));
            }
            case INPUT_NAMES -> {
                p.put("type", "array").put("minItems", (int) f.min()).put("maxItems", (int) f.max());
                p.putObject("items").put("type", "string");
            }
            case MATRIX -> {
                p.put("type", "array").put("maxItems", 100);
                ObjectNode row = p.putObject("items");
                row.put("type", "array").put("maxItems", 100);
                row.putObject("items").put("type", "number").put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case CORRELATIONS -> {
                ArrayNode oneOf = p.putArray("oneOf");
                ObjectNode pairs = oneOf.addObject();
                pairs.put("type", "array");
                pairs.putObject("items").put("$ref", "#/definitions/" + f.choices().get(0));
                oneOf.addObject().put("$ref", "#/definitions/" + f.choices().get(1));
            }
            case PARAMETERS -> parameters(p);
            case VARIANTS -> variants(p);
            default -> throw new IllegalStateException("no shape for " + f.kind());
        }
        return p;
    }

    private static void uncertain(ObjectNode p, double min, double max) {
        ArrayNode anyOf = p.putArray("anyOf");
        anyOf.addObject().put("type", "number").set("minimum", number(min));
        ((ObjectNode) anyOf.get(0)).set("maximum", number(max));
        anyOf.addObject().put("$ref", DISTRIBUTION);
    }

    /**
     * An id. The loader reads an unquoted number or boolean as its text ({@code id: 7} is the id
     * "7"), so the schema takes those as well: a whole number that is not negative and has at most
     * 15 digits (others print with a sign, a point or an exponent, which no id has) or a boolean.
     * The loader refuses a number written otherwise than it prints ({@code 007}, {@code 1e3}):
     * a schema sees only the value, so an editor cannot tell those apart.
     */
    private static void id(ObjectNode p) {
        p.putArray("type").add("string").add("integer").add("boolean");
        p.put("pattern", "^" + ScenarioBinder.ID.pattern() + "$").put("minimum", 0).put("maximum", 999_999_999_999_999L);
    }

    /** A mapping key that must be an id: always text. */
    private static void idKey(ObjectNode p) {
        p.put("type", "string").put("pattern", "^" + ScenarioBinder.ID.pattern() + "$");
    }

    /**
     * Text, as the loader reads it: a string, or an unquoted number or boolean taken as its text
     * ({@code name: 2024} is the name "2024").
     */
    private static ObjectNode scalarText(ObjectNode p) {
        p.putArray("type").add("string").add("number").add("boolean");
        return p;
    }

    /**
     * Also {@code null}: the loader reads an optional field written as null ({@code key:},
     * {@code ~}, {@code null}) as left out, so that it takes its default.
     */
    private static void nullable(ObjectNode p) {
        com.fasterxml.jackson.databind.JsonNode type = p.get("type");
        if (type != null && type.isTextual()) {
            p.putArray("type").add(type.asText()).add("null");
        } else if (type != null && type.isArray()) {
            ((ArrayNode) type).add("null");
        } else if (p.has("enum")) {
            ((ArrayNode) p.get("enum")).addNull();
        } else if (p.has("anyOf")) {
            ((ArrayNode) p.get("anyOf")).addObject().put("type", "null");
        } else if (p.has("oneOf")) {
            ((ArrayNode) p.get("oneOf")).addObject().put("type", "null");
        } else if (p.has("allOf")) {
            ArrayNode anyOf = JSON.arrayNode();
            p.get("allOf").forEach(anyOf::add);
            anyOf.addObject().put("type", "null");
            p.remove("allOf");
            p.set("anyOf", anyOf);
        } else {
            throw new IllegalStateException("cannot make " + p + " nullable");
        }
    }

    /** The model constants, by key; a key with a dot may also be written nested. */
    private static void parameters(ObjectNode p) {
        p.put("type", "object");
        ObjectNode properties = p.putObject("properties");
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            ObjectNode one = JSON.objectNode();
            uncertain(one, parameter.min(), parameter.max());
            nullable(one);
            if (parameter.defaultValue() == null) {
                // derived from other parameters (its meaning says how): no value an editor could fill in
                one.put("description", parameter.meaning() + " (source: " + parameter.source()
                        + "). Default: derived, as said above.");
            } else {
                one.put("description", parameter.meaning() + " (source: " + parameter.source() + "). Default: "
                        + defaultText(parameter.defaultValue()) + ".");
                one.set("default", distributionValue(parameter.defaultValue()));
            }
            properties.set(parameter.key(), one);
            int dot = parameter.key().indexOf('.');
            if (dot > 0) {
                String group = parameter.key().substring(0, dot);
                ObjectNode nested = groups.computeIfAbsent(group, g -> {
                    ObjectNode n = JSON.objectNode();
                    n.put("type", "object");
                    n.put("description", g + " per legacy kind; the same as writing " + g + ".KIND.");
                    n.putObject("properties");
                    n.put("additionalProperties", false);
                    n.putObject("default");
                    return n;
                });
                ((ObjectNode) nested.get("properties")).set(parameter.key().substring(dot + 1), one.deepCopy());
            }
        }
        properties.setAll(groups);
        p.put("additionalProperties", false);
    }

    private static void variants(ObjectNode p) {
        ArrayNode oneOf = p.putArray("oneOf");
        ObjectNode map = oneOf.addObject();
        map.put("type", "object").put("minProperties", 1);
        idKey(map.putObject("propertyNames"));
        map.putObject("additionalProperties").putArray("type").add("object").add("null");
        ObjectNode list = oneOf.addObject();
        list.put("type", "array").put("minItems", 1);
        ObjectNode item = list.putObject("items");
        item.put("type", "object");
        item.putArray("required").add("id");
        ObjectNode variantId = item.putObject("properties").putObject("id");
        id(variantId);
        variantId.put("description", "The variant's id: its name in results and folders. Required.");
    }

    private static ObjectNode distribution() {
        ObjectNode d = JSON.objectNode();
        d.put("description", "A distribution sampled once per run: {triangular: [min, mode, max]}, {pert: [min, mode,"
                + " max]}, {uniform: [min, max]}, {normal: [mean, sd]}, {lognormal: [mean, sd]} (mean and sd of the"
                + " value itself).");
        ArrayNode oneOf = d.putArray("oneOf");
        for (Object[] shape : new Object[][] {{"triangular", 3, "[min, mode, max]"}, {"pert", 3, "[min, mode, max]"},
                {"uniform", 2, "[min, max]"}, {"normal", 2, "[mean, sd]"},
                {"lognormal", 2, "[mean, sd] of the value itself"}}) {
            ObjectNode one = oneOf.addObject();
            one.put("type", "object");
            ObjectNode values = one.putObject("properties").putObject((String) shape[0]);
            values.put("type", "array").put("minItems", (int) shape[1]).put("maxItems", (int) shape[1]);
            values.putObject("items").put("type", "number");
            values.put("description", shape[0] + " " + shape[2]);
            one.put("additionalProperties", false);
            one.putArray("required").add((String) shape[0]);
        }
        return d;
    }

    /** A default as a scenario file writes it: a number, or {lognormal: [mean, sd]}. */
    static com.fasterxml.jackson.databind.JsonNode distributionValue(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return JSON.numberNode(c.value());
        }
        ObjectNode o = JSON.objectNode();
        if (d instanceof Distribution.Triangular t) {
            o.putArray("triangular").add(t.min()).add(t.mode()).add(t.max());
        } else if (d instanceof Distribution.Pert t) {
            o.putArray("pert").add(t.min()).add(t.mode()).add(t.max());
        } else if (d instanceof Distribution.Uniform u) {
            o.putArray("uniform").add(u.min()).add(u.max());
        } else if (d instanceof Distribution.Normal n) {
            o.putArray("normal").add(n.mean()).add(n.sd());
        } else if (d instanceof Distribution.LogNormal l) {
            o.putArray("lognormal").add(l.mean()).add(l.sd());
        }
        return o;
    }

    /** A whole bound as an integer (0, 1000000), others as decimals. */
    private static com.fasterxml.jackson.databind.JsonNode number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? JSON.numberNode((long) v) : JSON.numberNode(v);
    }

    static String defaultText(Distribution d) {
        com.fasterxml.jackson.databind.JsonNode value = distributionValue(d);
        return value.isNumber() ? numberText(value.doubleValue()) : value.toString().replace("\"", "").replace(":", ": ");
    }

    private static String numberText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
