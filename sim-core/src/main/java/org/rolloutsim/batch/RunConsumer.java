package org.rolloutsim.batch;

import org.rolloutsim.output.RunOutput;

/**
 * Receives every run of a batch, one at a time, in run-index order, on the thread that started
 * the batch: so aggregation is sequential and deterministic whatever the thread count. The buffer
 * is reused after the call returns; copy what must be kept.
 */
@FunctionalInterface
public interface RunConsumer {
    void accept(RunOutput run);
}
