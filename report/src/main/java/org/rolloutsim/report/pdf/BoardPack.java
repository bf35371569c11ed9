package org.rolloutsim.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.rolloutsim.report.chart.Charts;
import org.rolloutsim.report.text.BoardTables;
import org.rolloutsim.report.text.CensoredDifference;
import org.rolloutsim.report.text.ConvergenceNote;
import org.rolloutsim.report.text.ExecutiveSummary;
import org.rolloutsim.report.text.RiskCells;
import org.rolloutsim.report.text.RiskRegisterNote;
import org.rolloutsim.report.text.Verdict;
import org.rolloutsim.report.view.BoardFigures;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.KeyInput;
import org.rolloutsim.report.view.Money;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Percent;
import org.rolloutsim.report.view.Provenance;
import org.rolloutsim.report.view.ReportData;
import org.rolloutsim.report.view.RiskRow;
import org.rolloutsim.report.view.VariantResult;
import org.rolloutsim.report.view.WaveRow;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The board pack: the report's decision pages as an A4 PDF of at most four pages, then an appendix
 * (per-wave table, key inputs). Page 1: the answers (headline figures, summary, dates and costs at
 * each confidence level, contingency); page 2: when and how much; page 3: how likely and why;
 * page 4: risk register, waves and reproducibility. The same sentences and figures as the HTML
 * report, from the same classes. Charts are vectors. Same data, same bytes (fixed document dates).
 */
public final class BoardPack {

    static final String APPENDIX = "Appendix";
    /** Waves listed on page 4; a programme with more gets its wave table in the appendix. */
    static final int WAVES_ON_PAGE = 8;
    private static final int CHART_W = 700;
    private static final int CHART_H = 380;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;

    private BoardPack() {
    }

    /** Writes the board pack of one scenario; the stream is not closed. */
    public static void write(ReportData data, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            info(document, data.title());
            try (PdfCanvas pdf = new PdfCanvas(document, data.title(), footer(data.provenance()))) {
                answers(pdf, data);
                whenAndHowMuch(pdf, data);
                likelyAndWhy(pdf, data);
                risksAndWaves(pdf, data);
                appendix(pdf, data);
                replacedCharactersNote(pdf);
            }
            document.save(out);
        }
    }

    /** Writes the board pack of a comparison: verdict, curves, paired differences. */
    public static void write(ComparisonData data, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            info(document, data.title());
            try (PdfCanvas pdf = new PdfCanvas(document, data.title(), footer(data.provenance()))) {
                verdict(pdf, data);
                pdf.newPage();
                pdf.heading("Completion date and cost by variant", 13);
                pdf.chart(Charts.comparisonCurves(data, Outcome.COMPLETION), CHART_W, CHART_H);
                pdf.chart(Charts.comparisonCurves(data, Outcome.COST), CHART_W, CHART_H);
                if (!data.differences().isEmpty()) {
                    pdf.newPage();
                    pdf.heading("Paired differences (same random draws)", 13);
                    pdf.chart(Charts.pairedDifferences(data, Outcome.COMPLETION), CHART_W, CHART_H);
                    pdf.chart(Charts.pairedDifferences(data, Outcome.COST), CHART_W, CHART_H);
                    pdf.newPage();
                    differences(pdf, data);
                }
                provenance(pdf, data.provenance());
                replacedCharactersNote(pdf);
            }
            document.save(out);
        }
    }

    /**
     * Says so when some name was written with '?' for characters the standard PDF fonts cannot show
     * (Chinese, Arabic, emoji…): embedding a font that covers every script would make the pack
     * large and depend on the fonts a machine has, and the HTML report shows every name in full.
     */
    private static void replacedCharactersNote(PdfCanvas pdf) throws IOException {
        if (pdf.replacedCharacters()) {
            pdf.paragraph("Some names use characters this board pack's font cannot show; they are written as"
                    + " \u201c?\u201d here. The HTML report shows them in full.", BODY);
        }
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("rollout-sim");
        // a fixed date: the same data gives the same bytes
        Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        fixed.clear();
        fixed.set(2026, Calendar.JANUARY, 1);
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        // a fixed file identifier too, taken from the title (PDFBox would otherwise derive one from the clock)
        byte[] id = java.nio.ByteBuffer.allocate(16).putInt(title.hashCode()).putInt(title.length()).array();
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /** The footer after the title: version, seed and runs. */
    private static String footer(Provenance p) {
        return "rollout-sim " + p.toolVersion() + " \u00b7 seed " + p.seed() + " \u00b7 "
                + org.rolloutsim.report.text.Counted.of(p.runs(), "run");
    }

    private static void answers(PdfCanvas pdf, ReportData data) throws IOException {
        WeekCalendar calendar = data.calendar();
        ExecutiveSummary summary = new ExecutiveSummary(data);
        pdf.newPage();
        pdf.paragraph(data.title(), pdf.bold, 16, 0);
        pdf.paragraph("Scenario \u201c" + data.scenarioName() + "\u201d \u00b7 programme start " + calendar.longDate(0)
                + " \u00b7 " + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "simulated run"), SMALL);
        List<String[]> cards = new ArrayList<>();
        for (ExecutiveSummary.Headline h : summary.headlines()) {
            cards.add(new String[] {h.label(), h.value(), h.note()});
        }
        pdf.cards(cards);
        for (String sentence : summary.sentences()) {
            pdf.paragraph(sentence, BODY);
        }
        if (!data.description().isBlank()) {
            pdf.paragraph(data.description(), SMALL);
        }
        BoardTables tables = new BoardTables(data);
        boolean total = data.board().totalCost() != null;
        pdf.heading("Dates and costs at each confidence level", 11);
        List<String[]> rows = new ArrayList<>();
        for (BoardTables.Row row : tables.pValues()) {
            String when = BoardTables.shortDate(data, row.week());
            String level = Verdict.label(row.level()) + (Math.abs(row.level() - data.board().confidence()) < 1e-9
                    ? " (board)" : "");
            String cost = tables.costAt(row.cost());
            rows.add(total ? new String[] {level, when, cost, tables.totalCostAt(row.totalCost())}
                    : new String[] {level, when, cost});
        }
        pdf.table(total ? new String[] {"Level", "Completion", "Programme cost", "Total cost"}
                : new String[] {"Level", "Completion", "Programme cost"}, rows,
                total ? new float[] {1, 1.3f, 1.3f, 1.3f} : new float[] {1, 1.3f, 1.3f}, SMALL);
        String note = ConvergenceNote.of(data);
        if (note != null) {
            pdf.paragraph(note, SMALL);
        }
    }

    private static void whenAndHowMuch(PdfCanvas pdf, ReportData data) throws IOException {
        pdf.newPage();
        pdf.heading("When: completion date", 13);
        pdf.chart(Charts.completionHistogram(data), CHART_W, CHART_H);
        pdf.heading("How much: programme cost", 13);
        pdf.chart(Charts.costHistogram(data), CHART_W, CHART_H);
    }

    private static void likelyAndWhy(PdfCanvas pdf, ReportData data) throws IOException {
        pdf.newPage();
        pdf.heading("How likely: on time and on budget together", 13);
        pdf.chart(Charts.jointConfidence(data), CHART_W, CHART_H);
        pdf.heading("Why: what drives delay", 13);
        if (data.drivers().isEmpty()) {
            pdf.paragraph("No uncertain input was sampled in this scenario, so nothing can be ranked.", BODY);
        } else {
            pdf.chart(Charts.tornado(data, Outcome.COMPLETION), CHART_W, CHART_H);
        }
    }

    private static void risksAndWaves(PdfCanvas pdf, ReportData data) throws IOException {
        pdf.newPage();
        Money money = data.money();
        List<RiskRow> risks = new BoardTables(data).rankedRisks();
        if (!risks.isEmpty()) {
            pdf.heading("Risk register: what each risk adds, before and after mitigation", 13);
            List<String[]> rows = new ArrayList<>();
            for (RiskRow r : risks) {
                rows.add(RiskCells.of(r, money, BoardTables.NONE));
            }
            pdf.table(new String[] {"Risk", "Occurred", "Adds", "Adds cost", "Occurs after", "Adds after", "Cost after"},
                    rows, new float[] {2.2f, 0.9f, 1.4f, 1.6f, 1.0f, 1.3f, 1.6f}, SMALL);
            pdf.paragraph(RiskRegisterNote.NOTE, SMALL);
        }
        if (!data.waves().isEmpty() && data.waves().size() <= WAVES_ON_PAGE) {
            pdf.heading("Waves: sites, go-live dates and the chance to slip", 13);
            waveTable(pdf, data);
        } else if (!data.waves().isEmpty()) {
            pdf.heading("Waves", 13);
            pdf.paragraph(data.waves().size() + " waves: see the appendix for each wave's sites, dates and chance to slip.",
                    BODY);
        }
        provenance(pdf, data.provenance());
    }

    private static void waveTable(PdfCanvas pdf, ReportData data) throws IOException {
        WeekCalendar calendar = data.calendar();
        boolean replans = data.waves().stream().anyMatch(w -> !Double.isNaN(w.replannedGoLiveWeek())
                && w.replannedGoLiveWeek() != w.plannedGoLiveWeek());
        List<String[]> rows = new ArrayList<>();
        for (WaveRow w : data.waves()) {
            List<String> cells = new ArrayList<>(List.of(w.id(), BoardTables.sites(w), calendar.shortDate(w.plannedGoLiveWeek())));
            if (replans) {
                cells.add(Double.isNaN(w.replannedGoLiveWeek()) ? BoardTables.NONE : BoardTables.shortDate(data, w.replannedGoLiveWeek()));
            }
            // a range with an en dash, as the HTML wave table writes it (the pack's fonts have one)
            cells.addAll(List.of(BoardTables.shortDates(data, w.goLive().p10(), w.goLive().p90(), " \u2013 "),
                    BoardTables.shortDate(data, w.goLive().p50()), BoardTables.slipChance(w)));
            rows.add(cells.toArray(new String[0]));
        }
        pdf.table(replans ? new String[] {"Wave", "Sites", "Baseline", "Replanned (P50)", "Go-live P10\u2013P90", "P50",
            "Chance to slip"} : new String[] {"Wave", "Sites", "Planned", "Go-live P10\u2013P90", "P50", "Chance to slip"}, rows,
                widths(replans, data.waves().stream().anyMatch(WaveRow::added)), SMALL);
        if (data.waves().stream().anyMatch(WaveRow::added)) {
            pdf.paragraph(BoardTables.ADDED_WAVES_NOTE, SMALL);
        }
        if (BoardTables.slipNotKnownInSome(data.waves())) {
            pdf.paragraph(BoardTables.SLIP_NOT_KNOWN_NOTE, SMALL);
        }
    }

    /** The wave table's column widths; an added wave's id ("follow-on") takes a wider first column. */
    private static float[] widths(boolean replans, boolean added) {
        if (added) {
            return replans ? new float[] {1.1f, 2.7f, 1.1f, 1.1f, 2f, 1.1f, 1} : new float[] {1.1f, 2.9f, 1.1f, 2f, 1.1f, 1};
        }
        return replans ? new float[] {0.8f, 3f, 1.1f, 1.1f, 2f, 1.1f, 1} : new float[] {0.8f, 3.2f, 1.1f, 2f, 1.1f, 1};
    }

    private static void appendix(PdfCanvas pdf, ReportData data) throws IOException {
        pdf.newPage();
        pdf.paragraph(APPENDIX, pdf.bold, 14, 0);
        if (data.waves().size() > WAVES_ON_PAGE) {
            pdf.heading("Waves: sites, go-live dates and the chance to slip", 11);
            waveTable(pdf, data);
        }
        if (!data.drivers().isEmpty()) {
            pdf.heading("What drives cost", 11);
            pdf.chart(Charts.tornado(data, Outcome.COST), CHART_W, CHART_H);
        }
        if (!data.keyInputs().isEmpty()) {
            pdf.heading("Key inputs", 11);
            List<String[]> rows = new ArrayList<>();
            for (KeyInput k : data.keyInputs()) {
                rows.add(new String[] {k.label(), k.value()});
            }
            pdf.table(new String[] {"Input", "Value"}, rows, new float[] {1, 3}, SMALL);
        }
    }

    private static void verdict(PdfCanvas pdf, ComparisonData data) throws IOException {
        WeekCalendar calendar = data.calendar();
        Money money = data.money();
        pdf.newPage();
        pdf.paragraph(data.title(), pdf.bold, 16, 0);
        pdf.paragraph(data.variants().size() + " variants \u00b7 programme start " + calendar.longDate(0) + " \u00b7 "
                + org.rolloutsim.report.text.Counted.of(data.provenance().runs(), "run")
                + " each, with the same random draws", SMALL);
        Verdict verdict = new Verdict(data);
        pdf.heading("Verdict at " + Verdict.label(data.confidence()), 13);
        for (String sentence : verdict.sentences()) {
            pdf.paragraph(sentence, BODY);
        }
        pdf.paragraph(verdict.targets(), BODY);
        pdf.heading("Variants", 11);
        for (int i = 0; i < data.variants().size(); i++) {
            VariantResult v = data.variants().get(i);
            pdf.paragraph(ComparisonData.key(i) + "  " + v.name() + (v.description().isBlank() ? "" : ": " + v.description()),
                    SMALL);
        }
        String level = Verdict.label(data.confidence());
        // at P50 the board's level is P50 itself: its date and cost are given once
        boolean median = Verdict.median(data.confidence());
        List<String[]> rows = new ArrayList<>();
        for (Verdict.Option o : verdict.options()) {
            VariantResult v = o.variant();
            String p50Date = v.horizonRule().shortDate(calendar, v.completion().quantiles().p50());
            String p50Cost = v.horizonRule().cost(money, v.cost().quantiles().p50());
            List<String> cells = new ArrayList<>(median ? List.of(o.key(), p50Date, p50Cost)
                    : List.of(o.key(), p50Date, v.horizonRule().shortDate(calendar, o.week()), p50Cost,
                            v.horizonRule().cost(money, o.cost())));
            cells.addAll(List.of(
                v.probabilities().onTimeAndBudget() == null ? BoardTables.NONE : Percent.format(v.probabilities().onTimeAndBudget()),
                Double.isNaN(o.halfYearLate()) ? BoardTables.NONE : o.halfYearLateText(),
                Double.isNaN(o.yearLate()) ? BoardTables.NONE : o.yearLateText(), Verdict.notFinished(v)));
            rows.add(cells.toArray(new String[0]));
        }
        // nine columns across the page (seven at P50): a cell wraps at its spaces ("at least $1.35B", "22 Dec 2036 or later")
        String[] tail = {"On time and budget", ">6 months late", ">12 months late", Verdict.NOT_FINISHED};
        if (median) {
            pdf.table(concat(new String[] {"", "P50 date", "P50 cost"}, tail), rows,
                    new float[] {0.4f, 1.15f, 1, 1.05f, 1, 1, 0.95f}, SMALL);
        } else {
            pdf.table(concat(new String[] {"", "P50 date", level + " date", "P50 cost", level + " cost"}, tail), rows,
                    new float[] {0.4f, 1.15f, 1.15f, 1, 1, 1.05f, 1, 1, 0.95f}, SMALL);
        }
    }

    private static void differences(PdfCanvas pdf, ComparisonData data) throws IOException {
        Money money = data.money();
        pdf.heading("Paired differences, run by run (first minus second)", 13);
        boolean notKnown = data.differences().stream().anyMatch(d -> CensoredDifference.of(data, d).shares(d)[3] > 0);
        boolean bounded = data.differences().stream().anyMatch(d -> !CensoredDifference.of(data, d).exact());
        List<String[]> rows = new ArrayList<>();
        for (PairedDifference d : data.differences()) {
            boolean time = d.outcome() == Outcome.COMPLETION;
            CensoredDifference c = CensoredDifference.of(data, d);
            String[] shares = Verdict.shares(data, d);
            java.util.function.DoubleFunction<String> figure = x -> Verdict.difference(x, time, money);
            List<String> cells = new ArrayList<>(List.of(data.pairLabel(d),
                    time ? "Completion" : "Cost",
                    c.mean().of(figure.apply(d.meanDifference())),
                    c.mean().of(Verdict.interval(d.meanLow(), d.meanHigh(), time, money)),
                    c.percentile(0.5, figure).of(figure.apply(d.difference().quantiles().p50())),
                    shares[0], shares[1], shares[2]));
            if (notKnown) {
                cells.add(shares[3]);
            }
            rows.add(cells.toArray(new String[0]));
        }
        // the mean with its 95% interval, as the HTML table gives them; nine columns across the page (eight
        // without "Not known"): a cell wraps at its spaces ("+39.4 to +45.4 weeks, not exact")
        String[] header = {"Pair", "Outcome", "Mean", "95% interval of the mean", "P50 difference", "First lower",
            "First higher", "Same"};
        pdf.table(notKnown ? concat(header, new String[] {"Not known"}) : header, rows,
                notKnown ? new float[] {0.6f, 1, 1.3f, 1.5f, 1.3f, 0.8f, 0.8f, 0.6f, 0.7f}
                        : new float[] {0.6f, 1, 1.3f, 1.6f, 1.3f, 0.9f, 0.9f, 0.7f}, SMALL);
        if (bounded) {
            pdf.paragraph(CensoredDifference.NOTE, SMALL);
        }
    }

    private static String[] concat(String[] head, String[] tail) {
        String[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    private static void provenance(PdfCanvas pdf, Provenance p) throws IOException {
        pdf.heading("Reproducibility", 11);
        pdf.paragraph("Tool version " + p.toolVersion() + "; scenario hash " + p.scenarioHash() + "; seed " + p.seed()
                + "; " + org.rolloutsim.report.text.Counted.of(p.runs(), "run") + ". Command: " + p.commandLine(), SMALL);
    }
}
