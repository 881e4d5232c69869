// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.common.Messages;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A preview cell: missing values as a faint dash, so they are not mistaken for empty text; long values in a tooltip. */
final class ValueCell extends TableCell<Integer, String> {
    private static final int LONG = 30;

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("missing");
        if (empty) {
            setText(null);
            setTooltip(null);
        } else if (item == null) {
            setText(Messages.get("preview.missing"));
            getStyleClass().add("missing");
            setTooltip(null);
        } else {
            setText(item);
            setTooltip(item.length() > LONG ? new Tooltip(item) : null);
        }
    }
}
