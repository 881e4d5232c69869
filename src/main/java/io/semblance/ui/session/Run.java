// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.session;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.synth.FittedModel;
import java.time.Duration;
import java.util.List;

/**
 * One finished synthesis run, kept so runs can be compared: what was asked, what the model learned from, what it
 * produced and how the engine judged it.
 *
 * @param number    1 for the session's first run, then 2, 3…
 * @param settings  what the steward chose
 * @param metadata  the column types and roles the run used
 * @param training  the real rows the model learned from (the table without the holdout)
 * @param holdout   real rows set aside, never seen by the model; null when the run kept none
 * @param synthetic the rows produced
 * @param model     the fitted model (for export); null for a run derived from another, e.g. by remediation
 * @param report    the engine's evaluation of {@code synthetic} against {@code training} and {@code holdout}
 * @param elapsed   wall time of fitting, sampling and evaluating
 * @param notes     what the engine reported along the way (real rows breaking a constraint…), one sentence each
 * @param origin    for a derived run, the number of the run it came from and what was done, else null
 * @param thresholds the verdict thresholds {@code report} was judged with: the session's limits when the run was
 *                  made (see {@link Session#limitsProperty()}), which the steward sets on the Privacy step
 */
public record Run(int number, RunSettings settings, Metadata metadata, Dataset training, Dataset holdout,
                  Dataset synthetic, FittedModel model, EvaluationReport report, Duration elapsed, List<String> notes,
                  String origin, Thresholds thresholds) {
    public Run {
        notes = List.copyOf(notes);
        if (thresholds == null) {
            throw new IllegalArgumentException("a run needs the thresholds its report was judged with");
        }
    }

    /** A run whose report was judged with the default thresholds. */
    public Run(int number, RunSettings settings, Metadata metadata, Dataset training, Dataset holdout,
               Dataset synthetic, FittedModel model, EvaluationReport report, Duration elapsed, List<String> notes,
               String origin) {
        this(number, settings, metadata, training, holdout, synthetic, model, report, elapsed, notes, origin,
                Thresholds.defaults());
    }
}
