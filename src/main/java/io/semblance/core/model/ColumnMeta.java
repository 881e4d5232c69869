// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

/**
 * What is known about one column.
 *
 * @param name           column name as in the data
 * @param sdtype         statistical type
 * @param integer        for numerical columns: values are whole numbers (SDV computer_representation Int64)
 * @param datetimeFormat for datetime columns: the strftime format (SDV datetime_format), else null
 * @param piiKind        for PII columns (and dates of birth): the kind, else null
 * @param pii            whether values are personal information that must never be copied
 * @param role           the steward's role for the column
 */
public record ColumnMeta(String name, SdType sdtype, boolean integer, String datetimeFormat, PiiKind piiKind,
                         boolean pii, ColumnRole role) {

    public static ColumnMeta of(String name, SdType sdtype) {
        return new ColumnMeta(name, sdtype, false, null, null, sdtype == SdType.PII, ColumnRole.INSENSITIVE);
    }

    public ColumnMeta withRole(ColumnRole r) {
        return new ColumnMeta(name, sdtype, integer, datetimeFormat, piiKind, pii, r);
    }

    public ColumnMeta withSdtype(SdType t) {
        return new ColumnMeta(name, t, integer, datetimeFormat, piiKind, pii || t == SdType.PII, role);
    }

    public ColumnMeta withInteger(boolean i) {
        return new ColumnMeta(name, sdtype, i, datetimeFormat, piiKind, pii, role);
    }

    public ColumnMeta withDatetimeFormat(String f) {
        return new ColumnMeta(name, sdtype, integer, f, piiKind, pii, role);
    }

    public ColumnMeta withPii(PiiKind kind, boolean isPii) {
        return new ColumnMeta(name, sdtype, integer, datetimeFormat, kind, isPii, role);
    }

    /** The sdtype name written to metadata JSON (e.g. "numerical", "email"). */
    public String sdtypeName() {
        if (sdtype == SdType.PII && piiKind != null) {
            return piiKind.sdtype();
        }
        return sdtype.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the synthesizer models the column (not an identifier, not PII, a statistical type). */
    public boolean isModelled() {
        return sdtype.isModelled() && role != ColumnRole.IDENTIFIER && !(pii && sdtype != SdType.DATETIME);
    }
}
