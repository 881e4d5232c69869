// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.model.Dataset;
import java.util.Arrays;
import java.util.SplittableRandom;

/** A seeded split of the real rows into a training part and a holdout that the synthesizer never sees. */
public record Holdout(Dataset training, Dataset holdout) {
    private static final long STREAM = 0x401D;

    /**
     * Sets aside round(share·n) rows chosen at random under the seed (share in [0,1)); both parts keep the rows'
     * original order. The same data, share and seed give the same split.
     */
    public static Holdout split(Dataset data, double share, long seed) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("the holdout share must be at least 0 and below 1, got " + share);
        }
        int n = data.rowCount();
        int h = (int) Math.round(share * n);
        if (h > 0 && n - h < 1) {
            throw new IllegalArgumentException("a holdout of " + share + " leaves no rows to learn from");
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom rng = Seeds.stream(seed, STREAM, 0);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] held = Arrays.copyOfRange(idx, 0, h);
        int[] kept = Arrays.copyOfRange(idx, h, n);
        Arrays.sort(held);
        Arrays.sort(kept);
        return new Holdout(data.selectRows(kept), data.selectRows(held));
    }
}
