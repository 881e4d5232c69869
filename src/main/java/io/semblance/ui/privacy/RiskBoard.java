// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.report.PrivacyReferences;
import io.semblance.core.report.PrivacyReferences.Scale;
import io.semblance.core.report.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The report's privacy section laid out for the step: cards for the distance metrics, cards for the
 * quasi-identifier metrics, and gauges for the four that a steward weighs against limits of their own.
 *
 * @param distance   cards of the distance-based metrics, in report order
 * @param disclosure cards of the quasi-identifier metrics, in report order
 * @param gauges     the gauges, empty when the quasi-identifier risks were not measured
 */
record RiskBoard(List<RiskCard> distance, List<RiskCard> disclosure, List<QiGauge> gauges) {
    /** The metrics shown as gauges, in order. */
    static final List<String> GAUGES = List.of("records_at_risk", "highest_risk", "replicated_uniques", "disco");
    private static final Set<String> DISCLOSURE = Set.of("cap", "disclosure_protection", "replicated_uniques", "disco",
            "records_at_risk", "highest_risk");
    private static final double[] PERCENT_SCALES = {10, 20, 50, 100};

    static final RiskBoard EMPTY = new RiskBoard(List.of(), List.of(), List.of());

    /** Lays out a report's privacy section; the gauges start from {@code limits}. */
    static RiskBoard of(Section privacy, Thresholds limits) {
        Map<String, QiGauge> gauges = new HashMap<>();
        for (MetricResult m : privacy.metrics()) {
            if (GAUGES.contains(m.key()) && !Double.isNaN(m.value())) {
                gauges.put(m.key(), gauge(m, PrivacyReferences.reference(m.key(), privacy).value(),
                        limits));
            }
        }
        List<RiskCard> distance = new ArrayList<>();
        List<RiskCard> disclosure = new ArrayList<>();
        for (MetricResult m : privacy.metrics()) {
            Scale scale = PrivacyReferences.scale(m.key());
            QiGauge g = gauges.get(m.key());
            RiskCard card = new RiskCard(m, RiskText.value(scale, m.value()),
                    RiskText.reference(scale, PrivacyReferences.reference(m.key(), privacy)),
                    g != null ? g.levelProperty() : new ReadOnlyObjectWrapper<Level>(m.level()).getReadOnlyProperty());
            (DISCLOSURE.contains(m.key()) ? disclosure : distance).add(card);
        }
        List<QiGauge> ordered = GAUGES.stream().filter(gauges::containsKey).map(gauges::get).toList();
        return new RiskBoard(List.copyOf(distance), List.copyOf(disclosure), ordered);
    }

    private static QiGauge gauge(MetricResult m, double reference, Thresholds limits) {
        Scale scale = PrivacyReferences.scale(m.key());
        var start = limits.get(m.key());
        double upper = 1;
        if (scale == Scale.PERCENT) {
            double need = 1.1 * Math.max(Math.max(m.value(), Double.isNaN(reference) ? 0 : reference), start.red());
            upper = 100;
            for (double s : PERCENT_SCALES) {
                if (s >= need) {
                    upper = s;
                    break;
                }
            }
        }
        return new QiGauge(m.key(), m.value(), reference, scale, upper, start);
    }
}
