package org.rolloutsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutsim.cli.RolloutCommand;
import picocli.CommandLine;

/**
 * rollout-spark on {@code local[2]} against the rollout command on this machine: the same
 * arguments give the same files, byte for byte, whatever the block size; bad input fails on the
 * driver before Spark is asked for anything, as the command line does. Small batches of the
 * quickest bundled scenario: the machine is shared.
 */
class LocalSparkTest {
    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("rollout-sim-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        spark.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void runWritesTheFilesTheLocalCommandWrites() throws IOException {
        List<String> args = List.of("run", "regional-phased", "--runs", "700", "--seed", "7", "--format", "json,csv", "-q");
        Result local = local(args, dir.resolve("local"));
        assertEquals(0, local.code, local.err);
        // 3 blocks (256, 256, 188), and one block of everything: the same bytes.
        for (int blockRuns : new int[] {256, 1024}) {
            Result onSpark = onSpark(args, dir.resolve("spark-" + blockRuns), blockRuns);
            assertEquals(0, onSpark.code, onSpark.err);
            for (String file : List.of("summary.json", "runs.csv", "weekly.csv")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)),
                        Files.readAllBytes(dir.resolve("spark-" + blockRuns).resolve(file)), file + ", blocks of " + blockRuns);
            }
            assertFalse(Files.list(dir.resolve("spark-" + blockRuns)).anyMatch(p -> p.getFileName().toString().endsWith(".parts")),
                    "no part files are left behind");
        }
    }

    @Test
    void latinHypercubeSamplingGivesTheSameSummary() throws IOException {
        List<String> args = List.of("run", "regional-phased", "--runs", "600", "--seed", "9", "--sampling", "lhs",
                "--format", "json", "-q");
        Result local = local(args, dir.resolve("local"));
        Result onSpark = onSpark(args, dir.resolve("spark"), 512);
        assertEquals(0, local.code, local.err);
        assertEquals(0, onSpark.code, onSpark.err);
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/summary.json")),
                Files.readAllBytes(dir.resolve("spark/summary.json")));
    }

    @Test
    void compareWritesTheSameComparison() throws IOException {
        List<String> args = List.of("compare", "regional-phased", "regional-big-bang", "--runs", "300", "--seed", "11",
                "--format", "json", "-q");
        Result local = local(args, dir.resolve("local"));
        Result onSpark = onSpark(args, dir.resolve("spark"), 256);
        assertEquals(0, local.code, local.err);
        assertEquals(0, onSpark.code, onSpark.err);
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/comparison.json")),
                Files.readAllBytes(dir.resolve("spark/comparison.json")));
    }

    @Test
    void sweepWritesTheSameTableFromOneJobOfPointsTimesBlocks() throws Exception {
        List<String> args = List.of("sweep", "regional-phased", "--param", "governance.customizationApproval=0:1:0.5",
                "--runs", "300", "--seed", "3", "--format", "json", "-q");
        Result local = local(args, dir.resolve("local"));
        AtomicInteger jobs = new AtomicInteger();
        SparkListener counter = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                jobs.incrementAndGet();
            }
        };
        spark.sc().addSparkListener(counter);
        Result onSpark = onSpark(args, dir.resolve("spark"), 256);
        spark.sc().listenerBus().waitUntilEmpty();
        spark.sc().removeSparkListener(counter);
        assertEquals(1, jobs.get(), "3 points × 2 blocks in one job");
        assertEquals(0, local.code, local.err);
        assertEquals(0, onSpark.code, onSpark.err);
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/sweep.json")),
                Files.readAllBytes(dir.resolve("spark/sweep.json")));
    }

    @Test
    void aBadScenarioFailsOnTheDriverBeforeSparkStarts() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nsites: nope\n");
        List<String> args = List.of("run", bad.toString(), "--runs", "100");
        Result local = local(args, dir.resolve("local"));
        Supplier<JavaSparkContext> never = () -> {
            throw new AssertionError("Spark was asked for a context");
        };
        Result onSpark = run(args, dir.resolve("spark"), never);
        assertEquals(2, local.code);
        assertEquals(local.code, onSpark.code);
        assertEquals(local.err, onSpark.err);
        assertFalse(onSpark.err.contains("Exception"), onSpark.err);
    }

    @Test
    void precisionModeAndOtherCommandsAreRefusedAsBadInput() {
        Supplier<JavaSparkContext> never = () -> {
            throw new AssertionError("Spark was asked for a context");
        };
        Result precision = run(List.of("run", "regional-phased", "--precision", "0.05", "-q"), dir.resolve("p"), never);
        assertEquals(2, precision.code, precision.err);
        assertTrue(precision.err.contains("--precision adds runs as it goes"), precision.err);
        Result validate = run(List.of("validate", "regional-phased"), dir.resolve("v"), never);
        assertEquals(2, validate.code);
        assertEquals(1, validate.err.lines().count(), validate.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result local(List<String> args, Path out) {
        CommandLine cmd = RolloutCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(e, true));
        int code = cmd.execute(withOut(args, out));
        return new Result(code, o.toString(), e.toString());
    }

    private static Result onSpark(List<String> args, Path out, int blockRuns) {
        spark.sc().conf().set(SparkEngine.BLOCK_RUNS, Integer.toString(blockRuns));
        return run(args, out, () -> spark);
    }

    private static Result run(List<String> args, Path out, Supplier<JavaSparkContext> context) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(withOut(args, out), context, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    private static String[] withOut(List<String> args, Path out) {
        List<String> all = new ArrayList<>(args);
        all.add("--out");
        all.add(out.toString());
        return all.toArray(String[]::new);
    }
}
