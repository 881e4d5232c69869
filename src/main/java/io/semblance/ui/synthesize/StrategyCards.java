// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The three strategies side by side, each a card with a radio button naming it, a diagram and one sentence; a click
 * anywhere on a card chooses it.
 */
final class StrategyCards {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("selected");
    private final VBox box;

    StrategyCards(ObjectProperty<Strategy> strategy) {
        ToggleGroup group = new ToggleGroup();
        HBox cards = new HBox();
        cards.getStyleClass().add("synthesize-cards");
        for (Strategy s : Strategy.values()) {
            RadioButton name = new RadioButton(Messages.get("synthesize.strategy." + s.id() + ".name"));
            name.setId("synthesize-strategy-" + s.id());
            name.getStyleClass().add("card-name");
            name.setToggleGroup(group);
            name.setUserData(s);
            name.setSelected(strategy.get() == s);
            Label text = new Label(Messages.get("synthesize.strategy." + s.id() + ".text"));
            text.setWrapText(true);
            text.getStyleClass().add("card-text");
            VBox card = new VBox(name, StrategyDiagram.of(s), text);
            card.getStyleClass().add("synthesize-card");
            card.pseudoClassStateChanged(CHOSEN, name.isSelected());
            name.selectedProperty().addListener((o, was, now) -> card.pseudoClassStateChanged(CHOSEN, now));
            card.setOnMouseClicked(e -> name.setSelected(true));
            card.setPrefWidth(170);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                strategy.set((Strategy) now.getUserData());
            }
        });
        strategy.addListener((o, old, s) -> group.getToggles().stream().filter(t -> t.getUserData() == s)
                .findFirst().ifPresent(t -> t.setSelected(true)));
        box = new VBox(cards, StrategyDiagram.legend());
        box.getStyleClass().add("synthesize-strategy");
    }

    Node node() {
        return box;
    }
}
