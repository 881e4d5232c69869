// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.List;

/**
 * Settings of the sequential CART synthesizer.
 *
 * @param minLeaf       fewest real rows in a leaf (at least 1), or {@link #AUTOMATIC}: larger leaves mix more real rows
 *                      into each draw, so synthetic rows keep their distance from the rows the trees learned from
 * @param smoothing     whether numeric draws get Gaussian noise scaled to their leaf's spread (values that recur
 *                      often, such as the zeros of a zero-inflated column, are kept exact)
 * @param visitSequence columns to synthesize first, in this order; the others follow by number of distinct values
 */
public record CartOptions(int minLeaf, boolean smoothing, List<String> visitSequence) {
    /** Leaf size chosen from the table: {@link #automaticMinLeaf(int)}. */
    public static final int AUTOMATIC = 0;
    static final int SMALLEST_AUTOMATIC = 5;
    static final int LARGEST_AUTOMATIC = 100;
    static final double AUTOMATIC_SHARE = 1.0 / 160;

    public CartOptions {
        if (minLeaf < 0) {
            throw new IllegalArgumentException("the minimum leaf size must be at least 1 (or automatic), not " + minLeaf);
        }
        visitSequence = List.copyOf(visitSequence);
    }

    /** Automatic leaf size, smoothing on, default visit sequence. */
    public static CartOptions defaults() {
        return new CartOptions(AUTOMATIC, true, List.of());
    }

    /**
     * The automatic leaf size for a table of {@code rows} rows: 1/160 of the rows, at least 5 and at most 100. Tiny
     * leaves let each synthetic row sit next to the few real rows it was drawn from (on adult, leaves of 5 rows put
     * 73% of synthetic rows closer to training rows than to unseen ones); 100-row leaves keep that near the ideal 50%
     * at no visible cost in fidelity, and small tables keep leaves small enough to learn from.
     */
    public static int automaticMinLeaf(int rows) {
        return (int) Math.max(SMALLEST_AUTOMATIC, Math.min(LARGEST_AUTOMATIC, Math.round(rows * AUTOMATIC_SHARE)));
    }

    /** These options with an automatic leaf size resolved for a table of {@code rows} rows. */
    public CartOptions resolvedFor(int rows) {
        return minLeaf != AUTOMATIC ? this : new CartOptions(automaticMinLeaf(rows), smoothing, visitSequence);
    }
}
