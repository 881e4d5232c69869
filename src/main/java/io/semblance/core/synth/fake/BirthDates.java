// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.profile.pii.DatePattern;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates of birth in the real values' layout (yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy or yyyyMMdd, with or without
 * leading zeros, plus any constant time suffix such as " 00:00:00"), spread evenly between the earliest and latest
 * real date. Without parseable values: yyyy-MM-dd between 1940 and 2005. Unique only up to the number of days.
 */
final class BirthDates implements IndexedText {
    private final DatePattern pattern;
    private final boolean pad;
    private final String suffix;
    private final long firstDay;
    private final long days;

    private BirthDates(DatePattern pattern, boolean pad, String suffix, long firstDay, long days) {
        this.pattern = pattern;
        this.pad = pad;
        this.suffix = suffix;
        this.firstDay = firstDay;
        this.days = days;
    }

    static FakeColumn column(List<String> sample, Locale locale, long seed, boolean unique) {
        DatePattern p = DatePattern.detect(sample, locale);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int padded = 0;
        int unpadded = 0;
        String suffix = null;
        boolean sameSuffix = true;
        if (p != null) {
            for (String s : sample) {
                LocalDate d = p.parse(s);
                if (d == null) {
                    continue;
                }
                min = Math.min(min, d.toEpochDay());
                max = Math.max(max, d.toEpochDay());
                String t = s.strip();
                int cut = cut(t);
                String sfx = t.substring(cut);
                sameSuffix &= suffix == null || suffix.equals(sfx);
                suffix = suffix == null ? sfx : suffix;
                if (d.getDayOfMonth() < 10 || d.getMonthValue() < 10) {
                    if (cut == 10) {
                        padded++;
                    } else {
                        unpadded++;
                    }
                }
            }
        }
        if (min > max) {
            p = DatePattern.ISO;
            min = LocalDate.of(1940, 1, 1).toEpochDay();
            max = LocalDate.of(2005, 12, 31).toEpochDay();
        }
        String sfx = sameSuffix && suffix != null ? suffix : "";
        BirthDates space = new BirthDates(p, padded >= unpadded, sfx, min, max - min + 1);
        return Drawer.of(space, seed, unique, Set.of(), null);
    }

    private static int cut(String t) {
        for (int i = 6; i < t.length(); i++) {
            if (t.charAt(i) == ' ' || t.charAt(i) == 'T') {
                return i;
            }
        }
        return t.length();
    }

    @Override
    public long size() {
        return days;
    }

    @Override
    public void render(long index, long noise, StringBuilder out) {
        pattern.format(LocalDate.ofEpochDay(firstDay + index), pad, out);
        out.append(suffix);
    }
}
