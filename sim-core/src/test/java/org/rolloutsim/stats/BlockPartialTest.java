package org.rolloutsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rolloutsim.batch.BatchRunner;
import org.rolloutsim.output.OutputSchema;

/**
 * A batch cut into blocks, each collected apart into a {@link BlockPartial}, encoded and decoded (as
 * between a Spark executor and the driver) and appended in run order, ends in the state of the batch
 * collected run by run: the summary is equal in every field, sensitivity included.
 */
class BlockPartialTest {
    private static final OutputSchema SCHEMA = new OutputSchema(List.of(
            SyntheticModel.output(BatchStatistics.COMPLETION_WEEK),
            SyntheticModel.output(BatchStatistics.CENSORED),
            SyntheticModel.output(BatchStatistics.PROGRAM_COST),
            SyntheticModel.output("nearlyWhole"),
            SyntheticModel.output("wave.1.plannedGoLive"),
            SyntheticModel.parameter("team.staff.fte"),
            SyntheticModel.parameter("defects.rate"),
            SyntheticModel.risk("risks.vendor.occurred")),
            List.of("cumulativeProgramCost", "openDefects"), 40);

    /** Scalars of every storage a column can choose, and one that rounding to float would make constant. */
    private static final SyntheticModel MODEL = new SyntheticModel(SCHEMA, (draws, out, schema) -> {
        boolean censored = draws.uniform("censored") < 0.05;
        double fte = 80 + 40 * draws.uniform("fte");
        out.set(0, censored ? 520 : Math.floor(200 + fte + 30 * draws.gaussian("weeks")));
        out.set(1, censored ? 1 : 0);
        out.set(2, 3e8 + 1e6 * fte + 2e7 * draws.gaussian("cost"));
        out.set(3, draws.uniform("nearly") < 0.5 ? 1.0 : 1.0 + 1e-12); // both round to 1.0f
        out.set(4, 26);
        out.set(5, fte);
        out.set(6, (float) (0.1 + draws.uniform("rate"))); // every value a float
        out.set(7, draws.uniform("vendor") < 0.3 ? 1 : 0);
    }, 40);

    @Property(tries = 25, seed = "20261211")
    void blocksAppendedInOrderSummariseAsTheWholeBatch(@ForAll @IntRange(min = 1, max = 3000) int runs,
                                                      @ForAll @IntRange(min = 1, max = 40) int blocks,
                                                      @ForAll long seed) {
        Targets targets = Targets.of(300, 4.2e8);
        BatchStatistics whole = new BatchStatistics(SCHEMA, runs);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(MODEL, seed, runs, whole, null, null);
            BatchStatistics appended = new BatchStatistics(SCHEMA, runs);
            Random cut = new Random(seed);
            int start = 0;
            for (int b = 0; b < blocks && start < runs; b++) {
                int size = b == blocks - 1 ? runs - start : Math.min(runs - start, 1 + cut.nextInt(2 * runs / blocks + 1));
                BlockPartial block = new BlockPartial(SCHEMA, size);
                runner.run(MODEL, seed, start, size, block, null, null);
                appended.append(BlockPartial.decode(SCHEMA, block.encode()));
                start += size;
            }
            if (start < runs) {
                BlockPartial rest = new BlockPartial(SCHEMA, runs - start);
                runner.run(MODEL, seed, start, runs - start, rest, null, null);
                appended.append(BlockPartial.decode(SCHEMA, rest.encode()));
            }
            assertEquals(whole.summary(targets), appended.summary(targets));
            assertEquals(whole.values(BatchStatistics.PROGRAM_COST)[runs - 1],
                    appended.values(BatchStatistics.PROGRAM_COST)[runs - 1]);
        }
    }

    @Test
    void blocksGatheringNoFansSummariseAsTheWholeBatchWithoutFans() {
        Targets targets = Targets.of(300, 4.2e8);
        BatchStatistics whole = new BatchStatistics(SCHEMA, 900, false);
        BatchStatistics appended = new BatchStatistics(SCHEMA, 900, false);
        try (BatchRunner runner = new BatchRunner(1)) {
            runner.run(MODEL, 5, 900, whole, null, null);
            for (int start = 0; start < 900; start += 300) {
                BlockPartial withFans = new BlockPartial(SCHEMA, 300);
                BlockPartial without = new BlockPartial(SCHEMA, 300, false);
                runner.run(MODEL, 5, start, 300, withFans, null, null);
                runner.run(MODEL, 5, start, 300, without, null, null);
                assertTrue(without.encode().length < withFans.encode().length, "no fan counts travel");
                appended.append(BlockPartial.decode(SCHEMA, without.encode()));
            }
        }
        assertEquals(whole.summary(targets), appended.summary(targets));
        assertEquals(List.of(), appended.summary(targets).fans());
    }

    @Test
    void aBlockOutOfOrderIsRefused() {
        BatchStatistics stats = new BatchStatistics(SCHEMA);
        try (BatchRunner runner = new BatchRunner(1)) {
            BlockPartial first = new BlockPartial(SCHEMA, 10);
            runner.run(MODEL, 1, 0, 10, first, null, null);
            BlockPartial third = new BlockPartial(SCHEMA, 10);
            runner.run(MODEL, 1, 20, 10, third, null, null);
            stats.append(first);
            assertThrows(IllegalStateException.class, () -> stats.append(third));
            assertEquals(10, stats.runs());
        }
    }
}
