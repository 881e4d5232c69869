// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.model.Dataset;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/** The selected synthetic row above the training row that puts it at risk, values that differ set apart. */
final class RealRowPane {
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);

    RealRowPane(RowsAtRiskModel rows, ObservableValue<Integer> selected) {
        grid.getStyleClass().add("real-row");
        scroll.setFitToHeight(true);
        scroll.setMinHeight(86);
        scroll.setPrefHeight(86);
        selected.addListener((o, was, now) -> show(rows, now));
        show(rows, selected.getValue());
    }

    private void show(RowsAtRiskModel rows, Integer row) {
        grid.getChildren().clear();
        Run run = rows.runProperty().get();
        int near = row == null ? -1 : rows.realRow(row);
        boolean shown = run != null && near >= 0;
        scroll.setVisible(shown);
        scroll.setManaged(shown);
        if (!shown) {
            return;
        }
        Dataset syn = run.synthetic();
        Dataset train = run.training();
        grid.add(new Label(), 0, 0);
        grid.add(label(Messages.get("privacy.rows.synthetic", row + 1), "row-name"), 0, 1);
        grid.add(label(Messages.get(rows.close(row) ? "privacy.rows.closest" : "privacy.rows.uniqueRow", near + 1),
                "row-name"), 0, 2);
        for (int c = 0; c < syn.columnCount(); c++) {
            String s = syn.value(row, c);
            int t = train.indexOf(syn.name(c));
            String r = t < 0 ? null : train.value(near, t);
            String differs = Objects.equals(s, r) ? "same" : "differs";
            grid.add(label(syn.name(c), "column-name"), c + 1, 0);
            grid.add(label(RowsAtRiskPane.shown(s), differs), c + 1, 1);
            grid.add(label(RowsAtRiskPane.shown(r), differs), c + 1, 2);
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    Node node() {
        return scroll;
    }
}
