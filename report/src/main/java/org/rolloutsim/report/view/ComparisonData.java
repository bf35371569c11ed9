package org.rolloutsim.report.view;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a comparison report of two or more variants shows.
 *
 * @param title       report heading
 * @param start       programme start date (week 0), shared by all variants
 * @param currency    currency symbol or code
 * @param targetWeek  target completion week, or {@code null}
 * @param budget      programme budget, or {@code null}
 * @param provenance  tool version, hash of the scenario set, seed, runs per variant, command line
 * @param variants    the variants in display order (at least two)
 * @param differences paired differences, usually each variant against the first (baseline), for
 *                    completion and for cost
 */
public record ComparisonData(String title, LocalDate start, String currency, Integer targetWeek, Double budget,
                             Provenance provenance, List<VariantResult> variants,
                             List<PairedDifference> differences) {

    public ComparisonData {
        if (title == null || start == null || currency == null || provenance == null || variants == null) {
            throw new IllegalArgumentException("title, start, currency, provenance and variants are required");
        }
        variants = List.copyOf(variants);
        differences = List.copyOf(differences == null ? List.of() : differences);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two variants");
        }
    }

    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    public Money money() {
        return new Money(currency);
    }
}
