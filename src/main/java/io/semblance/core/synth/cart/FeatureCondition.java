// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.SplittableRandom;

/**
 * A condition bound to one modelled column of a {@link CartModel}: how the column's value is drawn within the
 * condition for a row that reached a leaf of its tree, and which share of that leaf's real rows meet it. With
 * rebalancing, a row's class {@code cls} picks the category a per-class condition fixes; other conditions ignore it.
 */
interface FeatureCondition {
    /** A value meeting the condition for a row in {@code leaf} (a number, or a category code with -1 = missing). */
    double value(int leaf, int cls, SplittableRandom rng);

    /** The share of the leaf's real rows that meet the condition: the chance the tree would have met it. */
    double share(int leaf, int cls);

    /** The largest {@link #share} over the tree's leaves. */
    double maxShare(int cls);

    /** Whether every row gets the same value (for a class): a category, a single number, or missing. */
    boolean fixed();
}
