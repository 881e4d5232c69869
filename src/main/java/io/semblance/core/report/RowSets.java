// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.model.Dataset;
import java.util.HashMap;
import java.util.Map;

/** Row-level set operations on datasets with the same columns. */
final class RowSets {
    private RowSets() {
    }

    /**
     * The rows of {@code all} minus those of {@code part} (as a multiset, by the text of the columns both share), in
     * their original order: the real table with the holdout rows set aside, whether or not they were in it.
     */
    static Dataset without(Dataset all, Dataset part) {
        int[] cols = new int[part.columnCount()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = all.indexOf(part.name(c));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < part.rowCount(); r++) {
            counts.merge(key(part, r, null), 1, Integer::sum);
        }
        int[] keep = new int[all.rowCount()];
        int k = 0;
        for (int r = 0; r < all.rowCount(); r++) {
            String key = key(all, r, cols);
            Integer n = counts.get(key);
            if (n != null && n > 0) {
                counts.put(key, n - 1);
            } else {
                keep[k++] = r;
            }
        }
        return k == all.rowCount() ? all : all.selectRows(java.util.Arrays.copyOf(keep, k));
    }

    private static String key(Dataset d, int row, int[] cols) {
        StringBuilder sb = new StringBuilder();
        int n = cols == null ? d.columnCount() : cols.length;
        for (int i = 0; i < n; i++) {
            int c = cols == null ? i : cols[i];
            String v = c < 0 ? null : d.value(row, c);
            sb.append(v == null ? "\u0000" : v).append('\u0001');
        }
        return sb.toString();
    }
}
