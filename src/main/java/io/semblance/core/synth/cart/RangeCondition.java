// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A numeric or datetime column confined to [lo, hi] (a single value when lo = hi), or to missing values. A draw
 * follows the leaf's own distribution within the range: a donor is taken among those whose smoothing can reach
 * the range, smoothed as usual, and kept if it lands inside (a few tries, then an in-range donor as it is). A leaf
 * without any real value in the range borrows them from its nearest ancestor node that has some (at worst the
 * root: every real value), so a row whose earlier values lead to such a leaf still gets a value from the rows
 * most like it.
 */
final class RangeCondition implements FeatureCondition {
    /** Smoothed tries before an in-range donor is taken as it is. */
    static final int TRIES = 16;
    /** Donors farther than this many bandwidths outside the range are not tried. */
    static final double REACH = 4;

    private final double lo;
    private final double hi;
    private final boolean missing;
    private final NumericLeaves leaves;
    private final double[] share;
    private final double max;
    /** Per leaf, where in-range values are drawn from (null when the value is fixed). */
    private final Source[] sources;

    /** Donors to try (sorted), the in-range ones among them, and the smoothing bandwidth. */
    private record Source(double[] candidates, double[] inRange, double bandwidth) {
    }

    private RangeCondition(ColumnTree tree, double lo, double hi, boolean missing) {
        this.lo = lo;
        this.hi = hi;
        this.missing = missing;
        this.leaves = (NumericLeaves) tree.leaves();
        int n = leaves.leaves();
        this.share = new double[n];
        double m = 0;
        for (int l = 0; l < n; l++) {
            double[] d = leaves.donors(l);
            share[l] = d.length == 0 ? 0 : (double) Arrays.stream(d).filter(this::meets).count() / d.length;
            m = Math.max(m, share[l]);
        }
        this.max = m;
        this.sources = fixed() || m == 0 ? null : sources(tree);
    }

    /** Values in [lo, hi] (either may be infinite). */
    static RangeCondition range(ColumnTree tree, double lo, double hi) {
        return new RangeCondition(tree, lo, hi, false);
    }

    /** Missing values only. */
    static RangeCondition missing(ColumnTree tree) {
        return new RangeCondition(tree, Double.NaN, Double.NaN, true);
    }

    /** Whether any real value of the tree's column lies in [lo, hi], or is missing when {@code missing}. */
    static boolean possible(ColumnTree tree, double lo, double hi, boolean missing) {
        NumericLeaves leaves = (NumericLeaves) tree.leaves();
        for (int l = 0; l < leaves.leaves(); l++) {
            for (double v : leaves.donors(l)) {
                if (missing ? Double.isNaN(v) : !Double.isNaN(v) && v >= lo && v <= hi) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean meets(double v) {
        return missing ? Double.isNaN(v) : !Double.isNaN(v) && v >= lo && v <= hi;
    }

    private Source[] sources(ColumnTree tree) {
        Source[] out = new Source[share.length];
        Map<Integer, Source> byNode = new HashMap<>();
        for (int l = 0; l < out.length; l++) {
            if (share[l] > 0) {
                out[l] = source(leaves.donors(l), leaves.bandwidth(l));
                continue;
            }
            int[] path = tree.pathUp(l);
            for (int i = 1; i < path.length && out[l] == null; i++) {
                int[] under = tree.leavesUnder(path[i]);
                if (Arrays.stream(under).anyMatch(k -> share[k] > 0)) {
                    out[l] = byNode.computeIfAbsent(path[i], node -> {
                        double[] d = Arrays.stream(under).mapToObj(leaves::donors).flatMapToDouble(Arrays::stream)
                                .sorted().toArray();
                        return source(d, leaves.smoothing() ? NumericLeaves.bandwidth(d, 0, d.length) : 0);
                    });
                }
            }
        }
        return out;
    }

    private Source source(double[] sorted, double bandwidth) {
        double from = lo - REACH * bandwidth;
        double to = hi + REACH * bandwidth;
        double[] candidates = Arrays.stream(sorted)
                .filter(v -> meets(v) || (v >= from && v <= to && !leaves.isAtom(v))).toArray();
        return new Source(candidates, Arrays.stream(sorted).filter(this::meets).toArray(), bandwidth);
    }

    @Override
    public double value(int leaf, int cls, SplittableRandom rng) {
        if (fixed()) {
            return missing ? Double.NaN : lo;
        }
        Source s = sources[leaf];
        for (int t = 0; t < TRIES; t++) {
            double v = leaves.smooth(s.candidates[rng.nextInt(s.candidates.length)], s.bandwidth, rng);
            if (meets(v)) {
                return v;
            }
        }
        return s.inRange[rng.nextInt(s.inRange.length)];
    }

    @Override
    public double share(int leaf, int cls) {
        return share[leaf];
    }

    @Override
    public double maxShare(int cls) {
        return max;
    }

    @Override
    public boolean fixed() {
        return missing || lo == hi;
    }
}
