// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/**
 * A role picker that is always visible, so the steward sees at once that roles can be changed. Each role has its
 * colour (identifier red, quasi-identifier amber, sensitive purple, insensitive grey) and always its name too.
 */
final class RoleCell extends TableCell<ColumnRow, ColumnRole> {
    private final ComboBox<ColumnRole> box = new ComboBox<>();
    private boolean updating;

    /** @param onRole called with the column's name and the role the user picked */
    RoleCell(BiConsumer<String, ColumnRole> onRole, ObservableBooleanValue locked) {
        box.getItems().setAll(ColumnRole.values());
        box.setConverter(RoleNames.converter());
        box.setCellFactory(l -> new Swatched());
        box.setButtonCell(new Swatched());
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("role-box");
        box.disableProperty().bind(locked);
        box.setOnAction(e -> {
            ColumnRow row = getTableRow().getItem();
            if (!updating && row != null && box.getValue() != null && box.getValue() != row.role()) {
                onRole.accept(row.name(), box.getValue());
            }
        });
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ColumnRole item, boolean empty) {
        super.updateItem(item, empty);
        updating = true;
        try {
            box.setValue(empty ? null : item);
        } finally {
            updating = false;
        }
        mark(box, empty ? null : item);
        setGraphic(empty ? null : box);
        setTooltip(empty || item == null ? null : ColumnsTable.tooltip(RoleNames.help(item)));
    }

    /** Puts the role's style class ({@code role-quasi_identifier}…) on a node, removing any other role's. */
    static void mark(javafx.scene.Node node, ColumnRole role) {
        node.getStyleClass().removeIf(c -> Arrays.stream(ColumnRole.values()).anyMatch(r -> c.equals(styleClass(r))));
        if (role != null) {
            node.getStyleClass().add(styleClass(role));
        }
    }

    static String styleClass(ColumnRole role) {
        return "role-" + role.jsonName();
    }

    /** A role's name after a square of its colour. */
    private static final class Swatched extends ListCell<ColumnRole> {
        private final Region swatch = new Region();

        Swatched() {
            swatch.getStyleClass().add("role-swatch");
        }

        @Override
        protected void updateItem(ColumnRole item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : RoleNames.of(item));
            mark(swatch, empty ? null : item);
            setGraphic(empty || item == null ? null : swatch);
        }
    }
}
