// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import java.util.regex.Pattern;

/**
 * Shape tests for single values. Methods returning int answer 2 = distinctive format (enough on its own when most
 * values have it), 1 = plausible only if the column name agrees, 0 = no. Inputs are trimmed, non-empty strings.
 */
final class ValueChecks {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");
    private static final Pattern URL_FULL =
            Pattern.compile("(?i)(https?|ftp)://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:\\d{1,5})?([/?#]\\S*)?");
    private static final Pattern URL_WWW = Pattern.compile("(?i)www\\.[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+([/?#]\\S*)?");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[a-z]{2,12}(/\\S*)?");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-/]+");
    private static final Pattern PHONE_EXT = Pattern.compile("(?i)\\s*(x|ext\\.?|extension)\\s*\\d{1,5}$");
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}([ .,])\\d{3}(\\1\\d{3})*");
    private static final Pattern ZIP4 = Pattern.compile("\\d{5}-\\d{4}");
    private static final Pattern UK = Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}");
    private static final Pattern CA = Pattern.compile("(?i)[A-Z]\\d[A-Z] ?\\d[A-Z]\\d");
    private static final Pattern NL = Pattern.compile("[1-9]\\d{3} ?[A-Z]{2}");
    private static final Pattern POSTAL_WEAK = Pattern.compile("(?i)([A-Z]{1,2}-)?\\d{4,6}|\\d{2}-\\d{3}|\\d{4}-\\d{3}");
    private static final Pattern CARD = Pattern.compile("\\d(?:[ -]?\\d){12,18}");
    private static final Pattern HOUSE_NO = Pattern.compile("\\d{1,6}[A-Za-z]?(-\\d{1,4}[A-Za-z]?)?,?");
    private static final String[] STREET_ENDINGS = {"strasse", "str", "weg", "gasse", "platz", "allee", "ring",
        "damm", "straat", "laan", "plein", "gracht", "kade", "dijk", "steeg"};

    private ValueChecks() {
    }

    static boolean email(String s) {
        return s.length() <= 254 && s.indexOf('@') > 0 && EMAIL.matcher(s).matches();
    }

    static int url(String s) {
        if (s.indexOf('.') < 0 || (s.indexOf('@') >= 0 && !s.contains("://"))) {
            return 0;
        }
        if (URL_FULL.matcher(s).matches() || URL_WWW.matcher(s).matches()) {
            return 2;
        }
        return DOMAIN.matcher(s).matches() && hasLetter(s) ? 1 : 0;
    }

    static boolean ipv4(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) {
            return false;
        }
        for (String x : p) {
            if (x.isEmpty() || x.length() > 3 || (x.length() > 1 && x.charAt(0) == '0') || !digits(x)
                    || Integer.parseInt(x) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean ipv6(String s) {
        if (s.indexOf(':') < 0) {
            return false;
        }
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        int dc = t.indexOf("::");
        if (t.chars().filter(c -> c == ':').count() < 2 || (dc >= 0 && t.indexOf("::", dc + 1) >= 0)) {
            return false;
        }
        String core = dc >= 0 ? t.replace("::", ":x:") : t;
        String[] g = core.split(":", -1);
        int groups = 0;
        for (int i = 0; i < g.length; i++) {
            String x = g[i];
            if (x.equals("x") || (x.isEmpty() && dc >= 0 && (i == 0 || i == g.length - 1))) {
                continue;
            }
            if (i == g.length - 1 && x.indexOf('.') >= 0) {
                if (!ipv4(x)) {
                    return false;
                }
                groups += 2;
            } else if (x.isEmpty() || x.length() > 4 || !hex(x)) {
                return false;
            } else {
                groups++;
            }
        }
        return dc >= 0 ? groups < 8 : groups == 8;
    }

    static int phone(String raw) {
        if (digitCount(raw) < 7) {
            return 0;
        }
        String s = PHONE_EXT.matcher(raw).replaceFirst("");
        if (!PHONE_CHARS.matcher(s).matches() || s.startsWith("-") || s.endsWith("-")) {
            return 0;
        }
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            d += Checksums.isDigit(s.charAt(i)) ? 1 : 0;
        }
        if (d < 7 || d > 15) {
            return 0;
        }
        if (digits(s)) {
            return d >= 7 ? 1 : 0;
        }
        if (ipv4(s) || THOUSANDS.matcher(s).matches() || NationalIdChecks.ssnShape(s) || ZIP4.matcher(s).matches()
                || looksLikeDate(s)) {
            return 0;
        }
        if (s.indexOf('.') >= 0 && s.indexOf('.') == s.lastIndexOf('.') && s.indexOf(' ') < 0
                && s.indexOf('-') < 0 && s.indexOf('(') < 0) {
            return 0;
        }
        return 2;
    }

    static int postal(String s) {
        if (s.length() > 10 || digitCount(s) == 0) {
            return 0;
        }
        if (ZIP4.matcher(s).matches() || UK.matcher(s).matches() || CA.matcher(s).matches()
                || NL.matcher(s).matches()) {
            return 2;
        }
        return POSTAL_WEAK.matcher(s).matches() ? 1 : 0;
    }

    static boolean creditCard(String s) {
        if (s.length() > 23 || s.length() < 13 || digitCount(s) < 13 || !CARD.matcher(s).matches()) {
            return false;
        }
        char first = s.charAt(0);
        return first >= '2' && first <= '6' && Checksums.luhnValid(s);
    }

    static int street(String s) {
        if (digitCount(s) == 0 || !hasLetter(s)) {
            return 0;
        }
        String[] t = s.split("[\\s,]+");
        if (t.length < 2 || s.length() > 120) {
            return 0;
        }
        boolean numFirst = HOUSE_NO.matcher(t[0]).matches();
        boolean numLast = HOUSE_NO.matcher(t[t.length - 1]).matches();
        if (numFirst || numLast) {
            for (int i = numFirst ? 1 : 0; i < (numFirst ? t.length : t.length - 1); i++) {
                String k = Lexicon.key(t[i]);
                if (Lexicon.isStreetWord(k) || endsWithStreet(k)) {
                    return 2;
                }
            }
        }
        return (numFirst || numLast) && hasLetter(s) ? 1 : 0;
    }

    static boolean looksLikeDate(String s) {
        for (DatePattern p : DatePattern.values()) {
            if (p.parse(s) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithStreet(String k) {
        for (String e : STREET_ENDINGS) {
            if (k.length() > e.length() + 2 && k.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Checksums.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Checksums.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
