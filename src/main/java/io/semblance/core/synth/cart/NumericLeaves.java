// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.synth.copula.NumericText;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Per leaf, the real values (donors, NaN = missing) of the rows that fell in it. A draw takes a random donor; with
 * smoothing, a donor that is not a recurring value gets Gaussian noise with the leaf's kernel bandwidth
 * (0.9·min(sd, IQR/1.34)·m^(-1/5) over its m present donors), then is clipped to the real range and rounded as the
 * column is written.
 */
final class NumericLeaves implements Leaves {
    static final int MIN_ATOM_COUNT = 5;
    static final double MIN_ATOM_SHARE = 0.002;
    /** Magnitude above which squares overflow a double. */
    private static final double HUGE = 1e150;

    private final int[] start;
    private final double[] donors;
    private final double[] bandwidth;
    private final double[] atoms;
    private final NumericText format;
    private final double min;
    private final double max;
    private final boolean smoothing;

    private NumericLeaves(int[] start, double[] donors, double[] bandwidth, double[] atoms, NumericText format,
                          double min, double max, boolean smoothing) {
        this.start = start;
        this.donors = donors;
        this.bandwidth = bandwidth;
        this.atoms = atoms;
        this.format = format;
        this.min = min;
        this.max = max;
        this.smoothing = smoothing;
    }

    /** Groups values[r] by leafOfRow[r] over every real row; {@code format} rounds smoothed draws. */
    static NumericLeaves of(int[] leafOfRow, int leaves, double[] values, NumericText format, boolean smoothing) {
        int[] start = new int[leaves + 1];
        for (int l : leafOfRow) {
            start[l + 1]++;
        }
        for (int l = 0; l < leaves; l++) {
            start[l + 1] += start[l];
        }
        int[] next = Arrays.copyOf(start, leaves);
        double[] donors = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            donors[next[leafOfRow[r]]++] = values[r];
        }
        double[] bandwidth = new double[leaves];
        for (int l = 0; l < leaves; l++) {
            Arrays.sort(donors, start[l], start[l + 1]);
            bandwidth[l] = smoothing ? bandwidth(donors, start[l], start[l + 1]) : 0;
        }
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double lo = present.length == 0 ? Double.NaN : present[0];
        double hi = present.length == 0 ? Double.NaN : present[present.length - 1];
        return new NumericLeaves(start, donors, bandwidth, atoms(present), format, lo, hi, smoothing);
    }

    /** Values that recur often enough to be kept exact (sorted). */
    private static double[] atoms(double[] sorted) {
        int atomMin = Math.max(MIN_ATOM_COUNT, (int) Math.ceil(MIN_ATOM_SHARE * sorted.length));
        double[] out = new double[sorted.length];
        int k = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i >= atomMin) {
                out[k++] = sorted[i];
            }
            i = j;
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Kernel bandwidth of the sorted donors [lo, hi) (NaN sorts last and is skipped); 0 when there is no spread.
     * Donors too large to square (beyond 1e150) are scaled by a power of two first, so the spread stays finite.
     */
    static double bandwidth(double[] sorted, int lo, int hi) {
        int end = lo;
        while (end < hi && !Double.isNaN(sorted[end])) {
            end++;
        }
        int m = end - lo;
        if (m < 2) {
            return 0;
        }
        double largest = Math.max(Math.abs(sorted[lo]), Math.abs(sorted[end - 1]));
        if (largest > HUGE) {
            double unit = Math.scalb(1.0, Math.getExponent(largest));
            double[] scaled = new double[m];
            for (int i = 0; i < m; i++) {
                scaled[i] = sorted[lo + i] / unit;
            }
            return bandwidth(scaled, 0, m) * unit;
        }
        double mean = 0;
        for (int i = lo; i < end; i++) {
            mean += sorted[i];
        }
        mean /= m;
        double ss = 0;
        for (int i = lo; i < end; i++) {
            ss += (sorted[i] - mean) * (sorted[i] - mean);
        }
        double sd = Math.sqrt(ss / (m - 1));
        double iqr = quantile(sorted, lo, m, 0.75) - quantile(sorted, lo, m, 0.25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        return 0.9 * spread * Math.pow(m, -0.2);
    }

    private static double quantile(double[] sorted, int lo, int m, double p) {
        double h = (m - 1) * p;
        int i = (int) Math.floor(h);
        int j = Math.min(i + 1, m - 1);
        return sorted[lo + i] + (h - i) * (sorted[lo + j] - sorted[lo + i]);
    }

    @Override
    public double draw(int leaf, SplittableRandom rng) {
        int lo = start[leaf];
        return smooth(donors[lo + rng.nextInt(start[leaf + 1] - lo)], bandwidth[leaf], rng);
    }

    /** Whether a value recurs often enough to be kept exact. */
    boolean isAtom(double v) {
        return Arrays.binarySearch(atoms, v) >= 0;
    }

    /**
     * A drawn donor {@code v} with Gaussian noise of bandwidth {@code bw}, clipped to the real range and rounded as
     * the column is written; missing values, atoms and {@code bw} 0 give v itself.
     */
    double smooth(double v, double bw, SplittableRandom rng) {
        if (Double.isNaN(v) || bw <= 0 || isAtom(v)) {
            return v;
        }
        double x = Math.max(min, Math.min(max, v + bw * rng.nextGaussian()));
        return Math.max(min, Math.min(max, format.round(x)));
    }

    /** The donors of a leaf, sorted (missing last). */
    double[] donors(int leaf) {
        return Arrays.copyOfRange(donors, start[leaf], start[leaf + 1]);
    }

    @Override
    public int leaves() {
        return start.length - 1;
    }

    /** Whether draws are smoothed (the leaves were built with smoothing on). */
    boolean smoothing() {
        return smoothing;
    }

    /** The smoothing bandwidth of a leaf (0 = none). */
    double bandwidth(int leaf) {
        return bandwidth[leaf];
    }

    NumericText format() {
        return format;
    }
}
