// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucketed search gives exactly the answer of a search over the whole array. */
class CumulativeTest {
    @Test
    void bucketedSearchAgreesWithTheFullSearchEverywhere() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(trial < 100 ? 20 : 3000);
            double[] cum = new double[n];
            for (int i = 1; i < n; i++) {
                // repeated entries and tiny steps as well as ordinary ones
                double step = rng.nextInt(4) == 0 ? 0 : rng.nextInt(4) == 0 ? 1e-15 : rng.nextDouble() / n;
                cum[i] = cum[i - 1] + step;
            }
            cum[0] = rng.nextBoolean() ? 0 : rng.nextDouble() * 0.01;
            Arrays.sort(cum);
            Cumulative search = new Cumulative(cum);
            for (int k = 0; k < 2000; k++) {
                double u = rng.nextDouble();
                assertEquals(Cumulative.floor(cum, u), search.floor(u), "u=" + u);
            }
            for (double u : cum) {
                assertEquals(Cumulative.floor(cum, u), search.floor(u), "at an entry " + u);
                assertEquals(Cumulative.floor(cum, Math.nextDown(u)), search.floor(Math.nextDown(u)));
            }
            for (double u : new double[]{0, 1e-17, 0.5, Math.nextDown(1.0), 1, -0.1, 2, Double.NaN}) {
                assertEquals(Cumulative.floor(cum, u), search.floor(u), "u=" + u);
            }
        }
    }

    @Test
    void arraysThatAreNotAscendingAreSearchedInFull() {
        double[] cum = {0, 0.5, 0.3, 0.9};
        Cumulative search = new Cumulative(cum);
        for (double u = 0; u < 1; u += 0.01) {
            assertEquals(Cumulative.floor(cum, u), search.floor(u));
        }
        assertEquals(0, new Cumulative(new double[0]).floor(0.5));
    }
}
