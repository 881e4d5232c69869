// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import java.util.Locale;

/** What a column means for disclosure, in the data steward's words. */
public enum ColumnRole {
    /** Points to one person directly (name, SSN, email): never modelled, replaced by realistic fakes. */
    IDENTIFIER,
    /** Could be linked with outside data to find a person (age, zip, sex). */
    QUASI_IDENTIFIER,
    /** Must not be inferred about a person (diagnosis, income). */
    SENSITIVE,
    /** None of the above. */
    INSENSITIVE;

    /** The lower-case name used in metadata JSON, e.g. {@code quasi_identifier}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColumnRole fromJson(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
