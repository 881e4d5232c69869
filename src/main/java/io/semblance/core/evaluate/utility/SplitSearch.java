// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import java.util.Arrays;

/**
 * The best split of one node on one feature, from a histogram of the node's rows over the feature's bins. Numeric
 * features try every boundary between non-empty bins. Categorical features order their categories by the mean
 * target (share of class 1 for two classes, share of the node's majority class for more, mean value for
 * regression) and try every boundary in that order: for two classes and for regression this finds the best of all
 * two-way partitions of the categories (the classic result for Gini and variance); for more classes it is a
 * heuristic. Missing values are tried on both sides; when the node has none they follow the larger side.
 */
final class SplitSearch {
    /** A split: left bins as a bit set (missing bin included when missing values go left) and its score. */
    record Best(int feature, int bin, long[] leftBins, double score, double[] left, double leftWeight) {
    }

    private final int width;
    private final double minLeaf;
    private final double[] stats;
    private final int[] counts;
    private final double[] weights;
    private final double[] leftStats;
    private final int[] order;
    private final double[] keys;

    SplitSearch(int width, int maxBins, int minLeaf) {
        this.width = width;
        this.minLeaf = minLeaf;
        this.stats = new double[maxBins * width];
        this.counts = new int[maxBins * width];
        this.weights = new double[maxBins];
        this.leftStats = new double[width];
        this.order = new int[maxBins];
        this.keys = new double[maxBins];
    }

    /** Fills the histogram of rows[lo..hi) over the nb bins of one feature column. */
    void histogram(short[] column, int[] rows, int lo, int hi, int[] w, int[] cls, double[] y, int nb) {
        Arrays.fill(weights, 0, nb, 0);
        if (cls != null) {
            Arrays.fill(counts, 0, nb * width, 0);
            for (int i = lo; i < hi; i++) {
                int r = rows[i];
                counts[column[r] * width + cls[r]] += w[r];
            }
            for (int b = 0, j = 0; b < nb; b++) {
                int sum = 0;
                for (int k = 0; k < width; k++, j++) {
                    stats[j] = counts[j];
                    sum += counts[j];
                }
                weights[b] = sum;
            }
            return;
        }
        Arrays.fill(stats, 0, nb, 0);
        for (int i = lo; i < hi; i++) {
            int r = rows[i];
            int b = column[r];
            weights[b] += w[r];
            stats[b] += w[r] * y[r];
        }
    }

    private double squares(double[] s, int from, double weight) {
        double sum = 0;
        for (int k = 0; k < width; k++) {
            sum += s[from + k] * s[from + k];
        }
        return sum / weight;
    }

    private double squaresOfRest(double[] total, double weight) {
        double sum = 0;
        for (int k = 0; k < width; k++) {
            double v = total[k] - leftStats[k];
            sum += v * v;
        }
        return sum / weight;
    }

    /** The best split of a numeric feature with nb bins, or null when none beats the unsplit node. */
    Best numeric(int f, int nb, double[] total, double weight) {
        int n = 0;
        for (int b = 0; b < nb - 1; b++) {
            if (weights[b] > 0) {
                order[n++] = b;
            }
        }
        return scan(f, nb, n, total, weight, true);
    }

    /** The best split of a categorical feature with nb bins, or null when none beats the unsplit node. */
    Best categorical(int f, int nb, double[] total, double weight) {
        int target = 1;
        if (width > 2) {
            for (int k = 1; k < width; k++) {
                if (total[k] > total[target]) {
                    target = k;
                }
            }
            target = total[0] >= total[target] ? 0 : target;
        } else if (width == 1) {
            target = 0;
        }
        int n = 0;
        for (int b = 0; b < nb - 1; b++) {
            if (weights[b] > 0) {
                double key = stats[b * width + target] / weights[b];
                int i = n++;
                while (i > 0 && keys[i - 1] > key) {
                    keys[i] = keys[i - 1];
                    order[i] = order[i - 1];
                    i--;
                }
                keys[i] = key;
                order[i] = b;
            }
        }
        return scan(f, nb, n, total, weight, false);
    }

    /** Scans boundaries after order[0..i] for i < n, the missing bin (nb-1) on either side. */
    private Best scan(int f, int nb, int n, double[] total, double weight, boolean numeric) {
        int miss = nb - 1;
        double missWeight = weights[miss];
        double parent = squares(total, 0, weight);
        double bestScore = parent + 1e-9 * Math.abs(parent);
        int bestI = -1;
        boolean bestMissLeft = false;
        Arrays.fill(leftStats, 0);
        double leftWeight = 0;
        for (int i = 0; i < n; i++) {
            int b = order[i];
            leftWeight += weights[b];
            for (int k = 0; k < width; k++) {
                leftStats[k] += stats[b * width + k];
            }
            double rightWeight = weight - leftWeight;
            if (leftWeight >= minLeaf && rightWeight >= minLeaf) {
                double s = squares(leftStats, 0, leftWeight) + squaresOfRest(total, rightWeight);
                if (s > bestScore) {
                    bestScore = s;
                    bestI = i;
                    bestMissLeft = false;
                }
            }
            if (missWeight > 0 && leftWeight + missWeight >= minLeaf && rightWeight - missWeight >= minLeaf) {
                for (int k = 0; k < width; k++) {
                    leftStats[k] += stats[miss * width + k];
                }
                double s = squares(leftStats, 0, leftWeight + missWeight)
                        + squaresOfRest(total, rightWeight - missWeight);
                for (int k = 0; k < width; k++) {
                    leftStats[k] -= stats[miss * width + k];
                }
                if (s > bestScore) {
                    bestScore = s;
                    bestI = i;
                    bestMissLeft = true;
                }
            }
        }
        if (bestI < 0) {
            return null;
        }
        long[] set = new long[(nb + 63) >>> 6];
        double leftW = 0;
        for (int i = 0; i <= bestI; i++) {
            leftW += weights[order[i]];
            if (!numeric) {
                set[order[i] >>> 6] |= 1L << order[i];
            }
        }
        for (int b = 0; numeric && b <= order[bestI]; b++) {
            set[b >>> 6] |= 1L << b;
        }
        if (missWeight == 0) {
            bestMissLeft = leftW >= weight - leftW;
        }
        double[] left = new double[width];
        for (int i = 0; i <= bestI; i++) {
            for (int k = 0; k < width; k++) {
                left[k] += stats[order[i] * width + k];
            }
        }
        if (bestMissLeft) {
            leftW += missWeight;
            for (int k = 0; k < width; k++) {
                left[k] += stats[miss * width + k];
            }
        }
        if (bestMissLeft) {
            for (int b = numeric ? miss : 0; b < nb; b++) {
                if (b == miss || weights[b] == 0) {
                    set[b >>> 6] |= 1L << b;
                }
            }
        }
        return new Best(f, numeric ? order[bestI] : -1, set, bestScore, left, leftW);
    }
}
