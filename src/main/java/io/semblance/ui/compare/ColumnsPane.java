// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Columns tab: the scored columns worst first with a filter on the left, the picked column's chart on the right. */
final class ColumnsPane {
    private final SplitPane split;

    ColumnsPane(CompareViewModel vm) {
        TextField filter = new TextField();
        filter.setId("compare-filter");
        filter.setPromptText(Messages.get("compare.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        TableView<ColumnScoreRow> table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox list = new VBox(filter, table);
        list.getStyleClass().add("compare-list");
        split = new SplitPane(list, new ColumnChartPane(vm).node());
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(list, false);
    }

    private static TableView<ColumnScoreRow> table(CompareViewModel vm) {
        TableView<ColumnScoreRow> table = new TableView<>(vm.rows());
        table.setId("compare-columns");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.filterProperty().isEmpty())
                .then(Messages.get("compare.columns.none")).otherwise(Messages.get("compare.columns.empty")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnScoreRow, ColumnScoreRow> name = column("compare.column", 150, r -> r);
        name.setCellFactory(c -> new NameCell());
        TableColumn<ColumnScoreRow, ColumnScoreRow> type = column("compare.type", 86, r -> r);
        type.setCellFactory(c -> new NameCell(ColumnScoreRow::type));
        TableColumn<ColumnScoreRow, ColumnScoreRow> score = column("compare.score", 130, r -> r);
        score.setCellFactory(c -> new ScoreCell());
        table.getColumns().add(name);
        table.getColumns().add(type);
        table.getColumns().add(score);
        // The table follows the view model; a row the filter hides keeps its chart.
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, old, row) -> table.getSelectionModel().select(row));
        // A column the filter hid and shows again is marked again.
        vm.rows().addListener((ListChangeListener<ColumnScoreRow>) c -> table.getSelectionModel()
                .select(vm.selectedProperty().get()));
        table.getSelectionModel().select(vm.selectedProperty().get());
        return table;
    }

    private static TableColumn<ColumnScoreRow, ColumnScoreRow> column(String key, double width,
                                                                      Function<ColumnScoreRow, ColumnScoreRow> value) {
        TableColumn<ColumnScoreRow, ColumnScoreRow> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A column's name (or another text of its row), cut with an ellipsis and given whole in the tooltip. */
    private static final class NameCell extends TableCell<ColumnScoreRow, ColumnScoreRow> {
        private final Function<ColumnScoreRow, String> text;

        NameCell() {
            this(ColumnScoreRow::column);
        }

        NameCell(Function<ColumnScoreRow, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(ColumnScoreRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
            setTooltip(empty || row == null ? null : new Tooltip(row.column() + " · " + row.type() + " · "
                    + Messages.get("compare.column.score", row.metric(), row.score())));
        }
    }

    Node node() {
        return split;
    }
}
