// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.privacy.Remediation;
import io.semblance.core.privacy.RowRisks;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.time.Duration;
import java.util.List;

/** A new run made from another by dropping its rows at risk, evaluated again as the original was. */
final class RemediatedRun {
    private RemediatedRun() {
    }

    /**
     * Drops the rows of {@code source} at risk under {@code criteria} (measured in {@code risks}) and evaluates what
     * remains against the same training and holdout rows with the same roles, target, seed and risk threshold, under
     * {@code limits}: the thresholds in force on the Privacy step when the steward remediated, which the run keeps.
     * The run gets {@code number}, no model (its rows come from no model) and an origin naming the source and the cut.
     */
    static Run make(Run source, RowRisks risks, Remediation.Criteria criteria, Thresholds limits, int number,
                    ProgressListener progress, Cancellation cancel) {
        long start = System.nanoTime();
        progress.progress(0, Messages.get("privacy.remediating"));
        Remediation.Result cut = Remediation.apply(source.synthetic(), risks, criteria);
        EvaluationReport old = source.report();
        EvaluationReport.Settings s = old.settings();
        EvaluationReport report = Evaluation.run(new Evaluation.Request(source.training(), cut.remaining(),
                source.holdout(), source.metadata(), s.qi(), s.sensitive(), s.target(), s.seed(), s.tau(),
                limits), old.files().stream().filter(f -> !f.role().equals("synthetic")).toList(),
                s.version(), BackgroundJobs.part(progress, 0.05, 1), cancel);
        return new Run(number, source.settings(), source.metadata(), source.training(), source.holdout(),
                cut.remaining(), null, report, Duration.ofNanos(System.nanoTime() - start), List.of(),
                origin(source.number(), cut, criteria), limits);
    }

    /** "from run 2: dropped 40 rows within 0.0100 of a training row", and the like for uniques or both. */
    static String origin(int from, Remediation.Result cut, Remediation.Criteria c) {
        if (cut.uniques() == 0 && c.byDistance()) {
            return Messages.get("privacy.origin.close", from, cut.dropped(), c.maxDistance());
        }
        if (cut.close() == 0) {
            return Messages.get("privacy.origin.uniques", from, cut.dropped());
        }
        return Messages.get("privacy.origin.both", from, cut.dropped(), cut.close(), c.maxDistance(), cut.uniques());
    }
}
