// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.ChartData.Distribution;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.ColumnMeta;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Compare step: the selected run's quality scores, its columns worst first (filterable) with the chosen
 * column's real and synthetic distributions, and the Pairs tab ({@link #pairs()}). Every number comes from the
 * run's evaluation report. Use from the FX thread.
 */
public final class CompareViewModel {
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricResult> quality = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricResult> shapes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricResult> trends = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnScoreRow> all = FXCollections.observableArrayList();
    private final FilteredList<ColumnScoreRow> rows = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ColumnScoreRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Distribution> distribution = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty overlaid = new SimpleBooleanProperty(true);
    private final PairsViewModel pairs;

    /** Follows the session's selected run; pair views are computed on the shared background pool. */
    public CompareViewModel(Session session) {
        this(session, new BackgroundJobs());
    }

    public CompareViewModel(Session session, BackgroundJobs jobs) {
        pairs = new PairsViewModel(jobs);
        filter.addListener((o, old, text) -> {
            String f = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            rows.setPredicate(r -> r.column().toLowerCase(Locale.ROOT).contains(f));
        });
        selected.addListener((o, old, row) -> showColumn(row));
        session.selectedRunProperty().addListener((o, old, r) -> show(r));
        show(session.selectedRunProperty().get());
    }

    private void show(Run r) {
        run.set(r);
        selected.set(null);
        all.setAll(r == null ? List.of() : rows(r));
        quality.set(r == null ? null : verdict(r, "quality_score"));
        shapes.set(r == null ? null : verdict(r, "column_shapes"));
        trends.set(r == null ? null : verdict(r, "column_pair_trends"));
        pairs.show(r);
        selected.set(all.isEmpty() ? null : all.get(0));
    }

    /** The report's column shape scores, worst first (ties in report order). */
    private static List<ColumnScoreRow> rows(Run r) {
        Threshold th = Thresholds.defaults().get("column_shapes");
        return r.report().quality().columns().stream()
                .sorted(Comparator.comparingDouble(QualityReport.ColumnScore::score))
                .map(c -> new ColumnScoreRow(c.column(), r.metadata().column(c.column())
                        .map(ColumnMeta::sdtypeName).orElse(""), c.metric(), c.score(), th.level(c.score())))
                .toList();
    }

    private static MetricResult verdict(Run r, String key) {
        return r.report().fidelity().stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    private void showColumn(ColumnScoreRow row) {
        Run r = run.get();
        Distribution d = row == null || r == null ? null : r.report().charts().distributions().stream()
                .filter(x -> x.column().equals(row.column())).findFirst().orElse(null);
        distribution.set(d);
        if (d != null) {
            overlaid.set(d.numeric()); // histograms overlay well; category bars read best side by side
        }
    }

    /** The run shown, or null when none is selected. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The overall quality score (mean of column shapes and column pair trends) with its verdict, or null. */
    public ReadOnlyObjectProperty<MetricResult> qualityProperty() {
        return quality.getReadOnlyProperty();
    }

    /** The mean column shape score with its verdict and a sentence naming the weakest column, or null. */
    public ReadOnlyObjectProperty<MetricResult> columnShapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    /** The mean trend score of the strongly associated pairs with its verdict, or null. */
    public ReadOnlyObjectProperty<MetricResult> columnPairTrendsProperty() {
        return trends.getReadOnlyProperty();
    }

    /** The run's scored columns, worst first, narrowed by {@link #filterProperty()}. */
    public ObservableList<ColumnScoreRow> rows() {
        return rows;
    }

    /** Text a column's name must contain (any case) to be listed; blank lists all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The column whose distributions are shown; the worst one when a run is shown. */
    public ObjectProperty<ColumnScoreRow> selectedProperty() {
        return selected;
    }

    /** The selected column's real and synthetic distributions on shared bins, or null (none, or not charted). */
    public ReadOnlyObjectProperty<Distribution> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    /** Whether real and synthetic are drawn over each other (else side by side); reset per column to suit its type. */
    public BooleanProperty overlaidProperty() {
        return overlaid;
    }

    /** The Pairs tab. */
    public PairsViewModel pairs() {
        return pairs;
    }
}
