// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnRole;
import io.semblance.ui.common.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The table of columns: name, declared type (editable, with a datetime's format), role (editable, colour-coded),
 * distinct values, missing share, a distribution sparkline and, last because it takes the room left, the PII
 * finding with its reason. Several rows can be selected for a bulk role change.
 */
final class ColumnsTable {
    private final TableView<ColumnRow> table = new TableView<>();

    ColumnsTable(ColumnsViewModel vm) {
        table.setId("columns");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(Messages.get("columns.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<ColumnRow, String> name = text("columns.name", ColumnRow::name, 140);
        TableColumn<ColumnRow, io.semblance.core.model.ColumnMeta> type = new TableColumn<>(Messages.get("columns.type"));
        type.setCellValueFactory(c -> c.getValue().metaProperty());
        type.setCellFactory(c -> new TypeCell(vm, vm.lockedProperty()));
        fixed(type, 180);
        TableColumn<ColumnRow, ColumnRole> role = new TableColumn<>(Messages.get("columns.role"));
        role.setCellValueFactory(c -> c.getValue().roleProperty());
        role.setCellFactory(c -> new RoleCell(vm::setRole, vm.lockedProperty()));
        fixed(role, 160);
        TableColumn<ColumnRow, String> distinct = text("columns.distinct",
                r -> Messages.get("columns.distinctValue", r.distinct()), 72);
        TableColumn<ColumnRow, String> missing = text("columns.missing",
                r -> Messages.get("columns.missingValue", r.missingShare()), 68);
        distinct.getStyleClass().add("numeric");
        missing.getStyleClass().add("numeric");
        TableColumn<ColumnRow, io.semblance.core.profile.ColumnBins> dist = new TableColumn<>(
                Messages.get("columns.distribution"));
        dist.setCellValueFactory(c -> c.getValue().binsProperty());
        dist.setCellFactory(c -> new DistributionCell());
        fixed(dist, DistributionCell.WIDTH + 16);
        TableColumn<ColumnRow, String> pii = text("columns.pii", ColumnRow::piiText, 200);
        pii.setCellFactory(PiiCell::new);
        List<TableColumn<ColumnRow, ?>> others = List.of(name, type, role, distinct, missing, dist);
        // The PII finding takes the room left over; when there is none the table scrolls sideways rather than cut it.
        pii.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(180, table.getWidth() - 20
                - others.stream().mapToDouble(TableColumn::getWidth).sum()), table.widthProperty(),
                name.widthProperty(), type.widthProperty(), role.widthProperty(), distinct.widthProperty(),
                missing.widthProperty(), dist.widthProperty()));
        pii.setResizable(false);
        name.setMinWidth(110);
        vm.rows().addListener((ListChangeListener<ColumnRow>) c -> fitNames(name, vm.rows()));
        fitNames(name, vm.rows());
        table.getColumns().addAll(List.of(name, type, role, distinct, missing, dist, pii));
    }

    TableView<ColumnRow> node() {
        return table;
    }

    /** Widens the name column to the longest name, within bounds; longer names end in "…" and show whole in the tooltip. */
    private static void fitNames(TableColumn<ColumnRow, String> name, List<ColumnRow> rows) {
        int longest = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        name.setPrefWidth(Math.max(110, Math.min(220, 7.5 * longest + 24)));
    }

    private static void fixed(TableColumn<ColumnRow, ?> col, double width) {
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setSortable(false);
    }

    private static TableColumn<ColumnRow, String> text(String key, Function<ColumnRow, String> value, double width) {
        TableColumn<ColumnRow, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new ExplainedCell());
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setSortable(false);
        return col;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** A text cell whose tooltip gives the full value and how the column was judged. */
    private static final class ExplainedCell extends TableCell<ColumnRow, String> {
        ExplainedCell() {
            // Long names often share a start ("date_of_first_…"): keep both ends visible.
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ColumnRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            setTooltip(row == null ? null : tooltip(item + "\n\n" + row.explanation()));
        }
    }

    /** The PII finding and its reason, wrapped to the column's width; its confidence in the tooltip; "None found" in grey. */
    private static final class PiiCell extends TableCell<ColumnRow, String> {
        private final Text text = new Text();

        PiiCell(TableColumn<ColumnRow, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("pii-text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ColumnRow row = empty ? null : getTableRow().getItem();
            text.setText(empty ? null : item);
            setGraphic(empty ? null : text);
            text.getStyleClass().removeAll("pii-none", "pii-found");
            if (row != null) {
                text.getStyleClass().add(row.pii() == null ? "pii-none" : "pii-found");
            }
            setTooltip(row == null || row.pii() == null ? null : tooltip(row.piiDetail()));
        }
    }
}
