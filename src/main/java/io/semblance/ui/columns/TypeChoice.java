// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import io.semblance.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * A type the steward can declare: one of the engine's sdtypes, and for personal information its kind (null for
 * generic PII). A date of birth is a datetime and a city kept as categories is categorical, as the engine declares them.
 */
public record TypeChoice(SdType sdtype, PiiKind kind) {

    /** Every choice, statistical types first, then each kind of personal information. */
    public static List<TypeChoice> all() {
        List<TypeChoice> out = new ArrayList<>();
        for (SdType t : SdType.values()) {
            if (t != SdType.PII) {
                out.add(new TypeChoice(t, null));
            }
        }
        for (PiiKind k : PiiKind.values()) {
            if (k != PiiKind.DATE_OF_BIRTH) {
                out.add(new TypeChoice(SdType.PII, k));
            }
        }
        return out;
    }

    /** The choice a column is declared as. */
    public static TypeChoice of(ColumnMeta m) {
        return new TypeChoice(m.sdtype(), m.sdtype() == SdType.PII ? m.piiKind() : null);
    }

    /** In the steward's words, e.g. "numerical", "free text", "E-mail address (PII)". */
    public String label() {
        if (sdtype == SdType.PII && kind != null) {
            return Messages.get("columns.type.piiKind", kindName(kind));
        }
        return Messages.get("columns.type." + sdtype.name().toLowerCase(Locale.ROOT));
    }

    /** A kind of personal information in words, e.g. "E-mail address". */
    public static String kindName(PiiKind k) {
        return Messages.get("columns.piiKind." + k.name().toLowerCase(Locale.ROOT));
    }

    /** Shows choices by their label in a combo box. */
    public static StringConverter<TypeChoice> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(TypeChoice t) {
                return t == null ? "" : t.label();
            }

            @Override
            public TypeChoice fromString(String text) {
                return all().stream().filter(t -> t.label().equals(text)).findFirst().orElse(null);
            }
        };
    }
}
