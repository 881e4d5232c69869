// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.common.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The model choice, each with one sentence; the trees' settings appear only when trees are chosen. */
final class ModelSection {
    private final Node node;

    ModelSection(SynthesizeViewModel vm) {
        SynthesisForm f = vm.form();
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox();
        choices.getStyleClass().add("synthesize-choices");
        for (String model : SynthesisForm.MODELS) {
            RadioButton b = new RadioButton(Messages.get("synthesize.model." + model));
            b.setId("synthesize-model-" + model);
            b.setToggleGroup(group);
            b.setUserData(model);
            b.setSelected(model.equals(f.modelProperty().get()));
            choices.getChildren().addAll(b, indented(Sections.hint(Messages.get("synthesize.model." + model + ".text"))));
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                f.modelProperty().set((String) now.getUserData());
            }
        });
        f.modelProperty().addListener((o, old, m) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(m)).findFirst().ifPresent(t -> t.setSelected(true)));

        TextField minLeaf = new TextField();
        minLeaf.setId("synthesize-min-leaf");
        minLeaf.setPromptText(Messages.get("synthesize.minLeaf.prompt"));
        minLeaf.setPrefColumnCount(8);
        minLeaf.textProperty().bindBidirectional(f.minLeafProperty());
        Label leafHint = Sections.hint("");
        leafHint.textProperty().bind(vm.minLeafHintProperty());
        CheckBox smoothing = new CheckBox(Messages.get("synthesize.smoothing"));
        smoothing.setId("synthesize-smoothing");
        smoothing.selectedProperty().bindBidirectional(f.smoothingProperty());
        TextField visit = new TextField();
        visit.setId("synthesize-visit");
        visit.setPromptText(Messages.get("synthesize.visitSequence.prompt"));
        visit.setPrefColumnCount(24);
        visit.textProperty().bindBidirectional(f.visitSequenceProperty());

        GridPane trees = Sections.grid();
        trees.addRow(0, new Label(Messages.get("synthesize.minLeaf")), minLeaf);
        trees.add(leafHint, 1, 1);
        trees.add(smoothing, 1, 2);
        trees.addRow(3, new Label(Messages.get("synthesize.visitSequence")), visit);
        BooleanBinding isTrees = f.modelProperty().isEqualTo("cart");
        trees.visibleProperty().bind(isTrees);
        trees.managedProperty().bind(isTrees);
        node = Sections.section("synthesize.section.model", null, choices, trees);
    }

    private static Node indented(Label l) {
        l.getStyleClass().add("indented");
        return l;
    }

    Node node() {
        return node;
    }
}
