// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys that rows have taken under some {@link Constraint.Unique} constraints of a checker. A row takes its keys
 * only when all of them are free; a row with a missing value in a unique constraint's columns takes nothing under
 * it. Not thread-safe.
 */
public final class UsedKeys {
    private final Checker checker;
    private final int[] uniques;
    private final List<Set<String>> used = new ArrayList<>();

    /** For the unique constraints among {@code indexes} (positions in the checker's list). */
    UsedKeys(Checker checker, int[] indexes) {
        this.checker = checker;
        this.uniques = java.util.Arrays.stream(indexes)
                .filter(k -> checker.constraints().get(k) instanceof Constraint.Unique).toArray();
        for (int k = 0; k < uniques.length; k++) {
            used.add(new HashSet<>());
        }
    }

    /** For every unique constraint of the checker. */
    public static UsedKeys of(Checker checker) {
        return new UsedKeys(checker, java.util.stream.IntStream.range(0, checker.constraints().size()).toArray());
    }

    /** Whether there is no unique constraint to keep. */
    public boolean isEmpty() {
        return uniques.length == 0;
    }

    /** Whether every key of the row is free. */
    public boolean free(String[] row) {
        for (int u = 0; u < uniques.length; u++) {
            String key = checker.key(uniques[u], row, false);
            if (key != null && used.get(u).contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Takes the row's keys if they are all free; returns whether it did. */
    public boolean claim(String[] row) {
        if (!free(row)) {
            return false;
        }
        for (int u = 0; u < uniques.length; u++) {
            String key = checker.key(uniques[u], row, false);
            if (key != null) {
                used.get(u).add(key);
            }
        }
        return true;
    }

    /** The unique constraints kept, quoted and comma-separated. */
    String describe() {
        List<Constraint> list = new ArrayList<>();
        for (int k : uniques) {
            list.add(checker.constraints().get(k));
        }
        return ConstrainedModel.describe(list);
    }
}
