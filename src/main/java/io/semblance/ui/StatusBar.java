// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.model.Dataset;
import io.semblance.ui.common.JobTracker;
import io.semblance.ui.common.Messages;
import io.semblance.ui.project.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The project and whether it has unsaved changes, the table's size, reader warnings and the last outcome; while a job
 * runs, its progress with a Cancel button.
 */
final class StatusBar {
    private final HBox bar = new HBox();

    StatusBar(WorkbenchViewModel vm, ProjectViewModel project) {
        Label name = new Label();
        name.setId("status-project");
        name.getStyleClass().add("project");
        name.textProperty().bind(Bindings.createStringBinding(() -> describe(project),
                project.projectProperty(), project.dirtyProperty()));
        name.visibleProperty().bind(project.projectProperty().isNotNull().or(project.dirtyProperty()));
        name.managedProperty().bind(name.visibleProperty());
        Label size = new Label();
        size.setId("status-size");
        size.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.datasetProperty().get()),
                vm.datasetProperty()));
        Label warnings = new Label();
        warnings.setId("status-warnings");
        warnings.getStyleClass().add("warnings");
        Tooltip list = new Tooltip();
        list.setShowDuration(Duration.minutes(1));
        list.setWrapText(true);
        list.setMaxWidth(520);
        warnings.setTooltip(list);
        vm.warnings().addListener((ListChangeListener<String>) c -> showWarnings(warnings, list, vm));
        showWarnings(warnings, list, vm);
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);

        JobTracker job = vm.job();
        Label message = new Label();
        message.setId("job-message");
        message.textProperty().bind(job.messageProperty());
        message.setMinWidth(0);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(job.progressProperty());
        progress.setPrefWidth(180);
        Button cancel = new Button(Messages.get("action.cancel"));
        cancel.setId("job-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox running = new HBox(message, progress, cancel);
        running.getStyleClass().add("job");
        running.visibleProperty().bind(job.busyProperty());
        running.managedProperty().bind(job.busyProperty());
        status.visibleProperty().bind(job.busyProperty().not());

        bar.getChildren().addAll(name, size, warnings, status, gap, running);
        bar.getStyleClass().add("status-bar");
    }

    HBox node() {
        return bar;
    }

    private static String describe(ProjectViewModel p) {
        if (p.projectProperty().get() == null) {
            return Messages.get("status.project.untitled");
        }
        return Messages.get(p.dirtyProperty().get() ? "status.project.dirty" : "status.project", p.name());
    }

    private static String describe(Dataset d) {
        return d == null ? Messages.get("status.noTable")
                : Messages.get("status.size", d.rowCount(), d.columnCount());
    }

    private static void showWarnings(Label label, Tooltip list, WorkbenchViewModel vm) {
        int n = vm.warnings().size();
        label.setText(Messages.get("status.warnings", n));
        label.setVisible(n > 0);
        label.setManaged(n > 0);
        list.setText(String.join("\n", vm.warnings().stream().map(w -> "• " + w).toList()));
    }
}
