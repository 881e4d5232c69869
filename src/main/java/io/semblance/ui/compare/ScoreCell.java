// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.ui.common.Messages;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A column's shape score as a bar coloured by verdict, with the score as a percentage beside it. */
final class ScoreCell extends TableCell<ColumnScoreRow, ColumnScoreRow> {
    private final ProgressBar bar = new ProgressBar();
    private final Label value = new Label();
    private final HBox box = new HBox(6, bar, value);

    ScoreCell() {
        bar.setMinWidth(24); // the bar gives way to the number when the column is narrow
        bar.setPrefWidth(60);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        value.getStyleClass().add("score-number");
        value.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("score-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ColumnScoreRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        bar.setProgress(Double.isNaN(row.score()) ? 0 : row.score());
        bar.getStyleClass().removeIf(c -> c.startsWith("level-"));
        bar.getStyleClass().add(ScoreHeader.levelClass(row.level()));
        value.setText(Double.isNaN(row.score()) ? Messages.get("compare.notScored")
                : Messages.get("compare.percent", row.score()));
        setGraphic(box);
    }
}
