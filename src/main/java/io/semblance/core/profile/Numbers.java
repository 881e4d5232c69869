// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

/** Fast, allocation-free parsing of plain decimal numbers as they appear in data files. */
public final class Numbers {
    private Numbers() {
    }

    /** The value of a decimal number such as "-12", "3.50", "1e6" (surrounding spaces allowed), or NaN if the text is not a number. */
    public static double parse(String s) {
        if (s == null) {
            return Double.NaN;
        }
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        while (n > i && s.charAt(n - 1) == ' ') {
            n--;
        }
        if (i >= n) {
            return Double.NaN;
        }
        boolean neg = false;
        char c0 = s.charAt(i);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i++;
        }
        long mant = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mant = mant * 10 + (c - '0');
                if (mant != 0 && ++digits > 15) {
                    return slow(s);
                }
                if (dot && ++scale >= POW10.length) {
                    return slow(s); // more decimals than the table of powers: leading zeros of a tiny number
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(s);
            }
        }
        if (i == start || (dot && i == start + 1)) {
            return Double.NaN;
        }
        double v = scale == 0 ? mant : mant / POW10[scale];
        return neg ? -v : v;
    }

    /**
     * The point a fraction {@code t} of the way from a to b, a + t·(b − a), also when b − a overflows (a and b huge
     * and of opposite signs), where that formula would give an infinity, or NaN for t = 0.
     */
    public static double between(double a, double b, double t) {
        double d = b - a;
        return Double.isInfinite(d) ? a * (1 - t) + b * t : a + t * d;
    }

    private static final double[] POW10 = new double[19];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10;
        }
    }

    private static double slow(String s) {
        String t = s.strip();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)) || t.charAt(t.length() - 1) == '.')) {
            return Double.NaN;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
