// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.model.Dataset;
import io.semblance.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first rows of the loaded table, read-only. The table's items are row numbers; each visible cell reads
 * its value from the dataset when drawn, so nothing is copied.
 */
public final class PreviewView {
    private static final int SIZE_SAMPLE = 50;
    private final TableView<Integer> table = new TableView<>();
    private final Label caption = new Label();
    private final VBox box = new VBox(caption, table);

    public PreviewView(ObservableValue<Dataset> dataset, ObservableList<Integer> rows) {
        table.setId("preview");
        table.setItems(rows);
        table.setEditable(false);
        table.setPlaceholder(new Label(Messages.get("preview.empty")));
        caption.getStyleClass().add("pane-caption");
        box.getStyleClass().add("pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        dataset.addListener((o, old, d) -> show(d));
        rows.addListener((ListChangeListener<Integer>) ch -> caption(dataset.getValue(), rows.size()));
        show(dataset.getValue());
        caption(dataset.getValue(), rows.size());
    }

    public VBox node() {
        return box;
    }

    private void caption(Dataset d, int shown) {
        caption.setText(d == null ? Messages.get("preview.caption.none")
                : shown < d.rowCount() ? Messages.get("preview.caption.some", shown, d.rowCount())
                : Messages.get("preview.caption.all", d.rowCount()));
    }

    private void show(Dataset d) {
        table.getColumns().clear();
        if (d == null) {
            return;
        }
        TableColumn<Integer, String> number = new TableColumn<>(Messages.get("preview.rowNumber"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(c.getValue() + 1)));
        number.getStyleClass().add("row-number");
        number.setSortable(false);
        number.setPrefWidth(56);
        table.getColumns().add(number);
        for (int c = 0; c < d.columnCount(); c++) {
            int col = c;
            TableColumn<Integer, String> column = new TableColumn<>(d.name(c));
            column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(d.value(v.getValue(), col)));
            column.setCellFactory(v -> new ValueCell());
            column.setSortable(false);
            column.setPrefWidth(width(d, c));
            table.getColumns().add(column);
        }
    }

    /** A width that fits the header and typical values, within bounds. */
    private static double width(Dataset d, int c) {
        int chars = d.name(c).length();
        for (int r = 0; r < Math.min(SIZE_SAMPLE, d.rowCount()); r++) {
            String v = d.value(r, c);
            chars = Math.max(chars, v == null ? 0 : v.length());
        }
        return Math.max(60, Math.min(240, 7.5 * chars + 24));
    }

    /** Shows missing values as a faint dash, so they are not mistaken for empty text. */
    private static final class ValueCell extends TableCell<Integer, String> {
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
                setTooltip(item.length() > 30 ? new Tooltip(item) : null);
            }
        }
    }
}
