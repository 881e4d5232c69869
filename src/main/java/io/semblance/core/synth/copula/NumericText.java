// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.io.ByteOut;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import java.nio.charset.StandardCharsets;

/**
 * A numerical or datetime column read as numbers (datetimes as epoch seconds, NaN = missing), with how its values
 * are written back: integers as integers, decimals with the real number of places (scientific notation with the
 * real number of significant digits when every value was written so), datetimes in their format.
 *
 * @param values   the values, NaN for missing
 * @param integer  whether every value is a whole number (never for datetimes)
 * @param scale    decimal places (for datetimes with fractional seconds, the fraction digits); negative for a
 *                 column whose every value is in scientific notation (1.5e-9): then minus the significant digits
 * @param datetime the datetime format, or null for a number
 */
public record NumericText(double[] values, boolean integer, int scale, DatetimeFormat datetime) {
    /** The most decimal places written. */
    public static final int MAX_SCALE = 10;
    /** Digits that identify any double: the most a scientific-notation column is written with. */
    private static final int MAX_SIGNIFICANT = 17;

    /** Reads a numerical or datetime column described by {@code m}. */
    public static NumericText parse(String[] text, ColumnMeta m) {
        DatetimeFormat dt = m.sdtype() == SdType.DATETIME ? CopulaSynthesizer.datetimeFormat(m, text) : null;
        double[] values = new double[text.length];
        boolean integer = true;
        int scale = 0;
        boolean scientific = dt == null;
        int significant = 1;
        for (int i = 0; i < text.length; i++) {
            String s = text[i];
            double v = s == null ? Double.NaN : dt != null ? dt.parse(s) : Numbers.parse(s);
            values[i] = v;
            if (dt != null && dt.hasFraction() && !Double.isNaN(v)) {
                int dot = s.lastIndexOf('.');
                int digits = 0;
                while (dot >= 0 && dot + 1 + digits < s.length() && Character.isDigit(s.charAt(dot + 1 + digits))) {
                    digits++;
                }
                scale = Math.max(scale, digits);
            } else if (dt == null && !Double.isNaN(v)) {
                int dot = s.indexOf('.');
                int e = Math.max(s.indexOf('e'), s.indexOf('E'));
                if (dot >= 0 || v != Math.rint(v) || e >= 0) {
                    integer = false;
                    scale = Math.max(scale, decimals(s, dot));
                }
                scientific &= e >= 0;
                significant = Math.max(significant, e < 0 ? 0 : significantDigits(s.substring(0, e)));
            }
        }
        boolean asInteger = dt == null && (integer || m.integer()) && integer;
        int decimals = asInteger ? 0 : Math.min(scale, dt != null ? 9 : MAX_SCALE);
        boolean present = java.util.Arrays.stream(values).anyMatch(v -> !Double.isNaN(v));
        if (scientific && present && !asInteger) {
            decimals = -Math.min(significant, MAX_SIGNIFICANT);
        }
        return new NumericText(values, asInteger, decimals, dt);
    }

    /** Significant digits of a mantissa such as "-1.250" (4): digits after any leading zeros. */
    private static int significantDigits(String mantissa) {
        int n = 0;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '1' && c <= '9' || (c == '0' && n > 0)) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    private static int decimals(String s, int dot) {
        if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return MAX_SCALE;
        }
        if (dot < 0) {
            return 0;
        }
        int end = s.strip().length();
        return Math.max(0, end - dot - 1);
    }

    /** The same format without the values (for models, which must not keep real rows). */
    public NumericText formatOnly() {
        return new NumericText(new double[0], integer, scale, datetime);
    }

    /** x rounded to what the column can hold: whole days, seconds or fraction digits; integers; else unchanged. */
    public double round(double x) {
        if (datetime != null) {
            double unit = !datetime.hasTime() ? 86400 : datetime.hasFraction() ? Math.pow(10, -scale) : 1;
            return Math.rint(x / unit) * unit;
        }
        return integer ? Math.rint(x) : x;
    }

    /** Appends the text of a value (NaN writes nothing: an empty field). */
    public void write(double x, ByteOut out) {
        if (Double.isNaN(x)) {
            return;
        }
        if (datetime != null) {
            out.write(datetime.format(x, scale).getBytes(StandardCharsets.UTF_8));
        } else if (integer) {
            out.writeWhole(x);
        } else {
            out.writeDecimal(x, scale);
        }
    }
}
