// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.report.HybridSection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The evaluation's verdicts as a short table on standard error; for a hybrid table, each part's privacy apart. */
final class Summary {
    private Summary() {
    }

    static void print(EvaluationReport r, PrintWriter err) {
        HybridSection x = r.hybrid();
        if (x == null) {
            lines(err, r.verdicts());
        } else {
            err.printf(Locale.ROOT, "hybrid table: %,d of %,d rows (%.1f%%) are built from real records, %,d are fully"
                    + " synthetic%n", x.realBasedRows(), x.rows(), 100 * x.realBasedShare(), x.syntheticRows());
            lines(err, r.fidelity());
            err.printf(Locale.ROOT, "privacy of the %,d fully synthetic rows:%n", x.syntheticRows());
            lines(err, r.privacy().metrics());
            err.printf(Locale.ROOT, "privacy of the %,d rows built from real records:%n", x.realBasedRows());
            err.println("       " + x.note());
            lines(err, x.privacy().metrics());
            lines(err, r.utility().metrics());
        }
        err.printf(Locale.ROOT, "evaluated in %.1f s%n", r.seconds());
        err.flush();
    }

    private static void lines(PrintWriter err, List<MetricResult> metrics) {
        for (MetricResult m : metrics) {
            err.printf(Locale.ROOT, "%-6s %-34s %10s  %s%n", m.level().name().toLowerCase(Locale.ROOT), m.label(),
                    Double.isNaN(m.value()) ? "n/a" : String.format(Locale.ROOT, "%.4f", m.value()), m.sentence());
        }
    }
}
