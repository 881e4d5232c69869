// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/** Window-wide keys: Ctrl+O opens a table, Ctrl+1…6 go to a step, Esc cancels the running job. */
final class Shortcuts {
    private Shortcuts() {
    }

    static void install(Scene scene, WorkbenchViewModel vm) {
        var keys = scene.getAccelerators();
        keys.put(KeyCombination.keyCombination("Shortcut+O"), vm::open);
        for (Step step : Step.values()) {
            keys.put(KeyCombination.keyCombination("Shortcut+" + (step.ordinal() + 1)), () -> vm.go(step));
        }
        keys.put(KeyCombination.keyCombination("Esc"), vm::cancel);
    }
}
