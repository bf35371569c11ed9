package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;

/**
 * Fuzzing: the bundled scenarios, mutated (numbers swapped for extremes or distributions with
 * extreme parameters, text where a number belongs, fields and list items deleted or repeated), run
 * through {@code rollout run}. Every mutant must exit 0 or 2, never 1; a run that succeeds must
 * write only finite numbers, and every sampled input must lie inside its field's valid range.
 *
 * <p>Fast in the default build (the mutant count is {@code jqwik.tries.default} in
 * {@code junit-platform.properties}); for a long run: {@code mvn -pl cli -am test
 * -Dtest=ScenarioFuzzTest -Djqwik.tries.default=2000 -Dsurefire.failIfNoSpecifiedTests=false}.
 * The seed is fixed, so a run is reproducible; more tries extend the same sequence of mutants.
 */
class ScenarioFuzzTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCENARIOS = List.of("regional-phased", "regional-big-bang",
            "academic-homegrown", "enterprise");
    private static final double[] EXTREMES = {0, -0.0, -1, 1e-320, 1e-9, 0.5, 1, 2, 7, 52, 520, 1e4, 1e7, 1e9,
        1e13, 1e150, 1e200, 1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE};
    private static final List<String> KINDS = List.of("triangular", "pert", "uniform", "normal", "lognormal");
    /** The valid range of each uncertain field, by its name, as docs/scenario-format.md states them. */
    private static final Map<String, double[]> FIELD_RANGES = Map.ofEntries(
            Map.entry("complexity", new double[] {0.1, 10}), Map.entry("leadership", new double[] {0, 1}),
            Map.entry("readiness", new double[] {0, 1}), Map.entry("fte", new double[] {0, 1e5}),
            Map.entry("weeklyCost", new double[] {0, 1e7}), Map.entry("hiringLagWeeks", new double[] {0, 520}),
            Map.entry("rampUpWeeks", new double[] {1, 520}), Map.entry("partnership", new double[] {0, 1}),
            Map.entry("customizationApproval", new double[] {0, 1}),
            Map.entry("readinessThreshold", new double[] {0, 1}), Map.entry("tolerance", new double[] {0, 1}),
            Map.entry("supportRatio", new double[] {1, 1e4}), Map.entry("costPerFteWeek", new double[] {0, 1e7}),
            Map.entry("exitIncidentsPerThousandUsers", new double[] {0, 1e6}),
            Map.entry("interfaceMaintenanceFte", new double[] {0, 1e5}),
            Map.entry("delayCostPerDay", new double[] {0, 1e10}), Map.entry("amount", new double[] {0, 1e13}),
            Map.entry("probability", new double[] {0, 1}), Map.entry("delayWeeks", new double[] {0, 520}),
            Map.entry("cost", new double[] {0, 1e13}), Map.entry("fatigue", new double[] {0, 1}),
            Map.entry("defects", new double[] {0, 1e7}), Map.entry("leavers", new double[] {0, 1e5}));

    /** Inputs that are uncertain by default in every bundled scenario: the ones a correlation may name. */
    private static final String[] CORRELATED = {"effortPerWorkflow", "defectsPerPersonWeek", "testDetection",
        "customizationRate", "annualAttrition", "learningRate", "scopeGrowth"};

    private static final int[] OUTCOMES = new int[3];

    @Provide
    Arbitrary<String> scenario() {
        return Arbitraries.of(SCENARIOS);
    }

    @Property(seed = "20261201")
    void mutantsExitZeroOrTwoAndWriteOnlyFiniteInRangeNumbers(@ForAll("scenario") String scenario,
            @ForAll long mutationSeed, @ForAll @IntRange(min = 1, max = 3) int mutations) throws IOException {
        JsonNode tree = bundled(scenario);
        Random random = new Random(mutationSeed);
        List<String> done = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            done.add(correlate((ObjectNode) tree, random));
        }
        String sampling = random.nextInt(2) == 0 ? "lhs" : "random";
        done.add("--sampling " + sampling);
        for (int i = 0; i < mutations; i++) {
            done.add(mutate(tree, random));
        }
        Path dir = Files.createTempDirectory("rollout-fuzz-");
        try {
            Path file = dir.resolve("mutant.json");
            Files.writeString(file, JSON.writeValueAsString(tree));
            Path out = dir.resolve("out");
            CliHarness.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliHarness.run("run", file.toString(), "--runs", "6", "--threads", "1", "-q", "--sampling", sampling,
                            "--format", "json,csv", "--out", out.toString()));
            String what = scenario + " with " + done + "\n" + r.err();
            if (r.exitCode() != 0 && r.exitCode() != 2) {
                fail("exit " + r.exitCode() + ": " + what);
            }
            OUTCOMES[r.exitCode()]++;
            if (r.exitCode() == 0) {
                checkOutputs(file, out, what);
            } else {
                assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + what);
                assertFalse(Files.exists(out), "nothing written: " + what);
            }
        } finally {
            OutputDirectory.deleteRecursively(dir);
        }
    }

    @AfterContainer
    static void report() {
        System.out.println("ScenarioFuzzTest: " + OUTCOMES[0] + " mutants ran (exit 0), " + OUTCOMES[2]
                + " refused (exit 2), " + OUTCOMES[1] + " internal errors (exit 1)");
    }

    private static void checkOutputs(Path file, Path out, String what) throws IOException {
        String summary = Files.readString(out.resolve("summary.json"));
        assertFalse(summary.contains("NaN") || summary.contains("Infinity"), "summary.json is finite: " + what);
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        String[] header = rows.get(0).split(",", -1);
        LoadResult loaded = ScenarioLoader.load(file);
        assertTrue(loaded.isOk(), what);
        OutputSchema schema = new RolloutModel(loaded.scenarioSet().scenarios().get(0).scenario(),
                new ModelOptions(false)).schema();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            for (int c = 1; c < cells.length; c++) {
                double v;
                try {
                    v = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new AssertionError("runs.csv " + header[c] + " holds '" + cells[c] + "': " + what);
                }
                assertTrue(Double.isFinite(v), "runs.csv " + header[c] + " = " + v + ": " + what);
                int column = schema.scalarIndex(header[c]);
                if (column >= 0 && schema.scalars().get(column).kind() == OutputSchema.Kind.PARAMETER) {
                    double[] range = range(header[c]);
                    assertTrue(v >= range[0] && v <= range[1],
                            header[c] + " sampled " + v + " outside [" + range[0] + ", " + range[1] + "]: " + what);
                }
            }
        }
    }

    private static double[] range(String column) {
        for (Parameter p : Parameter.values()) {
            if (p.key().equals(column)) {
                return new double[] {p.min(), p.max()};
            }
        }
        double[] range = FIELD_RANGES.get(column.substring(column.lastIndexOf('.') + 1));
        if (range == null) {
            throw new AssertionError("no known range for the sampled column " + column);
        }
        return range;
    }

    /**
     * Adds a {@code correlations:} block between inputs that are uncertain by default, as pairs or as
     * a matrix, with ranks anywhere in [-1, 1] (so later mutations may also reach them, and a matrix
     * may not be positive semi-definite); says what it did.
     */
    private static String correlate(ObjectNode tree, Random random) {
        List<String> names = new ArrayList<>(List.of(CORRELATED));
        Collections.shuffle(names, random);
        int k = 2 + random.nextInt(names.size() - 1);
        names = names.subList(0, k);
        JsonNode correlations;
        if (random.nextBoolean()) {
            ArrayNode pairs = JsonNodeFactory.instance.arrayNode();
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    ObjectNode pair = pairs.addObject();
                    pair.putArray("between").add(names.get(a)).add(names.get(b));
                    pair.put("rank", rank(random));
                }
            }
            correlations = pairs;
        } else {
            ObjectNode matrix = JsonNodeFactory.instance.objectNode();
            ArrayNode inputs = matrix.putArray("inputs");
            names.forEach(inputs::add);
            ArrayNode rows = matrix.putArray("matrix");
            double[][] m = new double[k][k];
            for (int a = 0; a < k; a++) {
                m[a][a] = 1;
                for (int b = a + 1; b < k; b++) {
                    m[a][b] = rank(random);
                    m[b][a] = m[a][b];
                }
            }
            for (double[] row : m) {
                ArrayNode r = rows.addArray();
                for (double v : row) {
                    r.add(v);
                }
            }
            correlations = matrix;
        }
        tree.set("correlations", correlations);
        return "correlations " + correlations;
    }

    private static double rank(Random random) {
        return random.nextInt(4) == 0 ? 0 : Math.round((2 * random.nextDouble() - 1) * 100) / 100.0;
    }

    private static JsonNode bundled(String name) throws IOException {
        try (InputStream in = ScenarioFuzzTest.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            return YAML.readTree(in);
        }
    }

    /** One random change to {@code tree}; says what it did. */
    private static String mutate(JsonNode tree, Random random) {
        List<String> paths = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        collect(tree, "", paths, parents);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (child(parents.get(i), paths.get(i)).isNumber()) {
                numbers.add(i);
            }
        }
        // Mostly numbers, so that many mutants stay valid and run; sometimes anything.
        int pick = random.nextInt(5) > 0 && !numbers.isEmpty() ? numbers.get(random.nextInt(numbers.size()))
                : random.nextInt(paths.size());
        JsonNode parent = parents.get(pick);
        String path = paths.get(pick);
        String key = path.substring(path.lastIndexOf('/') + 1);
        JsonNode replacement;
        String what;
        JsonNode old = child(parent, path);
        double value = old.isNumber() ? old.asDouble() : 1;
        switch (random.nextInt(12)) {
            case 6, 9, 10, 11 -> {
                // Scaled: whole numbers stay whole, so that counts and weeks stay valid and the mutant runs.
                double v = value * Math.exp(random.nextGaussian());
                replacement = old.isIntegralNumber() ? JsonNodeFactory.instance.numberNode(Math.round(v))
                        : JsonNodeFactory.instance.numberNode(v);
                what = path + " = " + replacement + " (scaled)";
            }
            case 7, 8 -> {
                // A distribution around the value: mostly reasonable, with now and then an extreme spread.
                double spread = random.nextInt(4) == 0 ? extreme(random) : value * random.nextDouble();
                ObjectNode distribution = JsonNodeFactory.instance.objectNode();
                ArrayNode params = distribution.putArray(KINDS.get(random.nextInt(KINDS.size())));
                String kind = distribution.fieldNames().next();
                if (kind.equals("normal") || kind.equals("lognormal")) {
                    params.add(value).add(spread);
                } else if (kind.equals("uniform")) {
                    params.add(value - spread).add(value + spread);
                } else {
                    params.add(value - spread).add(value).add(value + 2 * spread);
                }
                replacement = distribution;
                what = path + " = " + distribution;
            }
            case 0, 1 -> {
                double v = extreme(random);
                replacement = JsonNodeFactory.instance.numberNode(v);
                what = path + " = " + v;
            }
            case 2, 3 -> {
                String kind = KINDS.get(random.nextInt(KINDS.size()));
                int arity = kind.equals("triangular") || kind.equals("pert") ? 3 : 2;
                ArrayNode params = JsonNodeFactory.instance.arrayNode();
                double[] v = new double[arity];
                for (int i = 0; i < arity; i++) {
                    v[i] = random.nextBoolean() ? extreme(random) : random.nextDouble() * Math.pow(10, random.nextInt(6) - 2);
                }
                if (random.nextBoolean() && !kind.equals("normal") && !kind.equals("lognormal")) {
                    java.util.Arrays.sort(v); // often well-formed, so that range checks are reached
                }
                for (double x : v) {
                    params.add(x);
                }
                ObjectNode distribution = JsonNodeFactory.instance.objectNode();
                distribution.set(kind, params);
                replacement = distribution;
                what = path + " = " + distribution;
            }
            case 4 -> {
                replacement = JsonNodeFactory.instance.textNode(random.nextBoolean() ? "abc" : "1e400");
                what = path + " = text";
            }
            default -> {
                replacement = null;
                what = "removed " + path;
            }
        }
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(key);
            } else {
                object.set(key, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (replacement == null) {
                array.remove(index);
            } else if (random.nextBoolean()) {
                array.add(array.get(index).deepCopy()); // a repeated item (duplicate ids are errors)
                what = "repeated " + path;
            } else {
                array.set(index, replacement);
            }
        }
        return what;
    }

    private static double extreme(Random random) {
        return random.nextInt(3) == 0 ? random.nextGaussian() * Math.pow(10, random.nextInt(12) - 3)
                : EXTREMES[random.nextInt(EXTREMES.length)];
    }

    private static JsonNode child(JsonNode parent, String path) {
        String key = path.substring(path.lastIndexOf('/') + 1);
        return parent.isArray() ? parent.get(Integer.parseInt(key)) : parent.get(key);
    }

    /** Every value of the tree but the root, with its parent. */
    private static void collect(JsonNode node, String path, List<String> paths, List<JsonNode> parents) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                paths.add(path + "/" + e.getKey());
                parents.add(node);
                collect(e.getValue(), path + "/" + e.getKey(), paths, parents);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(path + "/" + i);
                parents.add(node);
                collect(node.get(i), path + "/" + i, paths, parents);
            }
        }
    }
}
