// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import java.util.stream.IntStream;

/** Exact-match rate (identical match share): synthetic rows identical to a real row on every evaluated column. */
public final class ExactMatches {
    /** Counts and rates (shares in [0, 1]); holdout values are -1 / NaN without a holdout. */
    public record Result(long toTraining, long toHoldout, int syntheticRows, double trainingRate, double holdoutRate,
                         MetricResult metric) {
    }

    static final String KEY = "exact_match_rate";
    static final String LABEL = "Exact-match rate";

    private ExactMatches() {
    }

    /** Number of rows of {@code query} identical to some row of {@code reference} (missing equals missing). */
    public static long count(EncodedTable query, EncodedTable reference) {
        RowGroups rows = new RowGroups(reference, IntStream.range(0, reference.columnCount()).toArray());
        long n = 0;
        for (int r = 0; r < query.rows(); r++) {
            if (rows.find(query, r) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The rate against training rows, judged under {@code exact_match_rate}, beside the rate against the holdout
     * (null when there is none). NaN when the synthetic table is empty. */
    public static Result evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, Thresholds th) {
        int n = synthetic.rows();
        long toTraining = count(synthetic, train);
        long toHoldout = holdout == null ? -1 : count(synthetic, holdout);
        double rate = n == 0 ? Double.NaN : (double) toTraining / n;
        double holdoutRate = n == 0 || holdout == null ? Double.NaN : (double) toHoldout / n;
        return new Result(toTraining, toHoldout, n, rate, holdoutRate,
                th.result(KEY, LABEL, rate, sentence(toTraining, n, holdoutRate, th.get(KEY).level(rate))));
    }

    private static String sentence(long copies, int n, double holdoutRate, Level level) {
        if (n == 0) {
            return "The synthetic table has no rows to compare.";
        }
        double rate = (double) copies / n;
        String head = Wording.format("%s of %s synthetic rows (%s) copy a training row exactly; ",
                Wording.count(copies), Wording.count(n), Wording.percent(rate));
        String against = Double.isNaN(holdoutRate) ? "there is no holdout to show how often unseen rows match by chance"
                : "against unseen rows the rate is " + Wording.percent(holdoutRate);
        String meaning;
        if (copies == 0) {
            meaning = "the synthesizer copies nothing.";
        } else if (!Double.isNaN(holdoutRate) && rate <= holdoutRate) {
            meaning = "unseen real rows match as often, so these are coincidences rather than copies.";
        } else {
            meaning = switch (level) {
                case GREEN -> "the synthesizer hardly copies.";
                case AMBER -> "the synthesizer copies a little.";
                case RED -> "the synthesizer copies training rows.";
            };
        }
        return head + against + ": " + meaning;
    }
}
