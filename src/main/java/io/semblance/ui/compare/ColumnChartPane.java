// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.ChartData.Distribution;
import io.semblance.ui.charts.DistributionChart;
import io.semblance.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The picked column: its name and score, a toggle between overlaid and side-by-side, the chart, missing shares. */
final class ColumnChartPane {
    private final CompareViewModel vm;
    private final DistributionChart chart = new DistributionChart("compare-column-chart");
    private final Label name = new Label();
    private final Label score = new Label();
    private final Label help = new Label();
    private final Label missing = new Label();
    private final Label noChart = new Label();
    private final VBox box;

    ColumnChartPane(CompareViewModel vm) {
        this.vm = vm;
        name.setId("compare-column-name");
        name.getStyleClass().add("compare-column-name");
        score.setId("compare-column-score");
        score.getStyleClass().add("compare-column-score");
        help.getStyleClass().add("compare-hint");
        help.setWrapText(true);
        missing.setId("compare-missing");
        missing.getStyleClass().add("compare-hint");
        noChart.getStyleClass().add("compare-hint");
        // A long name gives way (cut with an ellipsis, whole in its tooltip); the score and the toggle never do.
        name.setMinWidth(40);
        score.setMinWidth(Region.USE_PREF_SIZE);
        Node toggle = layoutToggle();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(10, name, score, gap, toggle);
        heading.getStyleClass().add("compare-chart-heading");
        StackPane area = new StackPane(chart.node(), noChart);
        VBox.setVgrow(area, Priority.ALWAYS);
        box = new VBox(heading, help, area, missing);
        box.getStyleClass().add("compare-chart-pane");
        vm.selectedProperty().addListener((o, old, r) -> redraw());
        vm.distributionProperty().addListener((o, old, d) -> redraw());
        vm.overlaidProperty().addListener((o, old, d) -> redraw());
        redraw();
    }

    private Node layoutToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton overlaid = new ToggleButton(Messages.get("compare.overlaid"));
        overlaid.setId("compare-overlaid");
        ToggleButton side = new ToggleButton(Messages.get("compare.sideBySide"));
        side.setId("compare-side-by-side");
        for (ToggleButton b : new ToggleButton[]{overlaid, side}) {
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(Messages.get("compare.layout.help")));
            b.getStyleClass().add("layout-toggle");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        overlaid.setOnAction(e -> vm.overlaidProperty().set(true));
        side.setOnAction(e -> vm.overlaidProperty().set(false));
        Runnable sync = () -> group.selectToggle(vm.overlaidProperty().get() ? overlaid : side);
        vm.overlaidProperty().addListener((o, old, v) -> sync.run());
        sync.run();
        HBox toggle = new HBox(overlaid, side);
        toggle.getStyleClass().add("segmented");
        return toggle;
    }

    private void redraw() {
        ColumnScoreRow row = vm.selectedProperty().get();
        Distribution d = vm.distributionProperty().get();
        name.setText(row == null ? "" : row.column());
        name.setTooltip(row == null ? null : new Tooltip(row.column()));
        score.setText(row == null ? "" : Messages.get("compare.column.score", row.metric(), row.score()));
        score.getStyleClass().removeIf(c -> c.startsWith("level-"));
        if (row != null) {
            score.getStyleClass().add(ScoreHeader.levelClass(row.level()));
        }
        help.setText(row == null ? "" : Messages.get("compare.column.help", row.metric()));
        noChart.setText(row != null && d == null ? Messages.get("compare.noChart", row.column()) : "");
        missing.setText(d == null ? "" : Messages.get("compare.missing", d.realMissing(), d.syntheticMissing()));
        boolean datetime = row != null && row.type().equals("datetime");
        chart.show(d, vm.overlaidProperty().get(), datetime, new DistributionChart.Texts(
                row == null ? "" : row.column(), Messages.get("compare.chart.real"),
                Messages.get("compare.chart.synthetic"),
                Messages.get(d != null && !d.numeric() ? "compare.chart.category"
                        : datetime ? "compare.chart.date" : "compare.chart.value"),
                Messages.get("compare.chart.share"), Messages.get("compare.chart.empty")));
    }

    Node node() {
        return box;
    }
}
