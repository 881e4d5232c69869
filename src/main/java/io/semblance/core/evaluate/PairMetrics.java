// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.HashMap;
import java.util.Map;

/** Column-pair fidelity metrics with SDMetrics' definitions. */
public final class PairMetrics {
    static final int BINS = 10;

    private PairMetrics() {
    }

    /** Pearson correlation over rows where both values are present (NaN when undefined). */
    public static double pearson(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** CorrelationSimilarity in [0,1]: 1 − |ρ_real − ρ_syn| / 2 (NaN correlations count as 0). */
    public static double correlationSimilarity(double rhoReal, double rhoSyn) {
        double a = Double.isNaN(rhoReal) ? 0 : rhoReal;
        double b = Double.isNaN(rhoSyn) ? 0 : rhoSyn;
        return 1 - Math.abs(a - b) / 2;
    }

    /**
     * Discretizes numbers as SDMetrics' column-pair property does: {@value #BINS} equal-width bins over the column's
     * own range (numpy's histogram edges; a constant column is widened by 0.5 each side) and numpy's digitize, so
     * the label is the number of edges at or below the value: 1..{@value #BINS} inside, {@value #BINS}+1 for the
     * maximum, and {@value #BINS}+1 for missing values as well.
     */
    public static String[] bin(double[] x) {
        double[] edges = histogramEdges(x);
        String[] labels = new String[BINS + 2];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Integer.toString(i);
        }
        String[] out = new String[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.isNaN(x[i]) ? labels[BINS + 1] : labels[edgesAtOrBelow(edges, x[i])];
        }
        return out;
    }

    /** numpy.histogram_bin_edges(values without NaN, bins=10): start + i·step, the last edge exactly the maximum. */
    static double[] histogramEdges(double[] x) {
        double[] range = ValidityReport.minMax(x);
        double lo = range[0];
        double hi = range[1];
        if (Double.isNaN(lo)) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[BINS + 1];
        double step = (hi - lo) / BINS;
        for (int i = 0; i < BINS; i++) {
            edges[i] = i * step + lo;
        }
        edges[BINS] = hi;
        return edges;
    }

    private static int edgesAtOrBelow(double[] edges, double v) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** ContingencySimilarity in [0,1]: 1 − half the L1 distance of the joint frequencies (missing is a cell). */
    public static double contingencySimilarity(String[] realA, String[] realB, String[] synA, String[] synB) {
        return ShapeMetrics.tvComplement(joint(realA, realB), joint(synA, synB));
    }

    private static Map<String, Double> joint(String[] a, String[] b) {
        Map<String, Double> f = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            f.merge(a[i] + "\u0000" + b[i], 1.0, Double::sum);
        }
        f.replaceAll((k, c) -> c / a.length);
        return f;
    }

    /** Cramér's V of two categorical columns (missing is a category), in [0,1]; 0 when either is constant. */
    public static double cramersV(String[] a, String[] b) {
        Map<String, Integer> ai = index(a);
        Map<String, Integer> bi = index(b);
        int r = ai.size();
        int c = bi.size();
        if (r < 2 || c < 2) {
            return 0;
        }
        double[][] t = new double[r][c];
        double[] rs = new double[r];
        double[] cs = new double[c];
        for (int i = 0; i < a.length; i++) {
            int x = ai.get(String.valueOf(a[i]));
            int y = bi.get(String.valueOf(b[i]));
            t[x][y]++;
            rs[x]++;
            cs[y]++;
        }
        double n = a.length;
        double chi2 = 0;
        for (int x = 0; x < r; x++) {
            for (int y = 0; y < c; y++) {
                double e = rs[x] * cs[y] / n;
                chi2 += (t[x][y] - e) * (t[x][y] - e) / e;
            }
        }
        return Math.sqrt(chi2 / (n * (Math.min(r, c) - 1)));
    }

    private static Map<String, Integer> index(String[] v) {
        Map<String, Integer> m = new HashMap<>();
        for (String s : v) {
            m.putIfAbsent(String.valueOf(s), m.size());
        }
        return m;
    }
}
