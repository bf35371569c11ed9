package org.rolloutsim.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.rolloutsim.report.view.Listed;
import org.rolloutsim.report.view.SweepData;

/**
 * The lines of a sweep chart that are the same at every point. An input that only judges the runs
 * (the target week, the budget) or that the model rounds away leaves the runs as they were: the lines
 * of its values lie exactly on one another, only the last colour drawn shows, and a reader takes the
 * others for missing. Such lines are drawn as one, named by all their values, and the chart says so.
 */
final class SameLines {

    private SameLines() {
    }

    /**
     * The groups with those whose lines are the same merged, in their order: a merged group is keyed
     * by its values ("Program target week = 8 Apr 2030, 4 Nov 2030 and 2 Jun 2031 (the same)").
     *
     * @param drawn what a point's line draws there (its percentiles, its chances), compared exactly
     */
    static Map<String, List<SweepData.Point>> merged(SweepData data, Map<String, List<SweepData.Point>> groups,
                                                      Function<SweepData.Point, List<?>> drawn) {
        List<List<String>> classes = classes(groups, drawn);
        Map<String, List<SweepData.Point>> out = new LinkedHashMap<>();
        for (List<String> keys : classes) {
            String key = keys.size() == 1 ? keys.get(0) : named(data, keys, groups) + " (the same)";
            out.put(key, groups.get(keys.get(0)));
        }
        return out;
    }

    /** The groups' keys, those whose lines are the same together, in the order of their first. */
    static List<List<String>> classes(Map<String, List<SweepData.Point>> groups, Function<SweepData.Point, List<?>> drawn) {
        List<List<String>> classes = new ArrayList<>();
        List<List<Object>> lines = new ArrayList<>();
        for (Map.Entry<String, List<SweepData.Point>> group : groups.entrySet()) {
            List<Object> line = line(group.getValue(), drawn);
            int same = lines.indexOf(line);
            if (same >= 0) {
                classes.get(same).add(group.getKey());
            } else {
                lines.add(line);
                classes.add(new ArrayList<>(List.of(group.getKey())));
            }
        }
        return classes;
    }

    /** True when each line is the same at every value of the first input (and there are two or more). */
    static boolean flat(Map<String, List<SweepData.Point>> groups, Function<SweepData.Point, List<?>> drawn) {
        boolean several = false;
        for (List<SweepData.Point> points : groups.values()) {
            several |= points.size() > 1;
            for (SweepData.Point p : points) {
                if (!Objects.equals(drawn.apply(p), drawn.apply(points.get(0)))) {
                    return false;
                }
            }
        }
        return several;
    }

    /** The first input's values and what is drawn at each, the whole line. */
    private static List<Object> line(List<SweepData.Point> points, Function<SweepData.Point, List<?>> drawn) {
        List<Object> line = new ArrayList<>();
        for (SweepData.Point p : points) {
            line.add(p.values().get(0));
            line.add(drawn.apply(p));
        }
        return line;
    }

    /**
     * The merged groups' values: with two inputs, the second's name once and its values
     * ("Program target week = 8 Apr 2030 and 2 Jun 2031"); with more, each group's key.
     */
    static String named(SweepData data, List<String> keys, Map<String, List<SweepData.Point>> groups) {
        if (data.parameters().size() != 2) {
            return String.join("; ", keys);
        }
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            // a date holds together where the legend wraps: "8 Apr 2030", never "8 Apr" over "2030"
            values.add(data.input(1, groups.get(key).get(0).values().get(1)).replace(' ', '\u00a0'));
        }
        return data.names().get(1) + " = " + Listed.of(values);
    }

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    /** A count as a word up to ten ("all three"), else in digits. */
    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

}
