// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.util.List;

/** Decides whether the first record of a table holds column names rather than data. */
final class HeaderSniffer {
    /** Data rows looked at; a limited read parses at least this many so that it decides as a full read would. */
    static final int SAMPLE = 200;

    private HeaderSniffer() {
    }

    /**
     * A header unless the first record looks like data: some of its cells are numbers in columns whose
     * other values are numbers too, and none of its cells is text in a numeric column.
     */
    static boolean looksLikeHeader(List<String> first, List<String[]> rows, ReadOptions options) {
        int sample = Math.min(rows.size(), SAMPLE);
        if (sample == 0) {
            return true;
        }
        int numericMatches = 0;
        for (int c = 0; c < first.size(); c++) {
            int numeric = 0;
            int present = 0;
            for (int r = 0; r < sample; r++) {
                String v = rows.get(r)[c];
                if (!options.isMissing(v)) {
                    present++;
                    if (isNumber(v)) {
                        numeric++;
                    }
                }
            }
            boolean numericColumn = present > 0 && numeric >= 0.9 * present;
            String head = first.get(c);
            if (numericColumn && !options.isMissing(head) && !isNumber(head)) {
                return true;
            }
            if (numericColumn && isNumber(head)) {
                numericMatches++;
            }
        }
        return numericMatches == 0;
    }

    static boolean isNumber(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        int i = 0;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            i++;
        }
        boolean digit = false;
        boolean dot = false;
        for (; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == '.' && !dot) {
                dot = true;
            } else if ((ch == 'e' || ch == 'E') && digit) {
                try {
                    Double.parseDouble(t);
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return digit;
    }
}
