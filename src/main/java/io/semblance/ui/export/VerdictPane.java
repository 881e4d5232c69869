// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand side of the Export step: the run in one line, its verdict counts and its red verdicts by name. */
final class VerdictPane {
    private final VBox box;

    VerdictPane(ExportViewModel vm) {
        Label run = new Label();
        run.setId("export-run-summary");
        run.setWrapText(true);
        run.textProperty().bind(vm.runSummaryProperty());
        Label counts = new Label();
        counts.setId("export-counts");
        counts.getStyleClass().add("export-counts");
        counts.textProperty().bind(vm.verdictCountsProperty());
        Label intro = ExportView.wrapped("", "export-red-intro");
        VBox red = new VBox(8);
        red.setId("export-red");
        ScrollPane scroll = new ScrollPane(red);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("export-red-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        ListChangeListener<MetricResult> fill = c -> {
            red.getChildren().setAll(vm.redVerdicts().stream().map(VerdictList::item).toList());
            intro.setText(Messages.get(vm.redVerdicts().isEmpty() ? "export.verdicts.noRed" : "export.verdicts.red"));
            intro.getStyleClass().removeAll("has-red");
            if (!vm.redVerdicts().isEmpty()) {
                intro.getStyleClass().add("has-red");
            }
        };
        vm.redVerdicts().addListener(fill);
        fill.onChanged(null);
        box = new VBox(8, ExportView.caption("export.verdicts"), run, counts, intro, scroll);
        box.getStyleClass().add("export-verdicts");
    }

    VBox node() {
        return box;
    }
}
