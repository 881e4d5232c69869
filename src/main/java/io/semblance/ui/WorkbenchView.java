// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.columns.ColumnsView;
import io.semblance.ui.compare.CompareView;
import io.semblance.ui.compare.CompareViewModel;
import io.semblance.ui.common.Icons;
import io.semblance.ui.common.Messages;
import io.semblance.ui.data.PreviewView;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: a menu bar, the six steps along the left edge, the current step's page, the status bar. Each
 * step's page is built once, when first shown.
 */
public final class WorkbenchView {
    private final WorkbenchViewModel vm;
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final StackPane content = new StackPane();

    public WorkbenchView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** Fills and shows the stage. */
    public void show(Stage stage) {
        BorderPane root = new BorderPane(content);
        MenuBar menu = new WorkbenchMenu(vm).node();
        root.setTop(menu);
        root.setLeft(new StepRail(vm).node());
        root.setBottom(new StatusBar(vm).node());
        content.getStyleClass().add("step-content");
        vm.stepProperty().addListener((o, old, s) -> showPage(s));
        showPage(vm.stepProperty().get());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(WorkbenchView.class.getResource("workbench.css").toExternalForm());
        Shortcuts.install(scene, vm);
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(Icons.window());
        stage.setScene(scene);
        // Sized explicitly and the minimum set once shown, so that window managers open it at a comfortable size.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(820, screen.getHeight()));
        stage.show();
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
    }

    private void showPage(Step step) {
        Node page = pages.computeIfAbsent(step, this::page);
        content.getChildren().setAll(page);
    }

    /** The page of a step, built on first use. */
    private Node page(Step step) {
        return switch (step) {
            case DATA -> dataPage();

            case COLUMNS -> columnsPage();

            case SYNTHESIZE -> synthesizePage();

            case COMPARE -> new CompareView(new CompareViewModel(vm.session())).node();

            case PRIVACY -> new StepPage(step, new Label()).node();

            case EXPORT -> new StepPage(step, new Label()).node();
        };
    }

    private Node dataPage() {
        PreviewView preview = new PreviewView(vm.datasetProperty(), vm.previewRows());
        preview.node().visibleProperty().bind(vm.datasetProperty().isNotNull());
        StackPane body = new StackPane(new EmptyState(vm).node(), preview.node());
        VBox.setVgrow(body, Priority.ALWAYS);
        return new StepPage(Step.DATA, body).node();
    }

    private Node columnsPage() {
        ColumnsView columns = new ColumnsView(vm.columns(), vm::setRole);
        columns.node().disableProperty().bind(vm.synthesizingProperty()); // roles are fixed while a run uses them
        return new StepPage(Step.COLUMNS, columns.node()).node();
    }

    private Node synthesizePage() {
        Button synthesize = new Button(Messages.get("action.synthesize"));
        synthesize.setId("synthesize");
        synthesize.getStyleClass().add("primary");
        synthesize.setOnAction(e -> vm.synthesize());
        synthesize.disableProperty().bind(vm.datasetProperty().isNull().or(vm.job().busyProperty()));
        return new StepPage(Step.SYNTHESIZE, synthesize).node();
    }
}
