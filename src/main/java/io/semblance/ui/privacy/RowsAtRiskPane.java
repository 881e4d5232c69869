// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.model.Dataset;
import io.semblance.core.privacy.RowRisks;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The criteria, the synthetic rows at risk under them, the real row that puts the selected one at risk, and remediation. */
final class RowsAtRiskPane {
    private final TableView<Integer> table = new TableView<>();
    private final VBox box;

    RowsAtRiskPane(PrivacyViewModel vm) {
        RowsAtRiskModel rows = vm.rows();
        CheckBox byDistance = new CheckBox(Messages.get("privacy.rows.byDistance"));
        byDistance.setId("rows-by-distance");
        byDistance.selectedProperty().bindBidirectional(rows.byDistanceProperty());
        CheckBox uniques = new CheckBox(Messages.get("privacy.rows.uniques"));
        uniques.setId("rows-uniques");
        uniques.selectedProperty().bindBidirectional(rows.uniquesProperty());
        Label summary = new Label();
        summary.setId("rows-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(rows.summaryProperty());
        summary.getStyleClass().add("rows-summary");

        table.setId("rows-at-risk");
        table.setItems(rows.rows());
        table.setPlaceholder(new Label(Messages.get("privacy.rows.empty")));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.SINGLE);
        rows.risksProperty().addListener((o, was, now) -> columns(rows, now));
        columns(rows, rows.risksProperty().get());
        VBox.setVgrow(table, Priority.ALWAYS);
        RealRowPane real = new RealRowPane(rows, table.getSelectionModel().selectedItemProperty());

        Button remediate = new Button(Messages.get("privacy.remediate"));
        remediate.setId("remediate");
        remediate.getStyleClass().add("primary");
        remediate.setTooltip(new Tooltip(Messages.get("privacy.remediate.help")));
        remediate.disableProperty().bind(vm.canRemediateProperty().not());
        remediate.setOnAction(e -> vm.remediate());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        HBox actions = new HBox(10, summary, gap, remediate);
        actions.getStyleClass().add("rows-actions");
        box = new VBox(byDistance, new DistanceControl(rows, "distance-rows").node(), uniques,
                DistancesPane.measuring(rows.job()), actions, table, real.node());
        box.getStyleClass().add("privacy-rows");
    }

    /** Row number, distances and reason, then the synthetic row's own values. */
    private void columns(RowsAtRiskModel rows, RowRisks risks) {
        table.getColumns().clear();
        Run run = rows.runProperty().get();
        if (risks == null || run == null) {
            return;
        }
        Dataset syn = run.synthetic();
        column(Messages.get("privacy.rows.row"), i -> String.format("%,d", i + 1), "numeric");
        column(Messages.get("privacy.rows.toTraining"), i -> RiskText.distance(risks.toTraining(i)), "numeric");
        if (risks.hasHoldout()) {
            column(Messages.get("privacy.rows.toHoldout"), i -> RiskText.distance(risks.toHoldout(i)), "numeric");
        }
        column(Messages.get("privacy.rows.why"), rows::reason, null).setPrefWidth(250);
        for (int c = 0; c < syn.columnCount(); c++) {
            int col = c;
            column(syn.name(c), i -> shown(syn.value(i, col)), null);
        }
    }

    private TableColumn<Integer, String> column(String title, IntFunction<String> text, String style) {
        TableColumn<Integer, String> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        column.setSortable(false);
        if (style != null) {
            column.getStyleClass().add(style);
        }
        table.getColumns().add(column);
        return column;
    }

    /** A value as the table shows it: missing as a dash. */
    static String shown(String value) {
        return value == null ? Messages.get("preview.missing") : value;
    }

    Node node() {
        return box;
    }
}
