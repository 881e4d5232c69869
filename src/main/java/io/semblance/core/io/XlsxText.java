// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

/**
 * Text as a worksheet holds it. XML cannot carry most control characters, and parsers turn a carriage return into a
 * line feed, so those are written as Excel's {@code _xHHHH_} escapes; an underscore that would read as the start of
 * such an escape is itself escaped ({@code _x005F_}). {@link XlsxXml#unescape} reverses this.
 */
final class XlsxText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private XlsxText() {
    }

    /** Writes {@code s} as element content. */
    static void content(StringBuilder w, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> w.append("&amp;");
                case '<' -> w.append("&lt;");
                case '>' -> w.append("&gt;");
                case '\t', '\n' -> w.append(c);
                case '_' -> {
                    if (looksLikeEscape(s, i)) {
                        escape(w, c);
                    } else {
                        w.append(c);
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        w.append(c);
                        w.append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        escape(w, c);
                    } else {
                        w.append(c);
                    }
                }
            }
        }
    }

    /** Writes {@code <name>s</name>}, marked to keep leading and trailing white space when it has any. */
    static void element(StringBuilder w, String name, String s) {
        w.append('<');
        w.append(name);
        if (needsPreserve(s)) {
            w.append(" xml:space=\"preserve\"");
        }
        w.append('>');
        content(w, s);
        w.append("</");
        w.append(name);
        w.append('>');
    }

    /** Whether the text must be marked {@code xml:space="preserve"} to keep its leading or trailing white space. */
    private static boolean needsPreserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /** {@code s} escaped for a double-quoted attribute (for names without control characters). */
    static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The letters of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder(3);
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            b.append((char) ('A' + (n - 1) % 26));
        }
        return b.reverse().toString();
    }

    /**
     * Whether the text is a finite number that {@link XlsxValues#number(String)} gives back exactly, so that storing it
     * as a number changes nothing on reading ("42", "0.5", "1.5E-9"; not "042", "1.50", "+3" or "1e5").
     */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '.' || c == 'E' || c == '+')) {
                return false;
            }
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) && XlsxValues.number(d).equals(s);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean looksLikeEscape(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            if (Character.digit(s.charAt(j), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void escape(StringBuilder w, char c) {
        w.append("_x");
        w.append(HEX[c >> 12 & 0xF]);
        w.append(HEX[c >> 8 & 0xF]);
        w.append(HEX[c >> 4 & 0xF]);
        w.append(HEX[c & 0xF]);
        w.append('_');
    }
}
