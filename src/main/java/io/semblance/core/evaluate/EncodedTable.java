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
