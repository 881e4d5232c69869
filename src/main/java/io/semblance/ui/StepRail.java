// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The six steps along the window's left edge; a step that needs a table or a run is disabled until there is one. */
final class StepRail {
    private final VBox rail = new VBox();

    StepRail(WorkbenchViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        rail.getStyleClass().add("step-rail");
        for (Step step : Step.values()) {
            Label number = new Label(String.valueOf(step.ordinal() + 1));
            number.getStyleClass().add("step-number");
            ToggleButton button = new ToggleButton(step.title(), number);
            button.setId(step.id());
            button.getStyleClass().add("step-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(step.help()));
            button.disableProperty().bind(vm.available(step).not());
            button.setSelected(vm.stepProperty().get() == step);
            button.setOnAction(e -> {
                vm.go(step);
                button.setSelected(vm.stepProperty().get() == step);
            });
            vm.stepProperty().addListener((o, old, s) -> button.setSelected(s == step));
            rail.getChildren().add(button);
        }
    }

    VBox node() {
        return rail;
    }
}
