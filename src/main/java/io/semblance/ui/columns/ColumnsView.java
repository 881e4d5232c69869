// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import io.semblance.ui.common.Messages;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The columns of the loaded table: detected type, the steward's role (editable), missing share, distinct values, why. */
public final class ColumnsView {
    private final TableView<ColumnRow> table = new TableView<>();

    /** @param onRole called when the user picks a role: column name and the new role */
    public ColumnsView(ObservableList<ColumnRow> rows, BiConsumer<String, ColumnRole> onRole) {
        table.setId("columns");
        table.setItems(rows);
        table.setPlaceholder(new Label(Messages.get("columns.empty")));
        TableColumn<ColumnRow, String> name = text("columns.name", ColumnRow::name, 140);
        TableColumn<ColumnRow, String> type = text("columns.type", ColumnRow::type, 96);
        TableColumn<ColumnRow, ColumnRole> role = new TableColumn<>(Messages.get("columns.role"));
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setCellFactory(c -> new RoleCell(onRole));
        role.setPrefWidth(150);
        role.setMinWidth(150);
        TableColumn<ColumnRow, String> missing = text("columns.missing",
                r -> Messages.get("columns.missingValue", r.missingShare()), 68);
        TableColumn<ColumnRow, String> distinct = text("columns.distinct",
                r -> Messages.get("columns.distinctValue", r.distinct()), 72);
        missing.getStyleClass().add("numeric");
        distinct.getStyleClass().add("numeric");
        TableColumn<ColumnRow, String> why = text("columns.why", ColumnRow::typeReason, 220);
        // The reason takes the room left over; when there is none the table scrolls sideways rather than cut it.
        why.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(140, table.getWidth() - 20
                - name.getWidth() - type.getWidth() - role.getWidth() - missing.getWidth() - distinct.getWidth()),
                table.widthProperty(), name.widthProperty(), type.widthProperty(), role.widthProperty(),
                missing.widthProperty(), distinct.widthProperty()));
        why.setResizable(false);
        name.setMinWidth(110);
        type.setMinWidth(118);
        missing.setMinWidth(68);
        distinct.setMinWidth(72);
        rows.addListener((ListChangeListener<ColumnRow>) c -> fitNames(name, rows));
        table.getColumns().add(name);
        table.getColumns().add(type);
        table.getColumns().add(role);
        table.getColumns().add(missing);
        table.getColumns().add(distinct);
        table.getColumns().add(why);
    }

    /** Widens the name column to the longest name, within bounds, so names are rarely cut. */
    private static void fitNames(TableColumn<ColumnRow, String> name, ObservableList<ColumnRow> rows) {
        int longest = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        name.setPrefWidth(Math.max(110, Math.min(180, 7.5 * longest + 20)));
    }

    public TableView<ColumnRow> node() {
        return table;
    }

    private static TableColumn<ColumnRow, String> text(String key, Function<ColumnRow, String> value, double width) {
        TableColumn<ColumnRow, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new ExplainedCell());
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    /** A text cell whose tooltip gives the full value and how the column was judged. */
    private static final class ExplainedCell extends TableCell<ColumnRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ColumnRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setTooltip(row == null ? null : tooltip(item + "\n\n" + row.explanation()));
        }
    }

    /** A role picker that is always visible, so the steward sees at once that roles can be changed. */
    private static final class RoleCell extends TableCell<ColumnRow, ColumnRole> {
        private final ComboBox<ColumnRole> box = new ComboBox<>();
        private boolean updating;

        RoleCell(BiConsumer<String, ColumnRole> onRole) {
            box.getItems().setAll(ColumnRole.values());
            box.setConverter(RoleNames.converter());
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("role-box");
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
            setGraphic(empty ? null : box);
            setTooltip(empty || item == null ? null : tooltip(RoleNames.help(item)));
        }
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
