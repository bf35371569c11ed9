package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result files of real runs: valid against the JSON Schemas shipped for them, every week with
 * its date and every amount with its currency, one number format per CSV column, and
 * docs/outputs.md naming every field and column.
 */
class OutputFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runEveryCommand() {
        assertEquals(0, CliHarness.run("run", "--runs", "120", "-q", "--format", "json,csv", "--out",
                tmp.resolve("run").toString()).exitCode());
        assertEquals(0, CliHarness.run("run", "--runs", "120", "-q", "--format", "json", "--out",
                tmp.resolve("run-json").toString()).exitCode());
        assertEquals(0, CliHarness.run("compare", "big-bang-vs-phased", "--runs", "60", "-q", "--format", "json",
                "--out", tmp.resolve("compare").toString()).exitCode());
        assertEquals(0, CliHarness.run("sweep", "regional-phased", "--param", "strategy.waves=4:6:2", "--runs", "40",
                "-q", "--format", "json,csv", "--out", tmp.resolve("sweep").toString()).exitCode());
        assertEquals(0, CliHarness.run("run", "--runs", "60", "-q", "--format", "json", "--sampling", "lhs", "--set",
                "correlations=[{between: [effortPerWorkflow, scopeGrowth], rank: 0.4}]", "--out",
                tmp.resolve("lhs").toString()).exitCode());
        assertEquals(0, CliHarness.run("sensitivity", "regional-phased", "--inputs", "effortPerWorkflow,scopeGrowth",
                "--runs", "10", "-q", "--format", "json", "--out", tmp.resolve("sensitivity").toString()).exitCode());
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(tmp.resolve(file)));
    }

    @Test
    void summaryJsonAloneIsTheSummaryOfTheSameBatchWithEveryOtherFile() throws IOException {
        // json alone collects no weekly fans and assembles no report: neither may touch the summary
        assertEquals(Files.readString(tmp.resolve("run/summary.json")),
                Files.readString(tmp.resolve("run-json/summary.json")));
        assertTrue(Files.exists(tmp.resolve("run/weekly.csv")));
        assertTrue(!Files.exists(tmp.resolve("run-json/weekly.csv")));
        assertTrue(!Files.exists(tmp.resolve("run-json/report.html")));
    }

    @Test
    void everyJsonFileIsValidAgainstItsShippedSchema() throws IOException {
        for (String[] pair : new String[][] {{"run/summary.json", "summary.schema.json"},
                {"compare/phased/summary.json", "summary.schema.json"},
                {"lhs/summary.json", "summary.schema.json"},
                {"compare/comparison.json", "comparison.schema.json"},
                {"sweep/sweep.json", "sweep.schema.json"},
                {"sweep/points/strategy.waves-4/summary.json", "summary.schema.json"},
                {"run/run.json", "run.schema.json"}, {"compare/run.json", "run.schema.json"},
                {"compare/phased/run.json", "run.schema.json"}, {"sweep/run.json", "run.schema.json"},
                {"lhs/run.json", "run.schema.json"}, {"sensitivity/run.json", "run.schema.json"},
                {"sensitivity/sensitivity.json", "sensitivity.schema.json"}}) {
            Set<ValidationMessage> problems = ShippedSchemas.of(pair[1]).validate(read(pair[0]));
            assertTrue(problems.isEmpty(), pair[0] + ": " + problems);
        }
        JsonNode broken = read("run/summary.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/probabilities")).put("onTime", 73);
        assertTrue(!ShippedSchemas.of("summary.schema.json").validate(broken).isEmpty(), "a share of 73 is not 0-1");
        JsonNode study = read("sensitivity/run.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) study).putNull("sensitivity");
        assertTrue(!ShippedSchemas.of("run.schema.json").validate(study).isEmpty(), "a sensitivity study names its inputs");
        JsonNode indices = read("sensitivity/sensitivity.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) indices.at("/outputs/programCost/indices/0")).put("total", -0.2);
        assertTrue(!ShippedSchemas.of("sensitivity.schema.json").validate(indices).isEmpty(), "a total index is at least 0");
        JsonNode capped = read("sensitivity/sensitivity.json").deepCopy();
        assertEquals(0.0, capped.get("unfinished").asDouble(), "every run of the study finished");
        ((com.fasterxml.jackson.databind.node.ObjectNode) capped.at("/outputs/completionWeek")).put("cappedAtHorizon", true);
        assertTrue(!ShippedSchemas.of("sensitivity.schema.json").validate(capped).isEmpty(),
                "an output is capped at the horizon only when some run had not finished by it");
    }

    @Test
    void weeksHaveTheirDatesAndAmountsTheirCurrency() throws IOException {
        JsonNode summary = read("run/summary.json");
        assertEquals("2027-01-04", summary.get("programStart").asText(), "the bundled scenario's start");
        assertEquals("USD", summary.get("currency").asText());
        JsonNode completion = summary.at("/metrics/completionWeek");
        double p80 = completion.get("p80").asDouble();
        assertEquals(java.time.LocalDate.of(2027, 1, 4).plusDays(Math.round(p80 * 7)).toString(),
                completion.at("/dates/p80").asText());
        summary.get("metrics").fields().forEachRemaining(e -> {
            String unit = e.getValue().get("unit").asText();
            assertEquals(unit.equals("week"), e.getValue().has("dates"), e.getKey() + " dates beside weeks only");
            assertEquals(unit.equals("money"), e.getValue().has("currency"), e.getKey() + " currency beside money only");
        });
        assertEquals("money", summary.at("/metrics/cost.team/unit").asText());
        assertEquals("week", summary.at("/metrics/waves.w1.goLiveWeek/unit").asText());
        assertEquals("weeks", summary.at("/metrics/waves.w1.slipWeeks/unit").asText());
        summary.get("sensitivity").fields().forEachRemaining(e -> {
            for (JsonNode entry : e.getValue()) {
                double share = entry.get("varianceShare").asDouble();
                assertTrue(share >= 0 && share <= 1, e.getKey() + " varianceShare " + share);
            }
        });
        JsonNode comparison = read("compare/comparison.json");
        assertEquals("USD", comparison.get("currency").asText());
        assertEquals("USD", comparison.at("/pairs/0/metrics/programCost/currency").asText());
    }

    @Test
    void everyCsvColumnHasOneNumberFormat() throws IOException {
        for (String file : List.of("run/runs.csv", "run/weekly.csv", "sweep/sweep.csv")) {
            List<String> lines = Files.readAllLines(tmp.resolve(file));
            String[] header = lines.get(0).split(",", -1);
            for (int c = 0; c < header.length; c++) {
                List<String> forms = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    String cell = line.split(",", -1)[c];
                    String form = cell.isEmpty() ? null : cell.matches("-?\\d+") ? "whole"
                            : cell.matches("-?\\d+\\.\\d+(E-?\\d+)?") ? "decimal"
                            : cell.matches("\\d{4}-\\d\\d-\\d\\d") ? "date" : "text";
                    if (form != null && !forms.contains(form)) {
                        forms.add(form);
                    }
                }
                assertTrue(forms.size() <= 1, file + " column " + header[c] + " mixes " + forms);
            }
        }
    }

    @Test
    void outputsDocListsEveryFieldAndColumn() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "outputs.md"));
        List<String> missing = new ArrayList<>();
        for (String file : List.of("run/summary.json", "compare/comparison.json", "sweep/sweep.json", "sweep/run.json",
                "compare/run.json", "lhs/summary.json", "sensitivity/sensitivity.json", "sensitivity/run.json")) {
            collectFieldNames(read(file), missing, doc);
        }
        // every model output column (sampled inputs and risks are named by their field path and id)
        read("run/summary.json").get("metrics").fields().forEachRemaining(e -> {
            String generic = e.getKey().replaceFirst("^waves\\.[^.]+\\.", "waves.<id>.")
                    .replaceFirst("^cost\\..*", "cost.<category>");
            if (e.getValue().get("kind").asText().equals("OUTPUT") && !doc.contains("`" + generic + "`")) {
                missing.add(generic);
            }
        });
        for (String file : List.of("run/weekly.csv", "sweep/sweep.csv")) {
            for (String column : Files.readAllLines(tmp.resolve(file)).get(0).split(",")) {
                if (!column.contains(".") && !doc.contains("`" + column + "`")) {
                    missing.add(column);
                }
            }
        }
        for (String file : List.of("run.json", "scenario.canonical.json")) {
            if (!doc.contains("`" + file + "`")) {
                missing.add(file);
            }
        }
        for (String series : List.of("cumulativeProgramCost", "sitesLive", "fatigue", "openDefects", "headcount")) {
            if (!doc.contains("`" + series + "`")) {
                missing.add(series);
            }
        }
        assertTrue(missing.isEmpty(), "docs/outputs.md does not mention " + missing);
    }

    /** Names of fixed fields; the maps keyed by metric, output, variant or swept field are entered, not named. */
    private static void collectFieldNames(JsonNode node, List<String> missing, String doc) {
        if (node.isArray()) {
            node.forEach(item -> collectFieldNames(item, missing, doc));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (!doc.contains("`" + key + "`") && !missing.contains(key)) {
                    missing.add(key);
                }
                if (List.of("metrics", "sensitivity", "convergence", "values", "outputs").contains(key)) {
                    e.getValue().forEach(child -> collectFieldNames(child, missing, doc));
                } else {
                    collectFieldNames(e.getValue(), missing, doc);
                }
            });
        }
    }
}
