// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.List;

/**
 * A table prepared for evaluation: each evaluated column either numeric (numbers and datetimes as epoch
 * seconds; NaN = missing) or categorical (codes into a dictionary shared by every table encoded by the same
 * {@link TableEncoder}; -1 = missing). Column i of every table from one encoder means the same thing.
 */
public final class EncodedTable {
    private final List<TableEncoder.Column> columns;
    private final double[][] numeric;
    private final int[][] codes;
    private final int rows;

    EncodedTable(List<TableEncoder.Column> columns, double[][] numeric, int[][] codes, int rows) {
        this.columns = columns;
        this.numeric = numeric;
        this.codes = codes;
        this.rows = rows;
    }

    /**
     * A table encoded outside a {@link TableEncoder} (for models that read their own columns): numeric[c] for a
     * numeric column, codes[c] (-1 = missing) into {@code columns.get(c).categories()} for a categorical one.
     */
    public static EncodedTable of(List<TableEncoder.Column> columns, double[][] numeric, int[][] codes, int rows) {
        return new EncodedTable(List.copyOf(columns), numeric.clone(), codes.clone(), rows);
    }

    public int rows() {
        return rows;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<TableEncoder.Column> columns() {
        return columns;
    }

    public TableEncoder.Column column(int c) {
        return columns.get(c);
    }

    public boolean isNumeric(int c) {
        return columns.get(c).numeric();
    }

    /** Values of numeric column c (NaN = missing); null for a categorical column. Shared array: do not modify. */
    public double[] numbers(int c) {
        return numeric[c];
    }

    /** Codes of categorical column c (-1 = missing); null for a numeric column. Shared array: do not modify. */
    public int[] codes(int c) {
        return codes[c];
    }

    /** The table restricted to the named columns that it has, in the order named (names it lacks are skipped). */
    public EncodedTable select(List<String> names) {
        List<TableEncoder.Column> cols = new java.util.ArrayList<>();
        List<double[]> num = new java.util.ArrayList<>();
        List<int[]> code = new java.util.ArrayList<>();
        for (String name : names) {
            int c = indexOf(name);
            if (c >= 0) {
                cols.add(columns.get(c));
                num.add(numeric[c]);
                code.add(codes[c]);
            }
        }
        return new EncodedTable(List.copyOf(cols), num.toArray(new double[0][]), code.toArray(new int[0][]), rows);
    }

    /** The given rows (0-based, in the order given; repeats allowed), on the same schema. */
    public EncodedTable selectRows(int[] rowIndexes) {
        double[][] num = new double[columns.size()][];
        int[][] code = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            if (numeric[c] != null) {
                num[c] = new double[rowIndexes.length];
                for (int i = 0; i < rowIndexes.length; i++) {
                    num[c][i] = numeric[c][rowIndexes[i]];
                }
            }
            if (codes[c] != null) {
                code[c] = new int[rowIndexes.length];
                for (int i = 0; i < rowIndexes.length; i++) {
                    code[c][i] = codes[c][rowIndexes[i]];
                }
            }
        }
        return new EncodedTable(columns, num, code, rowIndexes.length);
    }

    /** Index of the column with this name, or -1. */
    public int indexOf(String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }
}
