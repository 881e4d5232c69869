// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain data for the compare charts: per-column distributions of real and synthetic on shared bins, and the
 * association matrices (signed Pearson ρ for two numeric columns, Cramér's V otherwise) of both tables.
 */
public record ChartData(List<Distribution> distributions, AssociationMatrix associations) {
    public static final int NUMERIC_BINS = 20;
    public static final int MAX_CATEGORIES = 30;

    /**
     * One column's distribution as shares of all rows (missing included as its own share). Numeric: {@code edges}
     * has bins+1 shared edges and {@code labels} is empty; categorical: {@code labels} are the categories by real
     * frequency, the last one "Other (n)" when more than {@value #MAX_CATEGORIES} exist.
     */
    public record Distribution(String column, boolean numeric, double[] edges, List<String> labels, double[] real,
                               double[] synthetic, double realMissing, double syntheticMissing) {
    }

    /** Symmetric matrices over {@code columns}, NaN where undefined. */
    public record AssociationMatrix(List<String> columns, double[][] real, double[][] synthetic) {

        /** Synthetic minus real per cell, in [−2, 2]; NaN where either is undefined. */
        public double[][] difference() {
            double[][] d = new double[real.length][];
            for (int i = 0; i < real.length; i++) {
                d[i] = new double[real[i].length];
                for (int j = 0; j < real[i].length; j++) {
                    d[i][j] = synthetic[i][j] - real[i][j];
                }
            }
            return d;
        }
    }

    /** Builds the chart data from encoded tables (one encoder) and the quality report's pair values. */
    public static ChartData compute(EncodedTable real, EncodedTable syn, QualityReport quality) {
        List<Distribution> dists = new ArrayList<>();
        for (int c = 0; c < real.columnCount(); c++) {
            dists.add(real.isNumeric(c) ? numeric(real, syn, c) : categorical(real, syn, c));
        }
        return new ChartData(dists, associations(quality));
    }

    private static Distribution numeric(EncodedTable real, EncodedTable syn, int c) {
        double[] r = real.numbers(c);
        double[] s = syn.numbers(c);
        double[] a = ValidityReport.minMax(r);
        double[] b = ValidityReport.minMax(s);
        double lo = Math.min(nan(a[0], b[0]), nan(b[0], a[0]));
        double hi = Math.max(nan(a[1], b[1]), nan(b[1], a[1]));
        double[] edges = new double[NUMERIC_BINS + 1];
        for (int i = 0; i <= NUMERIC_BINS; i++) {
            edges[i] = Double.isNaN(lo) ? Double.NaN : lo + (hi - lo) * i / NUMERIC_BINS;
        }
        return new Distribution(real.column(c).name(), true, edges, List.of(), bin(r, lo, hi), bin(s, lo, hi),
                ValidityReport.missingShare(r), ValidityReport.missingShare(s));
    }

    private static double nan(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static double[] bin(double[] v, double lo, double hi) {
        double[] out = new double[NUMERIC_BINS];
        if (v.length == 0 || Double.isNaN(lo)) {
            return out;
        }
        for (double x : v) {
            if (!Double.isNaN(x)) {
                int b = hi > lo ? (int) ((x - lo) / (hi - lo) * NUMERIC_BINS) : 0;
                out[Math.max(0, Math.min(NUMERIC_BINS - 1, b))] += 1.0 / v.length;
            }
        }
        return out;
    }

    private static Distribution categorical(EncodedTable real, EncodedTable syn, int c) {
        List<String> cats = real.column(c).categories();
        double[] rf = frequencies(real.codes(c), cats.size());
        double[] sf = frequencies(syn.codes(c), cats.size());
        Integer[] order = new Integer[cats.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(rf[y], rf[x]));
        int shown = Math.min(order.length, MAX_CATEGORIES);
        boolean other = order.length > MAX_CATEGORIES;
        List<String> labels = new ArrayList<>();
        double[] r = new double[shown + (other ? 1 : 0)];
        double[] s = new double[r.length];
        for (int i = 0; i < order.length; i++) {
            int slot = Math.min(i, shown);
            if (i < shown) {
                labels.add(cats.get(order[i]));
            }
            r[slot] += rf[order[i]];
            s[slot] += sf[order[i]];
        }
        if (other) {
            labels.add("Other (" + (order.length - shown) + ")");
        }
        return new Distribution(real.column(c).name(), false, new double[0], labels, r, s,
                ValidityReport.missingShare(real.codes(c)), ValidityReport.missingShare(syn.codes(c)));
    }

    private static double[] frequencies(int[] codes, int k) {
        double[] f = new double[k];
        for (int v : codes) {
            if (v >= 0) {
                f[v] += 1.0 / codes.length;
            }
        }
        return f;
    }

    private static AssociationMatrix associations(QualityReport q) {
        List<String> cols = q.columns().stream().map(QualityReport.ColumnScore::column).toList();
        int n = cols.size();
        double[][] r = new double[n][n];
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(r[i], Double.NaN);
            java.util.Arrays.fill(s[i], Double.NaN);
            r[i][i] = 1;
            s[i][i] = 1;
        }
        for (QualityReport.PairScore p : q.pairs()) {
            int a = cols.indexOf(p.columnA());
            int b = cols.indexOf(p.columnB());
            r[a][b] = r[b][a] = p.realValue();
            s[a][b] = s[b][a] = p.syntheticValue();
        }
        return new AssociationMatrix(cols, r, s);
    }
}
