// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.EncodedTable;
import java.util.Arrays;

/**
 * How the trees see the feature columns of an {@link EncodedTable}: every value is replaced by a small bin number
 * once, before any tree is grown. A numeric feature gets up to {@code maxBins - 1} candidate thresholds (all distinct
 * values when there are few, else quantiles); bin j holds values in (t[j-1], t[j]], so "bin ≤ j" means "x ≤ t[j]".
 * A categorical feature gets one bin per category, except that only the {@link #MAX_CATEGORIES} most frequent ones
 * keep their own bin and the rest share an "other" bin. The last bin of every feature is for missing values.
 */
public final class FeatureBins {
    /** Categories that keep their own bin; rarer ones (and ones never seen when fitting) share one bin. */
    public static final int MAX_CATEGORIES = 254;
    /** Default number of bins for a numeric feature: at most 63 thresholds. */
    public static final int DEFAULT_MAX_BINS = 64;

    private final int[] columns;
    private final boolean[] numeric;
    private final double[][] thresholds;
    private final int[][] codeToBin;
    private final int[][] binToCode;
    private final int[] binCount;

    private FeatureBins(int[] columns, boolean[] numeric, double[][] thresholds, int[][] codeToBin,
                        int[][] binToCode, int[] binCount) {
        this.columns = columns;
        this.numeric = numeric;
        this.thresholds = thresholds;
        this.codeToBin = codeToBin;
        this.binToCode = binToCode;
        this.binCount = binCount;
    }

    /** Fits bins (maxBins in 2..256) for the given columns on the union of the rows of the tables (one encoder). */
    public static FeatureBins fit(int[] columns, int maxBins, EncodedTable... tables) {
        if (maxBins < 2 || maxBins > 256) {
            throw new IllegalArgumentException("maxBins must be between 2 and 256, not " + maxBins);
        }
        int p = columns.length;
        boolean[] numeric = new boolean[p];
        double[][] thresholds = new double[p][];
        int[][] codeToBin = new int[p][];
        int[][] binToCode = new int[p][];
        int[] binCount = new int[p];
        for (int f = 0; f < p; f++) {
            int c = columns[f];
            numeric[f] = tables[0].isNumeric(c);
            if (numeric[f]) {
                thresholds[f] = thresholds(values(c, tables), maxBins);
                binCount[f] = thresholds[f].length + 2;
            } else {
                int dict = tables[0].column(c).categories().size();
                long[] freq = new long[dict];
                for (EncodedTable t : tables) {
                    for (int code : t.codes(c)) {
                        if (code >= 0) {
                            freq[code]++;
                        }
                    }
                }
                Integer[] order = new Integer[dict];
                for (int k = 0; k < dict; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[b], freq[a]) : a - b);
                int kept = 0;
                while (kept < dict && kept < MAX_CATEGORIES && freq[order[kept]] > 0) {
                    kept++;
                }
                boolean other = kept < dict;
                codeToBin[f] = new int[dict];
                Arrays.fill(codeToBin[f], kept);
                binToCode[f] = new int[kept + (other ? 1 : 0)];
                Arrays.fill(binToCode[f], -1);
                for (int k = 0; k < kept; k++) {
                    codeToBin[f][order[k]] = k;
                    binToCode[f][k] = order[k];
                }
                binCount[f] = binToCode[f].length + 1;
            }
        }
        return new FeatureBins(columns.clone(), numeric, thresholds, codeToBin, binToCode, binCount);
    }

    /**
     * Rebuilds bins from the parts {@link #thresholds(int)}, {@link #categoryBins(int)} and {@link #categories(int)}
     * give (as a saved model keeps them): feature f is numeric when {@code thresholds[f]} is not null; otherwise
     * {@code categoryBins[f]} lists the category codes that have their own bin, in bin order, among
     * {@code categories[f]} codes. Throws IllegalArgumentException when the parts cannot come from {@link #fit}.
     */
    public static FeatureBins restore(int[] columns, double[][] thresholds, int[][] categoryBins, int[] categories) {
        int p = columns.length;
        if (thresholds.length != p || categoryBins.length != p || categories.length != p) {
            throw new IllegalArgumentException("bins: the lists of thresholds and categories differ in length");
        }
        boolean[] numeric = new boolean[p];
        double[][] t = new double[p][];
        int[][] codeToBin = new int[p][];
        int[][] binToCode = new int[p][];
        int[] binCount = new int[p];
        for (int f = 0; f < p; f++) {
            numeric[f] = thresholds[f] != null;
            if (numeric[f]) {
                t[f] = thresholds[f].clone();
                for (int j = 0; j < t[f].length; j++) {
                    if (!Double.isFinite(t[f][j]) || (j > 0 && !(t[f][j] > t[f][j - 1]))) {
                        throw new IllegalArgumentException("bins: feature " + f + " has thresholds out of order");
                    }
                }
                binCount[f] = t[f].length + 2;
                continue;
            }
            int kept = categoryBins[f].length;
            if (kept > MAX_CATEGORIES || kept > categories[f]) {
                throw new IllegalArgumentException("bins: feature " + f + " keeps " + kept + " categories of "
                        + categories[f]);
            }
            codeToBin[f] = new int[categories[f]];
            Arrays.fill(codeToBin[f], kept);
            binToCode[f] = new int[kept + (kept < categories[f] ? 1 : 0)];
            Arrays.fill(binToCode[f], -1);
            for (int k = 0; k < kept; k++) {
                int code = categoryBins[f][k];
                if (code < 0 || code >= categories[f] || codeToBin[f][code] != kept) {
                    throw new IllegalArgumentException("bins: feature " + f + " has a bad category code " + code);
                }
                codeToBin[f][code] = k;
                binToCode[f][k] = code;
            }
            binCount[f] = binToCode[f].length + 1;
        }
        return new FeatureBins(columns.clone(), numeric, t, codeToBin, binToCode, binCount);
    }

    private static double[] values(int c, EncodedTable[] tables) {
        int n = 0;
        for (EncodedTable t : tables) {
            n += t.rows();
        }
        double[] v = new double[n];
        int k = 0;
        for (EncodedTable t : tables) {
            for (double x : t.numbers(c)) {
                if (!Double.isNaN(x)) {
                    v[k++] = x;
                }
            }
        }
        return Arrays.copyOf(v, k);
    }

    /** Candidate thresholds: every distinct value but the largest when there are few, else quantiles. */
    static double[] thresholds(double[] values, int maxBins) {
        double[] v = values.clone();
        Arrays.sort(v);
        double[] distinct = new double[v.length];
        int d = 0;
        for (int i = 0; i < v.length; i++) {
            if (d == 0 || v[i] != distinct[d - 1]) {
                distinct[d++] = v[i];
            }
        }
        if (d <= maxBins) {
            return Arrays.copyOf(distinct, Math.max(0, d - 1));
        }
        double[] t = new double[maxBins - 1];
        int m = 0;
        for (int j = 1; j < maxBins; j++) {
            double q = v[(int) Math.min(v.length - 1, (long) j * v.length / maxBins)];
            if (q < v[v.length - 1] && (m == 0 || q > t[m - 1])) {
                t[m++] = q;
            }
        }
        return Arrays.copyOf(t, m);
    }

    /** Number of features. */
    public int features() {
        return columns.length;
    }

    /** The table column behind feature f. */
    public int column(int f) {
        return columns[f];
    }

    /** Whether feature f is numeric. */
    public boolean isNumeric(int f) {
        return numeric[f];
    }

    /** Number of bins of feature f, the missing bin (the last one) included. */
    public int bins(int f) {
        return binCount[f];
    }

    /** The bin that holds missing values of feature f. */
    public int missingBin(int f) {
        return binCount[f] - 1;
    }

    /** For a numeric feature: the threshold t such that bins 0..bin hold exactly the values ≤ t. */
    public double threshold(int f, int bin) {
        return thresholds[f][bin];
    }

    /** For a numeric feature: its thresholds, in increasing order (a copy); null for a categorical feature. */
    public double[] thresholds(int f) {
        return numeric[f] ? thresholds[f].clone() : null;
    }

    /** For a categorical feature: the codes of the categories that have their own bin, in bin order (a copy). */
    public int[] categoryBins(int f) {
        int[] codes = binToCode[f];
        int kept = codes.length > 0 && codes[codes.length - 1] < 0 ? codes.length - 1 : codes.length;
        return Arrays.copyOf(codes, kept);
    }

    /** For a categorical feature: the number of category codes it was fitted with. */
    public int categories(int f) {
        return codeToBin[f].length;
    }

    /** For a categorical feature: the category code of a bin, or -1 for the shared "other" and missing bins. */
    public int category(int f, int bin) {
        return bin < binToCode[f].length ? binToCode[f][bin] : -1;
    }

    /** The bin of one value of feature f (NaN or code -1 = missing). */
    public int bin(int f, double number, int code) {
        if (numeric[f]) {
            if (Double.isNaN(number)) {
                return missingBin(f);
            }
            int i = Arrays.binarySearch(thresholds[f], number);
            return i >= 0 ? i : -i - 1;
        }
        return code < 0 ? missingBin(f) : code < codeToBin[f].length ? codeToBin[f][code] : binToCode[f].length;
    }

    /** The tables' rows, one after the other, as bins. */
    public Binned bin(EncodedTable... tables) {
        int n = 0;
        for (EncodedTable t : tables) {
            n += t.rows();
        }
        short[][] x = new short[columns.length][n];
        for (int f = 0; f < columns.length; f++) {
            int r = 0;
            for (EncodedTable t : tables) {
                double[] num = numeric[f] ? t.numbers(columns[f]) : null;
                int[] codes = numeric[f] ? null : t.codes(columns[f]);
                for (int i = 0; i < t.rows(); i++, r++) {
                    x[f][r] = (short) (numeric[f] ? bin(f, num[i], 0) : bin(f, 0, codes[i]));
                }
            }
        }
        return new Binned(this, x, n);
    }

    /** Binned feature values: {@code x[feature][row]}, shared by the trees that read them. */
    public record Binned(FeatureBins bins, short[][] x, int rows) {
        /** The rows listed, in the order listed. */
        public Binned select(int[] rowIndexes) {
            short[][] out = new short[x.length][rowIndexes.length];
            for (int f = 0; f < x.length; f++) {
                for (int i = 0; i < rowIndexes.length; i++) {
                    out[f][i] = x[f][rowIndexes[i]];
                }
            }
            return new Binned(bins, out, rowIndexes.length);
        }
    }
}
