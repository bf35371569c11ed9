package org.rolloutsim.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of loading a scenario file: either a validated {@link ScenarioSet} or a non-empty
 * list of {@link ScenarioError}s, never both and never a half-built scenario.
 */
public final class LoadResult {
    private final ScenarioSet scenarioSet;
    private final List<ScenarioError> errors;
    private final int problemCount;

    private LoadResult(ScenarioSet scenarioSet, List<ScenarioError> errors, int problemCount) {
        this.scenarioSet = scenarioSet;
        this.errors = List.copyOf(errors);
        this.problemCount = problemCount;
    }

    static LoadResult of(ScenarioSet set) {
        return new LoadResult(set, List.of(), 0);
    }

    /** A load that failed with exactly these problems (none left out). */
    static LoadResult failed(List<ScenarioError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed load has at least one error");
        }
        return new LoadResult(null, errors, errors.size());
    }

    /**
     * A load that failed with {@code problems}: its list, with the line counting any left out past
     * {@link Problems#LIMIT}, and the true number of problems, that line not among them.
     */
    static LoadResult failed(Problems problems) {
        List<ScenarioError> errors = problems.toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed load has at least one error");
        }
        return new LoadResult(null, errors, problems.count());
    }

    /** True when the file loaded and validated. */
    public boolean isOk() {
        return scenarioSet != null;
    }

    /**
     * The loaded scenarios.
     *
     * @throws IllegalStateException when loading failed; the message lists the errors
     */
    public ScenarioSet scenarioSet() {
        if (scenarioSet == null) {
            throw new IllegalStateException("the scenario did not load:\n" + errorText());
        }
        return scenarioSet;
    }

    /** Every problem found, in file order as far as possible; empty when {@link #isOk()}. */
    public List<ScenarioError> errors() {
        return errors;
    }

    /**
     * How many problems were found; 0 when {@link #isOk()}. Past {@link Problems#LIMIT} problems
     * this is more than {@link #errors()} holds: that list then ends with a line saying how many
     * more were left out, a line that is not itself a problem.
     */
    public int problemCount() {
        return problemCount;
    }

    /** The errors, one {@code file:line:column: path: message} per line. */
    public String errorText() {
        return errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return isOk() ? "LoadResult[" + scenarioSet + "]" : "LoadResult[" + problemCount + " errors]";
    }
}
