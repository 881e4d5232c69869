// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One column of a contingency table: its levels (labels) and each real and synthetic row's level index.
 * Categories keep the {@value #MAX_LEVELS} most frequent in the real table and pool the rest; at most
 * {@value #MAX_LEVELS} distinct whole numbers are levels of their own; other numbers and datetimes fall into
 * {@link PairMetrics#BINS} equal-width bins over both tables' range; missing values get a last level.
 */
record PairLevels(List<String> labels, int[] real, int[] synthetic) {
    static final int MAX_LEVELS = 10;
    static final String MISSING = "Missing";

    /** The levels of column c of two tables from one encoder. */
    static PairLevels of(EncodedTable real, EncodedTable syn, int c) {
        if (!real.isNumeric(c)) {
            return categories(real, syn, c);
        }
        TreeSet<Double> whole = fewWholeNumbers(real.numbers(c), syn.numbers(c));
        return whole != null && real.column(c).meta().sdtype() == SdType.NUMERICAL ? wholeNumbers(real, syn, c, whole)
                : binned(real, syn, c);
    }

    /** The distinct values of both tables when they are at most {@value #MAX_LEVELS} whole numbers, else null. */
    private static TreeSet<Double> fewWholeNumbers(double[] a, double[] b) {
        TreeSet<Double> seen = new TreeSet<>();
        for (double[] v : List.of(a, b)) {
            for (double x : v) {
                if (!Double.isNaN(x) && (x != Math.rint(x) || seen.add(x) && seen.size() > MAX_LEVELS)) {
                    return null;
                }
            }
        }
        return seen;
    }

    /** A few whole numbers (counts, ratings, codes) read best as themselves, in ascending order. */
    private static PairLevels wholeNumbers(EncodedTable real, EncodedTable syn, int c, TreeSet<Double> values) {
        List<Double> order = new ArrayList<>(values);
        List<String> labels = new ArrayList<>();
        order.forEach(v -> labels.add(String.format(Locale.ROOT, "%.0f", v)));
        return withMissing(labels, indexes(real.numbers(c), order), indexes(syn.numbers(c), order));
    }

    private static int[] indexes(double[] v, List<Double> order) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isNaN(v[i]) ? -1 : Collections.binarySearch(order, v[i]);
        }
        return out;
    }

    private static PairLevels categories(EncodedTable real, EncodedTable syn, int c) {
        List<String> cats = real.column(c).categories();
        int k = cats.size();
        long[] rc = counts(real.codes(c), k);
        long[] sc = counts(syn.codes(c), k);
        Integer[] order = new Integer[k];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> rc[x] != rc[y] ? Long.compare(rc[y], rc[x]) : Long.compare(sc[y], sc[x]));
        int kept = k > MAX_LEVELS ? MAX_LEVELS - 1 : k;
        int[] level = new int[k];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            level[order[i]] = Math.min(i, kept);
            if (i < kept) {
                labels.add(cats.get(order[i]));
            }
        }
        if (kept < k) {
            labels.add("Other (" + (k - kept) + ")");
        }
        int[] r = map(real.codes(c), level);
        int[] s = map(syn.codes(c), level);
        return withMissing(labels, r, s);
    }

    private static long[] counts(int[] codes, int k) {
        long[] out = new long[k];
        for (int v : codes) {
            if (v >= 0) {
                out[v]++;
            }
        }
        return out;
    }

    private static int[] map(int[] codes, int[] level) {
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] < 0 ? -1 : level[codes[i]];
        }
        return out;
    }

    private static PairLevels binned(EncodedTable real, EncodedTable syn, int c) {
        double[] a = ValidityReport.minMax(real.numbers(c));
        double[] b = ValidityReport.minMax(syn.numbers(c));
        double lo = Double.isNaN(a[0]) ? b[0] : Double.isNaN(b[0]) ? a[0] : Math.min(a[0], b[0]);
        double hi = Double.isNaN(a[1]) ? b[1] : Double.isNaN(b[1]) ? a[1] : Math.max(a[1], b[1]);
        int bins = Double.isNaN(lo) ? 0 : hi > lo ? PairMetrics.BINS : 1;
        List<String> labels = new ArrayList<>();
        BinLabels text = new BinLabels(real.column(c).meta(), (hi - lo) / Math.max(1, bins));
        for (int i = 0; i < bins; i++) {
            labels.add(bins == 1 ? text.edge(lo) : text.edge(lo + (hi - lo) * i / bins) + " – "
                    + text.edge(lo + (hi - lo) * (i + 1) / bins));
        }
        return withMissing(labels, bin(real.numbers(c), lo, hi, bins), bin(syn.numbers(c), lo, hi, bins));
    }

    private static int[] bin(double[] v, double lo, double hi, int bins) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isNaN(v[i]) ? -1 : bins == 1 ? 0
                    : Math.min(bins - 1, (int) ((v[i] - lo) / (hi - lo) * bins));
        }
        return out;
    }

    /** Appends the Missing level when a value is missing (-1) in either table, and points -1 at it. */
    private static PairLevels withMissing(List<String> labels, int[] r, int[] s) {
        boolean any = Arrays.stream(r).anyMatch(x -> x < 0) || Arrays.stream(s).anyMatch(x -> x < 0);
        if (any) {
            int m = labels.size();
            labels.add(MISSING);
            Arrays.setAll(r, i -> r[i] < 0 ? m : r[i]);
            Arrays.setAll(s, i -> s[i] < 0 ? m : s[i]);
        }
        return new PairLevels(List.copyOf(labels), r, s);
    }
}
