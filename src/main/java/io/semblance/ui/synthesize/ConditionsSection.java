// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Full synthesis only: conditions (column and value or range), rebalancing of one column, constraint lines. */
final class ConditionsSection {
    private final VBox node;
    private final VBox lines = new VBox();
    private final SynthesisForm form;

    ConditionsSection(SynthesizeViewModel vm) {
        form = vm.form();
        lines.getStyleClass().add("synthesize-lines");
        form.conditions().addListener((ListChangeListener<ConditionRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    lines.getChildren().setAll(form.conditions().stream().map(this::line).toList());
                }
            }
        });
        Button add = new Button(Messages.get("synthesize.condition.add"));
        add.setId("synthesize-add-condition");
        add.setOnAction(e -> form.addCondition());

        ObservableList<String> choices = FXCollections.observableArrayList("");
        form.categoricalColumns().addListener((ListChangeListener<String>) c -> choices.setAll(withNone()));
        choices.setAll(withNone());
        ComboBox<String> column = new ComboBox<>(choices);
        column.setId("synthesize-rebalance");
        column.setConverter(noneAsWords());
        column.valueProperty().bindBidirectional(form.rebalanceProperty());
        TextField shares = new TextField();
        shares.setId("synthesize-shares");
        shares.setPromptText(Messages.get("synthesize.rebalance.shares"));
        shares.textProperty().bindBidirectional(form.sharesProperty());
        shares.disableProperty().bind(form.rebalanceProperty().isEmpty());
        HBox.setHgrow(shares, Priority.ALWAYS);
        HBox rebalance = new HBox(new Label(Messages.get("synthesize.rebalance")), column, shares);
        rebalance.getStyleClass().add("synthesize-inline");

        TextArea constraints = new TextArea();
        constraints.setId("synthesize-constraints");
        constraints.setPrefRowCount(3);
        constraints.textProperty().bindBidirectional(form.constraintsProperty());
        BooleanBinding full = form.strategyProperty().isEqualTo(Strategy.FULL);
        node = new VBox(
                Sections.section("synthesize.section.conditions", full,
                        Sections.hint(Messages.get("synthesize.conditions.hint")), lines, add, rebalance),
                Sections.section("synthesize.section.constraints", full,
                        Sections.hint(Messages.get("synthesize.constraints.hint")), constraints,
                        Sections.message(vm.constraintsProblemProperty(), "synthesize-problem",
                                "synthesize-constraints-problem")));
        node.getStyleClass().add("synthesize-stack");
    }

    private Node line(ConditionRow row) {
        ComboBox<String> column = new ComboBox<>(form.modelledColumns());
        column.setPromptText(Messages.get("synthesize.condition.column"));
        column.valueProperty().bindBidirectional(row.columnProperty());
        column.getStyleClass().add("condition-column");
        TextField value = new TextField();
        value.setPromptText(Messages.get("synthesize.condition.value"));
        value.textProperty().bindBidirectional(row.valueProperty());
        value.getStyleClass().add("condition-value");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip(Messages.get("synthesize.condition.remove")));
        remove.setOnAction(e -> form.conditions().remove(row));
        HBox box = new HBox(column, value, remove);
        box.getStyleClass().add("synthesize-inline");
        return box;
    }

    private java.util.List<String> withNone() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(""));
        all.addAll(form.categoricalColumns());
        return all;
    }

    private static StringConverter<String> noneAsWords() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("synthesize.rebalance.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    Node node() {
        return node;
    }
}
