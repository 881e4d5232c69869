// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.List;

/**
 * Settings of the sequential CART synthesizer.
 *
 * @param minLeaf       fewest real rows in a leaf (at least 1): larger leaves mix more real rows into each draw
 * @param smoothing     whether numeric draws get Gaussian noise scaled to their leaf's spread (values that recur
 *                      often, such as the zeros of a zero-inflated column, are kept exact)
 * @param visitSequence columns to synthesize first, in this order; the others follow by number of distinct values
 */
public record CartOptions(int minLeaf, boolean smoothing, List<String> visitSequence) {
    public static final int DEFAULT_MIN_LEAF = 5;

    public CartOptions {
        if (minLeaf < 1) {
            throw new IllegalArgumentException("the minimum leaf size must be at least 1, not " + minLeaf);
        }
        visitSequence = List.copyOf(visitSequence);
    }

    /** Leaves of at least 5 rows, smoothing on, default visit sequence. */
    public static CartOptions defaults() {
        return new CartOptions(DEFAULT_MIN_LEAF, true, List.of());
    }
}
