// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.MetricResult;
import java.util.List;
import java.util.Map;

/**
 * One axis of a report (privacy, utility…): its metrics with verdicts, and extra details as plain values
 * (numbers, strings, lists and maps of them; null where not computable) that the JSON report includes as they are.
 */
public record Section(List<MetricResult> metrics, Map<String, Object> details) {
    public static final Section EMPTY = new Section(List.of(), Map.of());

    public Section {
        metrics = List.copyOf(metrics);
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
