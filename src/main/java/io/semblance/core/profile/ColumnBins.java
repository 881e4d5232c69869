// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column's distribution in a few bins, read as its type says: numbers and dates on equal-width bins, categories
 * and booleans by frequency. Keys, personal information and free text get no bins: they are never modelled, so
 * their distribution is not carried into synthetic data.
 *
 * @param edges      numbers and dates: {@code counts.length + 1} ascending edges (dates in epoch seconds, UTC), else empty
 * @param categories categories: the label of each count, most frequent first (ties by label), else empty
 * @param counts     values per bin
 * @param others     categories: values of the categories beyond the shown ones, else 0
 * @param missing    missing values
 * @param unreadable values present but not readable as the type (not a number, not matching the date format);
 *                   the synthesizer treats them as missing
 */
public record ColumnBins(double[] edges, List<String> categories, long[] counts, long others, long missing,
                         long unreadable) {

    /** True when there is nothing to draw (an unmodelled type, or no readable value). */
    public boolean isEmpty() {
        return Arrays.stream(counts).sum() + others == 0;
    }

    /** True for numbers and dates, whose bins have edges. */
    public boolean numeric() {
        return edges.length > 0;
    }

    /**
     * Bins a column's values as {@code meta} describes them; {@code maxBins} (at least 2) bounds the number of
     * bins; for categories the last shown is followed by {@code others}. Deterministic; never null.
     */
    public static ColumnBins of(String[] values, ColumnMeta meta, int maxBins) {
        if (maxBins < 2) {
            throw new IllegalArgumentException("at least 2 bins are needed, not " + maxBins);
        }
        SdType t = meta.sdtype();
        if (t == SdType.NUMERICAL || t == SdType.DATETIME) {
            return numeric(values, t == SdType.DATETIME ? datetimeFormat(meta, values) : null,
                    t == SdType.DATETIME, maxBins);
        }
        long missing = Arrays.stream(values).filter(v -> v == null).count();
        if (t == SdType.CATEGORICAL || t == SdType.BOOLEAN) {
            return categories(values, missing, maxBins);
        }
        return new ColumnBins(new double[0], List.of(), new long[0], 0, missing, 0);
    }

    /** The format the synthesizer would use for a datetime column (the metadata's, else detected), or null when none is usable. */
    static DatetimeFormat datetimeFormat(ColumnMeta meta, String[] values) {
        String f = meta.datetimeFormat() != null ? meta.datetimeFormat() : Profiler.datetimeFormatOf(values);
        try {
            return f == null || f.isBlank() ? null : DatetimeFormat.ofStrftime(f);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ColumnBins numeric(String[] values, DatetimeFormat format, boolean datetime, int maxBins) {
        double[] v = new double[values.length];
        long missing = 0;
        long unreadable = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            String s = values[i];
            v[i] = s == null || (datetime && format == null) ? Double.NaN
                    : datetime ? format.parse(s) : Numbers.parse(s);
            if (s == null) {
                missing++;
            } else if (Double.isNaN(v[i]) || Double.isInfinite(v[i])) {
                unreadable++;
                v[i] = Double.NaN;
            } else {
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
        }
        if (lo > hi) {
            return new ColumnBins(new double[0], List.of(), new long[0], 0, missing, unreadable);
        }
        int bins = hi > lo ? maxBins : 1;
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b == bins ? hi : lo + (hi - lo) * b / bins;
        }
        long[] counts = new long[bins];
        for (double x : v) {
            if (!Double.isNaN(x)) {
                int b = hi > lo ? (int) ((x - lo) / (hi - lo) * bins) : 0;
                counts[Math.min(bins - 1, b)]++;
            }
        }
        return new ColumnBins(edges, List.of(), counts, 0, missing, unreadable);
    }

    private static ColumnBins categories(String[] values, long missing, int maxBins) {
        Map<String, Long> freq = new HashMap<>();
        for (String s : values) {
            if (s != null) {
                freq.merge(s, 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> order = new ArrayList<>(freq.entrySet());
        order.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int shown = order.size() <= maxBins ? order.size() : maxBins - 1;
        List<String> labels = new ArrayList<>(shown);
        long[] counts = new long[shown];
        long others = 0;
        for (int i = 0; i < order.size(); i++) {
            if (i < shown) {
                labels.add(order.get(i).getKey());
                counts[i] = order.get(i).getValue();
            } else {
                others += order.get(i).getValue();
            }
        }
        return new ColumnBins(new double[0], List.copyOf(labels), counts, others, missing, 0);
    }
}
