// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.synth.Seeds;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How a comparison of two tables is made like for like by drawing the larger down: a metric that sets a figure
 * measured with one table beside the same figure measured with another is biased when the tables differ in size (a
 * synthetic row is naturally closer to a bigger table, and matches more of its rows by chance). The larger of the two
 * is then replaced by a seeded random subsample of it with exactly as many rows as the smaller. Used where no rule
 * takes chance out of the figure (NNDR, the exact-match comparison; see {@link DistancePrivacy}).
 *
 * @param table   name of the table drawn down ("training", "holdout"), or null when the sizes are (about) equal
 * @param rows    rows kept (the other table's size)
 * @param of      rows of the table drawn down
 * @param keep    indexes of the rows kept, ascending; null when nothing is drawn down
 * @param matched name of the table whose size is matched
 */
public record SizeMatch(String table, int rows, int of, int[] keep, String matched) {
    /** Size difference, in percent of the larger table, below which nothing is drawn. */
    public static final int TOLERANCE_PERCENT = 1;
    private static final long PURPOSE = 0xD5C3L;
    private static final String HOLDOUT_NAME = "holdout";

    /**
     * The rows of whichever of {@code first} ({@code firstRows} rows) and {@code second} is larger to keep so that
     * both have the smaller one's size; {@code stream} keeps the draws of different comparisons independent. Sizes
     * within {@value #TOLERANCE_PERCENT}% of the larger (a half split of an odd number of rows) count as equal: the
     * bias is nil and the draw would cost a search.
     */
    public static SizeMatch of(String first, int firstRows, String second, int secondRows, long seed, long stream) {
        if ((long) Math.abs(firstRows - secondRows) * 100 <= (long) Math.max(firstRows, secondRows)
                * TOLERANCE_PERCENT) {
            return new SizeMatch(null, firstRows, firstRows, null, second);
        }
        boolean firstLarger = firstRows > secondRows;
        int n = firstLarger ? firstRows : secondRows;
        int k = firstLarger ? secondRows : firstRows;
        return new SizeMatch(firstLarger ? first : second, k, n, draw(n, k, Seeds.stream(seed, PURPOSE, stream)),
                firstLarger ? second : first);
    }

    /** Whether a table is drawn down. */
    public boolean drawn() {
        return keep != null;
    }

    /** Whether {@code name} is the table drawn down. */
    public boolean draws(String name) {
        return drawn() && table.equals(name);
    }

    /** {@code t} itself when it is not the table {@code name} drawn down, else the rows kept of it. */
    public EncodedTable apply(String name, EncodedTable t) {
        return draws(name) ? t.selectRows(keep) : t;
    }

    /** "6,512 training rows drawn at random to match the holdout's size"; null when nothing is drawn down. */
    public String phrase() {
        return drawn() ? Wording.format("%s %s rows drawn at random to match the %s size", Wording.count(rows), table,
                owner(matched)) : null;
    }

    /** "For NNDR, 6,512 of the 26,049 training rows were drawn at random to match the holdout's size." with the
     * metrics named as given; null when nothing is drawn down. */
    public String note(String metrics) {
        return drawn() ? Wording.format("For %s, %s of the %s %s rows were drawn at random to match the %s size.",
                metrics, Wording.count(rows), Wording.count(of), table, owner(matched)) : null;
    }

    private static String owner(String name) {
        return name.equals(HOLDOUT_NAME) ? "holdout's" : name + " table's";
    }

    /** {@code k} of the indexes 0..n-1 (k ≤ n), drawn without replacement (partial Fisher-Yates), ascending. */
    public static int[] draw(int n, int k, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        int[] keep = Arrays.copyOf(idx, k);
        Arrays.sort(keep);
        return keep;
    }
}
