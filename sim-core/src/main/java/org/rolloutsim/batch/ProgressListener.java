package org.rolloutsim.batch;

/** Told how many runs of a batch are done; called from the thread that started the batch. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
