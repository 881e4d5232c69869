// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.columns.ColumnsView;
import io.semblance.ui.compare.CompareView;
import io.semblance.ui.compare.CompareViewModel;
import io.semblance.ui.data.DataView;
import io.semblance.ui.export.ExportView;
import io.semblance.ui.synthesize.SynthesizeView;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: a menu bar, the six steps along the left edge, the current step's page, the status bar. Each
 * step's page is built once, when first shown.
 */
public final class WorkbenchView {
    private final WorkbenchViewModel vm;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final StackPane content = new StackPane();
    private final WorkbenchFrame frame;

    /** A window that remembers nothing between starts; project questions are asked in dialogs over it. */
    public WorkbenchView(WorkbenchViewModel vm) {
        this(vm, null);
    }

    /** A window inside the given frame (menus, status bar, project, theme, placement); null for a plain one. */
    public WorkbenchView(WorkbenchViewModel vm, WorkbenchFrame frame) {
        this.vm = vm;
        this.frame = frame;
    }

    /** Fills and shows the stage. */
    public void show(Stage stage) {
        BorderPane root = new BorderPane(content);
        root.setLeft(new StepRail(vm).node());
        content.getStyleClass().add("step-content");
        vm.stepProperty().addListener((o, old, s) -> showPage(s));
        showPage(vm.stepProperty().get());
        (frame != null ? frame : WorkbenchFrame.over(stage, vm, WindowMemory.none())).show(stage, root);
    }

    private void showPage(Step step) {
        Node page = pages.computeIfAbsent(step, this::page);
        content.getChildren().setAll(page);
    }

    /** The page of a step, built on first use. */
    private Node page(Step step) {
        return switch (step) {
            case DATA -> new DataView(vm.data()).node();

            case COLUMNS -> new ColumnsView(vm.session()).node();

            case SYNTHESIZE -> new SynthesizeView(vm.synthesizer()).node();

            case COMPARE -> new CompareView(new CompareViewModel(vm.session())).node();

            case PRIVACY -> new StepPage(step, io.semblance.ui.privacy.PrivacyView.page(vm.session())).node();

            case EXPORT -> ExportView.create(vm.session()).node();
        };
    }
}
