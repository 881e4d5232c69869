// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import java.util.stream.IntStream;

/** Exact-match rate (identical match share): synthetic rows identical to a real row on every evaluated column. */
public final class ExactMatches {
    /**
     * Counts and rates (shares in [0, 1]); holdout values are -1 / NaN without a holdout.
     *
     * @param trainingRate the share of synthetic rows identical to some training row (judged)
     * @param holdoutRate  the same share against the holdout rows (drawn to the training table's size when larger)
     * @param comparedRate the share against the training rows set beside the holdout: all of them, or as many drawn
     *                     at random as the holdout has when it is smaller; NaN without a holdout
     */
    public record Result(long toTraining, long toHoldout, int syntheticRows, double trainingRate, double holdoutRate,
                         double comparedRate, MetricResult metric) {
    }

    static final String KEY = "exact_match_rate";
    static final String LABEL = "Exact-match rate";

    private ExactMatches() {
    }

    /** Number of rows of {@code query} identical to some row of {@code reference} (missing equals missing). */
    public static long count(EncodedTable query, EncodedTable reference) {
        return count(query, reference, Cancellation.NEVER);
    }

    private static long count(EncodedTable query, EncodedTable reference, Cancellation cancel) {
        RowGroups rows = new RowGroups(reference, IntStream.range(0, reference.columnCount()).toArray(), cancel);
        long n = 0;
        for (int r = 0; r < query.rows(); r++) {
            if ((r & 0xFFF) == 0) {
                cancel.check();
            }
            if (rows.find(query, r) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The rate against training rows, judged under {@code exact_match_rate}, beside the rate against the holdout
     * (null when there is none). NaN when the synthetic table is empty. */
    public static Result evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, Thresholds th) {
        return evaluate(train, synthetic, holdout, null, th);
    }

    /**
     * As above, where the comparison with the holdout is made like for like: {@code match} (null when the tables are
     * compared as they are) draws the larger of the training and holdout tables down to the other's size, since a
     * larger table matches more synthetic rows by chance. The judged rate stays the one against every training row.
     */
    public static Result evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, SizeMatch match,
                                  Thresholds th) {
        return evaluate(train, synthetic, holdout, match, th, Cancellation.NEVER);
    }

    /** As above, checking for cancellation every 4,096 rows. */
    static Result evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout, SizeMatch match,
                           Thresholds th, Cancellation cancel) {
        int n = synthetic.rows();
        long toTraining = count(synthetic, train, cancel);
        boolean drawn = holdout != null && match != null && match.drawn();
        long toHoldout = holdout == null ? -1
                : count(synthetic, drawn ? match.apply(DistancePrivacy.HOLDOUT, holdout) : holdout, cancel);
        long compared = drawn && match.draws(DistancePrivacy.TRAINING)
                ? count(synthetic, match.apply(DistancePrivacy.TRAINING, train), cancel) : toTraining;
        double rate = n == 0 ? Double.NaN : (double) toTraining / n;
        double holdoutRate = n == 0 || holdout == null ? Double.NaN : (double) toHoldout / n;
        double comparedRate = n == 0 || holdout == null ? Double.NaN : (double) compared / n;
        String sentence = sentence(toTraining, n, comparedRate, holdoutRate, drawn ? match.phrase() : null,
                th.get(KEY).level(rate));
        return new Result(toTraining, toHoldout, n, rate, holdoutRate, comparedRate, th.result(KEY, LABEL, rate,
                sentence));
    }

    private static String sentence(long copies, int n, double comparedRate, double holdoutRate, String drawn,
                                   Level level) {
        if (n == 0) {
            return "The synthetic table has no rows to compare.";
        }
        double rate = (double) copies / n;
        String head = Wording.format("%s of %s synthetic rows (%s) copy a training row exactly; ",
                Wording.count(copies), Wording.count(n), Wording.percent(rate));
        String against = Double.isNaN(holdoutRate) ? "there is no holdout to show how often unseen rows match by chance"
                : "against unseen rows the rate is " + Wording.percent(holdoutRate);
        if (drawn != null && !Double.isNaN(holdoutRate)) {
            against = Wording.format("compared with %s, the rate is %s against training rows and %s against unseen"
                    + " rows", drawn, Wording.percent(comparedRate), Wording.percent(holdoutRate));
        }
        String meaning;
        if (copies == 0) {
            meaning = "the synthesizer copies nothing.";
        } else if (!Double.isNaN(holdoutRate) && comparedRate <= holdoutRate) {
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
