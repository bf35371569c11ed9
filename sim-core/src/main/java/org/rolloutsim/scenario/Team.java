package org.rolloutsim.scenario;

import java.util.Objects;
import org.rolloutsim.random.Distribution;

/**
 * The implementation team (MODEL.md 2.5): own staff, consultants and the vendor's people.
 * At week 0 each type has {@code round(fte)} people, all experienced; only replacements ramp up.
 *
 * @param staff          own staff, never null
 * @param consultants    consultants; {@code null} when there are none
 * @param vendor         vendor staff; {@code null} when there are none
 * @param hiringLagWeeks weeks from a leaver to the arrival of the replacement (default 10)
 * @param rampUpWeeks    weeks a newcomer takes to reach full productivity (default 12)
 * @param partnership    in [0, 1]: how far consultants and vendor work as partners (default 0.7)
 */
public record Team(
        Member staff,
        Member consultants,
        Member vendor,
        Distribution hiringLagWeeks,
        Distribution rampUpWeeks,
        Distribution partnership) {

    public Team {
        Objects.requireNonNull(staff, "staff");
        hiringLagWeeks = hiringLagWeeks == null ? Distribution.constant(10) : hiringLagWeeks;
        rampUpWeeks = rampUpWeeks == null ? Distribution.constant(12) : rampUpWeeks;
        partnership = partnership == null ? Distribution.constant(0.7) : partnership;
    }

    /** One type of team member: how many and what a week of one costs. */
    public record Member(Distribution fte, Distribution weeklyCost) {
        public Member {
            Objects.requireNonNull(fte, "fte");
            Objects.requireNonNull(weeklyCost, "weeklyCost");
        }
    }

    /**
     * This team with every type's head-count multiplied by {@code factor} (a distribution's mean
     * is scaled to a number): how capacity sweeps vary one input, everything else fixed.
     */
    public Team scaled(double factor) {
        return new Team(scale(staff, factor), scale(consultants, factor), scale(vendor, factor), hiringLagWeeks,
                rampUpWeeks, partnership);
    }

    private static Member scale(Member m, double factor) {
        return m == null ? null : new Member(Distribution.constant(m.fte().mean() * factor), m.weeklyCost());
    }
}
