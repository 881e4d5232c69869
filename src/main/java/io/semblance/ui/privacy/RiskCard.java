// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * One privacy verdict of the report as a card: the metric's name, its value beside its reference, the verdict and the
 * engine's sentence. The verdict is the report's, or, for a metric with a gauge, the gauge's under the limits chosen.
 *
 * @param metric    the report's result
 * @param value     the value as written
 * @param reference the reference as written (what holdout rows or the real data score)
 * @param level     the verdict shown
 */
public record RiskCard(MetricResult metric, String value, String reference, ReadOnlyObjectProperty<Level> level) {

    /** The metric's stable key, e.g. {@code dcr_share}. */
    public String key() {
        return metric.key();
    }
}
