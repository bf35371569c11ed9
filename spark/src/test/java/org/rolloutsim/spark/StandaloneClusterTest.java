package org.rolloutsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * rollout-spark.jar submitted with spark-submit to a real standalone cluster on 127.0.0.1: a master
 * and two one-core workers, each in its own JVM. Workers launch executors from a Spark home; this
 * test assembles a stand-in one (a {@code jars} folder) from the Maven artifacts. Files are compared
 * with the rollout command's (rollout.jar, built from the same commit). One worker is killed while
 * its executor runs a block: Spark runs the lost blocks again on the other, and the summary is
 * unchanged.
 *
 * <p>Its own CI step, after packaging (the spark-cluster profile); small batches, as the machine
 * is shared.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StandaloneClusterTest {
    private static final Path JAR = Path.of("target", "rollout-spark.jar").toAbsolutePath();
    private static final Path CLI_JAR = Path.of("..", "cli", "target", "rollout.jar").toAbsolutePath();
    private static final List<Process> PROCESSES = new ArrayList<>();

    @TempDir
    static Path dir;
    private static String classpath;
    private static String master;
    private static final List<Process> WORKERS = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package first: " + JAR);
        classpath = Files.readString(Path.of("target", "spark-classpath.txt")).trim();
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : classpath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        Path masterLog = dir.resolve("master.log");
        start(masterLog, Map.of(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitLine(masterLog, "I have been elected leader", 90);
        for (int w = 1; w <= 2; w++) {
            Path log = dir.resolve("worker-" + w + ".log");
            WORKERS.add(start(log, Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13"),
                    "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                    "--work-dir", dir.resolve("work-" + w).toString(), "--webui-port", Integer.toString(freePort()),
                    master));
            awaitLine(log, "Successfully registered with master", 90);
        }
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : PROCESSES) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void aSweepOnTheClusterWritesTheLocalSweepJson() throws Exception {
        List<String> args = List.of("sweep", "regional-phased", "--param", "governance.customizationApproval=0:1:0.25",
                "--runs", "256", "--seed", "5", "--format", "json", "-q");
        assertEquals(0, local(args, dir.resolve("sweep-local")));
        Process driver = submit(args, dir.resolve("sweep-cluster"), dir.resolve("sweep-driver.log"), 128);
        assertTrue(driver.waitFor(4, TimeUnit.MINUTES), "the sweep finishes");
        assertEquals(0, driver.exitValue(), Files.readString(dir.resolve("sweep-driver.log")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("sweep-local/sweep.json")),
                Files.readAllBytes(dir.resolve("sweep-cluster/sweep.json")));
    }

    @Test
    @Order(2)
    void aWorkerKilledMidJobChangesNothing() throws Exception {
        List<String> args = List.of("run", "regional-phased", "--runs", "2048", "--seed", "7", "--format", "json,csv", "-q");
        Path driverLog = dir.resolve("run-driver.log");
        Path work = dir.resolve("work-1");
        List<Path> earlierApps = apps(work);
        Process driver = submit(args, dir.resolve("run-cluster"), driverLog, 256);
        // Kill the first worker, with its executor, while that executor runs a block of this job.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (runningTaskLog(work, earlierApps).isEmpty()) {
            if (!driver.isAlive() || System.nanoTime() > deadline) {
                fail("worker 1 never ran a block: " + Files.readString(driverLog));
            }
            Thread.sleep(100);
        }
        Process worker = WORKERS.get(0);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        assertTrue(driver.isAlive(), "the worker was killed mid-job");
        assertTrue(driver.waitFor(4, TimeUnit.MINUTES), "the job finishes on the other worker");
        String log = Files.readString(driverLog);
        assertEquals(0, driver.exitValue(), log);
        String masterLog = Files.readString(dir.resolve("master.log"), StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("Lost executor") || log.contains("Lost task"), "Spark saw the executor go: " + log
                + "\n--- master:\n" + masterLog + "\n--- executor:\n" + Files.readString(runningTaskLog(work, earlierApps).get()));
        assertEquals(0, local(args, dir.resolve("run-local")));
        for (String file : List.of("summary.json", "runs.csv", "weekly.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("run-local").resolve(file)),
                    Files.readAllBytes(dir.resolve("run-cluster").resolve(file)), file);
        }
    }

    /** The applications a worker has run executors for: a folder each in its work directory. */
    private static List<Path> apps(Path work) throws IOException {
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.toList();
        }
    }

    /** The log of a worker's executor for an application not in {@code earlier}, once it runs a task. */
    private static Optional<Path> runningTaskLog(Path work, List<Path> earlier) throws IOException {
        if (!Files.isDirectory(work)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(work)) {
            return files.filter(f -> f.getFileName().toString().equals("stderr"))
                    .filter(f -> earlier.stream().noneMatch(f::startsWith)).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.ISO_8859_1).contains("Running task");
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    /** rollout-spark.jar through spark-submit (SparkSubmit from the Maven artifacts), to the cluster. */
    private static Process submit(List<String> args, Path out, Path log, int blockRuns) throws IOException {
        List<String> all = new ArrayList<>(List.of("--master", master, "--conf", SparkEngine.BLOCK_RUNS + "=" + blockRuns,
                "--conf", "spark.executor.memory=512m", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--class", Main.class.getName(), JAR.toString()));
        all.addAll(args);
        all.add("--out");
        all.add(out.toString());
        return start(log, Map.of(), "org.apache.spark.deploy.SparkSubmit", all.toArray(String[]::new));
    }

    /** The rollout command (rollout.jar) on this machine; its exit code. */
    private static int local(List<String> args, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", CLI_JAR.toString()));
        command.addAll(args);
        command.add("--out");
        command.add(out.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
        assertTrue(p.waitFor(4, TimeUnit.MINUTES));
        return p.exitValue();
    }

    private static Process start(Path log, Map<String, String> env, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions());
        if (mainClass.endsWith("SparkSubmit")) {
            // The driver logs warnings only, as under ./rollout-spark; the cluster's daemons log as Spark does.
            command.add("-Dlog4j2.configurationFile="
                    + Path.of("src/main/resources/rollout-spark-log4j2.properties").toAbsolutePath());
        }
        command.addAll(List.of("-Xmx512m", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().putAll(env);
        Process p = pb.start();
        PROCESSES.add(p);
        return p;
    }

    private static void awaitLine(Path log, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no '" + text + "' in " + log + ":\n" + Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    /** What spark-submit's launcher gives a JVM on Java 17, as ./rollout-spark does. */
    private static List<String> javaOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector"));
        for (String p : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
                "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
                "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
            options.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
        }
        options.add("-Djdk.reflect.useDirectMethodHandle=false");
        options.add("-Dio.netty.tryReflectionSetAccessible=true");
        return options;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
