package org.rolloutsim.report.workbook;

import java.util.List;
import java.util.Objects;
import org.rolloutsim.report.data.BatchIdentity;
import org.rolloutsim.report.data.DatesAndCurrency;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;

/**
 * Everything the workbook shows of one batch.
 *
 * @param statistics the batch's per-run values (for the runs sheet)
 * @param summary    what the batch says (the same numbers as summary.json)
 * @param waves      the per-wave table of the report
 */
public record WorkbookInput(BatchIdentity identity, DatesAndCurrency units, BatchStatistics statistics,
                            BatchSummary summary, List<WaveRow> waves) {
    public WorkbookInput {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(summary, "summary");
        waves = List.copyOf(waves);
    }
}
