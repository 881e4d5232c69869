// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the Data step shows before a table is open: an invitation to open one, or that one is opening. */
final class EmptyState {
    private final VBox box;

    EmptyState(WorkbenchViewModel vm) {
        BooleanBinding busy = vm.job().busyProperty().and(vm.datasetProperty().isNull());
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(busy).then(Messages.get("empty.opening"))
                .otherwise(Messages.get("empty.heading")));
        heading.getStyleClass().add("empty-heading");
        Label text = new Label(Messages.get("empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        Button open = new Button(Messages.get("empty.open"));
        open.setId("empty-open");
        open.getStyleClass().add("primary");
        open.setOnAction(e -> vm.open());
        for (Node n : List.of(text, open)) {
            n.visibleProperty().bind(busy.not());
        }
        box = new VBox(heading, text, open);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(vm.datasetProperty().isNull());
    }

    VBox node() {
        return box;
    }
}
