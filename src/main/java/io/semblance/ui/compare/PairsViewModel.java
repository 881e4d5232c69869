// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.ChartData.AssociationMatrix;
import io.semblance.core.evaluate.PairView;
import io.semblance.core.evaluate.PairViews;
import io.semblance.core.evaluate.QualityReport.PairScore;
import io.semblance.core.model.SdType;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.session.Run;
import java.util.Comparator;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Pairs tab: the association matrices of the real and synthetic tables and their difference, the pair the
 * steward picked with its trend score, and that pair's scatter or contingency view, computed in the background
 * (a newer pick replaces a pending one). Use from the FX thread.
 */
public final class PairsViewModel {
    private final JobTracker job;
    private final ReadOnlyObjectWrapper<AssociationMatrix> associations = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<double[][]> difference = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PairScore> pair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PairView> view = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Run run;

    PairsViewModel(BackgroundJobs jobs) {
        this.job = new JobTracker(jobs);
    }

    /** Shows a run's matrices and picks its weakest counted pair (or weakest pair); null clears everything. */
    void show(Run r) {
        job.cancel();
        run = r;
        pair.set(null);
        view.set(null);
        problem.set("");
        associations.set(r == null ? null : r.report().charts().associations());
        difference.set(r == null ? null : r.report().charts().associations().difference());
        if (r != null) {
            r.report().quality().pairs().stream()
                    .min(Comparator.comparing((PairScore p) -> !p.counted()).thenComparingDouble(PairScore::score))
                    .ifPresent(p -> select(p.columnA(), p.columnB()));
        }
    }

    /**
     * Picks the pair of two columns of the matrices, in either order; the view then comes from the run's training
     * and synthetic tables. A column paired with itself, or a pair the report did not score, is ignored.
     */
    public void select(String a, String b) {
        Optional<PairScore> found = run == null ? Optional.empty() : run.report().quality().pairs().stream()
                .filter(p -> p.columnA().equals(a) && p.columnB().equals(b)
                        || p.columnA().equals(b) && p.columnB().equals(a))
                .findFirst();
        if (found.isEmpty() || found.get().equals(pair.get())) {
            return;
        }
        PairScore p = found.get();
        Run r = run;
        pair.set(p);
        view.set(null);
        problem.set("");
        job.run("pair", (progress, cancel) -> PairViews.compute(r.training(), r.synthetic(), r.metadata(),
                p.columnA(), p.columnB(), r.report().settings().seed()), view::set,
                e -> problem.set(Errors.describe(e)));
    }

    /** Whether a column of the run holds datetimes (its numbers are then epoch seconds). */
    public boolean datetime(String column) {
        return run != null && run.metadata().column(column)
                .map(m -> m.sdtype() == SdType.DATETIME).orElse(false);
    }

    /** Signed ρ (two numeric columns) or Cramér's V of every pair of compared columns, real and synthetic. */
    public ReadOnlyObjectProperty<AssociationMatrix> associationsProperty() {
        return associations.getReadOnlyProperty();
    }

    /** Synthetic minus real association per cell, in [−2, 2] (NaN where undefined). */
    public ReadOnlyObjectProperty<double[][]> differenceProperty() {
        return difference.getReadOnlyProperty();
    }

    /** The picked pair with its trend metric, score and associations, or null. */
    public ReadOnlyObjectProperty<PairScore> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    /** The picked pair's scatter or contingency data; null until computed. */
    public ReadOnlyObjectProperty<PairView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** Whether the picked pair's view is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return job.busyProperty();
    }

    /** Why the picked pair could not be shown, in one sentence; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
