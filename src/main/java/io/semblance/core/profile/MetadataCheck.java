// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declarations that will not do what a steward probably means: advice before synthesis, not errors (synthesis
 * still runs). Each finding names the columns concerned, in table order.
 */
public final class MetadataCheck {
    /** Values checked per column for numbers and dates: spread over the whole column. */
    static final int SAMPLE = 5000;

    /** What is wrong. */
    public enum Problem {
        /** No column is a quasi-identifier: re-identification risk cannot be measured (no columns listed). */
        NO_QUASI_IDENTIFIER,
        /** No column is modelled: the synthetic table would hold generated keys and fakes only (no columns listed). */
        NOTHING_TO_MODEL,
        /** Marked sensitive but a key, personal information or all-different text: replaced, never learned. */
        SENSITIVE_KEY,
        /** Declared datetime but no supported format reads its values; unread values become missing. */
        DATETIME_FORMAT,
        /** Declared numerical but some values are not numbers; they become missing. */
        NOT_NUMBERS
    }

    /** One problem and the columns it concerns (empty for problems of the whole table). */
    public record Finding(Problem problem, List<String> columns) {
    }

    private MetadataCheck() {
    }

    /** The findings for metadata describing {@code data}, in {@link Problem} order; empty when all is well. */
    public static List<Finding> check(Metadata meta, Dataset data) {
        Map<Problem, List<String>> found = new EnumMap<>(Problem.class);
        for (ColumnMeta c : meta.columns()) {
            int i = data.indexOf(c.name());
            String[] values = i < 0 ? new String[0] : data.column(i);
            if (c.role() == ColumnRole.SENSITIVE && keyLike(c, values)) {
                found.computeIfAbsent(Problem.SENSITIVE_KEY, p -> new ArrayList<>()).add(c.name());
            }
            if (c.sdtype() == SdType.DATETIME && !readable(values, ColumnBins.datetimeFormat(c, values), true)) {
                found.computeIfAbsent(Problem.DATETIME_FORMAT, p -> new ArrayList<>()).add(c.name());
            }
            if (c.sdtype() == SdType.NUMERICAL && !readable(values, null, false)) {
                found.computeIfAbsent(Problem.NOT_NUMBERS, p -> new ArrayList<>()).add(c.name());
            }
        }
        if (meta.withRole(ColumnRole.QUASI_IDENTIFIER).isEmpty()) {
            found.put(Problem.NO_QUASI_IDENTIFIER, List.of());
        }
        if (meta.columns().stream().noneMatch(ColumnMeta::isModelled)) {
            found.put(Problem.NOTHING_TO_MODEL, List.of());
        }
        return found.entrySet().stream().map(e -> new Finding(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** A key or PII by type, or text whose 20 or more present values are all different. */
    private static boolean keyLike(ColumnMeta c, String[] values) {
        if (c.sdtype() == SdType.ID || ((c.pii() || c.sdtype() == SdType.PII) && c.sdtype() != SdType.DATETIME)) {
            return true;
        }
        if (c.sdtype() != SdType.CATEGORICAL && c.sdtype() != SdType.UNKNOWN) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v != null && !seen.add(v)) {
                return false;
            }
        }
        return seen.size() >= 20;
    }

    /** True when every sampled present value reads as a date in {@code format} (or as a number); false without a format. */
    private static boolean readable(String[] values, DatetimeFormat format, boolean datetime) {
        if (datetime && format == null) {
            return false;
        }
        int step = Math.max(1, values.length / SAMPLE);
        for (int i = 0; i < values.length; i += step) {
            String s = values[i];
            if (s != null && Double.isNaN(datetime ? format.parse(s) : Numbers.parse(s))) {
                return false;
            }
        }
        return true;
    }
}
