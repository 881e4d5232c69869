// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.report.EvaluationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The evaluation's verdicts as a short table on standard error. */
final class Summary {
    private Summary() {
    }

    static void print(EvaluationReport r, PrintWriter err) {
        for (List<MetricResult> list : List.of(r.fidelity(), r.privacy().metrics(), r.utility().metrics())) {
            for (MetricResult m : list) {
                err.printf(Locale.ROOT, "%-6s %-34s %10s  %s%n", m.level().name().toLowerCase(Locale.ROOT), m.label(),
                        Double.isNaN(m.value()) ? "n/a" : String.format(Locale.ROOT, "%.4f", m.value()), m.sentence());
            }
        }
        err.printf(Locale.ROOT, "evaluated in %.1f s%n", r.seconds());
        err.flush();
    }
}
