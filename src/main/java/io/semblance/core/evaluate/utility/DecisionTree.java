// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.job.Cancellation;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A CART tree on binned features: classification trees split by Gini impurity and store class proportions in their
 * leaves; regression trees split by variance (sum of squared errors) and store the mean. A numeric split sends
 * {@code x ≤ threshold} left; a categorical split sends a set of categories left. Missing values go to the side
 * that was best for the training rows that had them, or with the larger side when none had them; categories not
 * seen at a node go where missing values go. Nodes are numbered in pre-order; node 0 is the root.
 */
public final class DecisionTree {
    /** Growth limits: nodes below {@code 2 * minLeaf} (weighted rows) are not split; mtry ≤ 0 tries every feature. */
    public record Params(int maxDepth, int minLeaf, int mtry) {
        /** No depth limit, leaves of at least one row, every feature tried at every node. */
        public static Params full() {
            return new Params(Integer.MAX_VALUE, 1, 0);
        }
    }

    private final FeatureBins bins;
    private final int width;
    private final int words;
    private int count;
    private int[] feature = new int[16];
    private int[] splitBin = new int[16];
    private long[] leftBins;
    private int[] right = new int[16];
    private double[] values;

    DecisionTree(FeatureBins bins, int width) {
        this.bins = bins;
        this.width = width;
        int maxBins = 1;
        for (int f = 0; f < bins.features(); f++) {
            maxBins = Math.max(maxBins, bins.bins(f));
        }
        this.words = (maxBins + 63) >>> 6;
        this.leftBins = new long[16 * words];
        this.values = new double[16 * width];
    }

    /** Grows a tree on the listed rows of x (each row once) with every feature tried at every node if mtry ≤ 0. */
    public static DecisionTree fit(FeatureBins.Binned x, Labels y, int[] rows, Params params, SplittableRandom random) {
        int[] w = new int[x.rows()];
        for (int r : rows) {
            w[r]++;
        }
        return new TreeGrower(x, y, params, random, null, Cancellation.NEVER).grow(w);
    }

    /**
     * Grows a tree on the listed rows of x (each row once) that splits only on the listed features; the labels of
     * rows not listed are never read.
     */
    public static DecisionTree fit(FeatureBins.Binned x, Labels y, int[] rows, Params params, SplittableRandom random,
                                   int[] features) {
        return fit(x, y, rows, params, random, features, Cancellation.NEVER);
    }

    /** As {@link #fit(FeatureBins.Binned, Labels, int[], Params, SplittableRandom, int[])}, checking at every node. */
    public static DecisionTree fit(FeatureBins.Binned x, Labels y, int[] rows, Params params, SplittableRandom random,
                                   int[] features, Cancellation cancel) {
        int[] w = new int[x.rows()];
        for (int r : rows) {
            w[r]++;
        }
        return new TreeGrower(x, y, params, random, features.clone(), cancel).grow(w);
    }

    /**
     * Rebuilds a tree that only routes rows to leaves (its leaf values are empty), from the splits of a grown tree in
     * pre-order as {@link #splitFeature}, {@link #splitBin}, {@link #goesLeft} and {@link #rightChild} give them:
     * node n is a leaf when {@code splitFeature[n] < 0}; otherwise {@code leftBins[n]} lists the bins sent left.
     * Throws IllegalArgumentException when the nodes do not form such a tree.
     */
    public static DecisionTree routing(FeatureBins bins, int[] splitFeature, int[] splitBin, int[][] leftBins,
                                       int[] rightChild) {
        int n = splitFeature.length;
        if (n == 0 || splitBin.length != n || leftBins.length != n || rightChild.length != n) {
            throw new IllegalArgumentException("tree: the node lists are empty or differ in length");
        }
        DecisionTree tree = new DecisionTree(bins, 0);
        for (int node = 0; node < n; node++) {
            tree.addNode();
        }
        for (int node = 0; node < n; node++) {
            int f = splitFeature[node];
            if (f < 0) {
                tree.setLeaf(node, new double[0]);
                continue;
            }
            if (f >= bins.features() || node + 1 >= n || rightChild[node] <= node + 1 || rightChild[node] >= n) {
                throw new IllegalArgumentException("tree: node " + node + " has a bad feature or child");
            }
            long[] set = new long[tree.words];
            for (int b : leftBins[node]) {
                if (b < 0 || b >= bins.bins(f)) {
                    throw new IllegalArgumentException("tree: node " + node + " sends a bin that does not exist left");
                }
                set[b >>> 6] |= 1L << b;
            }
            tree.setSplit(node, f, splitBin[node], set, rightChild[node]);
        }
        return tree;
    }

    int addNode() {
        if (count == feature.length) {
            int n = count * 2;
            feature = Arrays.copyOf(feature, n);
            splitBin = Arrays.copyOf(splitBin, n);
            leftBins = Arrays.copyOf(leftBins, n * words);
            right = Arrays.copyOf(right, n);
            values = Arrays.copyOf(values, n * width);
        }
        feature[count] = -1;
        return count++;
    }

    void setLeaf(int node, double[] leafValues) {
        feature[node] = -1;
        System.arraycopy(leafValues, 0, values, node * width, width);
    }

    /** Makes a node a split; its left child must be the next node (pre-order), its right child is given. */
    void setSplit(int node, int f, int bin, long[] leftSet, int rightChild) {
        feature[node] = f;
        splitBin[node] = bin;
        System.arraycopy(leftSet, 0, leftBins, node * words, leftSet.length);
        right[node] = rightChild;
    }

    /** The leaf reached by row r of x. */
    public int leaf(FeatureBins.Binned x, int r) {
        short[][] v = x.x();
        int node = 0;
        int f;
        while ((f = feature[node]) >= 0) {
            int b = v[f][r];
            node = leftBins[node * words + (b >>> 6)] << ~b < 0 ? node + 1 : right[node];
        }
        return node;
    }

    /** Adds the leaf values of row r to {@code out[offset..offset+width)}. */
    void addPrediction(FeatureBins.Binned x, int r, double[] out, int offset) {
        int base = leaf(x, r) * width;
        for (int k = 0; k < width; k++) {
            out[offset + k] += values[base + k];
        }
    }

    /** Number of nodes. */
    public int nodeCount() {
        return count;
    }

    /** Whether a node is a leaf. */
    public boolean isLeaf(int node) {
        return feature[node] < 0;
    }

    /** The feature a split node tests (index into the {@link FeatureBins}), -1 for a leaf. */
    public int splitFeature(int node) {
        return feature[node];
    }

    /** For a split: the bin its threshold was taken from (numeric splits send bins up to it left). */
    public int splitBin(int node) {
        return splitBin[node];
    }

    /** For a numeric split: values ≤ this go left. */
    public double threshold(int node) {
        return bins.threshold(feature[node], splitBin[node]);
    }

    /** For a split: whether missing values go left. */
    public boolean missingGoesLeft(int node) {
        return goesLeft(node, bins.missingBin(feature[node]));
    }

    /** Whether a split node sends feature bin b left. */
    public boolean goesLeft(int node, int b) {
        return (leftBins[node * words + (b >>> 6)] & (1L << b)) != 0;
    }

    /** Left child of a split node. */
    public int leftChild(int node) {
        return node + 1;
    }

    /** Right child of a split node. */
    public int rightChild(int node) {
        return right[node];
    }

    /** A leaf's values: class proportions (classification) or the mean (regression). */
    public double[] leafValues(int node) {
        return Arrays.copyOfRange(values, node * width, node * width + width);
    }

    /** The binning the tree's splits refer to. */
    public FeatureBins bins() {
        return bins;
    }

    /** Gini impurity 1 - Σ p_k² of class weights. */
    public static double gini(double[] classWeights) {
        double total = 0;
        double sq = 0;
        for (double c : classWeights) {
            total += c;
            sq += c * c;
        }
        return total == 0 ? 0 : 1 - sq / (total * total);
    }
}
