// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table grouped by their values in some columns, compared exactly (numbers by value, categories by
 * code; missing equals missing). Finds the group of a row of another table from the same encoder in constant time.
 */
final class RowGroups {
    private final EncodedTable table;
    private final int[] columns;
    private final Map<Long, List<Integer>> byHash = new HashMap<>();
    private final List<int[]> groups = new ArrayList<>();

    RowGroups(EncodedTable table, int[] columns) {
        this(table, columns, Cancellation.NEVER);
    }

    /** Groups the rows, checking for cancellation every 4,096 rows. */
    RowGroups(EncodedTable table, int[] columns, Cancellation cancel) {
        this.table = table;
        this.columns = columns.clone();
        List<List<Integer>> members = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            if ((r & 0xFFF) == 0) {
                cancel.check();
            }
            int g = find(table, r, members);
            if (g < 0) {
                g = members.size();
                members.add(new ArrayList<>());
                byHash.computeIfAbsent(hash(table, r), h -> new ArrayList<>(1)).add(g);
            }
            members.get(g).add(r);
        }
        for (List<Integer> m : members) {
            groups.add(m.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Number of groups. */
    int size() {
        return groups.size();
    }

    /** The rows of group g, ascending. */
    int[] group(int g) {
        return groups.get(g);
    }

    /** The group whose rows equal row r of t on the columns, or -1. */
    int find(EncodedTable t, int r) {
        List<Integer> candidates = byHash.get(hash(t, r));
        if (candidates != null) {
            for (int g : candidates) {
                if (equal(t, r, table, groups.get(g)[0])) {
                    return g;
                }
            }
        }
        return -1;
    }

    private int find(EncodedTable t, int r, List<List<Integer>> members) {
        List<Integer> candidates = byHash.get(hash(t, r));
        if (candidates != null) {
            for (int g : candidates) {
                if (equal(t, r, table, members.get(g).get(0))) {
                    return g;
                }
            }
        }
        return -1;
    }

    private long hash(EncodedTable t, int r) {
        long h = 0x9E3779B97F4A7C15L;
        for (int c : columns) {
            long v;
            if (t.isNumeric(c)) {
                double x = t.numbers(c)[r];
                v = Double.isNaN(x) ? 0x7ff8000000000000L : Double.doubleToLongBits(x == 0 ? 0.0 : x);
            } else {
                v = t.codes(c)[r];
            }
            h = (h ^ v) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    private boolean equal(EncodedTable a, int i, EncodedTable b, int j) {
        for (int c : columns) {
            if (a.isNumeric(c)) {
                double x = a.numbers(c)[i];
                double y = b.numbers(c)[j];
                if (x != y && !(Double.isNaN(x) && Double.isNaN(y))) {
                    return false;
                }
            } else if (a.codes(c)[i] != b.codes(c)[j]) {
                return false;
            }
        }
        return true;
    }
}
