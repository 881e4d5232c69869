// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.core.model.Dataset;

/** Starting widths for the preview's columns: room for the name and typical values, within bounds. */
final class ColumnWidths {
    private static final int SAMPLE = 50;

    private ColumnWidths() {
    }

    /** A width in pixels that fits the header and the first rows' values, between 60 and 240. */
    static double guess(Dataset d, int c) {
        int chars = d.name(c).length();
        for (int r = 0; r < Math.min(SAMPLE, d.rowCount()); r++) {
            String v = d.value(r, c);
            chars = Math.max(chars, v == null ? 0 : v.length());
        }
        return Math.max(60, Math.min(240, 7.5 * chars + 24));
    }
}
