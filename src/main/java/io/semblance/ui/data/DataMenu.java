// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The File menu's ways to open a table: Open…, Open with options…, Open Recent ▸ and Open Sample ▸. */
public final class DataMenu {
    private final DataViewModel vm;
    private final Menu recent = new Menu(Messages.get("data.menu.recent"));

    public DataMenu(DataViewModel vm) {
        this.vm = vm;
    }

    /** The items, to put at the top of the File menu. */
    public List<MenuItem> items() {
        MenuItem open = item("menu-open", Messages.get("action.open"));
        open.setOnAction(e -> vm.open()); // Ctrl+O is a window shortcut
        MenuItem options = item("menu-open-options", Messages.get("data.action.openWithOptions"));
        options.setOnAction(e -> vm.openWithOptions());
        recent.setId("menu-recent");
        recent.disableProperty().bind(vm.blockedProperty());
        recent.setOnShowing(e -> fillRecent()); // files may have gone since the menu was last shown
        fillRecent();
        Menu samples = new Menu(Messages.get("data.menu.samples"));
        samples.setId("menu-samples");
        samples.disableProperty().bind(vm.blockedProperty());
        for (String name : vm.samples()) {
            String about = Samples.description(name);
            MenuItem s = new MenuItem(about.isEmpty() ? name : Messages.get("data.sample.item", name, about));
            s.setId("menu-sample-" + Samples.base(name));
            s.setMnemonicParsing(false);
            s.setOnAction(e -> vm.openSample(name));
            samples.getItems().add(s);
        }
        return List.of(open, options, recent, samples);
    }

    private MenuItem item(String id, String text) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.disableProperty().bind(vm.blockedProperty());
        return m;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (DataViewModel.RecentFile f : vm.recentEntries()) {
            MenuItem m = new MenuItem(f.present() ? f.path().toString()
                    : Messages.get("data.recent.missing", f.path()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.openRecent(f.path()));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("data.menu.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(Messages.get("data.menu.recent.clear"));
            clear.setOnAction(e -> vm.clearRecent());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
