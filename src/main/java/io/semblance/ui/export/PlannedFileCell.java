// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A file the export will write: its name, and on the right whether it is new or exists (and will be asked about). */
final class PlannedFileCell extends ListCell<PlannedFile> {
    private final Label name = new Label();
    private final Label state = new Label();
    private final HBox row;

    PlannedFileCell() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        name.setMinWidth(0);
        state.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(12, name, gap, state);
        setText(null);
    }

    @Override
    protected void updateItem(PlannedFile f, boolean empty) {
        super.updateItem(f, empty);
        state.getStyleClass().removeAll("exists", "new");
        if (empty || f == null) {
            setGraphic(null);
            return;
        }
        name.setText(f.path().getFileName().toString());
        state.setText(Messages.get(f.exists() ? "export.files.exists" : "export.files.new"));
        state.getStyleClass().add(f.exists() ? "exists" : "new");
        setGraphic(row);
    }
}
