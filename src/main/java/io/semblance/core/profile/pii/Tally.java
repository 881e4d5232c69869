// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column's values as its distinct values (in order of first appearance) with how often each occurs, so that a test
 * of one value is run once per distinct value and counted as many times as the value occurs.
 *
 * @param values the distinct values
 * @param counts how often each occurs (same length)
 * @param total  the number of values, the sum of the counts
 */
record Tally(List<String> values, int[] counts, int total) {

    /** The tally of a list of values (duplicates allowed). */
    static Tally of(List<String> all) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String v : all) {
            seen.merge(v, 1, Integer::sum);
        }
        int[] counts = new int[seen.size()];
        int i = 0;
        for (int c : seen.values()) {
            counts[i++] = c;
        }
        return new Tally(new ArrayList<>(seen.keySet()), counts, all.size());
    }

    /** Values that are already distinct, each counted once. */
    static Tally ofDistinct(List<String> distinct) {
        int[] ones = new int[distinct.size()];
        java.util.Arrays.fill(ones, 1);
        return new Tally(distinct, ones, distinct.size());
    }

    int size() {
        return values.size();
    }

    String value(int i) {
        return values.get(i);
    }

    int count(int i) {
        return counts[i];
    }
}
