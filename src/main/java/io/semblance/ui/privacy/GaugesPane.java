// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.report.PrivacyReferences.Scale;
import io.semblance.ui.charts.RiskGauge;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The quasi-identifier gauges, each with sliders for where its verdict turns amber and red, and a button that puts
 * every limit back to its default.
 */
final class GaugesPane {
    private final FlowPane flow = new FlowPane();
    private final Label note = new Label();
    private final VBox box;

    GaugesPane(PrivacyViewModel vm) {
        flow.getStyleClass().add("gauge-flow");
        Label help = new Label(Messages.get("privacy.gauge.help"));
        help.getStyleClass().add("pane-help");
        help.setWrapText(true);
        help.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(help, Priority.ALWAYS);
        Button reset = new Button(Messages.get("privacy.gauge.reset"));
        reset.setId("privacy-reset-limits");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.disableProperty().bind(vm.canResetLimitsProperty().not());
        reset.setOnAction(e -> vm.resetLimits());
        HBox header = new HBox(16, help, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        note.setWrapText(true);
        note.getStyleClass().add("privacy-note");
        note.setText(Messages.get("privacy.note.noQi"));
        box = new VBox(header, note, flow);
        box.getStyleClass().add("privacy-gauges");
        vm.boardProperty().addListener((o, was, now) -> fill(now));
        fill(vm.boardProperty().get());
    }

    private void fill(RiskBoard board) {
        flow.getChildren().setAll(board.gauges().stream().map(GaugesPane::gauge).toList());
        boolean none = board.gauges().isEmpty();
        note.setVisible(none);
        note.setManaged(none);
    }

    private static Node gauge(QiGauge g) {
        boolean share = g.scale() == Scale.SHARE;
        RiskGauge chart = new RiskGauge(g.upper(), share ? "0%" : "0.#'%'");
        chart.setValue(g.value());
        chart.setReference(g.reference());
        Runnable bands = () -> chart.setBands(g.greenProperty().get(), g.redProperty().get(), g.higherIsBetter());
        g.greenProperty().addListener((o, was, now) -> bands.run());
        g.redProperty().addListener((o, was, now) -> bands.run());
        bands.run();
        Region dial = chart.node();
        dial.setPrefSize(226, 136);
        dial.setMinHeight(136);
        Label title = new Label(Messages.get("privacy.gauge." + g.key()));
        title.getStyleClass().add("card-title");
        Label value = new Label(RiskText.value(g.scale(), g.value()));
        value.getStyleClass().add("card-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label reference = new Label(Messages.get("privacy.ref.real", RiskText.value(g.scale(), g.reference())));
        reference.getStyleClass().add("card-reference");
        HBox line = new HBox(10, value, CardsPane.pill(g.levelProperty()));
        line.getStyleClass().add("gauge-line");
        GridPane limits = new GridPane();
        limits.getStyleClass().add("gauge-limits");
        limit(limits, 0, "privacy.gauge.green", g.greenProperty(), g, "gauge-" + g.key() + "-green");
        limit(limits, 1, "privacy.gauge.red", g.redProperty(), g, "gauge-" + g.key() + "-red");
        VBox card = new VBox(title, dial, line, reference, limits);
        card.getStyleClass().addAll("risk-card", "gauge-card");
        card.setId("gauge-" + g.key());
        return card;
    }

    private static void limit(GridPane grid, int row, String key, DoubleProperty limit, QiGauge g, String id) {
        Slider slider = new Slider(0, g.upper(), limit.get());
        slider.setId(id);
        slider.valueProperty().bindBidirectional(limit);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        Label text = new Label();
        text.getStyleClass().add("limit-value");
        text.textProperty().bind(Bindings.createStringBinding(() -> RiskText.value(g.scale(), limit.get()), limit));
        Label name = new Label(Messages.get(key));
        name.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, slider, text);
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
