/**
 * Input designs: how the uncertain inputs of a block of runs are chosen before the runs start.
 * {@link org.rolloutsim.design.Sampling#RANDOM} lets each run draw its own inputs from its own
 * streams (MODEL.md 2.7, the default); {@link org.rolloutsim.design.Sampling#LHS} stratifies each
 * input over a block of runs (Latin hypercube); rank correlations between inputs are imposed on a
 * block by reordering its values (Iman–Conover). Blocks are fixed by run index
 * ({@link org.rolloutsim.design.InputDesign#BLOCK_RUNS} runs each), never by thread, so a run's inputs
 * depend only on the seed and its block. Knows nothing of what the inputs mean.
 */
package org.rolloutsim.design;
