// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalTest {
    private final NormalDistribution reference = new NormalDistribution(null, 0, 1);

    @Test
    void tableCdfMatchesTheReferenceToAMillionth() {
        for (double z = -8.4; z <= 8.4; z += 0.0137) {
            assertEquals(reference.cumulativeProbability(z), Normal.cdf(z), 1e-6, "z=" + z);
        }
        assertEquals(0.5, Normal.cdf(0), 1e-9);
    }

    @Test
    void inverseMatchesTheReference() {
        for (double p = 1e-9; p < 1; p = p < 0.5 ? p * 3 : 1 - (1 - p) / 3) {
            double z = Normal.inverse(p);
            assertEquals(reference.inverseCumulativeProbability(p), z, 1e-7 * Math.max(1, Math.abs(z)), "p=" + p);
        }
    }
}
