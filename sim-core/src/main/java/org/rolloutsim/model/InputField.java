package org.rolloutsim.model;

import org.rolloutsim.random.Distribution;

/**
 * One uncertain input of a scenario: where it lives in the file, its distribution, the range a draw
 * is truncated to, and the slot of the run's input array it fills.
 *
 * @param path dotted field path, also the name of its sampled-parameter output column
 *             ({@code sites.mercy-central.complexity}, {@code testDetection})
 */
record InputField(String path, Distribution distribution, double min, double max, int slot) {

    /** The random source this input draws from: {@code parameters/} + path with '/' for '.'. */
    String source() {
        return "parameters/" + path.replace('.', '/');
    }
}
