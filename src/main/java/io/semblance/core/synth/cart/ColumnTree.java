// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.evaluate.utility.DecisionTree;
import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.evaluate.utility.Labels;
import io.semblance.core.synth.copula.NumericText;
import java.util.SplittableRandom;

/**
 * The tree of one modelled column, fitted on the columns synthesized before it, and what its leaves keep. Numeric
 * columns get a regression tree (variance), categorical ones a classification tree (Gini); missing values are a
 * category of their own, and go to the side of each split that suits them best.
 *
 * @param feature the column's feature index in the shared binning
 * @param tree    the tree; its splits use only earlier columns
 * @param leafOf  leaf number of each tree node (-1 for split nodes)
 * @param leaves  the leaves' donors or category counts
 */
record ColumnTree(int feature, DecisionTree tree, int[] leafOf, Leaves leaves) {
    /** At most this many classes are told apart when growing a categorical tree; leaves still count every one. */
    static final int MAX_CLASSES = 32;

    /** The leaf a (partly synthesized) row reaches. */
    int leaf(FeatureBins.Binned x, int r) {
        return leafOf[tree.leaf(x, r)];
    }

    /** Number of leaves. */
    int leafCount() {
        return count(leafOf);
    }

    /** The tree nodes on the way from leaf {@code leaf} up to the root, the leaf's own node first. */
    int[] pathUp(int leaf) {
        int n = tree.nodeCount();
        int[] parent = new int[n];
        parent[0] = -1;
        int node = -1;
        for (int i = 0; i < n; i++) {
            if (tree.isLeaf(i)) {
                node = leafOf[i] == leaf ? i : node;
            } else {
                parent[tree.leftChild(i)] = i;
                parent[tree.rightChild(i)] = i;
            }
        }
        java.util.List<Integer> path = new java.util.ArrayList<>();
        for (int i = node; i >= 0; i = parent[i]) {
            path.add(i);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The leaf numbers under a tree node. */
    int[] leavesUnder(int node) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            int i = stack.pop();
            if (tree.isLeaf(i)) {
                out.add(leafOf[i]);
            } else {
                stack.push(tree.rightChild(i));
                stack.push(tree.leftChild(i));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fits a regression tree for numeric values (NaN = missing) on the given predictor features. */
    static ColumnTree numeric(FeatureBins.Binned x, int feature, int[] predictors, NumericText text,
                              CartOptions options, SplittableRandom rng, io.semblance.core.job.Cancellation cancel) {
        double[] v = text.values();
        int[] rows = java.util.stream.IntStream.range(0, v.length).filter(r -> !Double.isNaN(v[r])).toArray();
        DecisionTree tree = DecisionTree.fit(x, Labels.values(v), rows, params(options), rng, predictors, cancel);
        int[] leafOf = leafNumbers(tree);
        int[] leafOfRow = route(tree, x, leafOf);
        return new ColumnTree(feature, tree, leafOf,
                NumericLeaves.of(leafOfRow, count(leafOf), v, text.formatOnly(), options.smoothing()));
    }

    /** Fits a classification tree for category codes (-1 = missing) on the given predictor features. */
    static ColumnTree categorical(FeatureBins.Binned x, int feature, int[] predictors, int[] codes,
                                  CartOptions options, SplittableRandom rng, io.semblance.core.job.Cancellation cancel) {
        FeatureBins bins = x.bins();
        int nb = bins.bins(feature);
        int classes = Math.min(nb, MAX_CLASSES);
        int[] label = new int[codes.length];
        for (int r = 0; r < codes.length; r++) {
            int b = bins.bin(feature, 0, codes[r]);
            label[r] = nb <= MAX_CLASSES ? b : b == nb - 1 ? MAX_CLASSES - 2 : b < MAX_CLASSES - 2 ? b : MAX_CLASSES - 1;
        }
        int[] rows = java.util.stream.IntStream.range(0, codes.length).toArray();
        DecisionTree tree = DecisionTree.fit(x, Labels.classes(label, classes), rows, params(options), rng,
                predictors, cancel);
        int[] leafOf = leafNumbers(tree);
        int[] leafOfRow = route(tree, x, leafOf);
        return new ColumnTree(feature, tree, leafOf, CategoricalLeaves.of(leafOfRow, count(leafOf), codes));
    }

    private static DecisionTree.Params params(CartOptions options) {
        return new DecisionTree.Params(Integer.MAX_VALUE, options.minLeaf(), 0);
    }

    /** A tree rebuilt from a saved model; throws IllegalArgumentException when the leaves do not match the tree's. */
    static ColumnTree restore(int feature, DecisionTree tree, Leaves leaves) {
        int[] leafOf = leafNumbers(tree);
        if (leaves.leaves() != count(leafOf)) {
            throw new IllegalArgumentException("the tree of feature " + feature + " has " + count(leafOf)
                    + " leaves but " + leaves.leaves() + " are saved");
        }
        return new ColumnTree(feature, tree, leafOf, leaves);
    }

    private static int[] leafNumbers(DecisionTree tree) {
        int[] leafOf = new int[tree.nodeCount()];
        int k = 0;
        for (int node = 0; node < leafOf.length; node++) {
            leafOf[node] = tree.isLeaf(node) ? k++ : -1;
        }
        return leafOf;
    }

    private static int count(int[] leafOf) {
        int n = 0;
        for (int l : leafOf) {
            n = Math.max(n, l + 1);
        }
        return n;
    }

    private static int[] route(DecisionTree tree, FeatureBins.Binned x, int[] leafOf) {
        int[] out = new int[x.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = leafOf[tree.leaf(x, r)];
        }
        return out;
    }
}
