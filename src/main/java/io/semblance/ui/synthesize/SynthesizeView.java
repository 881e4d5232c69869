// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.StepPage;
import io.semblance.ui.Step;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Synthesize page: the settings form on the left with Generate at its foot, the runs on the right. */
public final class SynthesizeView {
    private final Node node;

    public SynthesizeView(SynthesizeViewModel vm) {
        VBox form = new VBox(
                Sections.section("synthesize.section.strategy", null, new StrategyCards(vm.form().strategyProperty())
                        .node()),
                new ModelSection(vm).node(),
                new SizeSection(vm).node(),
                new SensitiveSection(vm.form()).node(),
                new ConditionsSection(vm).node());
        form.getStyleClass().add("synthesize-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("synthesize-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button generate = new Button();
        generate.setId("synthesize-generate");
        generate.getStyleClass().addAll("primary", "synthesize-generate");
        generate.textProperty().bind(Bindings.when(vm.runningProperty())
                .then(Messages.get("synthesize.generating")).otherwise(Messages.get("synthesize.generate")));
        generate.disableProperty().bind(vm.canGenerateProperty().not());
        generate.setDefaultButton(true);
        generate.setOnAction(e -> vm.generate());
        VBox messages = new VBox(
                Sections.message(vm.problemProperty(), "synthesize-problem", "synthesize-problem"),
                Sections.message(vm.failureProperty(), "synthesize-failure", "synthesize-failure"));
        HBox.setHgrow(messages, Priority.ALWAYS);
        HBox foot = new HBox(messages, generate);
        foot.getStyleClass().add("synthesize-foot");

        VBox left = new VBox(scroll, foot);
        left.getStyleClass().add("synthesize-left");
        SplitPane split = new SplitPane(left, new RunsTable(vm).node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        node = new StepPage(Step.SYNTHESIZE, split).node();
    }

    public Node node() {
        return node;
    }
}
