// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.samples;

import java.util.random.RandomGenerator;

/** Small random draws used by the patients table. */
final class Draw {
    private Draw() {
    }

    /** An index drawn in proportion to {@code weights} (non-negative, at least one positive). */
    static int weighted(RandomGenerator rng, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no positive weight");
        }
        return last; // rounding left u just above zero
    }

    /** A value of {@code options} drawn in proportion to the matching {@code weights}. */
    static String weighted(RandomGenerator rng, String[] options, double... weights) {
        return options[weighted(rng, weights)];
    }

    /** {@code x} held within [lo, hi]. */
    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
