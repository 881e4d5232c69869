// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.charset.StandardCharsets;

/** CSV quoting rules for output: a field is quoted when it holds the delimiter, a quote, a line break or edge spaces. */
public final class CsvText {
    private CsvText() {
    }

    /** UTF-8 bytes of one field as written to a CSV file (null = missing = empty). */
    public static byte[] field(String s, byte delimiter) {
        return quote(s, (char) delimiter).getBytes(StandardCharsets.UTF_8);
    }

    /** The field's text, quoted when needed. */
    public static String quote(String s, char delimiter) {
        if (s == null) {
            return "";
        }
        boolean needs = !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
