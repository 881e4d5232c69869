// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

/**
 * One reported number with its verdict.
 *
 * @param key      stable machine key, e.g. {@code dcr_overfitting_protection} (the JSON key)
 * @param label    the name a steward reads, e.g. "DCR overfitting protection"
 * @param value    the metric's value (NaN when it cannot be computed; sentence says why)
 * @param level    the verdict under the thresholds in force
 * @param sentence one plain sentence saying what the value means for this table
 */
public record MetricResult(String key, String label, double value, Level level, String sentence) {
}
