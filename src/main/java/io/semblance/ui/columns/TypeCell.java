// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.SdType;
import io.semblance.ui.common.Messages;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The declared type as a picker; for a datetime, its format below it, applied on Enter or when the field is left. */
final class TypeCell extends TableCell<ColumnRow, ColumnMeta> {
    private final ComboBox<TypeChoice> box = new ComboBox<>();
    private final TextField format = new TextField();
    private final VBox content = new VBox(box, format);
    private boolean updating;

    TypeCell(ColumnsViewModel vm, ObservableBooleanValue locked) {
        box.getItems().setAll(TypeChoice.all());
        box.setConverter(TypeChoice.converter());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.getStyleClass().add("type-box");
        box.disableProperty().bind(locked);
        box.setOnAction(e -> {
            ColumnRow row = getTableRow().getItem();
            if (!updating && row != null && box.getValue() != null && !box.getValue().equals(TypeChoice.of(row.meta()))) {
                vm.setType(row.name(), box.getValue());
            }
        });
        format.setPromptText(Messages.get("columns.format.prompt"));
        format.setTooltip(ColumnsTable.tooltip(Messages.get("columns.format.help")));
        format.getStyleClass().add("format-field");
        format.disableProperty().bind(locked);
        format.setOnAction(e -> applyFormat(vm));
        format.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                applyFormat(vm);
            }
        });
        content.getStyleClass().add("type-content");
    }

    private void applyFormat(ColumnsViewModel vm) {
        ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (!updating && row != null && !Objects.equals(format.getText(), text(row.meta().datetimeFormat()))) {
            vm.setDatetimeFormat(row.name(), format.getText());
        }
    }

    @Override
    protected void updateItem(ColumnMeta item, boolean empty) {
        super.updateItem(item, empty);
        updating = true;
        try {
            box.setValue(empty || item == null ? null : TypeChoice.of(item));
            format.setText(empty || item == null ? "" : text(item.datetimeFormat()));
        } finally {
            updating = false;
        }
        boolean datetime = !empty && item != null && item.sdtype() == SdType.DATETIME;
        format.setVisible(datetime);
        format.setManaged(datetime);
        setGraphic(empty || item == null ? null : content);
        ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
        setTooltip(row == null || empty ? null : ColumnsTable.tooltip(Messages.get("columns.type.help",
                TypeChoice.of(item).label(), item.sdtypeName(), row.explanation())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
