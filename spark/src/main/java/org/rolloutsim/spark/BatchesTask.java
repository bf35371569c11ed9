package org.rolloutsim.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.TaskContext;
import scala.Function2;
import scala.collection.Iterator;

/**
 * The task of a job that runs several batches' blocks together (a sweep's points × blocks): task
 * {@code t} is block {@code t - offset[j]} of batch {@code j}, the batches' blocks one after another.
 */
final class BatchesTask implements Function2<TaskContext, Iterator<Integer>, byte[]>, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<BlockTask> batches;
    private final int[] offsets;

    /** @param offsets the first task of each batch, ascending, with the total task count last */
    BatchesTask(List<BlockTask> batches, int[] offsets) {
        this.batches = List.copyOf(batches);
        this.offsets = offsets.clone();
    }

    /** The batch task {@code t} belongs to. */
    static int batchOf(int[] offsets, int t) {
        int j = java.util.Arrays.binarySearch(offsets, t);
        return j >= 0 ? j : -j - 2;
    }

    @Override
    public byte[] apply(TaskContext context, Iterator<Integer> tasks) {
        int t = tasks.next();
        int j = batchOf(offsets, t);
        return batches.get(j).run(t - offsets[j]);
    }
}
