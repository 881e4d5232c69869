// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a set of columns (quasi-identifiers, or sensitive attributes) into one tuple key per row, comparable
 * across every table coded by the same instance.
 *
 * <p>Each column value first becomes a small code, 0 always meaning missing. A categorical column's code is its
 * shared dictionary code + 1. A numeric column (numbers, datetimes) is cut into {@value #BINS} equal-width bins
 * of the <em>real</em> (training) column's range, as SDMetrics' DisclosureProtection does with pandas
 * {@code cut}: bins are closed on the right, the first bin takes the minimum, and values below or above the real
 * range fall into the first or last bin; bin b (0-based) has code b + 1. The edges come from the training table
 * only, so the same value gets the same code in the real, synthetic and holdout tables.
 */
public final class QiCoding {
    /** Number of equal-width bins for a numeric column. */
    public static final int BINS = 10;

    /** Tuple keys of several tables: {@code keys[t][row]} in [0, {@code distinct}), equal exactly when the tuples are. */
    public record Keys(int[][] keys, int distinct) {
    }

    private final List<String> names;
    private final int[] index;
    private final double[][] edges;
    private final int[] radix;
    private final List<TableEncoder.Column> schema;

    private QiCoding(List<String> names, int[] index, double[][] edges, int[] radix, List<TableEncoder.Column> schema) {
        this.names = List.copyOf(names);
        this.index = index;
        this.edges = edges;
        this.radix = radix;
        this.schema = schema;
    }

    /**
     * A coding of the named columns with numeric bin edges from {@code train}; unknown names throw
     * IllegalArgumentException naming them; an empty list is allowed (every row then has the same key).
     */
    public static QiCoding of(EncodedTable train, List<String> columns) {
        List<String> unknown = new ArrayList<>();
        int[] index = new int[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            index[j] = train.indexOf(columns.get(j));
            if (index[j] < 0) {
                unknown.add(columns.get(j));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no evaluated column named " + String.join(", ", unknown));
        }
        double[][] edges = new double[columns.size()][];
        int[] radix = new int[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            int c = index[j];
            if (train.isNumeric(c)) {
                edges[j] = innerEdges(train.numbers(c));
                radix[j] = BINS + 1;
            } else {
                radix[j] = train.column(c).categories().size() + 1;
            }
        }
        return new QiCoding(columns, index, edges, radix, train.columns());
    }

    /**
     * The {@value #BINS} − 1 inner edges of equal-width bins over the non-missing values (pandas {@code cut}
     * with an integer bin count: a constant column is widened by 0.1% of its value, or by 0.001 around 0);
     * null when every value is missing.
     */
    static double[] innerEdges(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return null;
        }
        if (min == max) {
            double adj = min == 0 ? 0.001 : 0.001 * Math.abs(min);
            min -= adj;
            max += adj;
        }
        double step = (max - min) / BINS;
        double[] inner = new double[BINS - 1];
        for (int k = 1; k < BINS; k++) {
            inner[k - 1] = k * step + min;
        }
        return inner;
    }

    /** The coded columns, in the order given. */
    public List<String> columns() {
        return names;
    }

    /** Number of possible codes of coded column j (0 = missing included). */
    public int radix(int j) {
        return radix[j];
    }

    /** Per-row codes of coded column j in {@code table}: 0 = missing, else category code + 1 or bin + 1. */
    public int[] codes(EncodedTable table, int j) {
        checkSchema(table);
        int c = index[j];
        int n = table.rows();
        int[] out = new int[n];
        if (table.isNumeric(c)) {
            double[] x = table.numbers(c);
            for (int r = 0; r < n; r++) {
                out[r] = binCode(edges[j], x[r]);
            }
        } else {
            int[] k = table.codes(c);
            for (int r = 0; r < n; r++) {
                out[r] = k[r] + 1;
            }
        }
        return out;
    }

    /** Code of one numeric value under the given inner edges: 0 for NaN, else 1 + number of edges below it. */
    static int binCode(double[] inner, double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (inner == null) {
            return 1;
        }
        int b = 0;
        while (b < inner.length && inner[b] < x) {
            b++;
        }
        return b + 1;
    }

    /** Number of distinct codes of coded column j in {@code table}, missing counted as a value (pandas nunique(dropna=False)). */
    public int distinct(EncodedTable table, int j) {
        boolean[] seen = new boolean[radix[j]];
        int count = 0;
        for (int code : codes(table, j)) {
            if (!seen[code]) {
                seen[code] = true;
                count++;
            }
        }
        return count;
    }

    /** Dense tuple keys over all coded columns for each table, comparable across the tables; O(total rows). */
    public Keys keys(EncodedTable... tables) {
        long[][] acc = new long[tables.length][];
        for (int t = 0; t < tables.length; t++) {
            acc[t] = new long[tables[t].rows()];
        }
        long bound = 1;
        for (int j = 0; j < index.length; j++) {
            if (bound > Long.MAX_VALUE / radix[j]) {
                bound = densify(acc).distinct();
            }
            for (int t = 0; t < tables.length; t++) {
                int[] code = codes(tables[t], j);
                long[] a = acc[t];
                for (int r = 0; r < a.length; r++) {
                    a[r] = a[r] * radix[j] + code[r];
                }
            }
            bound *= radix[j];
        }
        return densify(acc);
    }

    /** Replaces each long key by a dense id (first-seen order) shared across tables; returns the int version. */
    private static Keys densify(long[][] acc) {
        int total = 0;
        for (long[] a : acc) {
            total += a.length;
        }
        Map<Long, Integer> ids = new HashMap<>(Math.max(16, total * 2));
        int[][] out = new int[acc.length][];
        for (int t = 0; t < acc.length; t++) {
            long[] a = acc[t];
            int[] o = new int[a.length];
            for (int r = 0; r < a.length; r++) {
                Integer id = ids.putIfAbsent(a[r], ids.size());
                o[r] = id == null ? ids.size() - 1 : id;
                a[r] = o[r];
            }
            out[t] = o;
        }
        return new Keys(out, ids.size());
    }

    private void checkSchema(EncodedTable table) {
        if (table.columns() != schema && !table.columns().equals(schema)) {
            throw new IllegalArgumentException("tables must come from the same TableEncoder as the training table");
        }
    }
}
