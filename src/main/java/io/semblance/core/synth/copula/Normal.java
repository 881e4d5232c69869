// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

/** Standard normal distribution: a table-driven CDF (Simpson-integrated density, interpolation error below 1e-6) and Acklam's inverse CDF (relative error 1.2e-9). */
final class Normal {
    private static final double LIMIT = 8.5;
    /** Φ(−8.5), the table's starting value. */
    private static final double PHI_AT_MINUS_LIMIT = 9.479534822203318e-18;
    private static final int STEPS_PER_UNIT = 512;
    private static final double[] CDF;

    static {
        int n = (int) (2 * LIMIT * STEPS_PER_UNIT) + 1;
        CDF = new double[n + 1];
        double h = 1.0 / STEPS_PER_UNIT;
        CDF[0] = PHI_AT_MINUS_LIMIT;
        for (int i = 1; i <= n; i++) {
            double a = -LIMIT + (i - 1) * h;
            CDF[i] = CDF[i - 1] + h / 6 * (density(a) + 4 * density(a + h / 2) + density(a + h));
        }
    }

    private static double density(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    private Normal() {
    }

    /** P(Z ≤ z), clamped to the open interval (0,1). */
    static double cdf(double z) {
        double t = (z + LIMIT) * STEPS_PER_UNIT;
        if (t <= 0) {
            return 1e-17;
        }
        if (t >= CDF.length - 2) {
            return 1 - 1e-16;
        }
        int i = (int) t;
        double f = t - i;
        return CDF[i] + f * (CDF[i + 1] - CDF[i]);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};

    /** z with P(Z ≤ z) = p, for p in (0,1). */
    static double inverse(double p) {
        double q;
        if (p < 0.02425) {
            q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
