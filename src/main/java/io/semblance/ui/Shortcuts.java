// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The workbench's keys, in one place: the menu items carry most of them as accelerators, Esc (cancel the running
 * job) has no menu item, and Help ▸ Keyboard shortcuts lists them all.
 */
final class Shortcuts {
    static final KeyCombination NEW_PROJECT = KeyCombination.keyCombination("Shortcut+N");
    static final KeyCombination OPEN_TABLE = KeyCombination.keyCombination("Shortcut+O");
    static final KeyCombination OPEN_PROJECT = KeyCombination.keyCombination("Shortcut+Shift+O");
    static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    static final KeyCombination SAVE_AS = KeyCombination.keyCombination("Shortcut+Shift+S");
    static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    static final KeyCombination HELP = KeyCombination.keyCombination("F1");
    static final KeyCombination CANCEL = KeyCombination.keyCombination("Esc");

    /** A key and what it does, for the list in Help. */
    record Entry(String keys, String action) {
    }

    private Shortcuts() {
    }

    /** Ctrl+1 for the first step … Ctrl+6 for the last. */
    static KeyCombination step(Step step) {
        return KeyCombination.keyCombination("Shortcut+" + (step.ordinal() + 1));
    }

    /** The keys without a menu item: Esc cancels the running job. */
    static void install(Scene scene, WorkbenchViewModel vm) {
        scene.getAccelerators().put(CANCEL, vm::cancel);
    }

    /** Every key, as this platform writes it, with what it does. */
    static List<Entry> all() {
        Step first = Step.values()[0];
        Step last = Step.values()[Step.values().length - 1];
        return List.of(
                entry(OPEN_TABLE, "shortcut.openTable"),
                entry(NEW_PROJECT, "shortcut.newProject"),
                entry(OPEN_PROJECT, "shortcut.openProject"),
                entry(SAVE, "shortcut.save"),
                entry(SAVE_AS, "shortcut.saveAs"),
                new Entry(Messages.get("shortcut.range", step(first).getDisplayText(), step(last).getDisplayText()),
                        Messages.get("shortcut.step", first.title(), last.title())),
                entry(CANCEL, "shortcut.cancel"),
                entry(HELP, "shortcut.help"),
                entry(QUIT, "shortcut.quit"));
    }

    private static Entry entry(KeyCombination keys, String action) {
        return new Entry(keys.getDisplayText(), Messages.get(action));
    }
}
