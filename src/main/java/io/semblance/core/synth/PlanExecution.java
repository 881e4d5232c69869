// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.constraints.ConstraintSet;
import io.semblance.core.synth.constraints.Violations;
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
        ConstraintSet limits = ConstraintSet.of(PlanChecks.constraints(p, meta), meta, training);
        for (Violations v : limits.violations()) {
            notes.add(v.describe() + "; no generated row does");
        }
        cancel.check();
        ProgressListener fitting = part(progress, 0, FIT);
        ProgressListener drawing = part(progress, FIT, 1);
        long n = p.outputRows(data.rowCount());
        SynthesisResult r = switch (p.strategy()) {
            case FULL -> {
                FittedModel fitted = limits.fit(p.model(), p.seed(), p.locale(), p.cart(), fitting, cancel);
                FittedModel sampler = limits.full(Synthesis.conditioned(fitted, p.conditions(), p.rebalance()));
                Dataset out = DatasetSampler.draw(sampler, n, p.seed(), threads, drawing, cancel);
                yield new SynthesisResult(training, holdout, out, limits.full(fitted), sampler, null, notes);
            }
            case PARTIAL -> {
                ConstraintSet.Partial m = limits.partial(p.model(), p.sensitive(), p.seed(), p.locale(), p.cart(),
                        fitting, cancel);
                for (Violations v : limits.violations()) {
                    if (m.unenforced().contains(v.constraint())) {
                        notes.add("\"" + v.constraint().text() + "\" reads only kept columns, so the real rows"
                                + " breaking it are kept as they are");
                    }
                }
                Dataset out = DatasetSampler.draw(m.model(), training.rowCount(), p.seed(), threads, drawing, cancel);
                yield new SynthesisResult(training, holdout, out, m.model(), m.model(), null, notes);
            }
            case HYBRID -> {
                FittedModel fitted = limits.fit(p.model(), p.seed(), p.locale(), p.cart(), fitting, cancel);
                FittedModel m = limits.full(fitted);
                HybridSynthesis.Result h = HybridSynthesis.build(m, training, meta, p.sensitive(), p.realShare(), n,
                        p.seed(), threads, limits.checker(), drawing, cancel);
                notes.add(String.format(Locale.ROOT, "%,d of the %,d rows were built from real records, with"
                        + " generated values in the sensitive columns; the rest are fully generated", h.hybridRows(), n));
                yield new SynthesisResult(training, holdout, h.table(), m, m, h.realRow(), notes);
            }
        };
        progress.progress(1, "Synthetic rows ready");
        return r;
    }

    /** A listener reporting into [from, to] of the parent's range. */
    static ProgressListener part(ProgressListener parent, double from, double to) {
        return (f, m) -> parent.progress(f < 0 ? -1 : from + Math.min(1, f) * (to - from), m);
    }
}
