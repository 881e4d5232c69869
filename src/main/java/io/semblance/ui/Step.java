// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.ui.common.Messages;

/** The six steps along the left edge of the window, in the order a steward takes them. */
public enum Step {
    DATA, COLUMNS, SYNTHESIZE, COMPARE, PRIVACY, EXPORT;

    /** The step's name on the rail. */
    public String title() {
        return Messages.get(key() + ".title");
    }

    /** One sentence on what the step is for (tooltip). */
    public String help() {
        return Messages.get(key() + ".help");
    }

    /** Whether the step needs a finished run rather than just an open table. */
    public boolean needsRun() {
        return ordinal() >= COMPARE.ordinal();
    }

    /** The node id of the step's button on the rail, e.g. {@code step-data}. */
    public String id() {
        return "step-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    private String key() {
        return "step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
