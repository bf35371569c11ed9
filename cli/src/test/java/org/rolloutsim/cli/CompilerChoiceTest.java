package org.rolloutsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class CompilerChoiceTest {

    @Test
    void smallBatchesUseTheQuickCompilerUnlessToldOtherwise() {
        // the default run (10,000 runs) and 10,000 of the 150-site enterprise are small
        assertTrue(CompilerChoice.quickOnly(10_000, null));
        assertTrue(CompilerChoice.quickOnly(CompilerChoice.BOTH_COMPILERS_FROM_RUNS - 1, null));
        assertFalse(CompilerChoice.quickOnly(10_000, "full"));
        // 50,000 regional runs keep both compilers
        assertFalse(CompilerChoice.quickOnly(CompilerChoice.BOTH_COMPILERS_FROM_RUNS, null));
        assertFalse(CompilerChoice.quickOnly(50_000, null));
        assertTrue(CompilerChoice.quickOnly(50_000, "quick"), "unless told to use C1 alone");
    }

    @Test
    void aHotSpotJvmTakesTheRequest() {
        String vm = System.getProperty("java.vm.name", "");
        assumeTrue(vm.contains("HotSpot") || vm.contains("Server VM"), "only HotSpot has compiler directives");
        assertTrue(CompilerChoice.useQuickCompilerOnly());
        assertTrue(CompilerChoice.useQuickCompilerOnly(), "asked twice, still in force");
    }
}
