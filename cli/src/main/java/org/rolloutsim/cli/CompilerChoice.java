package org.rolloutsim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Which of the JVM's two compilers a command's batches use. HotSpot compiles hot code twice: quickly
 * (C1) and then, for code that stays hot, with full optimization (C2). C2's code simulates faster,
 * but compiling the model with it costs seconds of CPU whatever the batch's size, so it pays off
 * only in large batches (docs/performance.md, "JIT compilation"). Results do not depend on
 * it: the compilers compute the same numbers, only at different speeds.
 *
 * <p>The {@code rollout} launcher makes the same choice before the JVM starts, from {@code --runs}:
 * below {@link #BOTH_COMPILERS_FROM_RUNS} it starts Java on C1 alone ({@code -XX:TieredStopAtLevel=1},
 * with {@code -Drollout.compiler=c1} to say so), and then nothing here applies. Otherwise (a large
 * batch through the launcher, or {@code java -jar} without it) the JVM has both compilers, and a
 * command whose batches are small asks it to leave C2 out, and every command asks so after its last
 * batch. The request is a compiler directive given through the JVM's diagnostic-command MBean; a
 * JVM without it (not HotSpot, or without its management module) keeps its default, as does
 * {@code ROLLOUT_JIT=full} in the environment; {@code ROLLOUT_JIT=quick} asks for C1 alone whatever
 * the size.
 */
final class CompilerChoice {
    /**
     * Batches of this many runs or more (per scenario or sweep point) keep C2 while they run. By
     * runs, not by simulated site-runs: 10,000 runs of the 150-site enterprise cost less CPU on C1
     * alone, 50,000 of the 12-site regional system less with C2, 40,000 about even, 30,000 more
     * (docs/performance.md). The launcher holds the same number.
     */
    static final int BOTH_COMPILERS_FROM_RUNS = 40_000;
    private static final String C1_ONLY = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static boolean chosen;

    private CompilerChoice() {
    }

    /** For batches of {@code runs} runs each (-1: run until precise, size unknown). */
    static void forBatches(int runs) {
        if (startedOnQuickCompiler()) {
            return;
        }
        if (runs > 0 && quickOnly(runs, System.getenv("ROLLOUT_JIT"))) {
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

    /** True when batches of {@code runs} runs each should use C1 alone, given {@code ROLLOUT_JIT}. */
    static boolean quickOnly(int runs, String setting) {
        return "quick".equals(setting) || !"full".equals(setting) && runs < BOTH_COMPILERS_FROM_RUNS;
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
