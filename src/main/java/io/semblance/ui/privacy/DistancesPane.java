// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.ui.charts.DcrHistogramChart;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The DCR histograms (synthetic to training over synthetic to holdout) with the distance threshold as a line. */
final class DistancesPane {
    private final VBox box;

    DistancesPane(PrivacyViewModel vm) {
        DcrHistogramChart chart = new DcrHistogramChart(Messages.get("privacy.dcr.x"), Messages.get("privacy.dcr.y"),
                Messages.get("privacy.dcr.threshold"));
        vm.histogramProperty().addListener((o, was, now) -> draw(chart, now));
        draw(chart, vm.histogramProperty().get());
        RowsAtRiskModel rows = vm.rows();
        InvalidationListener line = o -> chart.setThreshold(rows.byDistanceProperty().get() && rows.risksProperty()
                .get() != null ? rows.maxDistanceProperty().get() : Double.NaN);
        rows.maxDistanceProperty().addListener(line);
        rows.byDistanceProperty().addListener(line);
        rows.risksProperty().addListener(line);
        line.invalidated(null);
        Node plot = chart.node();
        VBox.setVgrow(plot, Priority.ALWAYS);
        Label help = new Label(Messages.get("privacy.dcr.help"));
        help.setWrapText(true);
        help.getStyleClass().add("pane-help");
        Label distanceHelp = new Label();
        distanceHelp.textProperty().bind(Bindings.createStringBinding(() ->
                rows.risksProperty().get() != null && !rows.risksProperty().get().hasHoldout()
                        ? Messages.get("privacy.distance.help.noHoldout") : Messages.get("privacy.distance.help"),
                rows.risksProperty()));
        distanceHelp.setWrapText(true);
        distanceHelp.getStyleClass().add("pane-help");
        box = new VBox(help, plot, new DistanceControl(rows, "distance-histogram").node(), distanceHelp,
                measuring(rows.job()));
        box.getStyleClass().add("privacy-distances");
    }

    private static void draw(DcrHistogramChart chart, PrivacyViewModel.Bars bars) {
        if (bars == null) {
            chart.show(new double[]{0, 1}, List.of());
            return;
        }
        List<DcrHistogramChart.Series> series = new ArrayList<>();
        for (int s = 0; s < bars.names().size(); s++) {
            series.add(new DcrHistogramChart.Series(bars.names().get(s), bars.counts().get(s)));
        }
        chart.show(bars.edges(), series);
    }

    /** A bar with the measuring job's progress, shown only while it runs. */
    static Node measuring(JobTracker job) {
        Label text = new Label(Messages.get("privacy.dcr.measuring"));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(job.progressProperty());
        HBox box = new HBox(8, bar, text);
        box.getStyleClass().add("measuring");
        box.visibleProperty().bind(job.busyProperty());
        box.managedProperty().bind(job.busyProperty());
        return box;
    }

    Node node() {
        return box;
    }
}
