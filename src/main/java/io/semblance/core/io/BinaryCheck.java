// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a "text" file that is really binary data (an image, an archive, a database file renamed .csv): its start
 * holds a NUL character, or control characters make up more than 1% of it. Tab, line feed, carriage return and form
 * feed are text; a lone stray control character (such as a DOS end-of-file mark) is tolerated.
 */
final class BinaryCheck {
    /** Characters looked at. */
    private static final int PROBE = 1 << 16;
    private static final int TOLERATED = 2;

    private BinaryCheck() {
    }

    /** Throws naming the line of the first control character when the decoded text looks binary. */
    static void requireText(TextDecoding.Decoded t, Path file) throws DataFormatException {
        int n = Math.min(t.length(), PROBE);
        char[] c = t.text();
        int first = -1;
        int count = 0;
        boolean nul = false;
        for (int i = 0; i < n; i++) {
            if (isControl(c[i])) {
                first = first < 0 ? i : first;
                count++;
                nul |= c[i] == 0;
            }
        }
        if (first >= 0 && (nul || (count > TOLERATED && count > n / 100))) {
            throw new DataFormatException(file, TextDecoding.lineOf(c, first), 0, String.format(Locale.ROOT,
                    "the file holds binary data (control character 0x%02X), not text; expected delimited text"
                            + " (CSV, TSV) in UTF-8, UTF-16 or windows-1252, or an .xlsx workbook", (int) c[first]));
        }
    }

    private static boolean isControl(char ch) {
        return (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') || ch == 0x7F;
    }
}
