// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;
import java.util.Arrays;
import java.util.Locale;

/** The workbench's look: light (workbench.css alone) or dark (dark.css laid over it). */
public enum Theme {
    LIGHT(null), DARK("dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The stylesheet laid over workbench.css, as a URL, or null for none. */
    public String stylesheet() {
        return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
    }

    /** The name in the View menu. */
    public String title() {
        return Messages.get("theme." + name().toLowerCase(Locale.ROOT));
    }

    /** The theme of that name, light for an unknown one. */
    static Theme named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst().orElse(LIGHT);
    }
}
