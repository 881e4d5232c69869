// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

/** Statistical data type of a column, as in SDV metadata; PII kinds carry their own sdtype name. */
public enum SdType {
    NUMERICAL, CATEGORICAL, BOOLEAN, DATETIME, ID, PII, UNKNOWN;

    /** True for the types the synthesizer models statistically. */
    public boolean isModelled() {
        return this == NUMERICAL || this == CATEGORICAL || this == BOOLEAN || this == DATETIME;
    }
}
