// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Rows, seed and holdout share. */
final class SizeSection {
    private final Node node;

    SizeSection(SynthesizeViewModel vm) {
        SynthesisForm f = vm.form();
        TextField rows = new TextField();
        rows.setId("synthesize-rows");
        rows.setPrefColumnCount(10);
        rows.textProperty().bindBidirectional(f.rowsProperty());
        rows.disableProperty().bind(f.strategyProperty().isEqualTo(Strategy.PARTIAL));
        Label rowsHint = Sections.hint("");
        rowsHint.textProperty().bind(vm.rowsHintProperty());

        TextField seed = new TextField();
        seed.setId("synthesize-seed");
        seed.setPrefColumnCount(16);
        seed.textProperty().bindBidirectional(f.seedProperty());
        Button fresh = new Button(Messages.get("synthesize.seed.new"));
        fresh.setId("synthesize-new-seed");
        fresh.setOnAction(e -> f.newSeed());
        HBox seedRow = new HBox(seed, fresh);
        seedRow.getStyleClass().add("synthesize-inline");

        GridPane grid = Sections.grid();
        grid.addRow(0, new Label(Messages.get("synthesize.rows")), rows);
        grid.add(rowsHint, 1, 1);
        grid.addRow(2, new Label(Messages.get("synthesize.seed")), seedRow);
        grid.add(Sections.hint(Messages.get("synthesize.seed.hint")), 1, 3);
        grid.addRow(4, new Label(Messages.get("synthesize.holdout")),
                slider(f.holdoutProperty(), SynthesisForm.MAX_HOLDOUT, "synthesize-holdout", "synthesize.holdout.value"));
        grid.add(Sections.hint(Messages.get("synthesize.holdout.hint")), 1, 5);
        node = Sections.section("synthesize.section.size", null, grid);
    }

    /** A slider over [0, max] in steps of 5%, with its value in words beside it. */
    static Node slider(DoubleProperty value, double max, String id, String valueKey) {
        Slider s = new Slider(0, max, value.get());
        s.setId(id);
        s.setMajorTickUnit(0.05);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setBlockIncrement(0.05);
        s.setPrefWidth(220);
        s.valueProperty().bindBidirectional(value);
        Label shown = new Label();
        shown.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(valueKey, value.get()), value));
        HBox row = new HBox(s, shown);
        row.getStyleClass().add("synthesize-inline");
        return row;
    }

    Node node() {
        return node;
    }
}
