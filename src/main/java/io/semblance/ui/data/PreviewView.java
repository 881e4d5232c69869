// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.model.Dataset;
import io.semblance.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A table's rows, read-only, however many there are. The table view holds only the rows that fit on screen
 * ({@link RowWindow}); a scroll bar beside it, the mouse wheel and the keys move that window over the whole table.
 * Each visible cell reads its value from the dataset when drawn, so nothing is copied, and a million rows scroll
 * at the cost of one screen of them.
 */
public final class PreviewView {
    static final double ROW_HEIGHT = 24;
    private final RowWindow window = new RowWindow(40);
    private final TableView<Integer> table = new TableView<>(window);
    private final ScrollBar bar = new ScrollBar();
    private final HBox box;
    private double wheel; // wheel movement in rows not yet applied

    public PreviewView(ObservableValue<Dataset> dataset) {
        table.setEditable(false);
        table.setSelectionModel(null); // a selection would stay on the screen row while the window moves
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(Messages.get("preview.empty")));
        table.getStyleClass().add("preview-table");
        table.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        table.skinProperty().addListener((o, old, skin) -> watchViewport());
        HBox.setHgrow(table, Priority.ALWAYS);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((o, old, v) -> window.moveTo((int) Math.round(v.doubleValue())));
        bar.getStyleClass().add("preview-scroll");
        bar.managedProperty().bind(bar.visibleProperty());
        box = new HBox(table, bar);
        box.getStyleClass().add("preview");
        dataset.addListener((o, old, d) -> show(d));
        show(dataset.getValue());
    }

    /** The table beside its scroll bar. */
    public HBox node() {
        return box;
    }

    /** The table view (its items are the {@link RowWindow} on screen). */
    public TableView<Integer> table() {
        return table;
    }

    private void show(Dataset d) {
        window.reset(0); // the old rows must not be drawn against the new table
        table.getColumns().clear();
        if (d != null) {
            table.getColumns().add(numberColumn(d.rowCount()));
            for (int c = 0; c < d.columnCount(); c++) {
                table.getColumns().add(column(d, c));
            }
            window.reset(d.rowCount());
        }
        updateBar();
        bar.setValue(0);
    }

    private static TableColumn<Integer, String> numberColumn(int rows) {
        TableColumn<Integer, String> number = new TableColumn<>(Messages.get("preview.rowNumber"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get("data.rowNumber", c.getValue() + 1)));
        number.getStyleClass().add("row-number");
        number.setSortable(false);
        number.setReorderable(false);
        number.setPrefWidth(24 + 8.5 * Messages.get("data.rowNumber", rows).length());
        return number;
    }

    private static TableColumn<Integer, String> column(Dataset d, int c) {
        TableColumn<Integer, String> column = new TableColumn<>();
        Label head = new Label(d.name(c));
        head.setTooltip(new Tooltip(d.name(c)));
        column.setGraphic(head);
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(d.value(v.getValue(), c)));
        column.setCellFactory(v -> new ValueCell());
        column.setSortable(false);
        column.setPrefWidth(ColumnWidths.guess(d, c));
        return column;
    }

    /** Once the table has its skin: fit the window to the rows' viewport and align the bar with the rows. */
    private void watchViewport() {
        if (table.lookup(".clipped-container") instanceof Region viewport) {
            viewport.heightProperty().addListener((o, old, h) -> {
                window.setCapacity((int) Math.floor(h.doubleValue() / ROW_HEIGHT));
                updateBar();
            });
        }
        if (table.lookup(".column-header-background") instanceof Region header) {
            header.heightProperty().addListener((o, old, h) -> HBox.setMargin(bar, new Insets(h.doubleValue(), 0,
                    0, 0)));
        }
    }

    private void updateBar() {
        bar.setMax(window.maxOffset());
        bar.setVisibleAmount(Math.max(1, window.size()));
        bar.setBlockIncrement(Math.max(1, window.size() - 1));
        bar.setVisible(window.maxOffset() > 0);
        bar.setValue(Math.min(bar.getValue(), bar.getMax()));
    }

    private void scrollTo(double first) {
        bar.setValue(Math.max(0, Math.min(bar.getMax(), first)));
    }

    /** Moves by the lines the platform asks for (three per notch on most desktops), or by pixels from a touchpad. */
    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() == 0 || window.maxOffset() == 0) {
            return; // sideways scrolling is the table's own
        }
        wheel -= switch (e.getTextDeltaYUnits()) {
            case LINES -> e.getTextDeltaY();
            case PAGES -> e.getTextDeltaY() * Math.max(1, window.size() - 1);
            case NONE -> e.getDeltaY() / ROW_HEIGHT;
        };
        int rows = (int) wheel;
        wheel -= rows;
        scrollTo(window.offset() + rows);
        e.consume();
    }

    private void key(KeyEvent e) {
        int page = Math.max(1, window.size() - 1);
        Integer to = switch (e.getCode()) {
            case UP -> window.offset() - 1;
            case DOWN -> window.offset() + 1;
            case PAGE_UP -> window.offset() - page;
            case PAGE_DOWN -> window.offset() + page;
            case HOME -> 0;
            case END -> window.maxOffset();
            default -> null;
        };
        if (to != null) {
            scrollTo(to);
            e.consume();
        }
    }
}
