// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.profile.ColumnBins;
import io.semblance.ui.charts.Sparkline;
import io.semblance.ui.common.Messages;
import javafx.scene.control.TableCell;

/** The engine's binned counts of a column as a sparkline, described in the tooltip; a dash when nothing is drawn. */
final class DistributionCell extends TableCell<ColumnRow, ColumnBins> {
    static final double WIDTH = 98;
    private final Sparkline spark = new Sparkline(WIDTH, 18);

    DistributionCell() {
        getStyleClass().add("distribution");
    }

    @Override
    protected void updateItem(ColumnBins item, boolean empty) {
        super.updateItem(item, empty);
        ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        } else if (item == null) {
            setText(Messages.get("columns.bins.computing"));
            setGraphic(null);
            setTooltip(null);
        } else {
            spark.show(item.counts(), item.others());
            setText(item.isEmpty() ? "—" : null);
            setGraphic(item.isEmpty() ? null : spark);
            setTooltip(ColumnsTable.tooltip(BinsText.describe(item, row.meta())));
        }
    }
}
