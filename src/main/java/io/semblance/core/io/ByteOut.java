// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer for building CSV text without per-value allocation. Not thread-safe. */
public final class ByteOut {
    private byte[] buf;
    private int size;

    public ByteOut(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public int size() {
        return size;
    }

    public byte[] array() {
        return buf;
    }

    public void reset() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public void write(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    public void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    /** Appends a field's text, quoted as CSV requires. */
    public void writeField(String s, byte delimiter) {
        write(CsvText.field(s, delimiter));
    }

    /** Appends the decimal digits of a long. */
    public void writeLong(long v) {
        if (v == Long.MIN_VALUE) {
            write(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[size++] = '-';
            v = -v;
        }
        int end = size + digits(v);
        int pos = end;
        while (v >= 100) {
            long q = v / 100;
            int r = (int) (v - q * 100);
            buf[--pos] = (byte) ('0' + r % 10);
            buf[--pos] = (byte) ('0' + r / 10);
            v = q;
        }
        if (v >= 10) {
            buf[--pos] = (byte) ('0' + v % 10);
            v /= 10;
        }
        buf[--pos] = (byte) ('0' + v);
        size = end;
    }

    /** Number of decimal digits of v ≥ 0. */
    private static int digits(long v) {
        int n = 1;
        for (long p = 10; n < 19 && v >= p; p *= 10) {
            n++;
        }
        return n;
    }

    /**
     * Appends a whole number (x truncated toward zero; ±2^63 as the largest and smallest long); beyond that, the
     * digits of x as the double holds it, so a huge value is written as a number near it rather than clamped.
     */
    public void writeWhole(double x) {
        if (Math.abs(x) <= 0x1p63) {
            writeLong((long) x);
        } else {
            writeAscii(java.math.BigDecimal.valueOf(x).toBigInteger().toString());
        }
    }

    /**
     * Appends x rounded to {@code scale} decimals, without trailing zeros (e.g. 2.5, 3, -0.125). Values of 10^21
     * or more in size, which plain notation would spell with dozens of digits the double does not hold, are written
     * in scientific notation with the digits that identify the double (e.g. 1.7976931348623157E+308).
     */
    public void writeDecimal(double x, int scale) {
        if (scale < 0) {
            writeScientific(x, -scale);
            return;
        }
        if (scale == 0 && Math.abs(x) < 0x1p63) {
            writeLong(Math.round(x));
            return;
        }
        double p = POW10[Math.min(scale, 15)];
        double scaled = Math.rint(x * p);
        if (Math.abs(scaled) >= 9e15) {
            java.math.BigDecimal d = java.math.BigDecimal.valueOf(x).setScale(scale, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            writeAscii(Math.abs(x) >= 1e21 ? d.toString() : d.toPlainString());
            return;
        }
        long s = (long) scaled;
        if (s < 0) {
            write((byte) '-');
            s = -s;
        }
        long unit = (long) p;
        writeLong(s / unit);
        long frac = s % unit;
        if (frac != 0) {
            int digits = Math.min(scale, 15);
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            write((byte) '.');
            long lead = (long) POW10[digits - 1];
            while (lead > frac && lead > 1) {
                write((byte) '0');
                lead /= 10;
            }
            writeLong(frac);
        }
    }

    /** Appends x rounded to {@code digits} significant digits in scientific notation (e.g. 1.25E-9), 0 as 0. */
    public void writeScientific(double x, int digits) {
        if (x == 0) {
            write((byte) '0');
            return;
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(x).round(new java.math.MathContext(digits,
                java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        writeAscii(d.movePointLeft(exponent).toPlainString() + "E" + exponent);
    }

    private void writeAscii(String s) {
        write(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static final double[] POW10 = new double[16];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }
}
