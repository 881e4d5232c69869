// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Orders each categorical column's categories along the table's main axis of association (the first
 * dimension of a homogeneity analysis, found by power iteration). Categories that go together with high
 * values elsewhere sit together in the latent order, so one correlation per pair carries as much of the
 * categorical association as a Gaussian copula can.
 */
final class CategoryOrder {
    static final int ITERATIONS = 30;
    /** Stop when the axis turns by less than this (1 − |cos| between successive iterates). */
    static final double CONVERGED = 1e-7;
    /** Rows per task when the rows' sums are computed in parallel. */
    private static final int BLOCK = 8192;

    private CategoryOrder() {
    }

    /**
     * Returns, for each free categorical column, position[code] = its place in the order.
     *
     * @param free  codes and counts of the columns whose order is to be chosen
     * @param fixed normal scores of the columns whose order is given (numerical, or fixed categorical)
     * @param cancel checked once per iteration
     */
    static int[][] order(List<EncodedColumn> free, List<double[]> fixed, int n, SplittableRandom rng,
                         io.semblance.core.job.Cancellation cancel) {
        double[] x = new double[n];
        for (double[] s : fixed) {
            for (int i = 0; i < n; i++) {
                x[i] += s[i];
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] += 0.01 * rng.nextGaussian();
        }
        standardise(x);
        int f = free.size();
        int k = fixed.size();
        double[][] y = new double[f][];
        double[] weight = new double[k];
        int[][] codes = new int[f][];
        for (int j = 0; j < f; j++) {
            codes[j] = free.get(j).codes;
        }
        double[][] scores = fixed.toArray(new double[0][]);
        for (int it = 0; it < ITERATIONS; it++) {
            cancel.check();
            double[] cur = x;
            // every category mean and every weight is a sum of its own, so they can be computed side by side
            IntStream.range(0, f + k).parallel().forEach(t -> {
                if (t < f) {
                    y[t] = categoryMeans(free.get(t), cur);
                } else {
                    weight[t - f] = dot(cur, scores[t - f]) / n;
                }
            });
            // each row adds its terms in the same order as a single pass would, so the bits do not change
            double[] acc = new double[n];
            IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
                int end = Math.min(n, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < end; i++) {
                    double a = 0;
                    for (int j = 0; j < f; j++) {
                        a += y[j][codes[j][i]];
                    }
                    for (int s = 0; s < k; s++) {
                        a += weight[s] * scores[s][i];
                    }
                    acc[i] = a;
                }
            });
            if (!standardise(acc)) {
                break;
            }
            double moved = 1 - Math.abs(dot(acc, x)) / n;
            x = acc;
            if (moved < CONVERGED) {
                break;
            }
        }
        int[][] positions = new int[free.size()][];
        for (int j = 0; j < free.size(); j++) {
            double[] yj = y[j] != null ? y[j] : categoryMeans(free.get(j), x);
            Integer[] idx = new Integer[yj.length];
            for (int c = 0; c < idx.length; c++) {
                idx[c] = c;
            }
            Arrays.sort(idx, (a, b) -> yj[a] != yj[b] ? Double.compare(yj[a], yj[b]) : Integer.compare(a, b));
            positions[j] = new int[yj.length];
            for (int p = 0; p < idx.length; p++) {
                positions[j][idx[p]] = p;
            }
        }
        return positions;
    }

    private static double[] categoryMeans(EncodedColumn c, double[] x) {
        double[] sum = new double[c.cardinality()];
        for (int i = 0; i < x.length; i++) {
            sum[c.codes[i]] += x[i];
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= c.counts[k];
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Centres and scales to unit variance in place; false when the vector is constant. */
    private static boolean standardise(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        double sd = Math.sqrt(ss / x.length);
        if (sd < 1e-12) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - m) / sd;
        }
        return true;
    }
}
