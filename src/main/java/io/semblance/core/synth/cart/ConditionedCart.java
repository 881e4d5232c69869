// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.io.ByteOut;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.ConditionLimits;
import io.semblance.core.synth.conditions.Rebalance;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Full synthesis with a fitted CART model under conditions: every row written meets every condition, and the
 * rebalanced column (if any) takes its classes in the requested shares, exactly up to rounding in each chunk of
 * rows (a seeded shuffle decides which row gets which class).
 *
 * <p>The trees are visited in their sequence as in plain synthesis, but a conditioned column's value is drawn
 * within its condition: a category is set, a range is drawn from the leaf's values in it ({@link RangeCondition}).
 * What this changes is how often the tree would have produced such a value: the share of the leaf's real rows that
 * meet the condition. Where that share is the same for every row — the column comes after fixed values only
 * (categories, single numbers, the row's rebalancing class) — nothing needs correcting, and no row is rejected.
 * Elsewhere a row is kept with a chance proportional to the product of those shares (divided by its largest
 * possible value), which makes the kept rows follow the model's joint distribution given the conditions; rows not
 * kept are drawn again. So a model fitted with the conditioned columns leading its visit sequence (see {@link
 * CartOptions#leadingWith}) draws once per row with at most one range condition, and any other model falls back to
 * rejection. Conditions the model meets in too few rows are refused up front.
 */
public final class ConditionedCart implements FittedModel {
    static final long CONDITION_STREAM = 0xCA5C;
    private static final long TRIAL_STREAM = 0xCA5D;
    /** Most candidates drawn per missing row in one round. */
    static final int MAX_CANDIDATES = 32;

    private final CartModel model;
    private final CartConditions bound;
    /** Per feature: whether its condition's leaf share weighs the row's chance to be kept. */
    private final boolean[] weighed;
    /** Whether any feature is weighed, so that some rows may be rejected. */
    private final boolean rejecting;
    /** Per class (one without rebalancing): the largest product of weighed shares, and candidates per row. */
    private final double[] ceiling;
    private final int[] perRow;
    private final double acceptance;

    public ConditionedCart(CartModel model, List<Condition> conditions, Rebalance rebalance) {
        this.model = model;
        this.bound = new CartConditions(model, conditions, rebalance);
        FeatureCondition[] byFeature = bound.byFeature;
        this.weighed = new boolean[byFeature.length];
        boolean fixedSoFar = true;
        for (ColumnTree t : model.trees) {
            FeatureCondition c = byFeature[t.feature()];
            weighed[t.feature()] = c != null && !fixedSoFar;
            fixedSoFar &= c != null && c.fixed();
        }
        boolean any = false;
        for (boolean w : weighed) {
            any |= w;
        }
        this.rejecting = any;
        int classes = bound.classCum == null ? 1 : bound.classCum.length;
        this.ceiling = new double[classes];
        this.perRow = new int[classes];
        double least = 1;
        for (int k = 0; k < classes; k++) {
            ceiling[k] = 1;
            for (int f = 0; f < weighed.length; f++) {
                if (weighed[f]) {
                    ceiling[k] *= byFeature[f].maxShare(k);
                }
            }
            double a = trial(k);
            if (a < ConditionLimits.MIN_ACCEPTANCE) {
                String what = bound.classNames == null ? ""
                        : " for " + bound.rebalanced + "=" + bound.classNames.get(k);
                throw ConditionLimits.cannotBeMet(bound.described(), what, "the model meets it in under "
                        + percent(ConditionLimits.MIN_ACCEPTANCE) + " of its rows (" + percent(a) + ")");
            }
            perRow[k] = (int) Math.min(MAX_CANDIDATES, Math.max(1, Math.round(1 / a)));
            least = Math.min(least, a);
        }
        this.acceptance = least;
    }

    @Override
    public List<String> columns() {
        return model.columns();
    }

    @Override
    public String kind() {
        return "cart";
    }

    /**
     * The share of drawn rows that are kept (the smallest over the rebalancing classes): 1 when the visit sequence
     * lets every row be drawn within the conditions at once, lower when rows are rejected.
     */
    public double acceptance() {
        return acceptance;
    }

    /** The mean chance of a row of class k to be kept, over rows drawn from a fixed stream. */
    private double trial(int k) {
        if (!rejecting) {
            return 1;
        }
        if (ceiling[k] <= 0) {
            return 0;
        }
        int[] cls = new int[ConditionLimits.TRIAL_DRAWS];
        Arrays.fill(cls, k);
        double[] keep = new double[ConditionLimits.TRIAL_DRAWS];
        candidates(Seeds.stream(0, TRIAL_STREAM, k), cls, keep);
        return Arrays.stream(keep).sum() / ConditionLimits.TRIAL_DRAWS;
    }

    /** Draws one candidate row per entry of {@code cls}; keep[i] gets its chance to be kept. */
    private double[][] candidates(SplittableRandom rng, int[] cls, double[] keep) {
        Arrays.fill(keep, 1);
        FeatureCondition[] byFeature = bound.byFeature;
        CartModel.ValueDraw[] draws = new CartModel.ValueDraw[byFeature.length];
        for (int f = 0; f < draws.length; f++) {
            FeatureCondition c = byFeature[f];
            if (c != null && weighed[f]) {
                draws[f] = (leaf, r, g) -> {
                    keep[r] *= c.share(leaf, cls[r]);
                    return c.value(leaf, cls[r], g);
                };
            } else if (c != null) {
                draws[f] = (leaf, r, g) -> c.value(leaf, cls[r], g);
            }
        }
        double[][] values = model.draw(rng, cls.length, draws);
        for (int i = 0; i < keep.length; i++) {
            keep[i] = rejecting ? keep[i] / ceiling[cls[i]] : 1;
        }
        return values;
    }

    @Override
    public boolean[] generated() {
        return model.generated();
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), CONDITION_STREAM, chunk);
        int[] rowClass = classes(count, rng);
        double[][] rows = new double[bound.byFeature.length][count];
        int[] pending = java.util.stream.IntStream.range(0, count).toArray();
        for (int round = 0; pending.length > 0; round++) {
            if (round == ConditionLimits.MAX_DRAWS) {
                throw ConditionLimits.metTooRarely(bound.described(), pending.length + " rows met it in none of");
            }
            int m = 0;
            for (int row : pending) {
                m += perRow[rowClass[row]];
            }
            int[] cls = new int[m];
            int i = 0;
            for (int row : pending) {
                for (int j = 0; j < perRow[rowClass[row]]; j++) {
                    cls[i++] = rowClass[row];
                }
            }
            double[] keep = new double[m];
            double[][] values = candidates(rng, cls, keep);
            int left = 0;
            i = 0;
            for (int row : pending) {
                boolean kept = false;
                for (int j = 0; j < perRow[rowClass[row]]; j++, i++) {
                    if (!kept && (keep[i] >= 1 || rng.nextDouble() < keep[i])) {
                        for (int f = 0; f < rows.length; f++) {
                            rows[f][row] = values[f][i];
                        }
                        kept = true;
                    }
                }
                if (!kept) {
                    pending[left++] = row;
                }
            }
            pending = Arrays.copyOf(pending, left);
        }
        model.writeRows(rows, count, seed, chunk, out);
    }

    /**
     * The rebalancing class of each of {@code count} rows: class k gets round(count·S_k) − round(count·S_(k−1))
     * rows (S = cumulative shares), in a seeded random order; all 0 without rebalancing.
     */
    private int[] classes(int count, SplittableRandom rng) {
        int[] out = new int[count];
        double[] cum = bound.classCum;
        if (cum == null) {
            return out;
        }
        int from = 0;
        for (int k = 0; k < cum.length; k++) {
            int to = (int) Math.round(count * cum[k]);
            Arrays.fill(out, from, to, k);
            from = to;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    private static String percent(double share) {
        return share == 0 ? "0%" : String.format(java.util.Locale.ROOT, "%.2g%%", 100 * share);
    }
}
