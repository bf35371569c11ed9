package org.rolloutsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rolloutsim.report.view.WeekCalendar;

/**
 * The tiny clinic that the tests of runs cut short by the horizon share: one clinic of 40 users, one
 * module of 20 workflows, a team of three at 2,000 a week, a big bang planned for week 40 after 30
 * weeks of preparation, a budget of 2.0e6. Its runs finish over a wide spread of weeks, so a horizon
 * placed at a percentile of a long batch's completion cuts a known share of the same runs short.
 * The clinic asks for changes as a 2,000-user hospital does ({@link #REQUESTS_AS_A_HOSPITAL}).
 */
final class TinyClinic {
    /**
     * The clinic's parameters: customization requests at the default rate (triangular 0.3, 1, 3 a
     * site-week) times sqrt(2000 / 40), the inverse of the size factor by which the model scales a
     * 40-user site's requests down (docs/model.md, departure 31). The tests of runs cut short by the
     * horizon were built on the spread of completion weeks those requests give.
     */
    static final String REQUESTS_AS_A_HOSPITAL =
            "parameters: {customizationRate: {triangular: [2.1213203435596424, 7.0710678118654755, 21.213203435596427]}}\n";

    /** Week 0 of the clinic's programme, a Monday (the loader's default start, written out). */
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    /** Dates the clinic's weeks as its reports do. */
    static final WeekCalendar CALENDAR = new WeekCalendar(START);

    private TinyClinic() {
    }

    /** The scenario, with its target and horizon weeks. */
    static String yaml(int targetWeek, int horizonWeeks) {
        return """
                name: Tiny clinic
                program: {start: %s, budget: 2.0e6, targetWeek: %d, horizonWeeks: %d}
                team: {staff: {fte: 3, weeklyCost: 2000}}
                modules: [{id: ambulatory, workflows: 20}]
                sites: [{id: clinic, users: 40}]
                strategy: {kind: big-bang, goLiveWeek: 40}
                practices: {prepWeeks: 30}
                """.formatted(START, targetWeek, horizonWeeks) + REQUESTS_AS_A_HOSPITAL;
    }

    /** Writes {@link #yaml} to {@code file} and returns it. */
    static Path write(Path file, int targetWeek, int horizonWeeks) throws IOException {
        return Files.writeString(file, yaml(targetWeek, horizonWeeks));
    }
}
