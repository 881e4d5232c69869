// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.privacy.Remediation;
import io.semblance.core.privacy.RowRisks;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The synthetic rows at risk under the steward's criteria (a distance threshold to the closest training row, and
 * replicated uniques), as the engine measures them for the run shown. Measuring runs in the background, the latest
 * run winning; changing a criterion only filters what was measured. The threshold starts at the engine's suggestion
 * and keeps the steward's choice from run to run once they move it. Use from the FX thread.
 */
public final class RowsAtRiskModel {
    private static final String MEASURE = "row risks";
    private final JobTracker job;
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RowRisks> risks = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty maxDistance = new SimpleDoubleProperty(0);
    private final BooleanProperty byDistance = new SimpleBooleanProperty(true);
    private final BooleanProperty uniques = new SimpleBooleanProperty(true);
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper close = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private double suggested = Double.NaN;

    RowsAtRiskModel(BackgroundJobs jobs) {
        this.job = new JobTracker(jobs);
        maxDistance.addListener((o, was, now) -> refresh());
        byDistance.addListener((o, was, now) -> refresh());
        uniques.addListener((o, was, now) -> refresh());
    }

    /** Measures the rows of a run (null clears); a measurement still running for another run is dropped. */
    void measure(Run r) {
        job.cancel();
        run.set(r);
        risks.set(null);
        refresh();
        if (r == null) {
            return;
        }
        job.run(MEASURE, (p, c) -> RowRisks.compute(r.training(), r.synthetic(), r.holdout(), r.metadata(),
                r.report().settings().qi(), p, c), this::show, e -> summary.set(Errors.describe(e)));
    }

    /** Shows what was measured; the threshold moves to the engine's suggestion unless the steward moved it. */
    private void show(RowRisks measured) {
        risks.set(measured);
        boolean untouched = Double.isNaN(suggested) || maxDistance.get() == suggested;
        suggested = measured.suggestedDistance();
        if (untouched && maxDistance.get() != suggested) {
            maxDistance.set(suggested);
        } else {
            refresh();
        }
    }

    /** The criteria in force. */
    public Remediation.Criteria criteria() {
        return new Remediation.Criteria(byDistance.get() ? maxDistance.get() : Double.NaN, uniques.get());
    }

    private void refresh() {
        RowRisks r = risks.get();
        if (r == null) {
            rows.clear();
            close.set(0);
            summary.set("");
            return;
        }
        Remediation.Criteria c = criteria();
        int[] flagged = r.atRisk(c);
        rows.setAll(Arrays.stream(flagged).boxed().toList());
        close.set(r.countClose(c));
        summary.set(flagged.length == r.rows() && flagged.length > 0 ? Messages.get("privacy.rows.all")
                : Messages.get("privacy.rows.summary", flagged.length, close.get(), flagged.length - close.get()));
    }

    /** Why synthetic row i is at risk, naming the training row (numbered from 1) it is near or alone with. */
    public String reason(int i) {
        return Messages.get(close(i) ? "privacy.rows.whyClose" : "privacy.rows.whyUnique", realRow(i) + 1);
    }

    /** The training row that puts synthetic row i at risk: the closest one, or the one whose unique combination of
     * quasi-identifiers it replicates; -1 before measuring. */
    public int realRow(int i) {
        RowRisks r = risks.get();
        return r == null ? -1 : close(i) ? r.nearestTraining(i) : r.uniqueMatch(i);
    }

    /** Whether synthetic row i is at risk for lying within the distance (rather than for replicating a unique). */
    public boolean close(int i) {
        RowRisks r = risks.get();
        return r != null && r.close(i, criteria());
    }

    /** The run whose rows are measured, or null. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** What the engine measured for the run's rows; null while measuring. */
    public ReadOnlyObjectProperty<RowRisks> risksProperty() {
        return risks.getReadOnlyProperty();
    }

    /** Rows within this distance of a training row (in [0, 1]) are at risk when {@link #byDistanceProperty} is set. */
    public DoubleProperty maxDistanceProperty() {
        return maxDistance;
    }

    public BooleanProperty byDistanceProperty() {
        return byDistance;
    }

    /** Whether rows replicating a real unique are at risk. */
    public BooleanProperty uniquesProperty() {
        return uniques;
    }

    /** Indexes of the synthetic rows at risk, ascending. */
    public ObservableList<Integer> rows() {
        return rowsView;
    }

    /** How many of {@link #rows} lie within the distance. */
    public ReadOnlyIntegerProperty closeProperty() {
        return close.getReadOnlyProperty();
    }

    /** The rows at risk in one sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The measuring job: busy, progress and message. */
    public JobTracker job() {
        return job;
    }
}
