// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.constraints.ConstrainedModel;
import io.semblance.core.synth.constraints.Constraint;
import io.semblance.core.synth.constraints.Constraints;
import io.semblance.core.synth.hybrid.HybridSynthesis;
import io.semblance.core.synth.output.DatasetSampler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs a checked {@link SynthesisPlan}: holdout, fit, conditions and constraints, drawing in memory. */
final class PlanExecution {
    /** Share of the progress bar given to fitting; drawing (and for hybrid, pairing) takes the rest. */
    private static final double FIT = 0.5;

    private PlanExecution() {
    }

    static SynthesisResult run(SynthesisPlan p, Dataset data, Metadata meta, int threads, ProgressListener progress,
                               Cancellation cancel) throws IOException {
        List<String> notes = new ArrayList<>();
        Dataset training = data;
        Dataset holdout = null;
        if (p.holdoutShare() > 0) {
            Holdout split = Holdout.split(data, p.holdoutShare(), p.seed());
            training = split.training();
            holdout = split.holdout();
        }
        if (p.strategy() != Strategy.FULL && !meta.constraints().isEmpty()) {
            notes.add("The metadata's constraints apply to full synthesis only; they were not used here");
        }
        cancel.check();
        ProgressListener fitting = part(progress, 0, FIT);
        ProgressListener drawing = part(progress, FIT, 1);
        long n = p.outputRows(data.rowCount());
        SynthesisResult r = switch (p.strategy()) {
            case FULL -> full(p, meta, training, holdout, n, threads, fitting, drawing, cancel, notes);
            case PARTIAL -> {
                FittedModel m = Synthesis.partial(p.model(), training, meta, p.sensitive(), p.seed(), p.locale(),
                        p.cart(), fitting, cancel);
                Dataset out = DatasetSampler.draw(m, training.rowCount(), p.seed(), threads, drawing, cancel);
                yield new SynthesisResult(training, holdout, out, m, m, null, notes);
            }
            case HYBRID -> {
                FittedModel m = Synthesis.fit(p.model(), training, meta, p.seed(), p.locale(), p.cart(), fitting,
                        cancel);
                HybridSynthesis.Result h = HybridSynthesis.build(m, training, meta, p.sensitive(), p.realShare(), n,
                        p.seed(), threads, drawing, cancel);
                notes.add(String.format(Locale.ROOT, "%,d of the %,d rows were built from real records, with"
                        + " generated values in the sensitive columns; the rest are fully generated", h.hybridRows(), n));
                yield new SynthesisResult(training, holdout, h.table(), m, m, h.realRow(), notes);
            }
        };
        progress.progress(1, "Synthetic rows ready");
        return r;
    }

    private static SynthesisResult full(SynthesisPlan p, Metadata meta, Dataset training, Dataset holdout, long n,
                                        int threads, ProgressListener fitting, ProgressListener drawing,
                                        Cancellation cancel, List<String> notes) throws IOException {
        List<Constraint> constraints = PlanChecks.constraints(p, meta);
        Constraints.Checker checker = null;
        if (!constraints.isEmpty()) {
            checker = Constraints.bind(constraints, meta, training);
            for (Constraints.Violations v : checker.violations(training)) {
                notes.add(v.describe() + "; no generated row does");
            }
        }
        FittedModel fitted = Synthesis.fit(p.model(), training, meta, p.seed(), p.locale(), p.cart(), fitting, cancel);
        FittedModel sampler = Synthesis.conditioned(fitted, p.conditions(), p.rebalance());
        if (checker != null) {
            sampler = new ConstrainedModel(sampler, checker);
        }
        Dataset out = DatasetSampler.draw(sampler, n, p.seed(), threads, drawing, cancel);
        return new SynthesisResult(training, holdout, out, fitted, sampler, null, notes);
    }

    /** A listener reporting into [from, to] of the parent's range. */
    static ProgressListener part(ProgressListener parent, double from, double to) {
        return (f, m) -> parent.progress(f < 0 ? -1 : from + Math.min(1, f) * (to - from), m);
    }
}
