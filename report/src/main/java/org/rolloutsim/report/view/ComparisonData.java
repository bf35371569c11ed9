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
 * @param confidence  the board's confidence level the verdict compares at, e.g. 0.8 for P80
 */
public record ComparisonData(String title, LocalDate start, String currency, Integer targetWeek, Double budget,
                             Provenance provenance, List<VariantResult> variants,
                             List<PairedDifference> differences, double confidence) {

    /** A comparison at the default confidence (P80). */
    public ComparisonData(String title, LocalDate start, String currency, Integer targetWeek, Double budget,
                          Provenance provenance, List<VariantResult> variants, List<PairedDifference> differences) {
        this(title, start, currency, targetWeek, budget, provenance, variants, differences,
                BoardFigures.DEFAULT_CONFIDENCE);
    }

    public ComparisonData {
        if (title == null || start == null || currency == null || provenance == null || variants == null) {
            throw new IllegalArgumentException("title, start, currency, provenance and variants are required");
        }
        variants = List.copyOf(variants);
        differences = List.copyOf(differences == null ? List.of() : differences);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two variants");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1: " + confidence);
        }
    }

    /** A short key for each variant, by position: "A", "B", … "Z", "AA", … used in chart rows. */
    public static String key(int index) {
        String key = "";
        int i = index;
        do {
            key = (char) ('A' + i % 26) + key;
            i = i / 26 - 1;
        } while (i >= 0);
        return key;
    }

    /**
     * A paired difference named by its variants' keys, first minus second with a minus sign (U+2212):
     * "A − B", as the HTML table, the PDF table and the charts all label it.
     */
    public String pairLabel(PairedDifference d) {
        return keyOf(d.first()) + " \u2212 " + keyOf(d.second());
    }

    /** The key of the variant named {@code name}; a name that is no variant's stands for itself. */
    public String keyOf(String name) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(name)) {
                return key(i);
            }
        }
        return name;
    }

    /** The variant named {@code name}, or {@code null} when no variant has that name. */
    public VariantResult variant(String name) {
        for (VariantResult v : variants) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    public WeekCalendar calendar() {
        return new WeekCalendar(start);
    }

    public Money money() {
        return new Money(currency);
    }
}
