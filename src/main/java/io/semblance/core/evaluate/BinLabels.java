// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.SdType;
import java.util.Locale;

/**
 * Bin edges as short text for chart labels: datetimes in the column's format (ISO dates without one); numbers to
 * the precision the bin width needs, and from 10,000 on to three significant digits with k, M, G or T.
 *
 * @param column the binned column
 * @param step   the bins' width (epoch seconds for datetimes)
 */
record BinLabels(ColumnMeta column, double step) {
    private static final String[] THOUSANDS = {"k", "M", "G", "T"};

    String edge(double v) {
        if (column.sdtype() == SdType.DATETIME) {
            String f = column.datetimeFormat();
            return DatetimeFormat.ofStrftime(f == null ? "%Y-%m-%d" : f).format(Math.rint(v));
        }
        double a = Math.abs(v);
        if (a >= 10_000) {
            int k = Math.min(THOUSANDS.length, (int) (Math.log10(a) / 3));
            double scaled = v / Math.pow(1000, k);
            int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(scaled))));
            return String.format(Locale.ROOT, "%." + digits + "f%s", scaled, THOUSANDS[k - 1]);
        }
        int digits = step > 0 ? Math.max(0, Math.min(4, (int) Math.ceil(-Math.log10(step)) + 1)) : 0;
        return String.format(Locale.ROOT, "%,." + digits + "f", v);
    }
}
