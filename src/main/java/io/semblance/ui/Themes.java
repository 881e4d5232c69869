// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.charts.ChartPalette;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Applies the chosen theme to every window of the application, dialogs included, as they open, and to the charts;
 * remembers the choice. Every window gets the workbench's style sheet with the theme's laid over it. Popups take
 * their stylesheets from the window they belong to.
 */
final class Themes {
    /** The workbench's own style sheet, the light look; a theme's sheet is laid over it. */
    static final String BASE = Themes.class.getResource("workbench.css").toExternalForm();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::apply);
        }
    };

    Themes(WindowMemory memory) {
        theme.set(memory.theme());
        ChartPalette.currentProperty().set(theme.get().charts());
        theme.addListener((o, old, t) -> {
            memory.remember(t);
            List.copyOf(Window.getWindows()).forEach(this::apply);
            ChartPalette.currentProperty().set(t.charts());
        });
    }

    /** Themes the main window and every window opened while it is shown. */
    void install(Stage main) {
        Window.getWindows().addListener(opened);
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Window.getWindows().removeListener(opened));
        apply(main);
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void apply(Window window) {
        Scene scene = window.getScene();
        if (window instanceof PopupWindow || scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(BASE)) {
            scene.getStylesheets().add(0, BASE);
        }
        apply(scene.getStylesheets());
        if (!scene.getRoot().getStylesheets().isEmpty()) {
            apply(scene.getRoot().getStylesheets()); // a dialog that brings its own sheet: lay the theme over it
        }
    }

    private void apply(List<String> sheets) {
        for (Theme t : Theme.values()) {
            if (t.stylesheet() != null) {
                sheets.remove(t.stylesheet());
            }
        }
        if (theme.get().stylesheet() != null) {
            sheets.add(theme.get().stylesheet());
        }
    }
}
