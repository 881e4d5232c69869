// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The normal distribution of some latent dimensions ({@code drawn}) given the values of others ({@code given}),
 * under a correlation matrix: mean = regression · given, covariance factored by Cholesky. Immutable, thread-safe.
 */
final class ConditionalNormal {
    private final double[][] regression;
    private final double[][] chol;

    ConditionalNormal(double[][] r, int[] given, int[] drawn) {
        double[][] soo = sub(r, given, given);
        double[][] sos = sub(r, given, drawn);
        double[][] sss = sub(r, drawn, drawn);
        if (given.length == 0) {
            regression = new double[drawn.length][0];
            chol = Correlation.cholesky(sss);
            return;
        }
        RealMatrix beta = new CholeskyDecomposition(MatrixUtils.createRealMatrix(soo), 1e-9, 1e-12).getSolver()
                .solve(MatrixUtils.createRealMatrix(sos)).transpose();
        RealMatrix cond = MatrixUtils.createRealMatrix(sss).subtract(beta.multiply(MatrixUtils.createRealMatrix(sos)));
        regression = beta.getData();
        chol = Correlation.cholesky(cond.getData());
    }

    /**
     * Draws the conditioned dimensions into {@code out} (in {@code drawn} order) given their values {@code z}
     * (in {@code given} order); {@code eps} is scratch of the drawn length, filled from rng first.
     */
    void draw(double[] z, SplittableRandom rng, double[] eps, double[] out) {
        for (int s = 0; s < chol.length; s++) {
            eps[s] = rng.nextGaussian();
        }
        for (int s = 0; s < chol.length; s++) {
            double v = 0;
            double[] b = regression[s];
            for (int k = 0; k < b.length; k++) {
                v += b[k] * z[k];
            }
            double[] ls = chol[s];
            for (int t = 0; t <= s; t++) {
                v += ls[t] * eps[t];
            }
            out[s] = v;
        }
    }

    /** The submatrix of m on the given rows and columns. */
    static double[][] sub(double[][] m, int[] rows, int[] cols) {
        double[][] out = new double[rows.length][cols.length];
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                out[a][b] = m[rows[a]][cols[b]];
            }
        }
        return out;
    }
}
