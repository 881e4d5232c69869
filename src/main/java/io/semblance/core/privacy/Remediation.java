// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.model.Dataset;
import java.util.stream.IntStream;

/**
 * Removes the synthetic rows that put real people at risk: those within a distance of a training row (near-copies)
 * and those that replicate a real unique combination of quasi-identifiers (see {@link RowRisks#atRisk}). The rows kept keep
 * their order; the result should be evaluated again, since every metric changes with the rows.
 */
public final class Remediation {
    /**
     * Which rows to drop.
     *
     * @param maxDistance       drop rows whose distance to the closest training row is at most this, in [0, 1]; NaN
     *                          to ignore distances
     * @param replicatedUniques drop rows that replicate a real unique
     */
    public record Criteria(double maxDistance, boolean replicatedUniques) {
        public Criteria {
            if (!Double.isNaN(maxDistance) && !(maxDistance >= 0 && maxDistance <= 1)) {
                throw new IllegalArgumentException("the distance threshold must be between 0 and 1, not "
                        + maxDistance);
            }
        }

        /** Whether distances are used. */
        public boolean byDistance() {
            return !Double.isNaN(maxDistance);
        }
    }

    /**
     * The rows kept and how many were dropped for each reason (a row can count under both).
     *
     * @param remaining the synthetic rows kept, in their order
     * @param dropped   number of rows dropped
     * @param close     rows dropped for lying within the distance
     * @param uniques   the other rows dropped, for replicating a real unique
     */
    public record Result(Dataset remaining, int dropped, int close, int uniques) {
    }

    private Remediation() {
    }

    /**
     * Drops the rows of {@code synthetic} at risk under {@code criteria}, as measured by {@code risks} on the same
     * rows; a row count that differs from the one measured throws IllegalArgumentException.
     */
    public static Result apply(Dataset synthetic, RowRisks risks, Criteria criteria) {
        if (synthetic.rowCount() != risks.rows()) {
            throw new IllegalArgumentException("the row risks were measured on " + risks.rows()
                    + " synthetic rows, not " + synthetic.rowCount());
        }
        int n = synthetic.rowCount();
        boolean[] drop = new boolean[n];
        for (int i : risks.atRisk(criteria)) {
            drop[i] = true;
        }
        int[] keep = IntStream.range(0, n).filter(i -> !drop[i]).toArray();
        int close = risks.countClose(criteria);
        int dropped = n - keep.length;
        return new Result(synthetic.selectRows(keep), dropped, close, dropped - close);
    }
}
