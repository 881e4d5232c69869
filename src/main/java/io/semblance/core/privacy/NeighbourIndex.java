// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.job.Cancellation;
import java.util.Arrays;

/**
 * Reference rows in kernel form (see {@link RowDistance}), sorted so that an exact nearest-neighbour search can skip
 * most of them. Rows are sorted by their leading discrete columns (each worth 0 or 1), then by the first continuous
 * column. Rows sharing a prefix of discrete values form a contiguous range, so the sorted table is an implicit tree
 * with one level per discrete column. The search walks that tree best-first (the child equal to the query first)
 * and leaves out every subtree whose mismatches alone reach the distance to beat. Small subtrees are scanned row by
 * row. Within a larger leaf the search moves outward from the query's value of the first continuous column, whose
 * distance only grows in both directions. Every candidate is abandoned as soon as its partial sum reaches the
 * distance to beat (a candidate that only ties cannot change the answer). Discrete terms are summed first, so every
 * path adds the same terms in the same order and gives the same bits. Sums are kept, not means (mean = sum/columns).
 * Immutable; each thread searches with its own {@link Searcher}.
 */
final class NeighbourIndex {
    /** Subtrees with at most this many rows are scanned row by row rather than walked down (measured on adult). */
    private static final int SMALL = 32;
    /** Comparisons made between two checks for cancellation while rows are sorted. */
    private static final int CHECK_EVERY = 1 << 16;
    private final double[][] cols;
    private final int[] original;
    private final int[][] runEnd;
    private final int levels;
    private final int columns;
    private final int rows;

    /**
     * @param kernel columns in summing order; @param levels how many leading columns are discrete; @param cancel
     *               checked while the rows are sorted
     */
    NeighbourIndex(double[][] kernel, int rows, int levels, Cancellation cancel) {
        this.columns = kernel.length;
        this.rows = rows;
        this.levels = levels;
        this.original = sortedRows(kernel, rows, levels, cancel);
        this.cols = new double[columns][rows];
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < rows; i++) {
                cols[c][i] = kernel[c][original[i]];
            }
        }
        runEnd = new int[levels][rows];
        for (int i = rows - 1; i >= 0; i--) {
            int differ = 0;
            if (i + 1 < rows) {
                while (differ < levels && cols[differ][i] == cols[differ][i + 1]) {
                    differ++;
                }
            }
            for (int level = 0; level < levels; level++) {
                runEnd[level][i] = i + 1 < rows && differ > level ? runEnd[level][i + 1] : i + 1;
            }
        }
    }

    /**
     * Row indexes ordered by the discrete columns, then the first continuous one, then index (deterministic). A sort
     * of a million rows takes about a second, so {@code cancel} is checked every {@link #CHECK_EVERY} comparisons.
     */
    static int[] sortedRows(double[][] kernel, int rows, int levels, Cancellation cancel) {
        int keys = Math.min(kernel.length, levels + 1);
        Integer[] idx = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        int[] comparisons = {0};
        Arrays.sort(idx, (a, b) -> {
            if (++comparisons[0] % CHECK_EVERY == 0) {
                cancel.check();
            }
            for (int c = 0; c < keys; c++) {
                int cmp = Double.compare(kernel[c][a], kernel[c][b]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return Integer.compare(a, b);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** The search state of one thread. */
    final class Searcher {
        private final double[] q = new double[columns];
        private boolean second;
        private int self;
        private double best1;
        private double best2;
        private int bestRow;
        private java.util.function.IntPredicate allowed;

        /** The reference row (original index) at the nearest distance found by the last search, or -1 when there
         * was none; among rows at exactly that distance, the first one the search met (which depends only on the
         * data). */
        int nearestRow() {
            return bestRow;
        }

        /**
         * Sums of the nearest and second-nearest distances of one query row (kernel form, columns in summing order)
         * into out[0] and out[1]; {@code self} is a reference row to skip (or -1). Only out[0] is exact unless
         * {@code second}. +Infinity when there is no such row.
         */
        void search(double[] query, int self, boolean second, double[] out) {
            search(query, self, second, null, out);
        }

        /** As above, counting only reference rows (original indexes) that {@code allowed} accepts (all when null). */
        void search(double[] query, int self, boolean second, java.util.function.IntPredicate allowed, double[] out) {
            this.allowed = allowed;
            System.arraycopy(query, 0, q, 0, columns);
            this.self = self;
            this.second = second;
            best1 = Double.POSITIVE_INFINITY;
            best2 = Double.POSITIVE_INFINITY;
            bestRow = -1;
            visit(0, 0, rows, 0.0);
            out[0] = best1;
            out[1] = best2;
        }

        private double limit() {
            return second ? best2 : best1;
        }

        private void visit(int level, int lo, int hi, double partial) {
            if (level == levels) {
                leaf(lo, hi, partial);
                return;
            }
            if (hi - lo <= SMALL) {
                scan(lo, hi, level, partial);
                return;
            }
            double[] col = cols[level];
            double v = q[level];
            int match = lowerBound(col, lo, hi, v);
            if (match < hi && col[match] == v) {
                visit(level + 1, match, runEnd[level][match], partial);
            } else {
                match = -1;
            }
            double mismatch = partial + 1.0;
            for (int start = lo; start < hi && mismatch < limit(); start = runEnd[level][start]) {
                if (start != match) {
                    visit(level + 1, start, runEnd[level][start], mismatch);
                }
            }
        }

        /** Every row of a small subtree, columns from {@code level} on; cheaper than walking down to its leaves. */
        private void scan(int lo, int hi, int level, double partial) {
            double limit = limit();
            for (int j = lo; j < hi; j++) {
                double s = partial;
                for (int c = level; c < columns && s < limit; c++) {
                    s += Math.min(Math.abs(q[c] - cols[c][j]), 1.0);
                }
                if (s < limit) {
                    offer(j, s);
                    limit = limit();
                }
            }
        }

        private void leaf(int lo, int hi, double partial) {
            if (levels == columns) {
                for (int j = lo; j < hi && partial < limit(); j++) {
                    offer(j, partial);
                }
                return;
            }
            double[] col = cols[levels];
            double v = q[levels];
            int right = lowerBound(col, lo, hi, v);
            int left = right - 1;
            while (left >= lo || right < hi) {
                double dl = left >= lo ? Math.min(Math.abs(v - col[left]), 1.0) : Double.POSITIVE_INFINITY;
                double dr = right < hi ? Math.min(Math.abs(v - col[right]), 1.0) : Double.POSITIVE_INFINITY;
                boolean takeRight = dr <= dl;
                double s = partial + (takeRight ? dr : dl);
                double limit = limit();
                if (s >= limit) {
                    return;
                }
                int j = takeRight ? right++ : left--;
                for (int c = levels + 1; c < columns && s < limit; c++) {
                    s += Math.min(Math.abs(q[c] - cols[c][j]), 1.0);
                }
                if (s < limit) {
                    offer(j, s);
                }
            }
        }

        private void offer(int j, double s) {
            if (original[j] == self || (s >= best1 && s >= best2)
                    || (allowed != null && !allowed.test(original[j]))) {
                return;
            }
            if (s < best1) {
                best2 = best1;
                best1 = s;
                bestRow = original[j];
            } else if (s < best2) {
                best2 = s;
            }
        }
    }

    /** First index in [lo, hi) whose value is ≥ v (values sorted ascending in that range). */
    private static int lowerBound(double[] col, int lo, int hi, double v) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (col[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
