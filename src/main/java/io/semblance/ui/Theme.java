// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.charts.ChartPalette;
import io.semblance.ui.common.Messages;
import java.util.Arrays;
import java.util.Locale;

/** The workbench's look: light (workbench.css alone) or dark (dark.css laid over it), charts in a matching palette. */
public enum Theme {
    LIGHT(null, ChartPalette.LIGHT), DARK("dark.css", ChartPalette.DARK);

    private final String stylesheet;
    private final ChartPalette charts;

    Theme(String stylesheet, ChartPalette charts) {
        this.stylesheet = stylesheet;
        this.charts = charts;
    }

    /** The colours charts are drawn in. */
    public ChartPalette charts() {
        return charts;
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
