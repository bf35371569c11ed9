package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Driver names a board member can read, from the model's input paths. */
class ReportAssemblerTest {
    @Test
    void driverLabelsAreReadable() {
        assertEquals("Risk: vendor-upgrade", ReportAssembler.driverLabel("risks.vendor-upgrade.occurred"));
        assertEquals("Fixed cost: infrastructure", ReportAssembler.driverLabel("program.fixedCosts.infrastructure.amount"));
        assertEquals("Person-weeks to build, test and train one workflow", ReportAssembler.driverLabel("effortPerWorkflow"));
        assertEquals("mercy-central: Complexity", ReportAssembler.driverLabel("sites.mercy-central.complexity"));
        assertEquals("vendor-upgrade: Impact delay weeks", ReportAssembler.driverLabel("risks.vendor-upgrade.impact.delayWeeks"));
        assertEquals("Team staff fte", ReportAssembler.driverLabel("team.staff.fte"));
    }

    @Test
    void currenciesGetTheirSymbols() {
        assertEquals("$", ReportAssembler.currencySymbol("USD"));
        assertEquals("£", ReportAssembler.currencySymbol("gbp"));
        assertEquals("CHF ", ReportAssembler.currencySymbol("CHF"));
    }
}
