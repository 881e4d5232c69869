// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Per leaf, the count of each category (code, -1 = missing) among its real rows; draws follow those shares. */
final class CategoricalLeaves implements Leaves {
    private final int[] start;
    private final int[] codes;
    private final int[] cumulative;

    private CategoricalLeaves(int[] start, int[] codes, int[] cumulative) {
        this.start = start;
        this.codes = codes;
        this.cumulative = cumulative;
    }

    /** Counts codes[r] per leafOfRow[r] over every real row. */
    static CategoricalLeaves of(int[] leafOfRow, int leaves, int[] rowCodes) {
        Integer[] rows = new Integer[leafOfRow.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        Arrays.sort(rows, (a, b) -> leafOfRow[a] != leafOfRow[b] ? Integer.compare(leafOfRow[a], leafOfRow[b])
                : Integer.compare(rowCodes[a], rowCodes[b]));
        int[] start = new int[leaves + 1];
        int[] codes = new int[rows.length];
        int[] cum = new int[rows.length];
        int m = 0;
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            boolean newLeaf = i == 0 || leafOfRow[rows[i - 1]] != leafOfRow[r];
            if (newLeaf || rowCodes[rows[i - 1]] != rowCodes[r]) {
                codes[m] = rowCodes[r];
                cum[m] = newLeaf ? 0 : cum[m - 1];
                m++;
            }
            cum[m - 1]++;
            if (newLeaf) {
                for (int l = i == 0 ? 0 : leafOfRow[rows[i - 1]] + 1; l <= leafOfRow[r]; l++) {
                    start[l] = m - 1;
                }
            }
        }
        for (int l = rows.length == 0 ? 0 : leafOfRow[rows[rows.length - 1]] + 1; l <= leaves; l++) {
            start[l] = m;
        }
        return new CategoricalLeaves(start, Arrays.copyOf(codes, m), Arrays.copyOf(cum, m));
    }

    @Override
    public double draw(int leaf, SplittableRandom rng) {
        int lo = start[leaf];
        int hi = start[leaf + 1];
        int u = rng.nextInt(cumulative[hi - 1]);
        for (int i = lo; i < hi; i++) {
            if (u < cumulative[i]) {
                return codes[i];
            }
        }
        return codes[hi - 1];
    }

    @Override
    public int leaves() {
        return start.length - 1;
    }

    /** The share of category {@code code} (-1 = missing) among the real rows of a leaf (0 for an empty leaf). */
    double share(int leaf, int code) {
        int lo = start[leaf];
        int hi = start[leaf + 1];
        for (int i = lo; i < hi; i++) {
            if (codes[i] == code) {
                return (double) (cumulative[i] - (i == lo ? 0 : cumulative[i - 1])) / cumulative[hi - 1];
            }
        }
        return 0;
    }

    /** The categories of a leaf and their counts, as {code, count} pairs in code order. */
    int[][] counts(int leaf) {
        int[][] out = new int[start[leaf + 1] - start[leaf]][];
        for (int i = start[leaf]; i < start[leaf + 1]; i++) {
            out[i - start[leaf]] = new int[]{codes[i], cumulative[i] - (i == start[leaf] ? 0 : cumulative[i - 1])};
        }
        return out;
    }
}
