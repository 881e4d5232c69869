// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import java.util.stream.IntStream;

/** Pearson correlation of normal scores, repaired to a positive-definite correlation matrix, and its Cholesky factor. */
final class Correlation {
    static final double MIN_EIGENVALUE = 1e-6;

    private Correlation() {
    }

    /** Correlation matrix of the columns of z (each z[j] one variable). */
    static double[][] pearson(double[][] z) {
        int d = z.length;
        int n = d == 0 ? 0 : z[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        IntStream.range(0, d).parallel().forEach(j -> {
            double s = 0;
            for (double v : z[j]) {
                s += v;
            }
            mean[j] = s / n;
            double ss = 0;
            for (double v : z[j]) {
                ss += (v - mean[j]) * (v - mean[j]);
            }
            sd[j] = Math.sqrt(ss);
        });
        double[][] r = new double[d][d];
        int[][] pairs = new int[d * (d - 1) / 2][];
        int p = 0;
        for (int a = 0; a < d; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b < d; b++) {
                pairs[p++] = new int[]{a, b};
            }
        }
        // each pair's sum is its own, so the pairs can be summed side by side without changing a bit
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            int a = pairs[k][0];
            int b = pairs[k][1];
            double s = 0;
            double[] za = z[a];
            double[] zb = z[b];
            for (int i = 0; i < n; i++) {
                s += (za[i] - mean[a]) * (zb[i] - mean[b]);
            }
            double v = sd[a] == 0 || sd[b] == 0 ? 0 : s / (sd[a] * sd[b]);
            r[a][b] = v;
            r[b][a] = v;
        });
        return r;
    }

    /** The nearest-by-eigenvalue-clipping positive-definite correlation matrix (unit diagonal). */
    static double[][] positiveDefinite(double[][] r) {
        int d = r.length;
        if (d == 0 || clearlyPositiveDefinite(r)) {
            return r;
        }
        EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(r));
        double[] ev = eig.getRealEigenvalues();
        boolean ok = true;
        for (double e : ev) {
            ok &= e >= MIN_EIGENVALUE;
        }
        if (ok) {
            return r;
        }
        RealMatrix v = eig.getV();
        RealMatrix lambda = MatrixUtils.createRealDiagonalMatrix(
                java.util.Arrays.stream(ev).map(e -> Math.max(e, MIN_EIGENVALUE)).toArray());
        double[][] m = v.multiply(lambda).multiply(v.transpose()).getData();
        double[][] out = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                out[a][b] = a == b ? 1 : m[a][b] / Math.sqrt(m[a][a] * m[b][b]);
            }
        }
        return out;
    }

    /**
     * True when r − 2·{@link #MIN_EIGENVALUE}·I has a Cholesky factor, so every eigenvalue of r exceeds twice the
     * minimum (up to rounding many orders of magnitude smaller): the eigen-decomposition would find none below the
     * minimum and leave r as it is, so it need not be run.
     */
    private static boolean clearlyPositiveDefinite(double[][] r) {
        int d = r.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = i == j ? r[i][i] - 2 * MIN_EIGENVALUE : r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return true;
    }

    /** Lower-triangular L with L·Lᵀ = r; r must be positive definite. */
    static double[][] cholesky(double[][] r) {
        int d = r.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
            }
        }
        return l;
    }
}
