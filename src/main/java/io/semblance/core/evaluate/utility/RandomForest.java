// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.Seeds;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random forest of {@link DecisionTree}s: each tree is grown on a bootstrap sample of the training rows (n draws
 * with replacement) and tries a random subset of about √p features at each node. Tree i draws from its own stream
 * derived from the seed and i, so the forest is the same for a seed whatever the number of threads. Classification
 * forests average the trees' class proportions; regression forests average their means.
 */
public final class RandomForest {
    private static final long PURPOSE = 0x666f72657374L;

    /**
     * Forest settings.
     *
     * @param trees    number of trees
     * @param maxDepth deepest level a tree may reach
     * @param minLeaf  fewest (bootstrap-weighted) rows in a leaf
     * @param mtry     features tried per node; 0 = ⌊√p⌋ (at least 1)
     * @param threads  threads to grow trees on; 0 = every core
     */
    public record Params(int trees, int maxDepth, int minLeaf, int mtry, int threads) {
        /** Rejects settings that cannot grow a forest. */
        public Params {
            if (trees < 1 || maxDepth < 0 || minLeaf < 1 || mtry < 0 || threads < 0) {
                throw new IllegalArgumentException("bad forest settings: " + trees + " trees, depth " + maxDepth
                        + ", leaf " + minLeaf + ", mtry " + mtry + ", threads " + threads);
            }
        }

        /** 100 trees, depth up to 32, leaves of at least 5 rows, ⌊√p⌋ features per node, every core. */
        public static Params defaults() {
            return new Params(100, 32, 5, 0, 0);
        }

        /** The same settings with another number of trees. */
        public Params withTrees(int n) {
            return new Params(n, maxDepth, minLeaf, mtry, threads);
        }

        /** The same settings with another thread count (0 = every core). */
        public Params withThreads(int n) {
            return new Params(trees, maxDepth, minLeaf, mtry, n);
        }
    }

    private final List<DecisionTree> trees;
    private final int width;
    private final boolean classification;
    private final int threads;

    private RandomForest(List<DecisionTree> trees, Labels labels, int threads) {
        this.trees = trees;
        this.width = labels.width();
        this.classification = labels.classification();
        this.threads = threads;
    }

    /** Grows a forest on the listed rows of x; progress is reported every ten trees. */
    public static RandomForest fit(FeatureBins.Binned x, Labels y, int[] rows, Params params, long seed,
                                   Cancellation cancel, ProgressListener progress) {
        int p = x.bins().features();
        int mtry = params.mtry() > 0 ? params.mtry() : Math.max(1, (int) Math.floor(Math.sqrt(p)));
        DecisionTree.Params tp = new DecisionTree.Params(params.maxDepth(), params.minLeaf(), mtry);
        int n = params.trees();
        List<DecisionTree> trees = Parallel.map(n, params.threads(), i -> {
            SplittableRandom random = Seeds.stream(seed, PURPOSE, i);
            int[] w = new int[x.rows()];
            for (int d = 0; d < rows.length; d++) {
                w[rows[random.nextInt(rows.length)]]++;
            }
            return new TreeGrower(x, y, tp, random, null, cancel).grow(w);
        }, cancel, i -> {
            if ((i + 1) % 10 == 0 || i == n - 1) {
                progress.progress((i + 1.0) / n, "tree " + (i + 1) + " of " + n);
            }
        });
        return new RandomForest(List.copyOf(trees), y, params.threads());
    }

    /** Number of trees. */
    public int treeCount() {
        return trees.size();
    }

    /** Tree i. */
    public DecisionTree tree(int i) {
        return trees.get(i);
    }

    /** Averaged leaf values of every row of x: {@code out[row * width + k]} (class proportions or the mean). */
    private double[] average(FeatureBins.Binned x, Cancellation cancel) {
        int n = x.rows();
        double[] out = new double[n * width];
        int block = 2048;
        int chunks = (n + block - 1) / block;
        Parallel.map(chunks, threads, c -> {
            int from = c * block;
            int to = Math.min(n, from + block);
            for (DecisionTree t : trees) {
                for (int r = from; r < to; r++) {
                    t.addPrediction(x, r, out, r * width);
                }
            }
            for (int i = from * width; i < to * width; i++) {
                out[i] /= trees.size();
            }
            return null;
        }, cancel, i -> { });
        return out;
    }

    /** Class probabilities of every row of x: {@code [row][class]} (classification forests). */
    public double[][] predictProba(FeatureBins.Binned x, Cancellation cancel) {
        if (!classification) {
            throw new IllegalStateException("a regression forest has no class probabilities");
        }
        double[] flat = average(x, cancel);
        double[][] out = new double[x.rows()][width];
        for (int r = 0; r < out.length; r++) {
            System.arraycopy(flat, r * width, out[r], 0, width);
        }
        return out;
    }

    /** The most probable class of every row (lowest class on ties). */
    public int[] predictClass(FeatureBins.Binned x, Cancellation cancel) {
        double[][] p = predictProba(x, cancel);
        int[] out = new int[p.length];
        for (int r = 0; r < p.length; r++) {
            for (int k = 1; k < width; k++) {
                if (p[r][k] > p[r][out[r]]) {
                    out[r] = k;
                }
            }
        }
        return out;
    }

    /** Predicted value of every row of x (regression forests). */
    public double[] predict(FeatureBins.Binned x, Cancellation cancel) {
        if (classification) {
            throw new IllegalStateException("a classification forest predicts classes; use predictProba");
        }
        return average(x, cancel);
    }
}
