// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.Level;

/**
 * One column of the Compare step's list, as the engine scored it.
 *
 * @param column the column's name
 * @param type   its sdtype as metadata writes it ("numerical", "datetime", "categorical", "boolean")
 * @param metric the shape metric the engine used ("KSComplement" or "TVComplement")
 * @param score  the shape score in [0, 1], 1 when real and synthetic match
 * @param level  the verdict of the score under the default column-shape thresholds
 */
public record ColumnScoreRow(String column, String type, String metric, double score, Level level) {
}
