// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

/** Check-digit rules used to recognise and to generate identifiers (Luhn, IBAN mod-97, Dutch BSN 11-test). */
public final class Checksums {
    private Checksums() {
    }

    /** True if the digits of {@code s} (other characters ignored, at least 2 digits) pass the Luhn check; null gives false. */
    public static boolean luhnValid(CharSequence s) {
        if (s == null) {
            return false;
        }
        int sum = 0;
        int n = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if ((n & 1) == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            n++;
        }
        return n >= 2 && sum % 10 == 0;
    }

    /** The Luhn check digit (0-9) to append to {@code digits[0..len)}, each entry a value 0-9. */
    public static int luhnCheckDigit(int[] digits, int len) {
        int sum = 0;
        boolean dbl = true;
        for (int i = len - 1; i >= 0; i--) {
            int d = digits[i];
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    /** True if {@code s} (spaces ignored, any case) is 2 letters, 2 digits, 11-30 letters/digits with mod-97 remainder 1; null gives false. */
    public static boolean ibanValid(String s) {
        if (s == null) {
            return false;
        }
        String c = s.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        int n = c.length();
        if (n < 15 || n > 34 || !isLetter(c.charAt(0)) || !isLetter(c.charAt(1))
                || !isDigit(c.charAt(2)) || !isDigit(c.charAt(3))) {
            return false;
        }
        for (int i = 4; i < n; i++) {
            if (!isDigit(c.charAt(i)) && !isLetter(c.charAt(i))) {
                return false;
            }
        }
        return mod97(c.substring(4) + c.substring(0, 4)) == 1;
    }

    /** The two IBAN check digits (2-98) for an upper-case country code and BBAN of letters/digits. */
    public static int ibanCheckDigits(String country, CharSequence bban) {
        return 98 - mod97(mod97(0, bban), country) * 100 % 97;
    }

    /** Remainder mod 97 of the number formed by {@code s}, letters counting as 10 (A) to 35 (Z); s is upper-case alnum. */
    public static int mod97(CharSequence s) {
        return mod97(0, s);
    }

    private static int mod97(int start, CharSequence s) {
        int r = start;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                r = (r * 10 + (c - '0')) % 97;
            } else {
                int v = c - 'A' + 10;
                r = (r * 100 + v) % 97;
            }
        }
        return r;
    }

    /** True if {@code s} is exactly 9 digits, not all zero, passing the Dutch BSN 11-test; null gives false. */
    public static boolean bsnValid(String s) {
        if (s == null || s.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            sum += (i < 8 ? 9 - i : -1) * (c - '0');
        }
        return sum % 11 == 0 && !s.equals("000000000");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
