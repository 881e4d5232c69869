// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Turns raw cell values (numbers, serial dates, ISO dates) into the text a {@code Dataset} holds. */
final class XlsxValues {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long SECONDS_PER_DAY = 86_400;
    /** Excel's last date, 9999-12-31, as a 1900-system serial. */
    private static final double MAX_SERIAL = 2_958_465;

    private XlsxValues() {
    }

    /** A number in shortest round-trip form: 42, 0.1, 12500000, 0.000015; raw text if it is not a number. */
    static String number(String raw) {
        String s = raw.strip();
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return s;
        }
        return number(d);
    }

    /** Formats a double without exponent from 1e-7 to 1e21 (else as 1.5E-9, 1E+21) and without a trailing ".0". */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        return abs >= 1e-7 && abs < 1e21 ? shortest.toPlainString() : shortest.toString();
    }

    /**
     * A serial date-time as ISO text: "yyyy-MM-dd" when it has no time of day, else "yyyy-MM-dd HH:mm:ss";
     * for time-only styles a value below one day gives "HH:mm:ss". Out-of-range serials stay numbers.
     */
    static String serialDate(String raw, boolean date1904, boolean timeOnly) {
        double serial;
        try {
            serial = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return raw.strip();
        }
        if (!(serial >= 0) || serial > MAX_SERIAL) {
            return number(serial);
        }
        long totalSeconds = Math.round(serial * SECONDS_PER_DAY);
        long days = totalSeconds / SECONDS_PER_DAY;
        int secondOfDay = (int) (totalSeconds % SECONDS_PER_DAY);
        LocalTime time = LocalTime.ofSecondOfDay(secondOfDay);
        if (timeOnly && days == 0) {
            return TIME.format(time);
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // Excel counts a non-existent 1900-02-29 as day 60, so earlier serials are shifted by one day.
            date = EPOCH_1900.plusDays(days < 60 ? days + 1 : days);
        }
        return secondOfDay == 0 ? DATE.format(date) : DATE_TIME.format(LocalDateTime.of(date, time));
    }

    /** A {@code t="d"} ISO 8601 value ("2024-03-01T13:45:00Z") in the same shape as serial dates. */
    static String isoDate(String raw) {
        String s = raw.strip();
        int end = s.length();
        for (int i = 10; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'Z' || c == '+' || (c == '-' && i > 10)) {
                end = i;
                break;
            }
        }
        s = s.substring(0, end).replace('T', ' ');
        if (s.length() == 16) {
            s += ":00";
        }
        return s.endsWith(" 00:00:00") ? s.substring(0, s.length() - 9) : s;
    }
}
