// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.privacy.hybrid.SensitiveMatch;

/**
 * What an evaluation with a provenance adds: the table is hybrid, and the privacy of its rows built from real records
 * is judged apart from that of its fully synthetic rows (which the report's privacy section then covers).
 *
 * @param rows          rows of the synthetic table
 * @param realBasedRows rows built from real records
 * @param note          what the real-based rows are and why the distance metrics are not shown for them
 * @param privacy       the real-based rows' verdicts (keys prefixed {@code real_based_}) and details
 * @param match         per sensitive column, how often the attached values are the records' own; null without
 *                      real-based rows
 */
public record HybridSection(int rows, int realBasedRows, String note, Section privacy, SensitiveMatch.Result match) {

    /** Rows that are fully synthetic. */
    public int syntheticRows() {
        return rows - realBasedRows;
    }

    /** Share of the rows built from real records, in [0, 1]; NaN for an empty table. */
    public double realBasedShare() {
        return rows == 0 ? Double.NaN : (double) realBasedRows / rows;
    }
}
