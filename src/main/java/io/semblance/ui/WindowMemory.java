// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the workbench remembers between sessions (window placement, theme, step), in a preferences node. */
public final class WindowMemory {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String THEME = "theme";
    private static final String STEP = "step";

    private final Preferences node;

    private WindowMemory(Preferences node) {
        this.node = node;
    }

    /** Remembers in {@code node}; tests pass a throwaway node. */
    public static WindowMemory in(Preferences node) {
        return new WindowMemory(node);
    }

    /** Remembers nothing: every start is a first start. */
    public static WindowMemory none() {
        return new WindowMemory(null);
    }

    /** The window as it was last closed, if it was and the numbers make sense. */
    Optional<WindowState> window() {
        if (node == null || node.get(WIDTH, null) == null) {
            return Optional.empty();
        }
        WindowState s = new WindowState(node.getDouble(X, Double.NaN), node.getDouble(Y, Double.NaN),
                node.getDouble(WIDTH, Double.NaN), node.getDouble(HEIGHT, Double.NaN),
                node.getBoolean(MAXIMIZED, false));
        return s.plausible() ? Optional.of(s) : Optional.empty();
    }

    void remember(WindowState s) {
        if (node != null) {
            node.putDouble(X, s.x());
            node.putDouble(Y, s.y());
            node.putDouble(WIDTH, s.width());
            node.putDouble(HEIGHT, s.height());
            node.putBoolean(MAXIMIZED, s.maximized());
            flush();
        }
    }

    /** The theme last chosen; light when none was. */
    Theme theme() {
        return node == null ? Theme.LIGHT : Theme.named(node.get(THEME, Theme.LIGHT.name()));
    }

    void remember(Theme theme) {
        if (node != null) {
            node.put(THEME, theme.name());
            flush();
        }
    }

    /** The step shown when the workbench was last closed; Data when none was remembered. */
    Step step() {
        String name = node == null ? null : node.get(STEP, null);
        return Arrays.stream(Step.values()).filter(s -> s.name().equals(name)).findFirst().orElse(Step.DATA);
    }

    void remember(Step step) {
        if (node != null) {
            node.put(STEP, step.name());
            flush();
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered this time; the workbench works the same without it.
        }
    }
}
