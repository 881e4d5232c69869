// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import java.util.SplittableRandom;

/**
 * Grows one {@link DecisionTree} depth first. Every split candidate is scored by Σ_sides Σ_k s_k² / w, where w is
 * the side's weight and s_k its class weights (classification) or its sum of centred targets (regression):
 * maximising it minimises the weighted Gini impurity or the sum of squared errors of the two children.
 */
final class TreeGrower {
    private final FeatureBins.Binned x;
    private final FeatureBins bins;
    private final int[] cls;
    private final double[] y;
    private final int width;
    private final DecisionTree.Params params;
    private final SplittableRandom random;
    private final int[] features;
    private final SplitSearch search;
    private final io.semblance.core.job.Cancellation cancel;
    private final double offset;
    private int[] w;
    private int[] rows;
    private int[] spare;

    /** {@code features}: the features splits may use (null = all); {@code cancel} is checked at every node. */
    TreeGrower(FeatureBins.Binned x, Labels labels, DecisionTree.Params params, SplittableRandom random,
               int[] features, io.semblance.core.job.Cancellation cancel) {
        this.x = x;
        this.cancel = cancel;
        this.bins = x.bins();
        this.cls = labels.classes();
        this.width = labels.width();
        this.params = params;
        this.random = random;
        this.features = features != null ? features : java.util.stream.IntStream.range(0, bins.features()).toArray();
        int maxBins = 1;
        for (int f : this.features) {
            maxBins = Math.max(maxBins, bins.bins(f));
        }
        this.search = new SplitSearch(width, maxBins, Math.max(1, params.minLeaf()));
        if (labels.classification()) {
            this.y = null;
            this.offset = 0;
        } else {
            double sum = 0;
            int counted = 0;
            for (double v : labels.values()) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    counted++;
                }
            }
            this.offset = counted == 0 ? 0 : sum / counted;
            this.y = new double[labels.values().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.values()[i] - offset;
            }
        }
    }

    /** Grows the tree on rows weighted by {@code weights} (bootstrap counts; 0 = left out). */
    DecisionTree grow(int[] weights) {
        this.w = weights;
        int n = 0;
        for (int v : weights) {
            if (v > 0) {
                n++;
            }
        }
        rows = new int[n];
        spare = new int[n];
        n = 0;
        for (int r = 0; r < weights.length; r++) {
            if (weights[r] > 0) {
                rows[n++] = r;
            }
        }
        DecisionTree tree = new DecisionTree(bins, width);
        double[] total = new double[width];
        double weight = 0;
        for (int r : rows) {
            weight += w[r];
            if (cls != null) {
                total[cls[r]] += w[r];
            } else {
                total[0] += w[r] * y[r];
            }
        }
        node(tree, 0, n, 0, total, weight);
        return tree;
    }

    /** Grows the node of rows[lo..hi), whose class weights (or target sum) and weight are given. */
    private void node(DecisionTree tree, int lo, int hi, int depth, double[] total, double weight) {
        cancel.check();
        int id = tree.addNode();
        SplitSearch.Best best = null;
        if (depth < params.maxDepth() && weight >= 2.0 * Math.max(1, params.minLeaf()) && !pure(total, weight)) {
            best = findSplit(lo, hi, total, weight);
        }
        if (best == null) {
            double[] leaf = new double[width];
            for (int k = 0; k < width; k++) {
                leaf[k] = total[k] / weight + (cls == null ? offset : 0);
            }
            tree.setLeaf(id, leaf);
            return;
        }
        int mid = partition(lo, hi, best.feature(), best.leftBins());
        double[] right = new double[width];
        for (int k = 0; k < width; k++) {
            right[k] = total[k] - best.left()[k];
        }
        node(tree, lo, mid, depth + 1, best.left(), best.leftWeight());
        int r = tree.nodeCount();
        node(tree, mid, hi, depth + 1, right, weight - best.leftWeight());
        tree.setSplit(id, best.feature(), best.bin(), best.leftBins(), r);
    }

    private boolean pure(double[] total, double weight) {
        if (cls == null) {
            return false;
        }
        for (double t : total) {
            if (t == weight) {
                return true;
            }
        }
        return false;
    }

    /** Tries features in random order: at least mtry of them, more only until some split is found. */
    private SplitSearch.Best findSplit(int lo, int hi, double[] total, double weight) {
        int p = features.length;
        int mtry = params.mtry() <= 0 ? p : Math.min(params.mtry(), p);
        SplitSearch.Best best = null;
        for (int i = 0; i < p; i++) {
            if (i >= mtry && best != null) {
                break;
            }
            int j = i + random.nextInt(p - i);
            int f = features[j];
            features[j] = features[i];
            features[i] = f;
            search.histogram(x.x()[f], rows, lo, hi, w, cls, y, bins.bins(f));
            SplitSearch.Best b = bins.isNumeric(f)
                    ? search.numeric(f, bins.bins(f), total, weight)
                    : search.categorical(f, bins.bins(f), total, weight);
            if (b != null && (best == null || b.score() > best.score())) {
                best = b;
            }
        }
        return best;
    }

    /** Moves the rows going left to the front, keeping the order (ascending) within each side. */
    private int partition(int lo, int hi, int f, long[] leftSet) {
        short[] v = x.x()[f];
        int k = lo;
        int m = 0;
        for (int i = lo; i < hi; i++) {
            int r = rows[i];
            int b = v[r];
            if (leftSet[b >>> 6] << ~b < 0) {
                rows[k++] = r;
            } else {
                spare[m++] = r;
            }
        }
        System.arraycopy(spare, 0, rows, k, m);
        return k;
    }
}
