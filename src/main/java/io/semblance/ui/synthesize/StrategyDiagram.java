// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.common.Messages;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * A small picture of the table that leaves the organisation under a strategy: one square per value, real values in
 * one colour, generated values in another. The fourth column stands for a sensitive column.
 */
final class StrategyDiagram {
    private static final int COLUMNS = 5;
    private static final int ROWS = 6;
    private static final int SENSITIVE = 3;
    private static final double CELL = 11;
    private static final double GAP = 2;

    private StrategyDiagram() {
    }

    /** The diagram of one strategy. */
    static Node of(Strategy strategy) {
        Group g = new Group();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                Rectangle cell = square(generated(strategy, r, c));
                cell.setX(c * (CELL + GAP));
                cell.setY(r * (CELL + GAP));
                g.getChildren().add(cell);
            }
        }
        g.getStyleClass().add("synthesize-diagram");
        return g;
    }

    /** Whether the value at (row, column) is generated: hybrid keeps real values in every other row. */
    static boolean generated(Strategy strategy, int row, int column) {
        return switch (strategy) {
            case FULL -> true;
            case PARTIAL -> column == SENSITIVE;
            case HYBRID -> column == SENSITIVE || row % 2 == 1;
        };
    }

    /** The key: what each colour means. */
    static Node legend() {
        HBox box = new HBox(entry(false, "synthesize.legend.real"), entry(true, "synthesize.legend.generated"));
        box.getStyleClass().add("synthesize-legend");
        return box;
    }

    private static Label entry(boolean generated, String key) {
        Label l = new Label(Messages.get(key), square(generated));
        l.getStyleClass().add("hint");
        return l;
    }

    private static Rectangle square(boolean generated) {
        Rectangle r = new Rectangle(CELL, CELL);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().add(generated ? "cell-generated" : "cell-real");
        return r;
    }
}
