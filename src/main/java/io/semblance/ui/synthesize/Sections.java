// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Building blocks of the Synthesize form: titled sections, hints and inline messages. */
final class Sections {
    private Sections() {
    }

    /** A titled block of the form, shown only while {@code shown} holds (null: always). */
    static VBox section(String titleKey, ObservableBooleanValue shown, Node... content) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("synthesize-section-title");
        VBox box = new VBox(title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("synthesize-section");
        if (shown != null) {
            box.visibleProperty().bind(shown);
            box.managedProperty().bind(shown);
        }
        return box;
    }

    /** A two-column grid of labels and fields; the labels never shrink, the fields keep their preferred width. */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("synthesize-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(false);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** A grey explanatory line. */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A line showing a message in the given style, hidden while the message is empty. */
    static Label message(ObservableStringValue text, String style, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
