// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;

/** Changes a column's declared type the way a steward means it, keeping the rest of the metadata consistent. */
public final class Retype {
    private Retype() {
    }

    /**
     * Metadata with {@code column} declared as {@code type} (with {@code kind} for PII; null gives generic PII).
     * A datetime keeps its format, or gets the one its {@code values} match (null when none does); a number
     * records whether every value is whole; personal-information marks are dropped unless the new type keeps
     * their meaning (a date of birth stays a datetime, a city or postcode stays a category). The role is kept.
     * The primary key follows: it moves off a column that is no longer an id, and onto this one if there was none.
     * Throws IllegalArgumentException when there is no such column.
     */
    public static Metadata column(Metadata meta, String column, SdType type, PiiKind kind, String[] values) {
        ColumnMeta old = meta.column(column).orElseThrow(
                () -> new IllegalArgumentException("there is no column \"" + column + "\" in the metadata"));
        PiiKind k = type == SdType.PII ? kind : null;
        if (old.sdtype() == type && (type != SdType.PII || old.piiKind() == k)) {
            return meta;
        }
        ColumnMeta changed = retyped(old, type, k, values);
        Metadata out = meta.with(changed);
        String pk = meta.primaryKey();
        if (column.equals(pk) && type != SdType.ID) {
            pk = out.columns().stream().filter(c -> c.sdtype() == SdType.ID).map(ColumnMeta::name)
                    .findFirst().orElse(null);
        } else if (pk == null && type == SdType.ID) {
            pk = column;
        }
        return new Metadata(out.columns(), pk, out.constraints());
    }

    private static ColumnMeta retyped(ColumnMeta old, SdType type, PiiKind kind, String[] values) {
        ColumnMeta m = old.withSdtype(type).withDatetimeFormat(null).withInteger(false).withPii(null, false);
        switch (type) {
            case PII:
                return m.withPii(kind, true);
            case DATETIME:
                String f = old.sdtype() == SdType.DATETIME && old.datetimeFormat() != null ? old.datetimeFormat()
                        : Profiler.datetimeFormatOf(values);
                m = m.withDatetimeFormat(f);
                return old.piiKind() == PiiKind.DATE_OF_BIRTH ? m.withPii(PiiKind.DATE_OF_BIRTH, old.pii()) : m;
            case NUMERICAL:
                return m.withInteger(allWhole(values));
            case CATEGORICAL:
                return isPlace(old.piiKind()) ? m.withPii(old.piiKind(), false) : m;
            default:
                return m;
        }
    }

    private static boolean isPlace(PiiKind k) {
        return k == PiiKind.CITY || k == PiiKind.POSTAL_CODE;
    }

    /** True when at least one value is present and every present value is a whole number. */
    private static boolean allWhole(String[] values) {
        boolean any = false;
        for (String s : values) {
            if (s != null) {
                double d = Numbers.parse(s);
                if (Double.isNaN(d) || d != Math.rint(d) || s.indexOf('.') >= 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
