package org.rolloutsim.report.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.Targets;

class ResultFilesTest {
    private static final BatchIdentity IDENTITY = new BatchIdentity("regional", "sha256:abc", 42, "0.1.0");
    static final DatesAndCurrency UNITS = new DatesAndCurrency(java.time.LocalDate.of(2026, 1, 5), "EUR");
    private static final int RUNS = 1500;

    /** The three result files of one batch, as bytes. */
    private record Files(byte[] summary, byte[] runs, byte[] weekly) {
    }

    private static Files runBatch(int threads) throws IOException {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA, RUNS);
        StringWriter runsCsv = new StringWriter();
        RunsCsvWriter rows = new RunsCsvWriter(TinyModel.SCHEMA, runsCsv);
        try (BatchRunner runner = new BatchRunner(threads)) {
            runner.run(new TinyModel(0), 42, RUNS, (RunOutput run) -> {
                stats.accept(run);
                rows.accept(run);
            }, null, null);
        }
        rows.flush();
        BatchSummary summary = stats.summary(Targets.of(52, 1.6e7));
        StringWriter json = new StringWriter();
        SummaryJsonWriter.write(IDENTITY, UNITS, summary, json);
        StringWriter weekly = new StringWriter();
        WeeklyCsvWriter.write(summary.fans(), UNITS, weekly);
        return new Files(bytes(json), bytes(runsCsv), bytes(weekly));
    }

    private static byte[] bytes(StringWriter w) {
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void resultFilesAreIdenticalBytesForOneAndFourThreads() throws IOException {
        Files one = runBatch(1);
        Files four = runBatch(4);
        assertArrayEquals(one.summary(), four.summary(), "summary.json");
        assertArrayEquals(one.runs(), four.runs(), "runs.csv");
        assertArrayEquals(one.weekly(), four.weekly(), "weekly.csv");
    }

    @Test
    void summaryJsonCarriesTheAgreedFieldsInOrder() throws IOException {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA);
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(new TinyModel(0), 42, RUNS, stats, null, null);
        }
        BatchSummary summary = stats.summary(Targets.of(52, 1.6e7));
        StringWriter out = new StringWriter();
        SummaryJsonWriter.write(IDENTITY, UNITS, summary, out);
        String text = out.toString();
        assertTrue(text.endsWith("}\n"), "ends with a newline");
        assertTrue(!text.contains("\r"), "no platform line ends");
        JsonNode root = new ObjectMapper().readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("scenario", "seed", "runs", "toolVersion", "programStart", "currency", "metrics",
                "probabilities", "targets", "jclDateAndCost", "sensitivity", "convergence"), fields);
        assertEquals("2026-01-05", root.get("programStart").asText());
        assertEquals("EUR", root.get("currency").asText());
        assertEquals("regional", root.at("/scenario/name").asText());
        assertEquals("sha256:abc", root.at("/scenario/contentHash").asText());
        assertEquals(RUNS, root.get("runs").asInt());
        JsonNode week = root.at("/metrics/completionWeek");
        assertEquals(summary.metric("completionWeek").p80(), week.get("p80").asDouble());
        assertEquals(summary.metric("completionWeek").mean(), week.get("mean").asDouble());
        assertEquals(summary.metric("completionWeek").quantile(0.8).ci().lower(), week.at("/ci/p80/0").asDouble());
        assertEquals(summary.metric("programCost").quantile(0.95).ci().upper(),
                root.at("/metrics/programCost/ci/p95/1").asDouble());
        List<String> metricFields = new ArrayList<>();
        week.fieldNames().forEachRemaining(metricFields::add);
        assertEquals(List.of("kind", "unit", "n", "mean", "sd", "min", "p5", "p10", "p20", "p50", "p80", "p90", "p95",
                "max", "meanCi", "ci", "censored", "censoredMin", "dates"), metricFields);
        assertEquals("week", week.get("unit").asText());
        assertEquals(UNITS.start().plusDays(Math.round(7 * summary.metric("completionWeek").p80())).toString(),
                week.at("/dates/p80").asText(), "the P80 week's date beside it");
        assertEquals("money", root.at("/metrics/programCost/unit").asText());
        assertEquals("EUR", root.at("/metrics/programCost/currency").asText());
        assertTrue(root.at("/metrics/programCost/dates").isMissingNode(), "money has no dates");
        assertEquals("2027-01-04", root.at("/targets/targetDate").asText(), "week 52 after 5 January 2026");
        assertEquals("EUR", root.at("/targets/currency").asText());
        assertEquals(UNITS.date(summary.dateAndCostAtJcl(0.7).week()), root.at("/jclDateAndCost/date").asText());
        assertEquals(summary.probabilities().jcl(), root.at("/probabilities/jcl").asDouble());
        assertEquals(52, root.at("/targets/targetWeek").asInt());
        assertEquals(1.6e7, root.at("/targets/budget").asDouble());
        assertEquals(summary.dateAndCostAtJcl(0.7).cost(), root.at("/jclDateAndCost/cost").asDouble());
        JsonNode tornado = root.at("/sensitivity/completionWeek");
        // The vendor risk (6 weeks, sd 2.7) moves completion more than test detection (sd 1.4).
        assertEquals("risks.vendor-upgrade.occurred", tornado.get(0).get("input").asText(), "strongest first");
        assertEquals("testDetection", tornado.get(1).get("input").asText());
        assertEquals(summary.convergence().get(0).size(), root.at("/convergence/completionWeek/runs").size());
        assertEquals(summary.convergence().get(0).size(), root.at("/convergence/completionWeek/p80Dates").size());
        double shares = 0;
        for (JsonNode entry : tornado) {
            shares += entry.get("varianceShare").asDouble();
        }
        assertEquals(1, shares, 1e-9, "variance shares are shares of 1, like the probabilities");
    }

    @Test
    void numbersThatDoNotExistAreNull() throws IOException {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(new TinyModel(0), 42, 10, stats, null, null);
        }
        StringWriter out = new StringWriter();
        SummaryJsonWriter.write(IDENTITY, UNITS, stats.summary(Targets.NONE), out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(root.at("/probabilities/onTime").isNull());
        assertTrue(root.at("/targets/budget").isNull());
        assertTrue(root.at("/metrics/completionWeek/ci/p95/1").isNull(), "10 runs cannot bound P95 from above");
    }

    @Test
    void runsCsvHasOneRowPerRunWithEveryScalarReadableBack() throws IOException {
        StringWriter out = new StringWriter();
        RunsCsvWriter writer = new RunsCsvWriter(TinyModel.SCHEMA, out);
        List<double[]> expected = new ArrayList<>();
        try (BatchRunner runner = new BatchRunner(2)) {
            runner.run(new TinyModel(0), 7, 300, run -> {
                double[] v = new double[TinyModel.SCHEMA.scalarCount()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = run.get(c);
                }
                expected.add(v);
                writer.accept(run);
            }, null, null);
        }
        String[] lines = out.toString().split("\n");
        assertEquals("run,completionWeek,censored,programCost,totalCost,peakFatigue,patientSafetyEvents,"
                + "testDetection,risks.vendor-upgrade.occurred", lines[0]);
        assertEquals(301, lines.length);
        for (int r = 0; r < 300; r++) {
            String[] cells = lines[r + 1].split(",", -1);
            assertEquals(Integer.toString(r), cells[0]);
            for (int c = 0; c < expected.get(r).length; c++) {
                OutputSchema.Scalar column = TinyModel.SCHEMA.scalars().get(c);
                Unit unit = Unit.of(column.name(), column.kind());
                assertEquals(expected.get(r)[c], Double.parseDouble(cells[c + 1]), "run " + r + " column " + c);
                String format = switch (unit.format()) {
                    case WHOLE -> "-?\\d+";
                    case DECIMAL -> "-?\\d+\\.\\d+(E-?\\d+)?";
                };
                assertTrue(cells[c + 1].matches(format), column.name() + " is written as " + unit.format() + ": " + cells[c + 1]);
            }
        }
    }

    @Test
    void weeklyCsvIsLongFormWithOneRowPerSeriesAndWeek() throws IOException {
        BatchStatistics stats = new BatchStatistics(TinyModel.SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(new TinyModel(0), 42, 200, stats, null, null);
        }
        BatchSummary summary = stats.summary(Targets.NONE);
        StringWriter out = new StringWriter();
        WeeklyCsvWriter.write(summary.fans(), UNITS, out);
        String[] lines = out.toString().split("\n");
        assertEquals("week,date,series,unit,p10,p50,p90", lines[0]);
        int weeks = summary.fan("sitesLive").weeks();
        assertEquals(1 + 2 * weeks, lines.length);
        assertTrue(lines[1].startsWith("0,2026-01-05,cumulativeProgramCost,money,"), lines[1]);
        String[] last = lines[lines.length - 1].split(",");
        assertEquals(Integer.toString(weeks - 1), last[0]);
        assertEquals(UNITS.date(weeks - 1), last[1]);
        assertEquals("sitesLive", last[2]);
        assertEquals("count", last[3]);
        assertEquals(summary.fan("sitesLive").p90(weeks - 1), Double.parseDouble(last[6]));
        Iterator<String> it = List.of(lines).iterator();
        it.next();
        while (it.hasNext()) {
            String[] cells = it.next().split(",", -1);
            assertEquals(7, cells.length);
            for (int c = 4; c < 7; c++) {
                assertTrue(cells[c].contains("."), "every percentile in one format, with a decimal point: " + cells[c]);
            }
        }
    }

    @Test
    void anEmptyBatchStillWritesValidFiles() throws IOException {
        java.io.ByteArrayOutputStream runsCsv = new java.io.ByteArrayOutputStream();
        RunsCsvWriter rows = new RunsCsvWriter(TinyModel.SCHEMA, runsCsv);
        rows.flush();
        assertTrue(runsCsv.toString(StandardCharsets.UTF_8).startsWith("run,completionWeek,"));
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        SummaryJsonWriter.write(IDENTITY, UNITS, new BatchStatistics(TinyModel.SCHEMA).summary(Targets.NONE), json);
        JsonNode root = new ObjectMapper().readTree(json.toByteArray());
        assertEquals(0, root.get("runs").asInt());
        assertTrue(root.at("/metrics/programCost/p80").isNull());
    }
}
