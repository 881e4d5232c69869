// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import io.semblance.core.model.DatetimeFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Recognises booleans, numbers and datetimes in a column's distinct values. */
final class TypeDetector {
    /** Datetime formats tried, most specific first (strftime, as SDV writes them). */
    static final List<String> DATETIME_FORMATS = List.of(
            "%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z",
            "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d",
            "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y",
            "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y", "%d-%b-%Y", "%d %b %Y",
            "%b %d %Y", "%Y%m%d");

    private static final List<Set<String>> BOOLEAN_PAIRS = List.of(
            Set.of("true", "false"), Set.of("yes", "no"), Set.of("y", "n"), Set.of("t", "f"));

    private static final java.util.concurrent.ConcurrentMap<String, DatetimeFormat> FORMATS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private TypeDetector() {
    }

    /** True when the distinct values spell at most two truth values of one vocabulary (true/false, yes/no…). */
    static boolean isBoolean(Map<String, Integer> counts) {
        if (counts.isEmpty() || counts.size() > 2) {
            return false;
        }
        for (Set<String> pair : BOOLEAN_PAIRS) {
            if (counts.keySet().stream().allMatch(v -> pair.contains(v.strip().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Number kind of all distinct values: 2 = all integers, 1 = all numbers, 0 = not numeric (codes with leading zeros count as text). */
    static int numberKind(Map<String, Integer> counts) {
        boolean integer = true;
        for (String v : counts.keySet()) {
            double d = Numbers.parse(v);
            if (Double.isNaN(d) || Double.isInfinite(d) || hasLeadingZero(v)) {
                return 0;
            }
            if (integer && (v.indexOf('.') >= 0 || v.indexOf('e') >= 0 || v.indexOf('E') >= 0 || d != Math.rint(d))) {
                integer = false;
            }
        }
        return integer ? 2 : 1;
    }

    private static boolean hasLeadingZero(String v) {
        String t = v.strip();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        return t.length() > i + 1 && t.charAt(i) == '0' && t.charAt(i + 1) != '.';
    }

    /**
     * The formats of a column of dates written in more than one format, or an empty list when some value is no date
     * or one format would do. Formats are taken greedily, the one that parses the most remaining values first, so an
     * ambiguous value (04/03/2021) goes with the format its unambiguous neighbours (25/03/2021) need.
     */
    static List<String> mixedDatetimeFormats(Map<String, Integer> counts) {
        List<String> remaining = new java.util.ArrayList<>(counts.keySet());
        if (remaining.stream().anyMatch(v -> v.length() > 40 || v.chars().noneMatch(Character::isDigit))
                || formatsParsing(remaining.get(0)).isEmpty()) {
            return List.of();
        }
        List<String> used = new java.util.ArrayList<>();
        while (!remaining.isEmpty()) {
            String best = null;
            long most = 0;
            for (String f : DATETIME_FORMATS) {
                DatetimeFormat df = FORMATS.computeIfAbsent(f, DatetimeFormat::ofStrftime);
                long n = f.equals("%Y%m%d") ? 0 : remaining.stream().filter(v -> !Double.isNaN(df.parse(v))).count();
                if (n > most) {
                    most = n;
                    best = f;
                }
            }
            if (best == null) {
                return List.of();
            }
            DatetimeFormat chosen = FORMATS.get(best);
            remaining.removeIf(v -> !Double.isNaN(chosen.parse(v)));
            used.add(best);
        }
        return used.size() > 1 ? used : List.of();
    }

    private static List<String> formatsParsing(String v) {
        return DATETIME_FORMATS.stream().filter(f -> !f.equals("%Y%m%d")
                && !Double.isNaN(FORMATS.computeIfAbsent(f, DatetimeFormat::ofStrftime).parse(v))).toList();
    }

    /** The first format that parses every distinct value, or null. */
    static String datetimeFormat(Map<String, Integer> counts, boolean allowCompact) {
        String any = counts.keySet().iterator().next();
        if (any.length() > 40 || any.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        for (String f : DATETIME_FORMATS) {
            if (f.equals("%Y%m%d") && !allowCompact) {
                continue;
            }
            DatetimeFormat df = FORMATS.computeIfAbsent(f, DatetimeFormat::ofStrftime);
            if (Double.isNaN(df.parse(any))) {
                continue;
            }
            boolean all = true;
            for (String v : counts.keySet()) {
                if (Double.isNaN(df.parse(v))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return f;
            }
        }
        return null;
    }
}
