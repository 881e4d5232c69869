// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;
import io.semblance.ui.data.DataMenu;
import io.semblance.ui.project.ProjectViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The menu bar: File (projects, tables, samples, quit), View (theme), Go (the six steps), Help (keys, about). */
final class WorkbenchMenu {
    private final MenuBar bar = new MenuBar();

    WorkbenchMenu(WorkbenchViewModel vm, ProjectViewModel project, Themes themes, Runnable quit, Window owner) {
        BooleanExpression busy = vm.job().busyProperty();
        BooleanExpression noTable = vm.datasetProperty().isNull();
        List<MenuItem> files = new ArrayList<>(List.of(
                item("menu-new-project", Messages.get("menu.newProject"), Shortcuts.NEW_PROJECT, project::newProject,
                        busy),
                item("menu-open-project", Messages.get("menu.openProject"), Shortcuts.OPEN_PROJECT,
                        project::openProject, busy),
                item("menu-save", Messages.get("menu.save"), Shortcuts.SAVE, project::save, noTable),
                item("menu-save-as", Messages.get("menu.saveAs"), Shortcuts.SAVE_AS, project::saveAs, noTable),
                new SeparatorMenuItem(),
                item("menu-open", Messages.get("menu.openTable"), Shortcuts.OPEN_TABLE, vm::open,
                        vm.data().blockedProperty())));
        List<MenuItem> data = new DataMenu(vm.data()).items();
        files.addAll(data.subList(1, data.size())); // its plain Open is the one above, with Ctrl+O
        files.add(new SeparatorMenuItem());
        files.add(item("menu-quit", Messages.get("menu.quit"), Shortcuts.QUIT, quit, null));
        Menu file = menu("menu-file", Messages.get("menu.file"), files.toArray(MenuItem[]::new));

        Menu theme = new Menu(Messages.get("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.title());
            choice.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setSelected(themes.themeProperty().get() == t);
            choice.setOnAction(e -> themes.themeProperty().set(t));
            theme.getItems().add(choice);
        }
        Menu view = menu("menu-view", Messages.get("menu.view"), theme);

        Menu go = menu("menu-go", Messages.get("menu.go"));
        for (Step step : Step.values()) {
            go.getItems().add(item(step.id().replace("step-", "menu-go-"), step.title(), Shortcuts.step(step),
                    () -> vm.go(step), vm.available(step).not()));
        }
        Menu help = menu("menu-help", Messages.get("menu.help"),
                item("menu-shortcuts", Messages.get("menu.shortcuts"), Shortcuts.HELP,
                        () -> HelpDialogs.showShortcuts(owner), null),
                item("menu-about", Messages.get("menu.about"), null, () -> HelpDialogs.showAbout(owner), null));
        bar.getMenus().addAll(file, view, go, help);
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String id, String text, KeyCombination keys, Runnable action,
                                 BooleanExpression disabled) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    MenuBar node() {
        return bar;
    }
}
