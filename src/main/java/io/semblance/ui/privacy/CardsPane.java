// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The verdict cards in two groups: distance to real rows, and linkage through quasi-identifiers. */
final class CardsPane {
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);

    CardsPane(PrivacyViewModel vm) {
        box.getStyleClass().add("privacy-cards");
        scroll.setFitToWidth(true);
        vm.boardProperty().addListener((o, was, now) -> fill(now));
        fill(vm.boardProperty().get());
    }

    private void fill(RiskBoard board) {
        box.getChildren().clear();
        group("privacy.group.distance", board.distance());
        group("privacy.group.disclosure", board.disclosure());
    }

    private void group(String caption, List<RiskCard> cards) {
        if (cards.isEmpty()) {
            return;
        }
        Label title = new Label(Messages.get(caption));
        title.getStyleClass().add("pane-caption");
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("card-flow");
        cards.forEach(c -> flow.getChildren().add(card(c)));
        box.getChildren().addAll(title, flow);
    }

    private static Node card(RiskCard c) {
        Label name = new Label(c.metric().label());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox head = new HBox(name, pill(c.level()));
        head.getStyleClass().add("card-head");
        Label value = new Label(c.value());
        value.getStyleClass().add("card-value");
        Label reference = new Label(c.reference());
        reference.getStyleClass().add("card-reference");
        Label sentence = new Label(c.metric().sentence());
        sentence.getStyleClass().add("card-sentence");
        sentence.setWrapText(true);
        VBox card = new VBox(head, new HBox(12, value, reference), sentence);
        card.getStyleClass().add("risk-card");
        card.setId("card-" + c.key());
        reference.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** The verdict as a coloured pill that follows the level. */
    static Label pill(javafx.beans.value.ObservableValue<Level> level) {
        Label pill = new Label();
        pill.getStyleClass().add("verdict");
        pill.setMinWidth(Region.USE_PREF_SIZE);
        pill.setMaxWidth(Region.USE_PREF_SIZE);
        pill.textProperty().bind(Bindings.createStringBinding(() -> RiskText.level(level.getValue()), level));
        restyle(pill, level.getValue());
        level.addListener((o, was, now) -> restyle(pill, now));
        return pill;
    }

    private static void restyle(Label pill, Level level) {
        pill.getStyleClass().removeAll("level-green", "level-amber", "level-red");
        pill.getStyleClass().add("level-" + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    Node node() {
        return scroll;
    }
}
