// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;
import io.semblance.ui.data.DataMenu;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The menu bar: File (the ways to open a table, quit) and Go (the six steps). */
final class WorkbenchMenu {
    private final MenuBar bar = new MenuBar();

    WorkbenchMenu(WorkbenchViewModel vm) {
        MenuItem quit = new MenuItem(Messages.get("menu.quit"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(Messages.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(new DataMenu(vm.data()).items());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        Menu go = new Menu(Messages.get("menu.go"));
        for (Step step : Step.values()) {
            MenuItem item = new MenuItem(step.title());
            item.setOnAction(e -> vm.go(step));
            item.disableProperty().bind(vm.available(step).not());
            go.getItems().add(item);
        }
        bar.getMenus().addAll(file, go);
    }

    MenuBar node() {
        return bar;
    }
}
