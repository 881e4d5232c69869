// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;

/**
 * The distance-based privacy metrics of METRICS.md in one pass over the data. Six nearest-neighbour searches, each
 * done once: synthetic to training and to holdout rows (nearest and second nearest, for DCR and NNDR), random rows to
 * training rows (baseline), and training rows to their nearest other training row, synthetic row and holdout row
 * (identifiability). Distances to the holdout use the holdout's ranges; the three identifiability searches all use
 * the training table's ranges, so that the distances they compare are on one scale.
 */
public final class DistancePrivacy {
    private DistancePrivacy() {
    }

    /**
     * Evaluates {@code synthetic} against {@code train} and, when not null (and not empty), {@code holdout}; all three
     * encoded by one {@link io.semblance.core.evaluate.TableEncoder}. {@code seed} fixes the random baseline rows.
     * Without evaluated columns every value is NaN and the sentences say why. Progress runs from 0 to 1; throws
     * CancelledException when cancelled and IllegalArgumentException when the tables differ in columns.
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
        Stages stages = new Stages(progress, train.rows(), synthetic.rows(), h == null ? 0 : h.rows());
        progress.progress(0, "looking for copied rows");
        ExactMatches.Result exact = ExactMatches.evaluate(train, synthetic, h, thresholds);
        cancel.check();
        NewRowSynthesis.Result fresh = NewRowSynthesis.evaluate(train, synthetic, thresholds);
        cancel.check();

        NearestNeighbors nn = NearestNeighbors.allCores();
        RowDistance dT = new RowDistance(train);
        int levelsT = dT.discreteLeading();
        double[][] kT = dT.kernel(train);
        double[][] kS = dT.kernel(synthetic);
        int nT = train.rows();
        int nS = synthetic.rows();
        NearestNeighbors.Result sToT = nn.search(kS, nS, kT, nT, levelsT, true, false,
                stages.next("synthetic rows to training rows", nS, nT), cancel);
        NearestNeighbors.Result sToH = null;
        double[] tToH = null;
        double[] hToT = null;
        if (h != null) {
            RowDistance dH = new RowDistance(h, dT.order());
            sToH = nn.search(dH.kernel(synthetic), nS, dH.kernel(h), h.rows(), dH.discreteLeading(), true, false,
                    stages.next("synthetic rows to holdout rows", nS, h.rows()), cancel);
            tToH = nn.search(kT, nT, dT.kernel(h), h.rows(), levelsT, false, false,
                    stages.next("training rows to holdout rows", nT, h.rows()), cancel).nearest();
            hToT = nn.search(dT.kernel(h), h.rows(), kT, nT, levelsT, false, false,
                    stages.next("holdout rows to training rows", h.rows(), nT), cancel).nearest();
        }
        RandomBaseline.Columns random = RandomBaseline.generate(train, nS, seed);
        double[] rToT = nn.search(dT.kernel(random.numbers(), random.codes(), nS), nS, kT, nT, levelsT, false, false,
                stages.next("random rows to training rows", nS, nT), cancel).nearest();
        double[] tToT = nn.search(kT, nT, kT, nT, levelsT, false, true,
                stages.next("training rows to one another", nT, nT), cancel).nearest();
        double[] tToS = nn.search(kT, nT, kS, nS, levelsT, false, false,
                stages.next("training rows to synthetic rows", nT, nS), cancel).nearest();

        double[] dcrH = sToH == null ? null : sToH.nearest();
        DistancePrivacyReport report = new DistancePrivacyReport(exact, fresh,
                DcrMetrics.baselineProtection(sToT.nearest(), rToT, hToT, thresholds),
                DcrMetrics.share(sToT.nearest(), dcrH, thresholds),
                NeighbourMetrics.nndr(sToT, sToH, thresholds),
                NeighbourMetrics.identifiability(tToT, tToS, tToH, nS, thresholds),
                DcrHistogram.of(sToT.nearest(), dcrH, DcrHistogram.BINS));
        progress.progress(1, "distance-based privacy done");
        return report;
    }

    /** Maps each search's progress to its share of the whole, weighted by the number of row pairs it compares. */
    private static final class Stages implements ProgressListener {
        private static final double START = 0.05;
        private final ProgressListener out;
        private final double total;
        private double done;
        private double width;
        private String message = "";

        Stages(ProgressListener out, long nT, long nS, long nH) {
            this.out = out;
            this.total = Math.max(1.0, 3.0 * nS * nT + (double) nS * nH + 2.0 * nT * nH + (double) nT * nT);
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
