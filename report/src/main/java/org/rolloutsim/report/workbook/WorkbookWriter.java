package org.rolloutsim.report.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.rolloutsim.report.data.SummaryJsonWriter;
import org.rolloutsim.report.data.TargetChances;
import org.rolloutsim.report.data.Unit;
import org.rolloutsim.report.text.BoardTables;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Probabilities;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.stats.BatchStatistics;
import org.rolloutsim.stats.BatchSummary;
import org.rolloutsim.stats.JclPoint;
import org.rolloutsim.stats.MetricSummary;
import org.rolloutsim.stats.QuantileEstimate;

/**
 * Writes {@code results.xlsx}: sheets Summary (the headline figures with their dates and
 * currency), P-values (mean and P5...P95 of every output and sampled input), Waves (planned
 * against simulated go-lives, as the report's wave table), Runs (every run, as runs.csv) and Weekly
 * (the P10/P50/P90 fans).
 * The numbers are those of summary.json, with the formats of their units.
 */
public final class WorkbookWriter {
    static final String[] SHEETS = {"Summary", "P-values", "Waves", "Runs", "Weekly"};
    /**
     * The Summary sheet's two rows of a chance on budget that is a range (runs not finished by the
     * horizon within budget so far): its lower end, counting them over budget, and its upper end,
     * counting them within. A chance that is no range is one row, "Chance on budget".
     */
    public static final String BUDGET_AT_LEAST = "Chance on budget, at least";
    /** The upper end of a chance on budget that is a range; see {@link #BUDGET_AT_LEAST}. */
    public static final String BUDGET_AT_MOST = "Chance on budget, at most";
    /** Deflate level of results.xlsx: fastexcel's own. */
    static final int LEVEL = 4;
    /**
     * Deflate level of the stamped copy read back at once: the fastest, as it is inflated again
     * straight away (about a fifth of the sheets' size on disk, where no compression would write them whole).
     */
    private static final int STAMPED_LEVEL = 1;

    private WorkbookWriter() {
    }

    /**
     * Writes the workbook to {@code target}. The same input gives the same bytes: fastexcel stamps
     * the time of writing into {@code docProps/core.xml}, so its workbook is written beside the
     * target first and then copied into it by {@link StableZip}, without that stamp.
     */
    public static void write(WorkbookInput input, Path target) throws IOException {
        Path stamped = target.resolveSibling("." + target.getFileName() + ".stamped");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stamped))) {
                write(input, out, STAMPED_LEVEL);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                StableZip.copy(stamped, out, LEVEL);
            }
        } finally {
            Files.deleteIfExists(stamped);
        }
    }

    /** Writes fastexcel's workbook, at the given compression level; the stream is not closed. */
    private static void write(WorkbookInput input, OutputStream out, int level) throws IOException {
        Workbook workbook = new Workbook(new NonClosing(out), "rollout-sim", "1.0");
        workbook.setCompressionLevel(level);
        summary(workbook.newWorksheet(SHEETS[0]), input);
        percentiles(workbook.newWorksheet(SHEETS[1]), input);
        waves(workbook.newWorksheet(SHEETS[2]), input);
        RunSheets.runs(workbook.newWorksheet(SHEETS[3]), input);
        RunSheets.weekly(workbook.newWorksheet(SHEETS[4]), input);
        workbook.finish();
    }

    private static void summary(Worksheet sheet, WorkbookInput in) throws IOException {
        Cells cells = new Cells(sheet, in.units());
        BatchSummary s = in.summary();
        String currency = in.units().currency();
        // the seed is text: a 64-bit seed has more digits than a spreadsheet's numbers keep
        String[][] identity = {{"Scenario", in.identity().scenarioName()}, {"Content hash", in.identity().contentHash()},
            {"Seed", Long.toString(in.identity().seed())}};
        int row = 0;
        for (String[] pair : identity) {
            cells.text(row, 0, pair[0]);
            cells.text(row++, 1, pair[1]);
        }
        cells.text(row, 0, "Runs");
        cells.number(row++, 1, s.runs(), Unit.COUNT);
        cells.text(row, 0, "Tool version");
        cells.text(row++, 1, in.identity().toolVersion());
        cells.text(row, 0, "Currency");
        cells.text(row++, 1, currency);
        cells.text(row, 0, "Programme start (week 0)");
        cells.date(row++, 1, in.units().start());
        row++;
        cells.header(row++, "Figure", "Value", "Date", "Currency");
        // P50 and the board's confidence level (--confidence, P80 unless chosen otherwise), as the report's
        // headline; at P50 the board's level is P50 itself, and each figure is given once
        String board = Verdict.label(in.confidence());
        boolean median = Verdict.median(in.confidence());
        MetricSummary completion = s.metric(BatchStatistics.COMPLETION_WEEK);
        double completionAtLevel = in.atConfidence(completion);
        row = week(cells, row, "P50 completion (week)", completion.p50(), in.afterHorizon(completion.p50()));
        if (!median) {
            row = week(cells, row, board + " completion (week)", completionAtLevel, in.afterHorizon(completionAtLevel));
        }
        row = week(cells, row, "Target completion (week)",
                s.targets().targetWeek().isPresent() ? s.targets().targetWeek().getAsInt() : Double.NaN, false);
        MetricSummary cost = s.metric(BatchStatistics.PROGRAM_COST);
        // a cost percentile that takes in runs not finished by the horizon counts theirs only to then
        row = money(cells, row, "P50 programme cost", cost.p50(), currency, in.atLeast(cost, cost.p50()));
        double costAtLevel = in.atConfidence(cost);
        if (!median) {
            row = money(cells, row, board + " programme cost", costAtLevel, currency, in.atLeast(cost, costAtLevel));
        }
        row = money(cells, row, "Budget", s.targets().budget().orElse(Double.NaN), currency, false);
        if (s.hasMetric(BatchStatistics.TOTAL_COST)) {
            MetricSummary total = s.metric(BatchStatistics.TOTAL_COST);
            row = money(cells, row, "P50 total cost", total.p50(), currency, in.atLeast(total, total.p50()));
            double totalAtLevel = in.atConfidence(total);
            if (!median) {
                row = money(cells, row, board + " total cost", totalAtLevel, currency, in.atLeast(total, totalAtLevel));
            }
        }
        // the chances as the report reads them: one rule for when the chance on budget is a range
        Probabilities p = TargetChances.of(s.probabilities());
        row = share(cells, row, "Chance on time", s.probabilities().onTime());
        if (p.onBudgetIsRange()) {
            // runs not finished by the horizon within budget so far may or may not stay within it: the
            // chance lies between two numbers, each a cell of its own (to sort and chart), and the note
            // below the figures reads it as the report does
            row = share(cells, row, BUDGET_AT_LEAST, p.onBudget());
            row = share(cells, row, BUDGET_AT_MOST, p.onBudgetAtMost());
        } else {
            row = share(cells, row, "Chance on budget", s.probabilities().onBudget());
        }
        row = share(cells, row, "Chance of both (JCL)", s.probabilities().jcl());
        JclPoint jcl = s.dateAndCostAtJcl(SummaryJsonWriter.JCL_LEVEL);
        String level = Math.round(100 * jcl.level()) + "%";
        if (!jcl.isReached()) {
            // no date and cost are met together by that share of runs: only runs finished by the
            // horizon can be, and fewer than that share are; two blank rows would not say why
            String why = "not reached: fewer than " + level + " of runs finish by the horizon";
            cells.text(row, 0, "Completion at " + level + " joint confidence (week)");
            cells.text(row++, 1, why);
            cells.text(row, 0, "Programme cost at " + level + " joint confidence");
            cells.text(row++, 1, why);
        } else {
            row = week(cells, row, "Completion at " + level + " joint confidence (week)", jcl.week(),
                    in.afterHorizon(jcl.week()));
            // a cost percentile as any other: cut by the horizon's cost rule, whether or not its week is
            row = money(cells, row, "Programme cost at " + level + " joint confidence", jcl.cost(), currency,
                    in.atLeast(cost, jcl.cost()));
        }
        if (p.onBudgetIsRange()) {
            cells.text(++row, 0, budgetRangeNote(p));
        }
        sheet.width(0, 44);
        sheet.width(1, 22);
        sheet.width(2, 12);
        sheet.finish();
    }

    /**
     * What the Summary sheet says under its figures when the chance on budget is a range: the range as
     * the report writes it ("56% to 62%") and why, for the reader of the two numbers above.
     */
    static String budgetRangeNote(Probabilities p) {
        return "Chance on budget: " + p.onBudgetText() + ". " + Percent.format(p.onBudgetNotKnown())
                + " of runs had not finished by the horizon and are within budget so far: they may or may not stay"
                + " within it, so the chance lies from counting them over budget (at least) to counting them within"
                + " (at most).";
    }

    /** A week and its date; {@code orLater}: not come by the horizon, read as the horizon "or later". */
    private static int week(Cells cells, int row, String label, double week, boolean orLater) {
        cells.text(row, 0, label);
        cells.week(row, 1, week, Unit.WEEK, orLater);
        cells.date(row, 2, week, orLater);
        return row + 1;
    }

    /** An amount; {@code atLeast}: counted only to the horizon, a lower bound. */
    private static int money(Cells cells, int row, String label, double amount, String currency, boolean atLeast) {
        cells.text(row, 0, label);
        if (atLeast) {
            cells.moneyAtLeast(row, 1, amount);
        } else {
            cells.number(row, 1, amount, Unit.MONEY);
        }
        cells.text(row, 3, currency);
        return row + 1;
    }

    /** A chance, a whole percentage as every other output gives it (it had read "31.4%"). */
    private static int share(Cells cells, int row, String label, double share) {
        cells.text(row, 0, label);
        cells.wholePercent(row, 1, share);
        return row + 1;
    }

    private static void percentiles(Worksheet sheet, WorkbookInput in) throws IOException {
        Cells cells = new Cells(sheet, in.units());
        cells.header(0, "Output", "Kind", "Unit", "Runs", "Mean", "Min", "P5", "P10", "P20", "P50", "P80", "P90",
                "P95", "Max", "P50 date", "P80 date", "Currency");
        int row = 1;
        for (MetricSummary m : in.summary().metrics()) {
            Unit unit = Unit.of(m.name(), m.kind());
            cells.text(row, 0, m.name());
            cells.text(row, 1, m.kind().name());
            cells.text(row, 2, unit.label());
            cells.number(row, 3, m.n(), Unit.COUNT);
            Unit value = unit == Unit.WEEK || unit == Unit.WEEKS ? Unit.NUMBER : unit; // means and percentiles may be fractional
            boolean money = unit == Unit.MONEY;
            if (unit == Unit.SHARE) {
                sharePercentiles(cells, row++, m);
                continue;
            }
            if (money && in.meanAtLeast(m)) {
                cells.moneyAtLeast(row, 4, m.mean());
            } else if (unit == Unit.WEEK && in.meanOfWeeksAtLeast(m)) {
                cells.meanWeeksAtLeast(row, 4, m.mean());
            } else if (unit == Unit.FLAG) {
                // the mean of a 0/1 output is the share of runs it happened in, a chance as the report gives it
                cells.wholePercent(row, 4, m.mean());
            } else if (unit == Unit.COUNT) {
                // a mean count is fractional ("1.1 times on average"): format "0" had shown 1.129 replans as 1
                cells.meanCount(row, 4, m.mean());
            } else if (unit == Unit.WEEK || unit == Unit.WEEKS) {
                cells.meanWeeks(row, 4, m.mean());
            } else {
                cells.number(row, 4, m.mean(), value);
            }
            // a cost percentile that takes in runs not finished by the horizon reads "at least"
            if (money && in.atLeast(m, m.min())) {
                cells.moneyAtLeast(row, 5, m.min());
            } else {
                cells.number(row, 5, m.min(), value);
            }
            int column = 6;
            for (QuantileEstimate q : m.quantiles()) {
                if (money && in.atLeast(m, q.value())) {
                    cells.moneyAtLeast(row, column++, q.value());
                    continue;
                }
                // a dated output's percentile at the horizon, among runs it had not come for, reads "or later"
                cells.week(row, column++, q.value(), value, unit == Unit.WEEK && in.afterHorizon(q.value()));
            }
            if (money && in.atLeast(m, m.max())) {
                cells.moneyAtLeast(row, column, m.max());
            } else {
                cells.week(row, column, m.max(), value, unit == Unit.WEEK && in.afterHorizon(m.max()));
            }
            if (unit == Unit.WEEK) {
                cells.date(row, 14, m.p50(), in.afterHorizon(m.p50()));
                cells.date(row, 15, m.p80(), in.afterHorizon(m.p80()));
            }
            if (unit == Unit.MONEY) {
                cells.text(row, 16, in.units().currency());
            }
            row++;
        }
        sheet.width(0, 36);
        sheet.freezePane(1, 1);
        sheet.finish();
    }

    /**
     * A share output's mean, min, percentiles and max (peak fatigue, lowest integrity) as whole
     * percentages, "<1%" and ">99%" near 0 and 1, as every chance is given (they had read "37.4%").
     */
    private static void sharePercentiles(Cells cells, int row, MetricSummary m) {
        cells.wholePercent(row, 4, m.mean());
        cells.wholePercent(row, 5, m.min());
        int column = 6;
        for (QuantileEstimate q : m.quantiles()) {
            cells.wholePercent(row, column++, q.value());
        }
        cells.wholePercent(row, column, m.max());
    }

    /**
     * The waves as the report's wave table has them: each wave of the plan, then the follow-on wave
     * that reviews add under {@code response: full}, over the runs that gave it work (its sites cell
     * says in what share of runs, and so does its last column). A go-live, stabilization or plan that
     * had not come by the horizon reads as the horizon's date "or later".
     */
    private static void waves(Worksheet sheet, WorkbookInput in) throws IOException {
        Cells cells = new Cells(sheet, in.units());
        cells.header(0, "Wave", "Sites", "Baseline go-live (week)", "Baseline go-live", "P50 go-live (week)", "P50 go-live",
                "P80 go-live (week)", "P80 go-live", "P90 go-live (week)", "P90 go-live", "P50 stabilized (week)",
                "P50 stabilized", "Chance of slip", "P10 go-live (week)", "P10 go-live", "Replanned go-live P50 (week)",
                "Replanned go-live P50", "Site names", "Share of runs with the wave");
        int row = 1;
        for (WaveRow w : in.waves()) {
            cells.text(row, 0, w.id());
            if (w.added()) {
                cells.text(row, 1, BoardTables.sites(w));
            } else {
                cells.number(row, 1, w.sites(), Unit.COUNT);
            }
            // the baseline is a plan's date, as the report gives it; the rest what happened (or was replanned)
            cells.weekAndDate(row, 2, w.plannedGoLiveWeek(), false);
            double[] weeks = {w.goLive().p50(), w.goLive().p80(), w.goLive().p90(), w.p50StabilizedWeek()};
            for (int i = 0; i < weeks.length; i++) {
                cells.weekAndDate(row, 4 + 2 * i, weeks[i], in.afterHorizon(weeks[i]));
            }
            if (w.slipNotKnown() > 0) {
                cells.text(row, 12, BoardTables.slipChance(w)); // a range or "not known", as the report gives it
            } else {
                cells.wholePercent(row, 12, w.probabilityOfSlip()); // "31%", "<1%", as the report gives it
            }
            cells.weekAndDate(row, 13, w.goLive().p10(), in.afterHorizon(w.goLive().p10()));
            cells.weekAndDate(row, 15, w.replannedGoLiveWeek(), in.afterHorizon(w.replannedGoLiveWeek()));
            if (!w.siteNames().isEmpty()) {
                cells.text(row, 17, String.join(", ", w.siteNames()));
            }
            cells.wholePercent(row, 18, w.added() ? w.addedInRuns() : 1); // as the sites cell gives it
            row++;
        }
        if (in.waves().stream().anyMatch(WaveRow::added)) {
            cells.text(++row, 0, BoardTables.ADDED_WAVES_NOTE);
        }
        if (BoardTables.slipNotKnownInSome(in.waves())) {
            cells.text(++row, 0, BoardTables.SLIP_NOT_KNOWN_NOTE);
        }
        if (cells.wroteTextDates()) {
            cells.text(++row, 0, Cells.TEXT_DATES_NOTE);
        }
        sheet.finish();
    }

    /** fastexcel closes the stream it writes to; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
