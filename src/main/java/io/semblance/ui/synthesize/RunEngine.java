// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.InputFile;
import io.semblance.core.report.RunEvaluation;
import io.semblance.core.synth.SynthesisPlan;
import io.semblance.core.synth.SynthesisResult;
import io.semblance.ui.common.BackgroundJobs;
import java.time.Duration;
import java.util.List;

/** What Generate asks of the engine: synthesize, then evaluate, as one job. Tests may wrap it. */
@FunctionalInterface
public interface RunEngine {
    /** Share of the progress bar given to synthesis; the evaluation takes the rest. */
    double SYNTHESIS_SHARE = 0.4;

    /** The synthetic rows, their evaluation and the wall time of both. */
    record Outcome(SynthesisResult result, RunEvaluation.Result evaluation, Duration elapsed) {
    }

    /** Synthesizes {@code data} by {@code plan} and evaluates the rows made, judged under {@code limits}. */
    Outcome run(SynthesisPlan plan, Dataset data, Metadata meta, Thresholds limits, List<InputFile> files,
                ProgressListener progress, Cancellation cancel) throws Exception;

    /**
     * The engine itself: {@link SynthesisPlan#execute} on every core, then {@link RunEvaluation#evaluate} on at most
     * {@link RunEvaluation#DEFAULT_MAX_ROWS} rows per table, seeded by the run's seed, under the limits given.
     */
    static RunEngine standard(String version) {
        return (plan, data, meta, limits, files, progress, cancel) -> {
            long start = System.nanoTime();
            SynthesisResult r = plan.execute(data, meta, Runtime.getRuntime().availableProcessors(),
                    BackgroundJobs.part(progress, 0, SYNTHESIS_SHARE), cancel);
            RunEvaluation.Result e = RunEvaluation.evaluate(r.training(), r.synthetic(), r.holdout(), meta, limits,
                    plan.seed(), RunEvaluation.DEFAULT_MAX_ROWS, files, version,
                    BackgroundJobs.part(progress, SYNTHESIS_SHARE, 1), cancel);
            return new Outcome(r, e, Duration.ofNanos(System.nanoTime() - start));
        };
    }
}
