package org.rolloutsim.model;

/**
 * Fatigue of the implementation team, {@code F} in [0, 1] (MODEL.md 5; seed: "be attentive to team
 * fatigue", "take care of the team"). It moves a share {@code 1/fatigueTime} of the way to its target
 * each week; the target rises with overtime and with the team's time on the programme (there is no
 * "mission accomplished" moment) and falls when a wellness programme is funded.
 */
final class TeamFatigue {
    private final double fatigueTime;
    private final double chronicPerYear;
    private final double hoursScale;
    private final double wellnessRelief;
    private final double productivityLoss;
    private final double errorGain;
    private final double celebrationRelief;
    private double level;
    private double peak;
    private double sum;
    private int weeks;

    /**
     * @param hoursScale     overtime share that, sustained, drives the target to 1: {@code maxOvertime}
     *                       in v1 (so sustained maximum overtime means full fatigue whatever the
     *                       maximum), {@code fatigueHoursScale} on absolute hours in v2 (MODEL.md 11.1)
     * @param wellnessRelief the target's reduction: {@code wellnessRelief} when wellness is funded, else 0
     */
    TeamFatigue(double fatigueTime, double chronicPerYear, double hoursScale, double wellnessRelief,
                double productivityLoss, double errorGain, double celebrationRelief) {
        this.fatigueTime = fatigueTime;
        this.chronicPerYear = chronicPerYear;
        this.hoursScale = hoursScale;
        this.wellnessRelief = wellnessRelief;
        this.productivityLoss = productivityLoss;
        this.errorGain = errorGain;
        this.celebrationRelief = celebrationRelief;
    }

    /** Current fatigue, in [0, 1]. */
    double level() {
        return level;
    }

    /** {@code prodMult(F) = 1 - fatigueProductivityLoss * F}. */
    double productivity() {
        return 1 - productivityLoss * level;
    }

    /** {@code errorMult(F) = 1 + fatigueErrorGain * F}: defect injection rises with fatigue. */
    double errorMultiplier() {
        return 1 + errorGain * level;
    }

    /**
     * One week on the programme.
     *
     * @param hoursWorked this week's hours factor, 1 to {@code 1 + maxOvertime}
     * @param tenureYears the team's mean time on the programme
     */
    void week(double hoursWorked, double tenureYears) {
        double target = (hoursScale > 0 ? (hoursWorked - 1) / hoursScale : 0)
                + chronicPerYear * tenureYears - wellnessRelief;
        target = clamp(target);
        level = clamp(level + (target - level) / fatigueTime);
        peak = Math.max(peak, level);
        sum += level;
        weeks++;
    }

    /** A risk's fatigue impact. */
    void add(double amount) {
        level = Math.min(1, level + amount);
    }

    /** A stabilized go-live marked as a milestone. */
    void celebrate() {
        level = Math.max(0, level - celebrationRelief);
    }

    double peak() {
        return peak;
    }

    /** Mean over the weeks on the programme. */
    double mean() {
        return weeks == 0 ? 0 : sum / weeks;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
