package org.rolloutsim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.rolloutsim.scenarios.NamedScenario;

/**
 * Which of the JVM's two compilers a command's batches use. HotSpot compiles hot code twice: quickly
 * (C1) and then, for code that stays hot, with full optimization (C2). C2's code simulates some 20%
 * faster in a warm loop, but compiling the model with it costs several seconds of CPU whatever the
 * batch's size: in a 10,000-run batch it costs as much as the simulation, and with every core
 * simulating it takes time from the runs. So a command whose batches are small asks the JVM, before they start, to
 * compile with C1 only; large batches keep both (docs/performance.md, "JIT compilation"). Results
 * do not depend on it: the compilers compute the same numbers, only at different speeds.
 *
 * <p>The {@code rollout} launcher starts the JVM on C1 alone unless a batch of 200,000 runs or more
 * is asked for (or {@code ROLLOUT_JIT=full}); then nothing here applies. Otherwise (both compilers,
 * or {@code java -jar} without the launcher) the request is a compiler directive given through the
 * JVM's diagnostic-command MBean. A JVM
 * without it (not HotSpot, or without its management module) keeps its default, as does
 * {@code ROLLOUT_JIT=full} in the environment; {@code ROLLOUT_JIT=quick} asks for C1 alone
 * whatever the size.
 */
final class CompilerChoice {
    /**
     * Up to this many simulated site-runs (runs times sites, over every batch of the command), C1
     * alone costs less CPU in less wall time on two cores: a regional batch of 40,000 runs (12
     * sites), the main job's three regional variants of 10,000 (360,000: 22.8 - 23.1 s of CPU and
     * 12.7 - 13.2 s wall instead of 26.0 - 33.2 s and 14.0 - 21.0 s). At 50,000 regional runs
     * (600,000) the two measured even, and 10,000 enterprise runs (1,500,000) favour C2
     * (docs/performance.md).
     */
    static final long QUICK_ONLY_UP_TO_SITE_RUNS = 500_000;
    private static final String C1_ONLY = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static boolean chosen;

    private CompilerChoice() {
    }

    /** For batches of {@code runs} runs (-1: run until precise, size unknown) of each of {@code scenarios}. */
    static void forBatches(List<NamedScenario> scenarios, int runs) {
        if (startedOnQuickCompiler()) {
            return;
        }
        long siteRuns = 0;
        for (NamedScenario named : scenarios) {
            siteRuns += (long) Math.max(1, named.scenario().sites().size()) * runs;
        }
        if (runs > 0 && quickOnly(siteRuns, System.getenv("ROLLOUT_JIT"))) {
            useQuickCompilerOnly();
        }
    }

    /**
     * After a command's last batch: the summary's report, charts, files and a comparison's paired
     * statistics run once, and compiling the JDK code they make hot with C2 cost about a second of
     * CPU (docs/performance.md). The code compiled by C2 so far stays compiled.
     */
    static void afterLastBatch() {
        if (!startedOnQuickCompiler() && !"full".equals(System.getenv("ROLLOUT_JIT"))) {
            useQuickCompilerOnly();
        }
    }

    /**
     * True when the launcher started the JVM on C1 alone ({@code -XX:TieredStopAtLevel=1}, with
     * {@code -Drollout.compiler=c1} to say so): there is no C2 to leave out, and asking would only
     * cost the management beans' start-up.
     */
    static boolean startedOnQuickCompiler() {
        return "c1".equals(System.getProperty("rollout.compiler"));
    }

    /** True when batches of {@code siteRuns} in all should use C1 alone, given {@code ROLLOUT_JIT}. */
    static boolean quickOnly(long siteRuns, String setting) {
        return "quick".equals(setting) || !"full".equals(setting) && siteRuns <= QUICK_ONLY_UP_TO_SITE_RUNS;
    }

    /** Asks the JVM, once per process, to compile with C1 only from now on; false if it cannot. */
    static synchronized boolean useQuickCompilerOnly() {
        if (chosen) {
            return true;
        }
        Path file = null;
        try {
            file = Files.createTempFile("rollout-jit-", ".json");
            Files.writeString(file, C1_ONLY);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            chosen = String.valueOf(answer).contains("1 compiler directives added");
            return chosen;
        } catch (Exception | LinkageError e) {
            return false; // not HotSpot, or no management: the JVM's default compilers it is
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of 40 bytes left behind is not worth failing a run for
                }
            }
        }
    }
}
