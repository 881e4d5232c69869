// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Icons;
import io.semblance.ui.project.FxProjectDialogs;
import io.semblance.ui.project.ProjectViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Everything around the steps: menu bar, status bar, keys, title, theme, the window's remembered placement, and the
 * question about unsaved changes when the window closes.
 */
public final class WorkbenchFrame {
    private final WorkbenchViewModel vm;
    private final ProjectViewModel project;
    private final Themes themes;
    private final WindowMemory memory;

    /**
     * @param project the project around {@code vm}'s session
     * @param memory  where the window placement and theme are remembered
     */
    public WorkbenchFrame(WorkbenchViewModel vm, ProjectViewModel project, WindowMemory memory) {
        this.vm = vm;
        this.project = project;
        this.memory = memory;
        this.themes = new Themes(memory);
    }

    /**
     * A frame asking its project questions in dialogs over {@code stage}; a reopened project's runs are made again
     * by the Synthesize step.
     */
    public static WorkbenchFrame over(Stage stage, WorkbenchViewModel vm, WindowMemory memory) {
        ProjectViewModel project = new ProjectViewModel(vm, new FxProjectDialogs(stage),
                runs -> vm.synthesizer().regenerate(runs));
        return new WorkbenchFrame(vm, project, memory);
    }

    /** Puts the menu and status bar around {@code root} and shows it in the stage. */
    void show(Stage stage, BorderPane root) {
        WindowPlacement placement = new WindowPlacement(stage, memory);
        root.setTop(new WorkbenchMenu(vm, project, themes, () -> close(stage, placement), stage).node());
        root.setBottom(new StatusBar(vm, project).node());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Themes.BASE);
        Shortcuts.install(scene, vm);
        stage.setScene(scene);
        themes.install(stage);
        stage.titleProperty().bind(project.titleProperty());
        stage.getIcons().setAll(Icons.window());
        stage.setOnCloseRequest(e -> {
            if (project.confirmClose()) {
                placement.remember();
            } else {
                e.consume();
            }
        });
        placement.restore();
        stage.show();
        // The minimum is set once shown, so that window managers open it at the size chosen above.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
    }

    private void close(Stage stage, WindowPlacement placement) {
        if (project.confirmClose()) {
            placement.remember();
            stage.close();
        }
    }

    /** Saving and reopening the session as a project. */
    public ProjectViewModel project() {
        return project;
    }

    /** The chosen theme; changing it restyles every open window and is remembered. */
    public ObjectProperty<Theme> themeProperty() {
        return themes.themeProperty();
    }
}
