package org.rolloutsim.batch;

import org.rolloutsim.output.RunOutput;

/**
 * A consumer whose work on a run splits in two: what needs the runs in index order, done on the
 * thread that started the batch, and what does not (a sum, a histogram), which a {@link BatchRunner}
 * with worker threads does on the thread that made the run, into that thread's own {@link Part},
 * and merges into the consumer when the batch ends. The in-order work is the serial share of a
 * batch: the less of it, the nearer two threads come to twice one.
 *
 * <p>{@link #accept} alone must do both halves, so a runner without worker threads, or any other
 * caller, can treat it as a plain {@link RunConsumer}. After a cancelled or failed batch, the parts
 * are not merged: the consumer's order-free half then lacks that batch's runs.
 */
public interface SplitRunConsumer extends RunConsumer {

    /** What one worker thread gathers, from the runs it made, in whatever order it made them. */
    interface Part {
        void accept(RunOutput run);
    }

    /** A new, empty part for one worker thread. */
    Part newPart();

    /** Takes a run in index order, leaving out what its part gathers. */
    void acceptInOrder(RunOutput run);

    /** Adds what {@code part} gathered: the consumer is then as if it had accepted those runs. */
    void merge(Part part);
}
