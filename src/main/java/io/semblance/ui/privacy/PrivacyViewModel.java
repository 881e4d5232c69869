// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.privacy.DcrHistogram;
import io.semblance.core.privacy.RowRisks;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.report.Histogram;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.Errors;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Privacy step: the selected run's privacy verdicts as cards, the DCR histograms, quasi-identifier gauges whose
 * limits the steward moves, the rows at risk, and remediation into a new run. Every number comes from the engine.
 * The gauges show the session's limits (see {@link Session#limitsProperty()}) and moving one sets them, so later runs
 * are judged under the same limits. Use from the FX thread.
 */
public final class PrivacyViewModel {
    /** The kind of the session job that remediates. */
    static final String REMEDIATION = "remediation";

    /**
     * Chart data: bins shared by every series.
     *
     * @param edges  bin edges, one more than each series' counts
     * @param names  the series' names
     * @param counts synthetic rows per bin, one array per series
     */
    public record Bars(double[] edges, List<String> names, List<long[]> counts) {
    }

    private final Session session;
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RiskBoard> board = new ReadOnlyObjectWrapper<>(RiskBoard.EMPTY);
    private final ReadOnlyObjectWrapper<Bars> histogram = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final RowsAtRiskModel rows;
    private final BooleanBinding canRemediate;
    private final BooleanBinding canResetLimits;
    /** Whether the gauges are being set from the session's limits, so their changes are not written back. */
    private boolean following;

    /** @param jobs runs the measurement of the rows at risk (remediation runs as the session's job) */
    public PrivacyViewModel(Session session, BackgroundJobs jobs) {
        this.session = session;
        this.rows = new RowsAtRiskModel(jobs);
        rows.risksProperty().addListener((o, was, now) -> histogram.set(bars(run.get(), now)));
        canRemediate = Bindings.createBooleanBinding(() -> rows.risksProperty().get() != null
                        && !rows.rows().isEmpty() && rows.rows().size() < rows.risksProperty().get().rows()
                        && !session.job().busyProperty().get(),
                rows.risksProperty(), rows.rows(), session.job().busyProperty());
        canResetLimits = Bindings.createBooleanBinding(
                () -> !Thresholds.defaults().equals(session.limitsProperty().get()), session.limitsProperty());
        session.limitsProperty().addListener((o, was, now) -> follow(now));
        session.selectedRunProperty().addListener((o, was, now) -> show(now));
        show(session.selectedRunProperty().get());
    }

    private void show(Run r) {
        run.set(r);
        RiskBoard b = r == null ? RiskBoard.EMPTY : RiskBoard.of(r.report().privacy(), session.limitsProperty().get());
        for (QiGauge g : b.gauges()) {
            g.greenProperty().addListener(o -> moved(g));
            g.redProperty().addListener(o -> moved(g));
        }
        board.set(b);
        notes.setAll(r == null ? List.of() : notes(r));
        histogram.set(bars(r, null));
        rows.measure(r);
    }

    /** A gauge's limit moved: the session's limits take it, unless the gauge is following them. */
    private void moved(QiGauge g) {
        if (!following) {
            session.limitsProperty().set(session.limitsProperty().get().with(g.key(), g.threshold()));
        }
    }

    /** The session's limits changed (reset, a project opened): the gauges shown follow them. */
    private void follow(Thresholds limits) {
        following = true;
        try {
            for (QiGauge g : board.get().gauges()) {
                var t = limits.get(g.key());
                g.greenProperty().set(t.green()); // may push red past it; red then lands on the right side
                g.redProperty().set(t.red());
            }
        } finally {
            following = false;
        }
    }

    private static List<String> notes(Run r) {
        List<String> out = new ArrayList<>();
        out.add(r.origin() == null ? Messages.get("privacy.note.run", r.number(), r.synthetic().rowCount())
                : Messages.get("privacy.note.origin", r.number(), r.origin()));
        EvaluationReport.Settings s = r.report().settings();
        if (r.holdout() == null || r.holdout().rowCount() == 0) {
            out.add(Messages.get("privacy.note.noHoldout"));
        }
        if (s.qi().isEmpty()) {
            out.add(Messages.get("privacy.note.noQi"));
        } else if (s.sensitive().isEmpty()) {
            out.add(Messages.get("privacy.note.noSensitive"));
        }
        return out;
    }

    /** The report's DCR histograms; without a holdout, the training one from the rows measured (null until then). */
    private static Bars bars(Run r, RowRisks measured) {
        if (r == null) {
            return null;
        }
        Histogram h = r.report().dcr();
        if (h != null) {
            return new Bars(h.edges(), List.of(Messages.get("privacy.dcr.training"),
                    Messages.get("privacy.dcr.holdout")), List.of(h.first(), h.second()));
        }
        if (measured == null) {
            return null;
        }
        DcrHistogram d = measured.histogram(DcrHistogram.BINS);
        return new Bars(d.edges(), List.of(Messages.get("privacy.dcr.training")), List.of(d.toTraining()));
    }

    /**
     * Drops the rows at risk into a new run, evaluates it as the session's job under the limits in force (see
     * {@link #limits}) and selects it when done; the new run keeps those limits.
     */
    public void remediate() {
        Run source = run.get();
        RowRisks risks = rows.risksProperty().get();
        if (source == null || !canRemediate.get()) {
            return;
        }
        var criteria = rows.criteria();
        Thresholds limits = limits();
        int number = session.nextRunNumber();
        session.job().run(REMEDIATION, (p, c) -> RemediatedRun.make(source, risks, criteria, limits, number, p, c),
                made -> {
                    session.addRun(made);
                    session.statusProperty().set(Messages.get("privacy.status.remediated", made.number(),
                            made.origin()));
                }, e -> session.statusProperty().set(Messages.get("privacy.error.remediate") + ": "
                        + Errors.describe(e)));
    }

    /** The thresholds in force: the session's limits, which the gauges show and set. */
    public Thresholds limits() {
        return session.limitsProperty().get();
    }

    /** Puts every limit back to its default; the gauges shown and later runs follow. */
    public void resetLimits() {
        session.limitsProperty().set(Thresholds.defaults());
    }

    /** Whether some limit differs from its default, so that resetting would change something. */
    public BooleanBinding canResetLimitsProperty() {
        return canResetLimits;
    }

    /** The run shown, or null. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The run's verdicts and gauges. */
    ReadOnlyObjectProperty<RiskBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** Cards of the distance-based verdicts. */
    public List<RiskCard> distanceCards() {
        return board.get().distance();
    }

    /** Cards of the quasi-identifier verdicts. */
    public List<RiskCard> disclosureCards() {
        return board.get().disclosure();
    }

    /** The quasi-identifier gauges; empty when those risks were not measured. */
    public List<QiGauge> gauges() {
        return board.get().gauges();
    }

    /** What the steward should know before reading: the run, a missing holdout, unmarked roles. */
    public ObservableList<String> notes() {
        return notesView;
    }

    /** The DCR histograms to draw, or null when there is nothing yet. */
    public ReadOnlyObjectProperty<Bars> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** The rows at risk and the criteria. */
    public RowsAtRiskModel rows() {
        return rows;
    }

    /** Whether there are rows to drop (and rows would remain) and no other job runs. */
    public BooleanBinding canRemediateProperty() {
        return canRemediate;
    }
}
