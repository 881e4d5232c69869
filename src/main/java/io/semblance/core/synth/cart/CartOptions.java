// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import java.util.ArrayList;
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

    /**
     * These options with the conditioned and rebalanced columns at the head of the visit sequence, so that
     * {@link ConditionedCart} can draw each of them within its condition before the columns that depend on it, and
     * reject no row. The head holds first the columns whose value the conditions fix — the rebalanced column, then
     * those conditioned on one category, one number or date, or missing — and then those conditioned on a range.
     * Within each of the two groups, the columns this sequence names come first, in its order, and the others
     * follow in the order the conditions were given. The rest of this sequence follows the head in its own order,
     * then (when fitting) every other column by number of distinct values.
     *
     * <p>Fixed values first, because a column drawn after fixed values only has the same chance of meeting its
     * condition in every row, so drawing it within the condition needs no correction; the first range column is the
     * last one for which that holds, and each further one makes some rows be drawn again. Columns that are not
     * modelled (or unknown) are left out here; binding the conditions reports them.
     */
    public CartOptions leadingWith(Metadata meta, List<Condition> conditions, Rebalance rebalance) {
        List<String> fixed = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        if (rebalance != null && modelled(meta, rebalance.column())) {
            fixed.add(rebalance.column());
        }
        for (Condition c : conditions) {
            if (modelled(meta, c.column())) {
                boolean range = !CartSynthesizer.isCategorical(meta.column(c.column()).orElseThrow())
                        && !c.value().isBlank() && c.isRange();
                (range ? ranges : fixed).add(c.column());
            }
        }
        ranges.removeAll(fixed);
        List<String> order = new ArrayList<>();
        for (List<String> group : List.of(fixed, ranges)) {
            visitSequence.stream().filter(group::contains).forEach(n -> addOnce(order, n));
            group.forEach(n -> addOnce(order, n));
        }
        visitSequence.forEach(n -> addOnce(order, n));
        return new CartOptions(minLeaf, smoothing, order);
    }

    private static boolean modelled(Metadata meta, String column) {
        return meta.column(column).map(ColumnMeta::isModelled).orElse(false);
    }

    private static void addOnce(List<String> order, String name) {
        if (!order.contains(name)) {
            order.add(name);
        }
    }
}
