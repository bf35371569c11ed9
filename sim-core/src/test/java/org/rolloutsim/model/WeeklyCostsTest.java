package org.rolloutsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rolloutsim.model.TestScenarios.c;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolloutsim.scenario.Legacy;
import org.rolloutsim.scenario.Parameter;
import org.rolloutsim.scenario.Scenario;
import org.rolloutsim.scenario.Team;

/**
 * Each weekly charge of MODEL.md 8 on its own, against a hand computation: a ledger, a team of
 * known head-counts and an input vector whose cost slots are set here, so no run decides what is
 * charged.
 */
class WeeklyCostsTest {
    /** Two sites of 1000 and 3000 users; licences 52,000 over weeks 10..35 (26 weeks: 2000 a week). */
    private static final Scenario SCENARIO = TestScenarios.builder()
            .site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0)
            .site("b", 3000, 1.0, Legacy.PAPER, 0.5, 1.0)
            .bigBang(60)
            .delayCostPerDay(4000)
            .fixedCost("licences", c(52_000), 10, 35)
            .fixedCost("hosting", c(9_000), 0, 2)
            .team(new Team(new Team.Member(c(10), c(1000)), new Team.Member(c(4), c(2000)),
                    new Team.Member(c(2), c(3000)), null, null, null))
            .build();

    private ProgrammeLayout layout;
    private InputLayout inputs;
    private double[] in;
    private CostLedger ledger;

    @BeforeEach
    void inputs() {
        layout = new RolloutModel(SCENARIO, ModelOptions.DEFAULT).layout();
        inputs = new InputLayout(SCENARIO, false);
        in = inputs.newValues();
        in[inputs.teamBase + InputLayout.STAFF_COST] = 1000;
        in[inputs.teamBase + InputLayout.CONSULTANT_COST] = 2000;
        in[inputs.teamBase + InputLayout.VENDOR_COST] = 3000;
        in[Parameter.OVERTIME_PREMIUM.ordinal()] = 1.5;
        in[inputs.practicesBase + InputLayout.WELLNESS] = 50;
        in[inputs.practicesBase + InputLayout.CC_FTE] = 20;
        in[inputs.practicesBase + InputLayout.CC_COST] = 1200;
        in[inputs.practicesBase + InputLayout.MAINTENANCE_FTE] = 3;
        in[inputs.delayCostSlot] = 4000;
        in[inputs.fixedBase] = 52_000;
        in[inputs.fixedBase + 1] = 9_000;
        ledger = new CostLedger();
    }

    /** Staff 10, consultants 4, vendor 2, surge 3. */
    private WeeklyCosts costs() {
        Workforce team = new Workforce(new int[] {10, 4, 2, 3}, 0, 1, 0);
        return new WeeklyCosts(layout, inputs, in, team, ledger);
    }

    @Test
    void aNormalWeekPaysTheTeamSurgeAndWellnessWithoutOvertime() {
        costs().payroll(1.0);
        assertEquals(10 * 1000 + 4 * 2000 + 2 * 3000, ledger.spent(CostCategory.TEAM), 1e-9);
        assertEquals(3 * 2000, ledger.spent(CostCategory.SURGE), 1e-9, "surge is paid as consultants");
        assertEquals(0, ledger.spent(CostCategory.OVERTIME));
        assertEquals((10 + 4 + 2 + 3) * 50, ledger.spent(CostCategory.WELLNESS), 1e-9, "wellness by head, surge too");
    }

    @Test
    void surgeIsPaidAsStaffWhenTheTeamHasNoConsultants() {
        Scenario noConsultants = TestScenarios.builder()
                .site("a", 1000, 1.0, Legacy.PAPER, 0.5, 1.0)
                .bigBang(60)
                .team(new Team(new Team.Member(c(10), c(1000)), null, null, null, null, null))
                .build();
        ProgrammeLayout staffOnly = new RolloutModel(noConsultants, ModelOptions.DEFAULT).layout();
        InputLayout staffInputs = new InputLayout(noConsultants, false);
        double[] values = staffInputs.newValues();
        values[staffInputs.teamBase + InputLayout.STAFF_COST] = 1000;
        Workforce team = new Workforce(new int[] {10, 0, 0, 3}, 0, 1, 0);
        new WeeklyCosts(staffOnly, staffInputs, values, team, ledger).payroll(1.0);
        assertEquals(3 * 1000, ledger.spent(CostCategory.SURGE), 1e-9, "no consultants' cost to pay surge at");
    }

    @Test
    void overtimeIsPaidAtThePremiumForStaffOnlyAndSurgeByTheHour() {
        costs().payroll(1.2);
        // 0.2 of a week: staff 10 x 1000 x 1.5, consultants 4 x 2000 and vendor 2 x 3000 at plain hours
        assertEquals(0.2 * (15_000 + 8000 + 6000), ledger.spent(CostCategory.OVERTIME), 1e-9);
        assertEquals(24_000, ledger.spent(CostCategory.TEAM), 1e-9, "the team's base pay does not change");
        assertEquals(1.2 * 3 * 2000, ledger.spent(CostCategory.SURGE), 1e-9, "surge bills its hours");
    }

    @Test
    void noSurgeAndNoWellnessFundCostNothing() {
        in[inputs.practicesBase + InputLayout.WELLNESS] = 0;
        Workforce team = new Workforce(new int[] {10, 0, 0, 0}, 0, 1, 0);
        new WeeklyCosts(layout, inputs, in, team, ledger).payroll(1.0);
        assertEquals(10_000, ledger.spent(CostCategory.TEAM), 1e-9);
        assertEquals(0, ledger.spent(CostCategory.SURGE));
        assertEquals(0, ledger.spent(CostCategory.WELLNESS));
    }

    @Test
    void commandCentresArePaidPerCentreOpen() {
        WeeklyCosts costs = costs();
        costs.commandCentres(0);
        assertEquals(0, ledger.spent(CostCategory.COMMAND_CENTRE));
        costs.commandCentres(2);
        assertEquals(2 * 20 * 1200, ledger.spent(CostCategory.COMMAND_CENTRE), 1e-9);
    }

    @Test
    void interfaceMaintenanceIsItsStaffAtTheStaffRate() {
        costs().interfaceMaintenance();
        assertEquals(3 * 1000, ledger.spent(CostCategory.INTERFACE_MAINTENANCE), 1e-9);
    }

    @Test
    void fixedCostsArePaidEvenlyOverTheirTermAndOnlyInIt() {
        WeeklyCosts costs = costs();
        costs.fixed(9);
        assertEquals(0, ledger.spent(CostCategory.FIXED), "before the licences' term, after hosting's");
        costs.fixed(10);
        assertEquals(2000, ledger.spent(CostCategory.FIXED), 1e-9, "first week of the term");
        costs.fixed(35);
        assertEquals(4000, ledger.spent(CostCategory.FIXED), 1e-9, "last week of the term");
        costs.fixed(36);
        assertEquals(4000, ledger.spent(CostCategory.FIXED), 1e-9, "after it");
        costs.fixed(0);
        costs.fixed(2);
        assertEquals(4000 + 2 * 3000, ledger.spent(CostCategory.FIXED), 1e-9, "hosting: 9000 over weeks 0..2");
    }

    @Test
    void aRunEndingEarlyPaysTheRestOfEachTerm() {
        costs().fixedToEndOfTerm(20);
        // licences: weeks 21..35 remain (15 weeks at 2000); hosting's term is over
        assertEquals(15 * 2000, ledger.spent(CostCategory.FIXED), 1e-9);
        ledger = new CostLedger();
        costs().fixedToEndOfTerm(1);
        // hosting's week 2 and the whole of the licences, which had not started
        assertEquals(3000 + 52_000, ledger.spent(CostCategory.FIXED), 1e-9);
        ledger = new CostLedger();
        costs().fixedToEndOfTerm(35);
        assertEquals(0, ledger.spent(CostCategory.FIXED), "the term ends with the run");
    }

    @Test
    void delayIsChargedPerLateUserAWeek() {
        WeeklyCosts costs = costs();
        costs.delay(0);
        assertEquals(0, ledger.spent(CostCategory.DELAY));
        // 4000 a day for the programme's 4000 users: 7 a week per late user
        costs.delay(1000);
        assertEquals(7000, ledger.spent(CostCategory.DELAY), 1e-9);
    }
}
