// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

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
 * Applies the chosen theme to every window of the application, dialogs included, as they open; remembers the
 * choice. Popups take their stylesheets from the window they belong to.
 */
final class Themes {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::apply);
        }
    };

    Themes(WindowMemory memory) {
        theme.set(memory.theme());
        theme.addListener((o, old, t) -> {
            memory.remember(t);
            List.copyOf(Window.getWindows()).forEach(this::apply);
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
