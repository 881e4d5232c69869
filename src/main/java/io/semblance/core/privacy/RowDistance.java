// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The row distance of the distance-based privacy metrics: the mean over columns of a per-column distance in [0, 1].
 * Numbers and datetimes: min(|x - y| / range, 1), range = max - min of the reference table's column (range 0, or no
 * values: 0 when equal, else 1). Categories: 0 when equal, else 1. One value missing: 1; both missing: 0.
 *
 * <p>For fast search the tables are also mapped to a "kernel" form, one double array per column, in which every
 * per-column distance is min(|a - b|, 1): numbers are shifted and divided by the range, a missing number becomes a
 * sentinel far from every value, and categories (and numbers of a zero-range column) become small whole numbers.
 */
public final class RowDistance {
    /** Kernel value of a missing number: at distance ≥ 1 from every (clamped) value, 0 from itself. */
    static final double MISSING = Double.MAX_VALUE;
    private static final double CLAMP = 1e300;
    private static final int ORDER_SAMPLE = 4096;

    private final int columns;
    private final boolean[] numeric;
    private final double[] min;
    private final double[] range;
    private final double[] inverseRange;
    private final int[] order;

    /** Ranges from {@code reference}; the search sums categorical columns first, then the others, each group most
     * discriminating first. */
    public RowDistance(EncodedTable reference) {
        this(reference, null);
    }

    /** Ranges from {@code reference}; {@code order} (a permutation of the column indexes, or null) fixes the
     * order in which the search sums columns, so several searches can share it. */
    public RowDistance(EncodedTable reference, int[] order) {
        columns = reference.columnCount();
        numeric = new boolean[columns];
        min = new double[columns];
        range = new double[columns];
        inverseRange = new double[columns];
        for (int c = 0; c < columns; c++) {
            numeric[c] = reference.isNumeric(c);
            min[c] = Double.NaN;
            range[c] = Double.NaN;
            if (numeric[c]) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : reference.numbers(c)) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                min[c] = lo <= hi ? lo : Double.NaN;
                range[c] = lo <= hi ? hi - lo : 0;
                inverseRange[c] = range[c] > 0 ? 1 / range[c] : 0;
            }
        }
        if (order != null) {
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            if (!Arrays.equals(sorted, IntStream.range(0, columns).toArray())) {
                throw new IllegalArgumentException("column order is not a permutation of " + columns + " columns");
            }
        }
        this.order = order != null ? order.clone() : discriminatingFirst(reference);
    }

    /** Number of columns compared. */
    public int columnCount() {
        return columns;
    }

    /** The reference range of numeric column c over its finite values (0 when constant or empty); NaN for a
     * categorical column. */
    public double range(int c) {
        return range[c];
    }

    /** The order (column indexes) in which the search sums per-column distances; a copy. */
    public int[] order() {
        return order.clone();
    }

    /** Distance in [0, 1] between value x and y of numeric column c (NaN = missing; an infinite value is 1 from
     * every other value). */
    public double numericDistance(int c, double x, double y) {
        boolean mx = Double.isNaN(x);
        boolean my = Double.isNaN(y);
        if (mx || my) {
            return mx && my ? 0 : 1;
        }
        if (x == y) {
            return 0;
        }
        double d = Math.abs(x - y) * inverseRange[c];
        return range[c] > 0 && d <= 1 ? d : 1;
    }

    /** Distance in [0, 1] between row i of table a and row j of table b (both from the reference's encoder);
     * columns are summed in table order. */
    public double distance(EncodedTable a, int i, EncodedTable b, int j) {
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            if (numeric[c]) {
                sum += numericDistance(c, a.numbers(c)[i], b.numbers(c)[j]);
            } else {
                sum += a.codes(c)[i] == b.codes(c)[j] ? 0 : 1;
            }
        }
        return sum / columns;
    }

    /** The table in kernel form, columns in {@link #order()}. */
    double[][] kernel(EncodedTable t) {
        double[][] out = new double[columns][];
        for (int k = 0; k < columns; k++) {
            int c = order[k];
            out[k] = kernelColumn(c, t.numbers(c), t.codes(c), t.rows());
        }
        return out;
    }

    /** Columns given in table order (numbers for numeric columns, codes otherwise) in kernel form. */
    double[][] kernel(double[][] numbers, int[][] codes, int rows) {
        double[][] out = new double[columns][];
        for (int k = 0; k < columns; k++) {
            int c = order[k];
            out[k] = kernelColumn(c, numbers[c], codes[c], rows);
        }
        return out;
    }

    /** Column c in kernel form, from its numbers (NaN = missing) or its codes (-1 = missing). */
    double[] kernelColumn(int c, double[] numbers, int[] codes, int rows) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            if (!numeric[c]) {
                out[r] = codes[r];
            } else if (Double.isNaN(numbers[r])) {
                out[r] = range[c] > 0 ? MISSING : -1;
            } else if (range[c] > 0) {
                double v = (numbers[r] - min[c]) * inverseRange[c];
                out[r] = Double.isNaN(v) ? CLAMP : Math.max(-CLAMP, Math.min(CLAMP, v));
            } else {
                out[r] = numbers[r] == min[c] ? 0 : 1;
            }
        }
        return out;
    }

    /** How many leading columns of {@link #order()} are {@link #discrete}: the levels of the search tree. */
    int discreteLeading() {
        int k = 0;
        while (k < columns && discrete(order[k])) {
            k++;
        }
        return k;
    }

    /** True when column c's kernel values are whole numbers, so that its distance is 0 (equal) or 1. */
    boolean discrete(int c) {
        return !numeric[c] || !(range[c] > 0);
    }

    /** Discrete columns first (see {@link #discrete}), each group by mean distance between random pairs of
     * reference rows, largest first: summing those first lets the search give up on a far candidate sooner.
     * Deterministic (fixed sample). */
    private int[] discriminatingFirst(EncodedTable reference) {
        double[] mean = new double[columns];
        int n = reference.rows();
        if (n > 1) {
            SplittableRandom rng = new SplittableRandom(0x5EB1A7CEL);
            int pairs = (int) Math.min(ORDER_SAMPLE, (long) n * (n - 1));
            for (int p = 0; p < pairs; p++) {
                int i = rng.nextInt(n);
                int j = rng.nextInt(n);
                for (int c = 0; c < columns; c++) {
                    mean[c] += numeric[c] ? numericDistance(c, reference.numbers(c)[i], reference.numbers(c)[j])
                            : reference.codes(c)[i] == reference.codes(c)[j] ? 0 : 1;
                }
            }
        }
        return IntStream.range(0, columns).boxed()
                .sorted(Comparator.<Integer, Boolean>comparing(c -> !discrete(c))
                        .thenComparingDouble(c -> -mean[c]).thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
    }
}
