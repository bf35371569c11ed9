package org.rolloutsim.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.rolloutsim.cli.RolloutCommand;
import picocli.CommandLine;

/**
 * {@code spark-submit --class org.rolloutsim.spark.Main rollout-spark.jar run|compare|sweep …}: the
 * {@code rollout} command with its batches run on the cluster. Arguments, checks, messages, exit
 * codes and files are the {@code rollout} command's own: scenarios are read and checked on the
 * driver before Spark starts, so a bad one fails as it does locally; only the simulation moves.
 */
public final class Main {
    static final Set<String> COMMANDS = Set.of("run", "compare", "sweep");

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try (LazyContext context = new LazyContext()) {
            code = execute(args, context, out, err);
        }
        System.exit(code);
    }

    /** Runs the command with its batches on the context {@code context} supplies when first needed. */
    static int execute(String[] args, java.util.function.Supplier<JavaSparkContext> context, PrintWriter out,
                       PrintWriter err) {
        if (args.length == 0 || !(COMMANDS.contains(args[0]) || Set.of("--help", "-h", "--version", "-V").contains(args[0]))) {
            err.println("rollout: rollout-spark runs " + String.join(", ", COMMANDS.stream().sorted().toList())
                    + " with the arguments of rollout, e.g. rollout-spark run enterprise --runs 200000");
            err.flush();
            return 2;
        }
        CommandLine cmd = RolloutCommand.commandLine(threads -> new SparkEngine(context));
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The Spark context, made on first use from spark-submit's configuration and stopped at the end. */
    static final class LazyContext implements java.util.function.Supplier<JavaSparkContext>, AutoCloseable {
        private JavaSparkContext context;

        @Override
        public synchronized JavaSparkContext get() {
            if (context == null) {
                SparkConf conf = new SparkConf().setAppName("rollout-sim").setIfMissing("spark.driver.maxResultSize", "0");
                context = new JavaSparkContext(conf);
                context.setLogLevel("WARN");
            }
            return context;
        }

        @Override
        public synchronized void close() {
            if (context != null) {
                context.stop();
                context = null;
            }
        }
    }
}
