package org.rolloutsim.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The problems found so far while reading one scenario. Validation goes on after a problem so that
 * a planner sees every problem at once; past {@link #LIMIT} problems the rest are only counted, so
 * a hostile file cannot make the report itself huge.
 */
final class Problems {
    static final int LIMIT = 200;

    private final String pathPrefix;
    private final List<ScenarioError> errors = new ArrayList<>();
    private int dropped;
    private UnaryOperator<String> pathsAsWritten = UnaryOperator.identity();

    /** @param pathPrefix put before every field path, e.g. {@code variants.big-bang} */
    Problems(String pathPrefix) {
        this.pathPrefix = pathPrefix == null ? "" : pathPrefix;
    }

    Problems() {
        this("");
    }

    /**
     * From now on, every field path added is first passed through {@code asWritten} (before the
     * prefix): once overrides are applied, a path of the tree they give is named as the user numbers
     * it ({@link Overrides.Applied#asWritten}); the overrides' own problems, added before, are not.
     */
    void namePathsAsWritten(UnaryOperator<String> asWritten) {
        this.pathsAsWritten = asWritten;
    }

    void add(Location at, String path, String message) {
        if (errors.size() >= LIMIT) {
            dropped++;
            return;
        }
        path = path == null ? null : pathsAsWritten.apply(path);
        String fullPath = pathPrefix.isEmpty() ? path
                : path == null || path.isEmpty() ? pathPrefix
                : path.startsWith("[") ? pathPrefix + path : pathPrefix + "." + path;
        errors.add(new ScenarioError(at.file(), at.line(), at.column(), fullPath, message));
    }

    void add(Node node, String path, String message) {
        add(node.location(), path, message);
    }

    void addAll(List<ScenarioError> more) {
        for (ScenarioError e : more) {
            if (errors.size() >= LIMIT) {
                dropped++;
            } else {
                errors.add(e);
            }
        }
    }

    /** Every problem of {@code other}, and its count of those left out. */
    void addAll(Problems other) {
        addAll(other.errors);
        dropped += other.dropped;
    }

    /**
     * True once {@link #LIMIT} problems are recorded: callers may then skip work that only makes
     * messages better (did-you-mean searches), so a file with a million mistakes stays fast.
     */
    boolean isFull() {
        return errors.size() >= LIMIT;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size() + dropped;
    }

    /**
     * The problems in file order (files in the order they were first named, then by line and
     * column; stable for problems at the same place), plus a last line counting any left out.
     */
    List<ScenarioError> toList() {
        List<String> files = new ArrayList<>();
        for (ScenarioError e : errors) {
            if (!files.contains(e.file())) {
                files.add(e.file());
            }
        }
        List<ScenarioError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt((ScenarioError e) -> files.indexOf(e.file()))
                .thenComparingInt(ScenarioError::line)
                .thenComparingInt(ScenarioError::column));
        if (dropped > 0) {
            ScenarioError last = errors.get(errors.size() - 1);
            out.add(new ScenarioError(last.file(), last.line(), last.column(), "",
                    "... and " + dropped + " more problems not shown"));
        }
        return List.copyOf(out);
    }
}
