// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The distance-based privacy metrics of METRICS.md in one pass over the data. The nearest-neighbour searches, each
 * done once: synthetic to training and to holdout rows (nearest and second nearest, for DCR and NNDR), random rows to
 * training rows (baseline), holdout rows to training rows (the baseline's reference), and training rows to their
 * nearest other training row, synthetic row and holdout row (identifiability). Every distance uses the training
 * table's ranges, so that the distances a metric compares are on one scale (a smaller table has narrower ranges,
 * which would stretch the distances to it).
 *
 * <p>A metric that sets a figure measured with the training rows beside the same figure measured with the holdout
 * rows is biased towards the larger table when their sizes differ: a synthetic row is naturally closer to more rows.
 * The DCR share allows for the sizes exactly (see {@link DcrMetrics#share(double[], double[], int, int, Thresholds)}),
 * and so does identifiability, whose holdout share is scaled to the synthetic table's size (see
 * {@link NeighbourMetrics#identifiability(double[], double[], double[], int, int, Thresholds)}): both keep every row,
 * so a synthesizer that copies training rows is caught whichever rows it copied. NNDR and the exact-match comparison
 * have no such rule and are measured against a seeded random subsample of the larger table with exactly the smaller
 * one's size (see {@link SizeMatch}): one more search, against the rows kept. Everything else uses the tables whole;
 * {@link DistancePrivacyReport#notes} say what was allowed for or drawn.
 */
public final class DistancePrivacy {
    static final String TRAINING = "training";
    static final String HOLDOUT = "holdout";
    private static final long REAL_STREAM = 1;

    private DistancePrivacy() {
    }

    /**
     * Evaluates {@code synthetic} against {@code train} and, when not null (and not empty), {@code holdout}; all three
     * encoded by one {@link io.semblance.core.evaluate.TableEncoder}. {@code seed} fixes the random baseline rows and
     * the rows drawn to compare tables of equal size. Without evaluated columns every value is NaN and the sentences
     * say why. Progress runs from 0 to 1; throws CancelledException when cancelled and IllegalArgumentException when
     * the tables differ in columns.
     */
    public static DistancePrivacyReport evaluate(EncodedTable train, EncodedTable synthetic, EncodedTable holdout,
                                                 Thresholds thresholds, long seed, ProgressListener progress,
                                                 Cancellation cancel) {
        EncodedTable h = holdout == null || holdout.rows() == 0 ? null : holdout;
        if (!synthetic.columns().equals(train.columns()) || h != null && !h.columns().equals(train.columns())) {
            throw new IllegalArgumentException("the tables were not encoded on one schema");
        }
        if (train.columnCount() == 0) {
            progress.progress(1, "no columns to compare");
            return DistancePrivacyReport.unavailable(thresholds, "There are no numerical, datetime, categorical or"
                    + " boolean columns to compare.");
        }
        int nT = train.rows();
        int nS = synthetic.rows();
        int nH = h == null ? 0 : h.rows();
        SizeMatch real = h == null ? null : SizeMatch.of(TRAINING, nT, HOLDOUT, nH, seed, REAL_STREAM);
        Stages stages = new Stages(progress, work(nT, nS, nH, real));
        progress.progress(0, "looking for copied rows");
        ExactMatches.Result exact = ExactMatches.evaluate(train, synthetic, h, real, thresholds, cancel);
        cancel.check();
        NewRowSynthesis.Result fresh = NewRowSynthesis.evaluate(train, synthetic, thresholds, cancel);
        cancel.check();

        NearestNeighbors nn = NearestNeighbors.allCores();
        RowDistance dT = new RowDistance(train);
        int levels = dT.discreteLeading();
        double[][] kT = dT.kernel(train);
        double[][] kS = dT.kernel(synthetic);
        NearestNeighbors.Result sToT = nn.search(kS, nS, kT, nT, levels, true, false,
                stages.next("synthetic rows to training rows", nS, nT), cancel);
        NearestNeighbors.Result sToH = null;
        NearestNeighbors.Result sToTMatched = sToT;
        NearestNeighbors.Result sToHMatched = null;
        double[] tToH = null;
        double[] hToT = null;
        if (h != null) {
            double[][] kH = dT.kernel(h);
            sToH = nn.search(kS, nS, kH, nH, levels, true, false,
                    stages.next("synthetic rows to holdout rows", nS, nH), cancel);
            hToT = nn.search(kH, nH, kT, nT, levels, false, false,
                    stages.next("holdout rows to training rows", nH, nT), cancel).nearest();
            if (real.draws(TRAINING)) {
                sToTMatched = nn.search(kS, nS, rows(kT, real.keep()), real.rows(), levels, true, false,
                        stages.next("synthetic rows to training rows drawn to the holdout's size", nS, real.rows()),
                        cancel);
            }
            sToHMatched = !real.draws(HOLDOUT) ? sToH : nn.search(kS, nS, rows(kH, real.keep()), real.rows(), levels,
                    true, false, stages.next("synthetic rows to holdout rows drawn to the training table's size", nS,
                            real.rows()), cancel);
            tToH = nn.search(kT, nT, kH, nH, levels, false, false,
                    stages.next("training rows to holdout rows", nT, nH), cancel).nearest();
        }
        RandomBaseline.Columns random = RandomBaseline.generate(train, nS, seed);
        double[] rToT = nn.search(dT.kernel(random.numbers(), random.codes(), nS), nS, kT, nT, levels, false, false,
                stages.next("random rows to training rows", nS, nT), cancel).nearest();
        double[] tToT = nn.search(kT, nT, kT, nT, levels, false, true,
                stages.next("training rows to one another", nT, nT), cancel).nearest();
        double[] tToS = nn.search(kT, nT, kS, nS, levels, false, false,
                stages.next("training rows to synthetic rows", nT, nS), cancel).nearest();

        String comparedWith = real == null ? null : real.phrase();
        DistancePrivacyReport report = new DistancePrivacyReport(exact, fresh,
                DcrMetrics.baselineProtection(sToT.nearest(), rToT, hToT, thresholds),
                DcrMetrics.share(sToT.nearest(), sToH == null ? null : sToH.nearest(), nT, h == null ? nT : nH,
                        thresholds),
                NeighbourMetrics.nndr(sToTMatched, sToHMatched, comparedWith, thresholds),
                NeighbourMetrics.identifiability(tToT, tToS, tToH, nS, h == null ? nS : nH, thresholds),
                DcrHistogram.of(sToT.nearest(), sToH == null ? null : sToH.nearest(), DcrHistogram.BINS),
                notes(nT, nS, nH, real));
        progress.progress(1, "distance-based privacy done");
        return report;
    }

    /** What was allowed for or drawn down for which metrics, one sentence each; none without a holdout. */
    private static List<String> notes(int nT, int nS, int nH, SizeMatch real) {
        List<String> out = new ArrayList<>();
        if (real != null && nT != nH) {
            out.add(DcrMetrics.sizeNote(nT, nH));
        }
        if (real != null && real.drawn()) {
            out.add(real.note("NNDR and the exact-match comparison"));
        }
        if (real != null && nS != nH) {
            out.add(NeighbourMetrics.sizeNote(nS, nH));
        }
        return out;
    }

    /** The given rows of a table in kernel form (columns of values). */
    private static double[][] rows(double[][] kernel, int[] keep) {
        double[][] out = new double[kernel.length][keep.length];
        for (int c = 0; c < kernel.length; c++) {
            for (int i = 0; i < keep.length; i++) {
                out[c][i] = kernel[c][keep[i]];
            }
        }
        return out;
    }

    /** Row pairs the searches compare in all, to weigh each search's progress. */
    private static double work(long nT, long nS, long nH, SizeMatch real) {
        double pairs = 3.0 * nS * nT + (double) nT * nT;
        if (real != null) {
            pairs += (double) nS * nH + 2.0 * nH * nT + (real.drawn() ? (double) nS * real.rows() : 0);
        }
        return pairs;
    }

    /** Maps each search's progress to its share of the whole, weighted by the number of row pairs it compares. */
    private static final class Stages implements ProgressListener {
        private static final double START = 0.05;
        private final ProgressListener out;
        private final double total;
        private double done;
        private double width;
        private String message = "";

        Stages(ProgressListener out, double pairs) {
            this.out = out;
            this.total = Math.max(1.0, pairs);
        }

        ProgressListener next(String what, long queries, long references) {
            done += width;
            width = (double) queries * references / total;
            message = "measuring distances from " + what;
            return this;
        }

        @Override
        public void progress(double fraction, String ignored) {
            out.progress(START + (1 - START) * Math.min(1, done + width * fraction), message);
        }
    }
}
