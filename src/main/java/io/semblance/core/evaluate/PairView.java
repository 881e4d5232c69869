// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.List;

/**
 * Plain data for looking at one column pair, real beside synthetic: a scatter sample when both columns are numeric
 * (numbers and datetimes as epoch seconds), otherwise a contingency table of shares. Built by {@link PairViews}.
 */
public sealed interface PairView permits PairView.Scatter, PairView.Contingency {

    /** The first column of the pair (x axis, or table rows). */
    String columnA();

    /** The second column of the pair (y axis, or table columns). */
    String columnB();

    /**
     * Points of two numeric columns: rows where both values are present, at most {@link PairViews#MAX_POINTS} of
     * each table drawn under the seed (in table order).
     *
     * @param realRows      real rows with both values present (the sample is drawn from these)
     * @param syntheticRows synthetic rows with both values present
     */
    record Scatter(String columnA, String columnB, double[] realX, double[] realY, double[] syntheticX,
                   double[] syntheticY, int realRows, int syntheticRows) implements PairView {
    }

    /**
     * Joint shares of all rows: {@code real[i][j]} is the share of real rows whose A value falls in
     * {@code rowLabels[i]} and B value in {@code columnLabels[j]} (each table's shares sum to 1). Categories come
     * by real frequency, the rare ones pooled as "Other (n)"; up to ten distinct whole numbers as themselves, other
     * numbers in equal-width bins over both tables' range; missing values as a last "Missing" level when there are
     * any.
     */
    record Contingency(String columnA, String columnB, List<String> rowLabels, List<String> columnLabels,
                       double[][] real, double[][] synthetic) implements PairView {
    }
}
