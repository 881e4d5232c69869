// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.RunEvaluation;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of a workbench run on adult: execute a full copula plan with a 20% holdout and evaluate it, for
 * {@code args[0]} synthetic rows (default 32,561; try 1000000). Not a unit test: run it by hand with the test class
 * path, e.g. {@code java -cp target/classes:target/test-classes:<dependencies> io.semblance.core.synth.PlanTiming}.
 */
public final class PlanTiming {
    private PlanTiming() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 32_561;
        String model = args.length > 1 ? args[1] : "copula";
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        Metadata meta = Synthesis.detect(adult, ProgressListener.NONE, Cancellation.NEVER);
        SynthesisPlan p = SynthesisPlan.full(model, 1, Locale.US);
        p = new SynthesisPlan(p.strategy(), p.model(), rows, 1, 0.2, List.of(), 0, List.of(), null, List.of(),
                p.cart(), p.locale());
        long t0 = System.nanoTime();
        SynthesisResult r = p.execute(adult, meta, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE,
                Cancellation.NEVER);
        long t1 = System.nanoTime();
        RunEvaluation.Result e = RunEvaluation.evaluate(r.training(), r.synthetic(), r.holdout(), meta, 1,
                RunEvaluation.DEFAULT_MAX_ROWS, List.of(), "timing", ProgressListener.NONE, Cancellation.NEVER);
        long t2 = System.nanoTime();
        System.out.printf("%s, %,d rows: synthesis %.1f s, evaluation %.1f s (quality %.3f) %s%n", model, rows,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, e.report().quality().score(), e.notes());
    }
}
