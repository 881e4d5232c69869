// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import java.util.Locale;

/** What leaves the organisation: every value generated, real rows with some columns redrawn, or a mix of rows. */
public enum Strategy {
    /** Every value is generated; no real row leaves. */
    FULL,
    /** The real rows are kept and only the sensitive columns are redrawn, given each row's other values. */
    PARTIAL,
    /** A share of the rows keep a real record's other values with generated sensitive values; the rest are generated. */
    HYBRID;

    /** The name the command line and saved settings use: "full", "partial" or "hybrid". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy named {@code id} (any case); throws IllegalArgumentException listing the names otherwise. */
    public static Strategy parse(String id) {
        for (Strategy s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy \"" + id + "\"; available: full, partial, hybrid");
    }
}
