// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.disclosure.QiCoding;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What could make each synthetic row a risk to release: its distance to the closest training row (DCR, the row
 * distance of METRICS.md, in [0, 1]) and which training row that is, its distance to the closest holdout row, and
 * the training row, if any, that is alone with its quasi-identifier tuple (binned as the disclosure metrics bin it):
 * a synthetic row that is also alone with that tuple replicates a real unique, as synthpop's repU counts. Immutable.
 */
public final class RowRisks {
    /** The quantile of the holdout rows' distances to the training rows that {@link #suggestedDistance} reports. */
    public static final double SUGGESTED_QUANTILE = 0.01;

    private final double[] toTraining;
    private final double[] toHoldout;
    private final int[] nearestTraining;
    private final int[] qiKey;
    private final int[] uniqueRow;
    private final double suggested;

    private RowRisks(double[] toTraining, double[] toHoldout, int[] nearestTraining, int[] qiKey, int[] uniqueRow,
                     double suggested) {
        this.toTraining = toTraining;
        this.toHoldout = toHoldout;
        this.nearestTraining = nearestTraining;
        this.qiKey = qiKey;
        this.uniqueRow = uniqueRow;
        this.suggested = suggested;
    }

    /**
     * Measures every synthetic row against the training rows and, when {@code holdout} is not null, the holdout rows,
     * on the columns the evaluation compares; {@code qi} are the quasi-identifier columns (empty: no row replicates a
     * unique). Distances use the training table's ranges, as the evaluation's do. Unknown
     * quasi-identifiers throw IllegalArgumentException; throws CancelledException when cancelled.
     */
    public static RowRisks compute(Dataset training, Dataset synthetic, Dataset holdout, Metadata meta,
                                   List<String> qi, ProgressListener progress, Cancellation cancel) {
        TableEncoder enc = new TableEncoder(meta, training, synthetic, holdout);
        EncodedTable t = enc.encode(training);
        EncodedTable s = enc.encode(synthetic);
        EncodedTable h = holdout == null ? null : enc.encode(holdout);
        int n = s.rows();
        double[] dT = new double[n];
        int[] nearest = new int[n];
        double[] dH = h == null ? null : new double[n];
        double suggested = 0;
        Arrays.fill(nearest, -1);
        if (t.columnCount() == 0) {
            Arrays.fill(dT, Double.NaN);
            if (dH != null) {
                Arrays.fill(dH, Double.NaN);
            }
        } else {
            NearestNeighbors nn = NearestNeighbors.allCores();
            RowDistance distanceT = new RowDistance(t);
            progress.progress(0, "finding each synthetic row's closest training row");
            nearest = nn.nearestRows(s, t, distanceT, part(progress, 0, 0.6), cancel);
            for (int i = 0; i < n; i++) {
                dT[i] = nearest[i] < 0 ? Double.POSITIVE_INFINITY : distanceT.distance(s, i, t, nearest[i]);
            }
            if (h != null && h.rows() > 0) {
                dH = nn.search(s, h, distanceT, false, false, part(progress, 0.6, 0.8), cancel).nearest();
                double[] hToT = nn.search(h, t, distanceT, false, false, part(progress, 0.8, 0.95), cancel).nearest();
                suggested = NeighbourMetrics.quantile(hToT, SUGGESTED_QUANTILE);
            }
        }
        cancel.check();
        Uniques u = uniques(t, s, qi);
        progress.progress(1, "row risks measured");
        return new RowRisks(dT, dH, nearest, u.synthetic(), u.realRow(), Double.isFinite(suggested) ? suggested : 0);
    }

    /** Per synthetic row its quasi-identifier key, and per key the training row that is alone with it (or -1). */
    private record Uniques(int[] synthetic, int[] realRow) {
        static final Uniques NONE = new Uniques(null, null);
    }

    private static Uniques uniques(EncodedTable t, EncodedTable s, List<String> qi) {
        if (qi.isEmpty()) {
            return Uniques.NONE;
        }
        QiCoding.Keys keys = QiCoding.of(t, qi).keys(t, s);
        int[] real = keys.keys()[0];
        int[] count = new int[keys.distinct()];
        int[] realRow = filled(keys.distinct());
        for (int r = 0; r < real.length; r++) {
            realRow[real[r]] = count[real[r]]++ == 0 ? r : -1;
        }
        return new Uniques(keys.keys()[1], realRow);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static ProgressListener part(ProgressListener p, double from, double to) {
        return (f, m) -> p.progress(f < 0 ? -1 : from + Math.min(1, f) * (to - from), m);
    }

    /** Number of synthetic rows. */
    public int rows() {
        return toTraining.length;
    }

    /** Whether the distances to holdout rows were measured. */
    public boolean hasHoldout() {
        return toHoldout != null;
    }

    /** DCR of synthetic row i to the training rows, in [0, 1]; NaN when no column is compared. */
    public double toTraining(int i) {
        return toTraining[i];
    }

    /** DCR of synthetic row i to the holdout rows, in [0, 1]; NaN without a holdout. */
    public double toHoldout(int i) {
        return toHoldout == null ? Double.NaN : toHoldout[i];
    }

    /** The training row closest to synthetic row i (the first such row when several tie), or -1. */
    public int nearestTraining(int i) {
        return nearestTraining[i];
    }

    /** The training row that is alone with synthetic row i's quasi-identifier tuple, or -1 (also without
     * quasi-identifiers). */
    public int uniqueMatch(int i) {
        return qiKey == null ? -1 : uniqueRow[qiKey[i]];
    }

    /**
     * A distance threshold to start from: the distance within which only {@value #SUGGESTED_QUANTILE} of the holdout
     * rows lie from a training row (as close as real rows the synthesizer never saw rarely come); 0 without a holdout,
     * which flags exact copies only.
     */
    public double suggestedDistance() {
        return suggested;
    }

    /** The largest finite distance to a training row, 0 when there is none. */
    public double largestDistance() {
        return Arrays.stream(toTraining).filter(Double::isFinite).max().orElse(0);
    }

    /** The distances to training and holdout rows binned on shared edges, for a chart. */
    public DcrHistogram histogram(int bins) {
        return DcrHistogram.of(toTraining, toHoldout, bins);
    }

    /** Whether synthetic row i lies within the criteria's distance of a training row (false when they ignore
     * distances or no column is compared). */
    public boolean close(int i, Remediation.Criteria c) {
        return c.byDistance() && toTraining[i] <= c.maxDistance();
    }

    /** How many synthetic rows are {@link #close} to a training row under the criteria. */
    public int countClose(Remediation.Criteria c) {
        return (int) IntStream.range(0, rows()).filter(i -> close(i, c)).count();
    }

    /**
     * The synthetic rows at risk under the criteria, ascending: those {@link #close} to a training row and, when the
     * criteria ask for it, those that among the remaining rows replicate a real unique (their tuple is unique in the
     * training rows and in the remaining synthetic rows). Dropping them leaves no close row and no replicated unique.
     */
    public int[] atRisk(Remediation.Criteria c) {
        int n = rows();
        boolean[] risk = new boolean[n];
        for (int i = 0; i < n; i++) {
            risk[i] = close(i, c);
        }
        if (c.replicatedUniques() && qiKey != null) {
            int[] left = new int[uniqueRow.length];
            for (int i = 0; i < n; i++) {
                if (!risk[i]) {
                    left[qiKey[i]]++;
                }
            }
            for (int i = 0; i < n; i++) {
                risk[i] |= uniqueRow[qiKey[i]] >= 0 && left[qiKey[i]] == 1;
            }
        }
        return IntStream.range(0, n).filter(i -> risk[i]).toArray();
    }
}
