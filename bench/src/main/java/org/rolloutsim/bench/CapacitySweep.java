package org.rolloutsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.rolloutsim.model.ModelOptions;
import org.rolloutsim.model.RolloutModel;
import org.rolloutsim.output.RunOutput;
import org.rolloutsim.random.Distribution;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Response;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenarios.LoadResult;
import org.rolloutsim.scenarios.ScenarioLoader;

/**
 * The capacity sweep of docs/model.md: median and P90 completion of regional-phased against team
 * scale 0.6x-1.4x, under the v1 rules ({@code governance.response: none}) and the v2 rules, with
 * effort per workflow pinned so that only the team moves. Prints a table and writes an SVG figure.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests} then
 * {@code java -cp bench/target/benchmarks.jar org.rolloutsim.bench.CapacitySweep [runs] [effort] [figure.svg]}
 * (defaults: 1,000 runs a point, effort 4, docs/capacity-sweep.svg).
 */
public final class CapacitySweep {
    private static final long SEED = 20_261_125L;

    private CapacitySweep() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double effort = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        Path figure = Path.of(args.length > 2 ? args[2] : "docs/capacity-sweep.svg");
        LoadResult loaded = ScenarioLoader.loadBundled("regional-phased");
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("regional-phased does not load: " + loaded.errors());
        }
        Scenario base = loaded.scenarioSet().scenarios().get(0).scenario();
        int points = 17;
        double[] scale = new double[points];
        double[][] result = new double[4][points]; // v1 median, v1 P90, v2 median, v2 P90
        System.out.printf(Locale.ROOT, "team scale | v1 median | v1 P90 | v2 median | v2 P90   (effort per workflow %.1f, %d runs)%n",
                effort, runs);
        for (int i = 0; i < points; i++) {
            scale[i] = 0.6 + 0.05 * i;
            double[] v1 = completion(variant(base, scale[i], effort, Response.NONE), runs);
            double[] v2 = completion(variant(base, scale[i], effort, Response.STANDARD), runs);
            result[0][i] = quantile(v1, 0.5);
            result[1][i] = quantile(v1, 0.9);
            result[2][i] = quantile(v2, 0.5);
            result[3][i] = quantile(v2, 0.9);
            System.out.printf(Locale.ROOT, "%10.2f | %9.0f | %6.0f | %9.0f | %6.0f%n", scale[i],
                    result[0][i], result[1][i], result[2][i], result[3][i]);
        }
        Files.writeString(figure, svg(scale, result, effort, runs));
        System.out.println("Figure: " + figure);
    }

    /** The scenario with its team scaled, effort per workflow pinned, under the given response. */
    static Scenario variant(Scenario s, double teamScale, double effort, Response response) {
        return s.withTeam(s.team().scaled(teamScale))
                .withGovernance(s.governance().withResponse(response))
                .withParameters(s.parameters().with(Parameter.EFFORT_PER_WORKFLOW, Distribution.constant(effort)));
    }

    static double[] completion(Scenario s, int runs) {
        RolloutModel model = new RolloutModel(s, ModelOptions.DEFAULT);
        int column = model.schema().scalars().stream().map(x -> x.name()).toList().indexOf("completionWeek");
        RunOutput out = model.schema().newRunOutput();
        double[] weeks = new double[runs];
        for (int r = 0; r < runs; r++) {
            out.reset(r);
            model.run(SEED, r, out);
            weeks[r] = out.get(column);
        }
        return weeks;
    }

    /** The lower empirical quantile: the smallest value with at least {@code p} of runs at or below it. */
    static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String svg(double[] scale, double[][] result, double effort, int runs) {
        int w = 720;
        int h = 420;
        int left = 70;
        int right = 170;
        int top = 40;
        int bottom = 50;
        double maxY = 0;
        for (double[] series : result) {
            for (double y : series) {
                maxY = Math.max(maxY, y);
            }
        }
        maxY = Math.ceil(maxY / 50) * 50;
        double minY = 150;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">regional-phased: completion week "
                + "against team scale (effort per workflow %.1f, %d runs a point)</text>%n", left, effort, runs));
        String[] colour = {"#E69F00", "#E69F00", "#0072B2", "#0072B2"};
        String[] dash = {"", "6,4", "", "6,4"};
        String[] label = {"v1 median", "v1 P90", "v2 median", "v2 P90"};
        for (int k = 0; k <= 4; k++) {
            double y = minY + (maxY - minY) * k / 4;
            double py = top + (h - top - bottom) * (1 - (y - minY) / (maxY - minY));
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", left, w - right, py, py, left - 6,
                    py + 4, y));
        }
        for (int i = 0; i < scale.length; i += 2) {
            double px = left + (w - left - right) * (scale[i] - scale[0]) / (scale[scale.length - 1] - scale[0]);
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f×</text>%n", px,
                    h - bottom + 18, scale[i]));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">team scale</text>%n",
                (left + w - right) / 2, h - 12));
        for (int k = 0; k < 4; k++) {
            b.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(colour[k]).append('"');
            if (!dash[k].isEmpty()) {
                b.append(" stroke-dasharray=\"").append(dash[k]).append('"');
            }
            b.append(" points=\"");
            for (int i = 0; i < scale.length; i++) {
                double px = left + (w - left - right) * (scale[i] - scale[0]) / (scale[scale.length - 1] - scale[0]);
                double y = Math.max(minY, result[k][i]);
                double py = top + (h - top - bottom) * (1 - (y - minY) / (maxY - minY));
                b.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            }
            b.append("\"/>\n");
            int ly = top + 20 + 22 * k;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2.5\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n", w - right + 12, w - right + 42,
                    ly, ly, colour[k], dash[k].isEmpty() ? "" : " stroke-dasharray=\"" + dash[k] + "\"",
                    w - right + 48, ly + 4, label[k]));
        }
        b.append("</svg>\n");
        return b.toString();
    }
}
