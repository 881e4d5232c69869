// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.ui.common.Messages;
import java.util.Locale;

/** What an export can write, each to its own file named {@code <base name><suffix>}. */
public enum ExportKind {
    CSV("-synthetic.csv", true),
    XLSX("-synthetic.xlsx", true),
    METADATA("-metadata.json", false),
    MODEL("-model.json", false),
    HTML_REPORT("-report.html", false),
    JSON_REPORT("-report.json", false);

    private final String suffix;
    private final boolean table;

    ExportKind(String suffix, boolean table) {
        this.suffix = suffix;
        this.table = table;
    }

    /** The end of the file name, after the base name. */
    public String suffix() {
        return suffix;
    }

    /** Whether this is the synthetic table itself (the long writes of an export). */
    boolean table() {
        return table;
    }

    /** What the steward reads beside the check box. */
    public String label() {
        return Messages.get("export.kind." + name().toLowerCase(Locale.ROOT));
    }

    /** The node id of the kind's check box, e.g. {@code export-html_report}. */
    public String id() {
        return "export-" + name().toLowerCase(Locale.ROOT);
    }
}
