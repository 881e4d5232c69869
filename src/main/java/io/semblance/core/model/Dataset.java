// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An imported table held column by column as text exactly as read (null = missing value).
 * Immutable once built; warnings record what the reader changed (for example renamed columns).
 */
public final class Dataset {
    private final String source;
    private final List<String> names;
    private final String[][] columns;
    private final int rows;
    private final List<String> warnings;

    /** @param columns one array per column, all of the same length; null entries are missing values */
    public Dataset(String source, List<String> names, String[][] columns, List<String> warnings) {
        if (names.size() != columns.length) {
            throw new IllegalArgumentException(names.size() + " names for " + columns.length + " columns");
        }
        this.rows = columns.length == 0 ? 0 : columns[0].length;
        for (String[] c : columns) {
            if (c.length != rows) {
                throw new IllegalArgumentException("columns differ in length");
            }
        }
        this.source = source;
        this.names = List.copyOf(names);
        this.columns = columns;
        this.warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** Builds a dataset from rows (each String[] one row); used by readers and tests. */
    public static Dataset ofRows(String source, List<String> names, List<String[]> rows, List<String> warnings) {
        String[][] cols = new String[names.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < cols.length; c++) {
                cols[c][r] = row[c];
            }
        }
        return new Dataset(source, names, cols, warnings);
    }

    /** Where the data came from (file name), or a label. */
    public String source() {
        return source;
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    public String name(int column) {
        return names.get(column);
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The column's values; the array is shared, callers must not modify it. */
    public String[] column(int column) {
        return columns[column];
    }

    public String value(int row, int column) {
        return columns[column][row];
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Share of all cells that are missing, in [0,1]; 0 for a table without cells. */
    public double missingShare() {
        long cells = (long) rows * columns.length;
        if (cells == 0) {
            return 0;
        }
        long missing = 0;
        for (String[] column : columns) {
            for (String v : column) {
                if (v == null) {
                    missing++;
                }
            }
        }
        return (double) missing / cells;
    }

    /** A dataset with only the given rows, in the given order. */
    public Dataset selectRows(int[] rowIndexes) {
        String[][] out = new String[columns.length][rowIndexes.length];
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0; i < rowIndexes.length; i++) {
                out[c][i] = columns[c][rowIndexes[i]];
            }
        }
        return new Dataset(source, names, out, warnings);
    }

    @Override
    public String toString() {
        return Objects.toString(source, "dataset") + " (" + rows + " rows x " + names.size() + " columns)";
    }

    /** Makes names non-blank and unique, appending _2, _3…; each change is described in warnings. */
    public static List<String> uniqueNames(List<String> raw, List<String> warnings) {
        List<String> out = new ArrayList<>(raw.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String n = raw.get(i) == null ? "" : raw.get(i).strip();
            String base = n;
            if (n.isEmpty()) {
                base = "column_" + (i + 1);
                n = base;
                warnings.add("column " + (i + 1) + " has no name; called it \"" + n + "\"");
            }
            if (!seen.add(n)) {
                int k = 2;
                while (!seen.add(base + "_" + k)) {
                    k++;
                }
                String renamed = base + "_" + k;
                warnings.add("column " + (i + 1) + " repeats the name \"" + base + "\"; renamed it \"" + renamed + "\"");
                n = renamed;
            }
            out.add(n);
        }
        return out;
    }
}
