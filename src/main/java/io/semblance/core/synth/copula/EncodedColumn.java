// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.HashMap;
import java.util.Map;

/** A column's text turned into integer codes of its distinct values (missing is a value of its own). */
final class EncodedColumn {
    final int[] codes;
    final String[] distinct;
    final int[] counts;

    private EncodedColumn(int[] codes, String[] distinct, int[] counts) {
        this.codes = codes;
        this.distinct = distinct;
        this.counts = counts;
    }

    static EncodedColumn of(String[] values) {
        Map<String, Integer> index = new HashMap<>();
        int[] codes = new int[values.length];
        int nullCode = -1;
        java.util.List<String> distinct = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            int c;
            if (v == null) {
                if (nullCode < 0) {
                    nullCode = distinct.size();
                    distinct.add(null);
                }
                c = nullCode;
            } else {
                Integer k = index.get(v);
                if (k == null) {
                    k = distinct.size();
                    index.put(v, k);
                    distinct.add(v);
                }
                c = k;
            }
            codes[i] = c;
        }
        int[] counts = new int[distinct.size()];
        for (int c : codes) {
            counts[c]++;
        }
        return new EncodedColumn(codes, distinct.toArray(new String[0]), counts);
    }

    int cardinality() {
        return distinct.length;
    }

    /** For each of this column's codes, the other column's code it always goes with, or null if it varies. */
    int[] functionTo(EncodedColumn other) {
        int[] map = new int[distinct.length];
        java.util.Arrays.fill(map, -1);
        for (int i = 0; i < codes.length; i++) {
            int a = codes[i];
            int b = other.codes[i];
            if (map[a] < 0) {
                map[a] = b;
            } else if (map[a] != b) {
                return null;
            }
        }
        return map;
    }
}
