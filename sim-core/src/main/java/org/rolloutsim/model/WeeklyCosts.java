package org.rolloutsim.model;

import static org.rolloutsim.model.InputLayout.CC_COST;
import static org.rolloutsim.model.InputLayout.CC_FTE;
import static org.rolloutsim.model.InputLayout.CONSULTANT_COST;
import static org.rolloutsim.model.InputLayout.MAINTENANCE_FTE;
import static org.rolloutsim.model.InputLayout.STAFF_COST;
import static org.rolloutsim.model.InputLayout.VENDOR_COST;
import static org.rolloutsim.model.InputLayout.WELLNESS;

import org.rolloutsim.scenario.Parameter;

/**
 * The costs a run charges every week (MODEL.md 8; step 9 of the week): the team's pay and its
 * overtime, surge consultants, wellness, command centres, interface maintenance, fixed costs spread
 * over their weeks, and the delay cost of waves past their baseline. Costs charged at a moment
 * rather than by the week (replacements, training, cut-over, risks) are charged where they happen.
 *
 * <p>Every amount goes to the run's {@link CostLedger}; the run calls these in a fixed order, which
 * keeps the programme's running total the same sum, added in the same order, on every machine.
 */
final class WeeklyCosts {
    private final Workforce team;
    private final CostLedger ledger;
    private final ProgrammeLayout layout;
    /**
     * Weekly cost of one person of each type. Surge staff are paid as consultants, or as staff when
     * the team has none: a missing consultants entry has no cost, and surge staff are not free.
     */
    private final double[] memberCost = new double[Workforce.TYPES];
    /** Staff overtime is paid at this multiple of normal pay; consultants and vendor bill hours at 1. */
    private final double overtimePremium;
    /** Wellness programme cost per person a week (0: not funded). */
    private final double wellnessCost;
    /** One command centre for one week: its staff at their weekly cost. */
    private final double commandCentreWeeklyCost;
    /** Interface maintenance staff, paid as staff, from the first go-live on. */
    private final double maintenanceWeeklyCost;
    /** Each fixed cost spread evenly over its weeks. */
    private final double[] fixedWeekly;
    /** Delay cost of one week for one user of a wave not live past its baseline: {@code 7 · delayCostPerDay / users}. */
    private final double delayPerWeekPerUser;

    WeeklyCosts(ProgrammeLayout layout, InputLayout inputLayout, double[] in, Workforce team, CostLedger ledger) {
        this.team = team;
        this.ledger = ledger;
        this.layout = layout;
        int teamBase = inputLayout.teamBase;
        int practicesBase = inputLayout.practicesBase;
        memberCost[Workforce.STAFF] = in[teamBase + STAFF_COST];
        memberCost[Workforce.CONSULTANTS] = in[teamBase + CONSULTANT_COST];
        memberCost[Workforce.VENDOR] = in[teamBase + VENDOR_COST];
        memberCost[Workforce.SURGE] = layout.surgePaidAsStaff ? memberCost[Workforce.STAFF] : in[teamBase + CONSULTANT_COST];
        overtimePremium = in[Parameter.OVERTIME_PREMIUM.ordinal()];
        wellnessCost = in[practicesBase + WELLNESS];
        commandCentreWeeklyCost = in[practicesBase + CC_FTE] * in[practicesBase + CC_COST];
        maintenanceWeeklyCost = in[practicesBase + MAINTENANCE_FTE] * memberCost[Workforce.STAFF];
        delayPerWeekPerUser = 7 * in[inputLayout.delayCostSlot] / layout.totalUsers;
        fixedWeekly = new double[layout.fixedFrom.length];
        for (int i = 0; i < fixedWeekly.length; i++) {
            fixedWeekly[i] = in[inputLayout.fixedBase + i] / (layout.fixedTo[i] - layout.fixedFrom[i] + 1);
        }
    }

    /** The team's week at {@code hoursWorked} (1 = normal hours): pay, overtime, surge, wellness. */
    void payroll(double hoursWorked) {
        for (int type = 0; type < Workforce.TYPES; type++) {
            int n = team.headcount(type);
            double weekly = n * memberCost[type];
            if (type == Workforce.SURGE) {
                if (n > 0) {
                    ledger.charge(CostCategory.SURGE, weekly * hoursWorked); // consultants are paid by the hour
                }
            } else {
                ledger.charge(CostCategory.TEAM, weekly);
                if (hoursWorked > 1) {
                    double premium = type == Workforce.STAFF ? overtimePremium : 1;
                    ledger.charge(CostCategory.OVERTIME, (hoursWorked - 1) * weekly * premium);
                }
            }
            if (wellnessCost > 0 && n > 0) {
                ledger.charge(CostCategory.WELLNESS, n * wellnessCost);
            }
        }
    }

    /** A week of {@code open} command centres. */
    void commandCentres(int open) {
        if (open > 0) {
            ledger.charge(CostCategory.COMMAND_CENTRE, open * commandCentreWeeklyCost);
        }
    }

    /** A week of interface maintenance, paid once the first site is live. */
    void interfaceMaintenance() {
        ledger.charge(CostCategory.INTERFACE_MAINTENANCE, maintenanceWeeklyCost);
    }

    /** This week's part of each fixed cost whose term covers {@code week}. */
    void fixed(int week) {
        for (int i = 0; i < fixedWeekly.length; i++) {
            if (week >= layout.fixedFrom[i] && week <= layout.fixedTo[i]) {
                ledger.charge(CostCategory.FIXED, fixedWeekly[i]);
            }
        }
    }

    /** A week's delay for {@code users} users whose go-live is late against the baseline (MODEL.md 6). */
    void delay(double users) {
        if (users > 0) {
            ledger.charge(CostCategory.DELAY, delayPerWeekPerUser * users);
        }
    }

    /** The run ends in {@code week}: contracted fixed costs are paid to the end of their term. */
    void fixedToEndOfTerm(int week) {
        for (int i = 0; i < fixedWeekly.length; i++) {
            int from = Math.max(week + 1, layout.fixedFrom[i]);
            if (layout.fixedTo[i] >= from) {
                ledger.charge(CostCategory.FIXED, fixedWeekly[i] * (layout.fixedTo[i] - from + 1));
            }
        }
    }
}
