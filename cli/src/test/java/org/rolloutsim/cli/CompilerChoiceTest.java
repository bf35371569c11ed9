package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class CompilerChoiceTest {

    @Test
    void smallBatchesUseTheQuickCompilerUnlessToldOtherwise() {
        // the default run (10,000 regional runs, 12 sites) and the main job (three of them) are small
        assertTrue(CompilerChoice.quickOnly(10_000L * 12, null));
        assertTrue(CompilerChoice.quickOnly(3 * 10_000L * 12, null));
        assertFalse(CompilerChoice.quickOnly(3 * 10_000L * 12, "full"));
        // 50,000 regional runs, or 10,000 of the 150-site enterprise, keep both compilers
        assertFalse(CompilerChoice.quickOnly(50_000L * 12, null));
        assertFalse(CompilerChoice.quickOnly(10_000L * 150, null));
        assertTrue(CompilerChoice.quickOnly(10_000L * 150, "quick"), "unless told to use C1 alone");
    }

    @Test
    void aHotSpotJvmTakesTheRequest() {
        String vm = System.getProperty("java.vm.name", "");
        assumeTrue(vm.contains("HotSpot") || vm.contains("Server VM"), "only HotSpot has compiler directives");
        assertTrue(CompilerChoice.useQuickCompilerOnly());
        assertTrue(CompilerChoice.useQuickCompilerOnly(), "asked twice, still in force");
    }
}
