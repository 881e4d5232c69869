// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A step's page: its title and a sentence on what it is for above the step's own content. */
public final class StepPage {
    private final VBox box;

    public StepPage(Step step, Node body) {
        Label title = new Label(step.title());
        title.getStyleClass().add("page-title");
        Label help = new Label(step.help());
        help.getStyleClass().add("page-help");
        help.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);
        box = new VBox(title, help, body);
        box.getStyleClass().add("step-page");
        box.setId("page-" + step.id().substring("step-".length()));
    }

    public VBox node() {
        return box;
    }
}
