// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.model.Dataset;
import java.util.Arrays;

/**
 * Wall time of a full {@link Utility#evaluate} on adult: T = 16,000 real rows, S = another 16,000 real rows with
 * every column shuffled independently, H = the remaining rows, target income. Not a unit test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<dependencies> io.semblance.core.evaluate.utility.UtilityTiming}.
 */
public final class UtilityTiming {
    private UtilityTiming() {
    }

    /** Runs the evaluation {@code args[0]} times (default 2) and prints each wall time and the results. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        long t0 = System.nanoTime();
        TestTables.Sample adult = TestTables.Sample.adult();
        int[] order = adult.shuffledRows(7);
        Dataset t = adult.data().selectRows(Arrays.copyOfRange(order, 0, 16_000));
        Dataset s = adult.shuffledColumns(Arrays.copyOfRange(order, 16_000, 32_000), 11);
        Dataset h = adult.data().selectRows(Arrays.copyOfRange(order, 32_000, order.length));
        EncodedTable[] e = adult.encode(t, s, h);
        System.out.printf("load and encode: %.2f s (%d cores)%n", (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            UtilityReport r = Utility.evaluate(e[0], e[1], e[2], "income", Thresholds.defaults(), 42,
                    (f, m) -> { }, Cancellation.NEVER);
            System.out.printf("run %d: Utility.evaluate %.2f s; AUC %.4f pMSE %.5f null %.5f S_pMSE %.2f%n", run + 1,
                    (System.nanoTime() - start) / 1e9, r.auc(), r.pmse(), r.nullPmse(), r.sPmse());
            MlEfficacy.Result m = r.mlEfficacy();
            System.out.printf("  ML: %s S %.4f T %.4f ratio %.3f acc %.4f/%.4f macroF1 %.4f/%.4f (H %d rows)%n",
                    m.scoreName(), m.scoreSynthetic(), m.scoreReal(), m.ratio(), m.accuracySynthetic(),
                    m.accuracyReal(), m.macroF1Synthetic(), m.macroF1Real(), m.holdoutRows());
            for (MetricResult mr : r.results()) {
                System.out.println("  " + mr.level() + " " + mr.sentence());
            }
        }
    }
}
