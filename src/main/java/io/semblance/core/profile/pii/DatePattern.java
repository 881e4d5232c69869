// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The calendar-date layouts recognised in birth-date columns; parsing is strict (real calendar days only). */
public enum DatePattern {
    ISO("yyyy-MM-dd"),
    DMY_SLASH("dd/MM/yyyy"),
    MDY_SLASH("MM/dd/yyyy"),
    DMY_DOT("dd.MM.yyyy"),
    COMPACT("yyyyMMdd");

    private final String pattern;

    DatePattern(String pattern) {
        this.pattern = pattern;
    }

    /** The layout in java.time pattern letters, e.g. {@code dd/MM/yyyy}. */
    public String pattern() {
        return pattern;
    }

    /** The date in {@code s} (surrounding blanks and a time part after ' ' or 'T' ignored), or null if it does not fit. */
    public LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = datePart(s.strip());
        int[] f;
        switch (this) {
            case ISO:
                f = fields(t, '-', 4, 2, 2, false);
                return f == null ? null : date(f[0], f[1], f[2]);
            case COMPACT:
                if (t.length() != 8 || !allDigits(t)) {
                    return null;
                }
                return date(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6)));
            case DMY_SLASH:
                f = fields(t, '/', 2, 2, 4, true);
                return f == null ? null : date(f[2], f[1], f[0]);
            case MDY_SLASH:
                f = fields(t, '/', 2, 2, 4, true);
                return f == null ? null : date(f[2], f[0], f[1]);
            default:
                f = fields(t, '.', 2, 2, 4, true);
                return f == null ? null : date(f[2], f[1], f[0]);
        }
    }

    /** Appends {@code d} in this layout; {@code pad} = day and month always two digits (slash/dot layouts only). */
    public void format(LocalDate d, boolean pad, StringBuilder out) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        switch (this) {
            case ISO:
                out.append(y).append('-');
                two(out, m, true).append('-');
                two(out, day, true);
                break;
            case COMPACT:
                out.append(y);
                two(out, m, true);
                two(out, day, true);
                break;
            case MDY_SLASH:
                two(out, m, pad).append('/');
                two(out, day, pad).append('/').append(y);
                break;
            default:
                char sep = this == DMY_DOT ? '.' : '/';
                two(out, day, pad).append(sep);
                two(out, m, pad).append(sep).append(y);
        }
    }

    /** The layout parsing most of {@code values} (null if none parses); day/month ties go month-first for a US or null locale. */
    public static DatePattern detect(List<String> values, Locale locale) {
        return detect(values, null, locale);
    }

    /** As {@link #detect(List, Locale)}, value i counting {@code times[i]} times (once each when null). */
    static DatePattern detect(List<String> values, int[] times, Locale locale) {
        int[] counts = new int[values().length];
        int i = 0;
        for (String v : values) {
            for (DatePattern p : values()) {
                if (p.parse(v) != null) {
                    counts[p.ordinal()] += times == null ? 1 : times[i];
                }
            }
            i++;
        }
        boolean us = locale == null || "US".equals(locale.getCountry());
        DatePattern best = null;
        for (DatePattern p : values()) {
            int c = counts[p.ordinal()];
            if (c == 0) {
                continue;
            }
            if (best == null || c > counts[best.ordinal()]
                    || (c == counts[best.ordinal()] && p == MDY_SLASH && best == DMY_SLASH && us)) {
                best = p;
            }
        }
        return best;
    }

    private static String datePart(String s) {
        int cut = -1;
        for (int i = 6; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == 'T') {
                cut = i;
                break;
            }
        }
        return cut < 0 ? s : s.substring(0, cut);
    }

    private static int[] fields(String t, char sep, int w0, int w1, int w2, boolean shortOk) {
        int a = t.indexOf(sep);
        int b = a < 0 ? -1 : t.indexOf(sep, a + 1);
        if (a < 0 || b < 0 || t.indexOf(sep, b + 1) >= 0) {
            return null;
        }
        String[] parts = {t.substring(0, a), t.substring(a + 1, b), t.substring(b + 1)};
        int[] widths = {w0, w1, w2};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i];
            boolean okWidth = p.length() == widths[i] || (shortOk && widths[i] == 2 && p.length() == 1);
            if (!okWidth || !allDigits(p)) {
                return null;
            }
            out[i] = Integer.parseInt(p);
        }
        return out;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder two(StringBuilder out, int v, boolean pad) {
        if (v < 10 && pad) {
            out.append('0');
        }
        return out.append(v);
    }
}
