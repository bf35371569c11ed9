package org.rolloutsim.spark;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.rolloutsim.batch.ProgressListener;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Batch progress on the driver from Spark's listener bus: the runs of every block whose task has
 * succeeded in this batch's job (a block retried after a lost executor counts once).
 */
final class BlockProgress extends SparkListener {
    private final String group;
    private final BlockPlan plan;
    private final ProgressListener progress;
    private final Set<Integer> stages = new HashSet<>();
    private final BitSet done = new BitSet();
    private long runsDone;
    private boolean stopped;

    BlockProgress(String group, BlockPlan plan, ProgressListener progress) {
        this.group = group;
        this.plan = plan;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart start) {
        if (start.properties() != null && group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
            for (Object id : CollectionConverters.asJava(start.stageIds())) {
                stages.add((Integer) id);
            }
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (stopped || !stages.contains(end.stageId()) || !end.taskInfo().successful()) {
            return;
        }
        int block = end.taskInfo().index();
        if (!done.get(block)) {
            done.set(block);
            runsDone += plan.size(block);
            progress.progress(runsDone, plan.runs());
        }
    }

    /** No more progress after the batch has returned (its reporter is closed). */
    synchronized void stop() {
        stopped = true;
    }
}
