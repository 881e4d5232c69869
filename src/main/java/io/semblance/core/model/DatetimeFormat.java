// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A datetime format known both as a strftime string (SDV metadata) and as a Java pattern, with
 * conversion of text to epoch seconds (UTC, no zone shifts) and back. Thread-safe.
 */
public final class DatetimeFormat {
    private final String strftime;
    private final DateTimeFormatter formatter;
    private final DateTimeFormatter parser;
    private final String javaPattern;
    private final DateTimeFormatter[] byDigits = new DateTimeFormatter[10];
    private final boolean hasTime;

    private DatetimeFormat(String strftime, String javaPattern) {
        this.strftime = strftime;
        this.formatter = build(javaPattern, 6, 6);
        this.parser = build(javaPattern, 1, 9);
        this.javaPattern = javaPattern;
        this.hasTime = strftime.contains("%H") || strftime.contains("%I") || strftime.contains("%M")
                || strftime.contains("%S");
    }

    /** A formatter for the pattern where "SSSSSS" (strftime %f) stands for minDigits to maxDigits fraction digits. */
    private static DateTimeFormatter build(String javaPattern, int minDigits, int maxDigits) {
        int f = javaPattern.indexOf("SSSSSS");
        if (f < 0) {
            return DateTimeFormatter.ofPattern(javaPattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        }
        java.time.format.DateTimeFormatterBuilder b = new java.time.format.DateTimeFormatterBuilder();
        if (f > 0) {
            b.appendPattern(javaPattern.substring(0, f));
        }
        b.appendFraction(ChronoField.NANO_OF_SECOND, minDigits, maxDigits, false);
        if (f + 6 < javaPattern.length()) {
            b.appendPattern(javaPattern.substring(f + 6));
        }
        return b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** From a strftime format such as {@code %Y-%m-%d %H:%M:%S}. */
    public static DatetimeFormat ofStrftime(String strftime) {
        return new DatetimeFormat(strftime, toJava(strftime));
    }

    public String strftime() {
        return strftime;
    }

    /** True when the format carries a time of day. */
    public boolean hasTime() {
        return hasTime;
    }

    /** Epoch seconds of the text, or NaN if it does not match the format. */
    public double parse(String text) {
        try {
            TemporalAccessor t = parser.parse(text.strip());
            LocalDate d = LocalDate.of(t.get(ChronoField.YEAR), t.isSupported(ChronoField.MONTH_OF_YEAR)
                    ? t.get(ChronoField.MONTH_OF_YEAR) : 1, t.isSupported(ChronoField.DAY_OF_MONTH)
                    ? t.get(ChronoField.DAY_OF_MONTH) : 1);
            long secs = d.toEpochDay() * 86400L;
            if (t.isSupported(ChronoField.SECOND_OF_DAY)) {
                secs += t.get(ChronoField.SECOND_OF_DAY);
            } else if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                secs += t.get(ChronoField.HOUR_OF_DAY) * 3600L
                        + (t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) * 60L : 0);
            }
            double frac = t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) / 1e9 : 0;
            return secs + frac;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Double.NaN;
        }
    }

    /** True when the format has fractional seconds (strftime %f). */
    public boolean hasFraction() {
        return strftime.contains("%f");
    }

    /** The text of epoch seconds in this format, with {@code fractionDigits} (0-9) digits where %f stands. */
    public String format(double epochSeconds, int fractionDigits) {
        if (!hasFraction() || fractionDigits == 6) {
            return format(epochSeconds);
        }
        int d = Math.max(1, Math.min(9, fractionDigits));
        DateTimeFormatter f = byDigits[d];
        if (f == null) {
            f = build(javaPattern, d, d);
            byDigits[d] = f;
        }
        long secs = (long) Math.floor(epochSeconds);
        double scale = Math.pow(10, d);
        long frac = Math.round((epochSeconds - secs) * scale);
        if (frac >= scale) {
            secs++;
            frac = 0;
        }
        return f.format(LocalDateTime.ofEpochSecond(secs, (int) (frac * (1_000_000_000L / (long) scale)), ZoneOffset.UTC));
    }

    /** The text of epoch seconds in this format. */
    public String format(double epochSeconds) {
        long secs = (long) Math.floor(epochSeconds);
        int nanos = (int) Math.round((epochSeconds - secs) * 1e6) * 1000;
        if (nanos >= 1_000_000_000) {
            secs++;
            nanos = 0;
        }
        return formatter.format(LocalDateTime.ofEpochSecond(secs, nanos, ZoneOffset.UTC));
    }

    /** Converts a strftime format to a java.time pattern; literal text is quoted. */
    static String toJava(String f) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '%' && i + 1 < f.length()) {
                char k = f.charAt(++i);
                String p = switch (k) {
                    case 'Y' -> "uuuu";
                    case 'y' -> "uu";
                    case 'm' -> "MM";
                    case 'd' -> "dd";
                    case 'H' -> "HH";
                    case 'I' -> "hh";
                    case 'M' -> "mm";
                    case 'S' -> "ss";
                    case 'f' -> "SSSSSS";
                    case 'p' -> "a";
                    case 'b' -> "MMM";
                    case 'B' -> "MMMM";
                    case 'j' -> "DDD";
                    case 'z' -> "xxx";
                    case '%' -> null;
                    default -> throw new IllegalArgumentException("unsupported datetime code %" + k + " in " + f);
                };
                if (p == null) {
                    literal.append('%');
                    continue;
                }
                flush(out, literal);
                out.append(p);
            } else {
                literal.append(c);
            }
        }
        flush(out, literal);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.length() > 0) {
            boolean plain = literal.chars().allMatch(ch -> "-/:.,  T".indexOf(ch) >= 0 && ch != 'T');
            if (plain) {
                out.append(literal);
            } else {
                out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            }
            literal.setLength(0);
        }
    }

    @Override
    public String toString() {
        return strftime;
    }
}
