// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.ColumnBins;
import io.semblance.ui.common.Messages;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A column's binned distribution in words, for the sparkline's tooltip. */
final class BinsText {
    private static final int TOP = 3;

    private BinsText() {
    }

    /** The range or the most common values, then missing and unreadable counts, one per line. */
    static String describe(ColumnBins b, ColumnMeta m) {
        if (!m.sdtype().isModelled()) {
            return Messages.get("columns.bins.none");
        }
        List<String> lines = new ArrayList<>();
        if (b.numeric()) {
            double[] e = b.edges();
            boolean date = m.sdtype() == SdType.DATETIME;
            lines.add(Messages.get("columns.bins.range", value(e[0], date), value(e[e.length - 1], date)));
        } else if (!b.categories().isEmpty()) {
            List<String> top = new ArrayList<>();
            for (int i = 0; i < Math.min(TOP, b.categories().size()); i++) {
                top.add(Messages.get("columns.bins.category", b.categories().get(i), b.counts()[i]));
            }
            lines.add(Messages.get("columns.bins.top", String.join(", ", top)));
            long rest = b.others();
            for (int i = TOP; i < b.counts().length; i++) {
                rest += b.counts()[i];
            }
            if (rest > 0) {
                lines.add(Messages.get("columns.bins.others", rest));
            }
        }
        if (b.missing() > 0) {
            lines.add(Messages.get("columns.bins.missing", b.missing()));
        }
        if (b.unreadable() > 0) {
            lines.add(Messages.get("columns.bins.unreadable", b.unreadable()));
        }
        return String.join("\n", lines);
    }

    /** A number as the locale writes it (at most 4 decimals), or epoch seconds as an ISO date, with time when not midnight. */
    private static String value(double v, boolean date) {
        if (date) {
            LocalDateTime t = LocalDateTime.ofEpochSecond((long) Math.floor(v), 0, ZoneOffset.UTC);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
        }
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(4);
        return f.format(v);
    }
}
