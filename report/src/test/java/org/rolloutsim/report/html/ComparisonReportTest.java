package org.rolloutsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolloutsim.report.fixture.SampleData;
import org.rolloutsim.report.view.ComparisonData;
import org.rolloutsim.report.view.Outcome;
import org.rolloutsim.report.view.PairedDifference;
import org.rolloutsim.report.view.Quantiles;
import org.rolloutsim.report.view.RunDistribution;
import org.rolloutsim.report.view.VariantResult;

class ComparisonReportTest {

    private static final ComparisonData DATA = SampleData.comparison(1000);

    @Test
    void verdictNamesTheEarliestAndCheapestAndEachPair() {
        List<String> verdict = new Verdict(DATA).sentences();
        VariantResult earliest = DATA.variants().stream()
                .min((a, b) -> Double.compare(a.completion().quantiles().p80(), b.completion().quantiles().p80()))
                .orElseThrow();
        assertEquals("Phased with command centre", earliest.name());
        assertTrue(verdict.get(0).startsWith("Baseline: \u201cPhased, 4 waves\u201d (the first variant), P80 completion "),
                verdict.get(0));
        // sorted earliest first: the faster variant (5 weeks earlier in the fixture) before big bang (8 weeks later)
        assertTrue(verdict.get(1).startsWith("\u201cPhased with command centre\u201d finishes "), verdict.get(1));
        assertTrue(verdict.get(1).contains(" earlier than \u201cPhased, 4 waves\u201d on average (earlier in "),
                verdict.get(1));
        assertTrue(verdict.get(2).startsWith("\u201cBig bang\u201d finishes "), verdict.get(2));
        assertTrue(verdict.get(2).contains(" later than \u201cPhased, 4 waves\u201d on average"), verdict.get(2));
        assertTrue(verdict.get(3).contains("\u201cPhased with command centre\u201d finishes earliest")
                || verdict.get(3).contains("\u201cPhased with command centre\u201d is both"), verdict.get(3));
        assertEquals(4, verdict.size());
    }

    @Test
    void aDifferenceWhoseIntervalHoldsZeroIsCalledIndistinguishable() {
        PairedDifference same = new PairedDifference("B", "A", Outcome.COMPLETION,
                RunDistribution.ofQuantiles(new Quantiles(-2, 0, 1, 2)), 0.1, -0.3, 0.5, 0.45);
        List<VariantResult> variants = new ArrayList<>(DATA.variants().subList(0, 2));
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(rename(variants.get(0), "A"), rename(variants.get(1), "B")), List.of(same));
        List<String> verdict = new Verdict(data).sentences();
        assertTrue(verdict.get(1).startsWith("\u201cB\u201d finishes at about the same time as \u201cA\u201d (the"
                + " difference is within what chance alone gives)"), verdict.get(1));
        String html = ComparisonReport.render(data);
        assertTrue(html.contains("No target date is set; no budget is set."));
    }

    @Test
    void aClearDifferenceIsSaidWithItsIntervalAndShareOfRuns() {
        PairedDifference time = new PairedDifference("B", "A", Outcome.COMPLETION,
                RunDistribution.ofQuantiles(new Quantiles(-9, -5, -3, -2)), -5.04, -5.12, -4.96, 0.97);
        PairedDifference cost = new PairedDifference("B", "A", Outcome.COST,
                RunDistribution.ofQuantiles(new Quantiles(1e6, 2e7, 3e7, 4e7)), 2.0e7, 1.9e7, 2.1e7, 0.12);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(rename(DATA.variants().get(0), "A"), rename(DATA.variants().get(2), "B")), List.of(time, cost));
        assertTrue(new Verdict(data).sentences().get(1).startsWith("\u201cB\u201d finishes 5 weeks earlier than \u201cA\u201d on"
                + " average (earlier in 97% of runs) and costs $20M more (cheaper in 12% of runs)."),
                new Verdict(data).sentences().get(1));
    }

    @Test
    void reportHasTableCurvesDifferencesAndEscapesNames() {
        String evil = "<script>alert(1)</script>";
        List<VariantResult> variants = List.of(rename(DATA.variants().get(0), evil), DATA.variants().get(1));
        List<PairedDifference> diffs = DATA.differences().stream()
                .filter(d -> d.first().equals(DATA.variants().get(1).name()))
                .map(d -> new PairedDifference(d.first(), evil, d.outcome(), d.difference(), d.meanDifference(),
                        d.meanLow(), d.meanHigh(), d.probabilityFirstBetter()))
                .toList();
        ComparisonData data = new ComparisonData(evil, DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), variants, diffs);
        String html = ComparisonReport.render(data);
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"));
        // two S-curve charts and two paired-difference charts
        assertEquals(4, HtmlReportTest.count(html, "<svg "));
        assertTrue(html.contains("Chance first is better"));
    }

    /** A variant name written into a chart's subtitle (curves cut at the end of the bulk) stays text. */
    @Test
    void namesInChartSubtitlesAreEscapedToo() {
        String evil = "<script>alert(2)</script>";
        VariantResult slow = DATA.variants().get(1);
        float[] weeks = slow.completion().values().clone();
        for (int i = 0; i < 10; i++) {
            weeks[i] = 900; // far beyond the rest: the axis stops before them and the subtitle names the variant
        }
        VariantResult tail = new VariantResult(evil, RunDistribution.of(weeks), slow.cost(), 0, slow.probabilities());
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(DATA.variants().get(0), tail), List.of());
        String html = ComparisonReport.render(data);
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt; 1%"), "the cut variant is named in the subtitle");
        assertFalse(html.toLowerCase().contains("<script"));
    }

    @Test
    void aVariantComparedWithItselfShowsZeroDifferences() {
        VariantResult a = DATA.variants().get(0);
        float[] zeros = new float[a.completion().runs()];
        List<PairedDifference> none = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            none.add(new PairedDifference("Copy", a.name(), outcome, RunDistribution.of(zeros), 0, 0, 0, 0));
        }
        ComparisonData self = new ComparisonData("Self", DATA.start(), "$", DATA.targetWeek(), DATA.budget(),
                DATA.provenance(), List.of(a, rename(a, "Copy")), none);
        List<String> verdict = new Verdict(self).sentences();
        assertTrue(verdict.get(1).contains("finishes at about the same time as"), verdict.get(1));
        assertTrue(verdict.get(1).contains("costs about the same"), verdict.get(1));
        var axis = org.rolloutsim.report.chart.Charts.pairedDifferences(self, Outcome.COST).getXYPlot().getRangeAxis();
        assertTrue(axis.getRange().getLength() > 1e6, "a cost axis around zero should span millions, not dollars: "
                + axis.getRange());
        ComparisonReport.render(self);
    }

    /** A pair stored the other way round (baseline first) is turned round, its chance counted from the runs. */
    @Test
    void aReversedPairIsReadFromTheVariantsSide() {
        float[] baseMinusVariant = {10, 12, 9, 0, -1, 11, 10, 10, 13, 8};
        PairedDifference reversed = new PairedDifference("A", "B", Outcome.COMPLETION, RunDistribution.of(baseMinusVariant),
                8.2, 5.5, 10.9, 0.1);
        ComparisonData data = new ComparisonData("t", DATA.start(), "$", null, null, DATA.provenance(),
                List.of(rename(DATA.variants().get(0), "A"), rename(DATA.variants().get(1), "B")), List.of(reversed));
        // B is earlier where A − B > 0: 8 of the 10 runs (one tie, one later)
        assertTrue(new Verdict(data).sentences().get(1).startsWith("\u201cB\u201d finishes 8 weeks earlier than \u201cA\u201d on"
                + " average (earlier in 80% of runs)"), new Verdict(data).sentences().get(1));
    }

    @Test
    void durationsAreSaidAsPeopleSayThem() {
        assertEquals("less than a week", Verdict.spoken(0.4));
        assertEquals("1 week", Verdict.spoken(1.2));
        assertEquals("8 weeks", Verdict.spoken(-8.3));
        assertEquals("about 10 months (42 weeks)", Verdict.spoken(42.4));
        assertEquals("about 2.5 years (130 weeks)", Verdict.spoken(130));
        assertEquals("about 2 years (104 weeks)", Verdict.spoken(104));
    }

    @Test
    void sameDataSameBytes() {
        assertEquals(ComparisonReport.render(DATA), ComparisonReport.render(SampleData.comparison(1000)));
    }

    private static VariantResult rename(VariantResult v, String name) {
        return new VariantResult(name, v.completion(), v.cost(), v.censoredRuns(), v.probabilities());
    }
}
