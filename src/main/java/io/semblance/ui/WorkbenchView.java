// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.columns.ColumnsView;
import io.semblance.ui.common.Icons;
import io.semblance.ui.common.Messages;
import io.semblance.ui.data.PreviewView;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The main window: toolbar, columns beside a preview, status bar; an invitation to open a table when empty. */
public final class WorkbenchView {
    private final WorkbenchViewModel vm;

    public WorkbenchView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** Fills and shows the stage. */
    public void show(Stage stage) {
        Button open = new Button(Messages.get("action.open"));
        open.setId("open");
        open.setTooltip(new Tooltip(Messages.get("action.open.help")));
        open.setOnAction(e -> vm.open());
        open.disableProperty().bind(vm.synthesizingProperty());
        Button synthesize = new Button(Messages.get("action.synthesize"));
        synthesize.setId("synthesize");
        synthesize.getStyleClass().add("primary");
        synthesize.setTooltip(new Tooltip(Messages.get("action.synthesize.help")));
        synthesize.setOnAction(e -> vm.synthesize());
        synthesize.disableProperty().bind(vm.datasetProperty().isNull().or(vm.job().busyProperty()));
        ToolBar toolbar = new ToolBar(open, synthesize);

        Label columnsCaption = new Label(Messages.get("columns.caption"));
        columnsCaption.getStyleClass().add("pane-caption");
        ColumnsView columns = new ColumnsView(vm.columns(), vm::setRole);
        VBox.setVgrow(columns.node(), Priority.ALWAYS);
        columns.node().disableProperty().bind(vm.synthesizingProperty()); // roles are fixed while a run uses them
        VBox left = new VBox(columnsCaption, columns.node());
        left.getStyleClass().add("pane");
        PreviewView preview = new PreviewView(vm.datasetProperty(), vm.previewRows());
        SplitPane split = new SplitPane(left, preview.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        split.visibleProperty().bind(vm.datasetProperty().isNotNull());

        StackPane centre = new StackPane(emptyState(), split);
        BorderPane root = new BorderPane(centre);
        root.setTop(toolbar);
        root.setBottom(new StatusBar(vm).node());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(WorkbenchView.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+O"), open::fire);
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

    private VBox emptyState() {
        BooleanBinding busy = vm.job().busyProperty().and(vm.datasetProperty().isNull());
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(busy).then(Messages.get("empty.opening"))
                .otherwise(Messages.get("empty.heading")));
        heading.getStyleClass().add("empty-heading");
        Label text = new Label(Messages.get("empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        Button open = new Button(Messages.get("empty.open"));
        open.setId("empty-open");
        open.getStyleClass().add("primary");
        open.setOnAction(e -> vm.open());
        for (Node n : List.of(text, open)) {
            n.visibleProperty().bind(busy.not());
        }
        VBox box = new VBox(heading, text, open);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(vm.datasetProperty().isNull());
        return box;
    }
}
